/** Which sheet the results list goes to (SPEC §1): the program's only by its record. */
import { assess } from '../../../src/engine';
import type { WorkbookInput } from '../../../src/engine/model/workbook';
import { RECORD_SHEET, ownedResultSheet, recordToRows } from '../../../src/engine/record';
import { resultTarget } from '../../../src/engine/plan/result-target';

describe('resultTarget', () => {
  test.each([
    [['考核数据', '考核方案'], null, { name: '考核结果', replaces: false, renamed: false }],
    [['考核数据', '考核结果'], null, { name: '考核结果（考评助手）', replaces: false, renamed: true }],
    [['考核数据', '考核结果', '考核结果（考评助手）'], null, { name: '考核结果（2）', replaces: false, renamed: true }],
    [['考核数据', '考核结果', '考核结果（考评助手）', '考核结果（2）'], null, { name: '考核结果（3）', replaces: false, renamed: true }],
    [['考核数据', '考核结果'], '考核结果', { name: '考核结果', replaces: true, renamed: false }],
    [['考核数据', '考核结果', '考核结果（考评助手）'], '考核结果（考评助手）', { name: '考核结果（考评助手）', replaces: true, renamed: true }],
    // The clerk removed their 考核结果: the program keeps writing its own sheet, without the warning.
    [['考核数据', '考核结果（考评助手）'], '考核结果（考评助手）', { name: '考核结果（考评助手）', replaces: true, renamed: false }],
    // The program's sheet was deleted since: a new one, under the plain name when free.
    [['考核数据'], '考核结果（考评助手）', { name: '考核结果', replaces: false, renamed: false }],
  ] as const)('sheets %j, owned %s → %j', (sheets, owned, expected) => {
    expect(resultTarget(sheets, owned)).toEqual(expected);
  });
});

const scheme = { name: '考核方案', cells: [['【指标】'], ['指标名称', '分值'], ['得分', 100]] };
const data = { name: '考核数据', cells: [['单位名称', '得分'], ['甲', 90], ['乙', 80]] };
const recordSheet = (rows: string[][]) => ({ name: RECORD_SHEET, cells: rows, visibility: 'veryHidden' as const });

describe('assess: ownership from the record only', () => {
  test('a clerk\'s 考核结果 → the list goes to 考核结果（考评助手）, warning RESULT_SHEET_RENAMED on the clerk\'s sheet', () => {
    const wb: WorkbookInput = { sheets: [{ name: '考核结果', cells: [['上年']] }, data, scheme] };
    const a = assess(wb);
    expect(a.dataSheet).toBe('考核数据');
    expect(a.plan?.resultSheet).toMatchObject({ name: '考核结果（考评助手）', replaces: false });
    expect(a.plan?.record.resultSheet).toBe('考核结果（考评助手）');
    const w = a.issues.find((i) => i.code === 'RESULT_SHEET_RENAMED');
    expect(w).toMatchObject({ severity: 'warning', sheet: '考核结果', cell: null });
    expect(w?.message).toBe('工作簿中的“考核结果”工作表不是考评助手生成的（如上年的结果、手工整理的名单），程序不会改动它；考核结果写在“考核结果（考评助手）”工作表。若要用“考核结果”这个名称，请先把原表改名（如“上年考核结果”），再重新计算。');
    expect(a.summary.warnings).toBe(1);
  });

  test('the record names the results sheet: rewritten in place (the warning still says where the list is, the clerk\'s 考核结果 being there); it is not taken for the data sheet', () => {
    const record = recordSheet(recordToRows({ record: { dataSheet: '考核数据', columns: [], marks: [], resultSheet: '考核结果（考评助手）' }, undo: null }));
    const wb: WorkbookInput = { sheets: [{ name: '考核结果（考评助手）', cells: [['旧']] }, { name: '考核结果', cells: [['上年']] }, data, scheme, record] };
    expect(ownedResultSheet(wb)).toBe('考核结果（考评助手）');
    const a = assess({ sheets: wb.sheets.map((s) => (s === scheme ? { ...scheme, cells: scheme.cells } : s)) });
    expect(a.dataSheet).toBe('考核数据');
    expect(a.plan?.resultSheet).toMatchObject({ name: '考核结果（考评助手）', replaces: true });
    expect(a.issues.map((i) => i.code)).toEqual(['RESULT_SHEET_RENAMED']);
  });

  test('a version-1 record: 考核结果 is the program\'s only when that record\'s write created it', () => {
    const v1 = (existed: boolean, kept: boolean) => recordSheet([
      ['kaoping-record', '1'], ['dataSheet', '考核数据'],
      ['undo-meta', JSON.stringify({ createdAt: '2026-11-01T00:00:00Z', dataSheet: '考核数据', resultSheetExisted: existed, previousRecord: null, ...(kept ? { resultSheetKept: true } : {}) })],
    ]);
    const wb = (rec: ReturnType<typeof recordSheet>): WorkbookInput => ({ sheets: [data, scheme, { name: '考核结果', cells: [['x']] }, rec] });
    expect(ownedResultSheet(wb(v1(false, false)))).toBe('考核结果');
    expect(ownedResultSheet(wb(v1(true, false)))).toBeNull();
    expect(ownedResultSheet(wb(v1(false, true)))).toBeNull();
    expect(assess(wb(v1(true, false))).plan?.resultSheet?.name).toBe('考核结果（考评助手）');
  });
});
