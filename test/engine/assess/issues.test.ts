import { assess } from '../../../src/engine';
import { HEADER_A, SCHEME_A, schemeWith, sheet, workbook, type Row } from './helpers';

/* Every cell-level code of SPEC §6 on one sheet; rows are sheet rows (header = row 1). */
const rows: Row[] = [
  HEADER_A,
  ['甲', null, 45, null, null, null], //          row 2: B2 empty → MISSING_VALUE
  ['乙', 18, '４５．５', null, null, null], //    row 3: C3 text number → TEXT_NUMBER, 45.5
  ['丙', '85%', 45, null, null, null], //         row 4: B4 percent → NOT_A_NUMBER
  ['丁', { error: '#N/A' }, 45, null, null, null], // row 5: B5 → EXCEL_ERROR
  ['戊', 18, 60, null, null, null], //            row 6: C6 60 > 50 → OUT_OF_RANGE
  ['己', 18, 45, -1, null, null], //              row 7: D7 → NEGATIVE_POINTS
  [null, 18, 45, null, null, null], //            row 8: A8 → MISSING_UNIT
  ['庚', 18, 45, null, null, null], //            row 9 and row 10: DUPLICATE_UNIT
  ['庚 ', 18, 45, null, null, null],
  ['辛', 18, 45, null, null, '发生安全事故'], //  row 11: VETO_TEXT, veto with that reason
  ['壬', 18, 45, null, null, '否，已整改'], //    row 12: VETO_TEXT, no veto
  ['癸', '95分', 45, null, null, null], //        row 13: 95 > 20 → TEXT_NUMBER and OUT_OF_RANGE
  ['子', true, 45, null, null, null], //          row 14: boolean → NOT_A_NUMBER
];

describe('cell issues (SPEC §1.2, §1.3, §6)', () => {
  const r = assess(workbook(sheet('考核方案', SCHEME_A), sheet('考核数据', rows)), { mode: 'check' });
  const found = r.issues.map((i) => [i.code, i.cell, i.severity, i.unit]);

  it('reports each with its exact cell, severity and unit', () => {
    expect(found).toEqual([
      ['MISSING_VALUE', 'B2', 'error', '甲'],
      ['TEXT_NUMBER', 'C3', 'warning', '乙'],
      ['NOT_A_NUMBER', 'B4', 'error', '丙'],
      ['EXCEL_ERROR', 'B5', 'error', '丁'],
      ['OUT_OF_RANGE', 'C6', 'error', '戊'],
      ['NEGATIVE_POINTS', 'D7', 'error', '己'],
      ['MISSING_UNIT', 'A8', 'error', null],
      ['DUPLICATE_UNIT', 'A9', 'error', '庚'],
      ['DUPLICATE_UNIT', 'A10', 'error', '庚'],
      ['VETO_TEXT', 'F11', 'warning', '辛'],
      ['VETO_TEXT', 'F12', 'warning', '壬'],
      ['TEXT_NUMBER', 'B13', 'warning', '癸'],
      ['OUT_OF_RANGE', 'B13', 'error', '癸'],
      ['NOT_A_NUMBER', 'B14', 'error', '子'],
    ]);
  });

  it('scores the units without errors, and only those', () => {
    const scored = r.units.filter((u) => u.total !== null).map((u) => [u.name, u.total]);
    // 乙: 18/20×30 + 45.5/50×70 = 27 + 63.7 = 90.7; 辛, 壬: 27 + 63 = 90.
    expect(scored).toEqual([['乙', 90.7], ['辛', 90], ['壬', 90]]);
    expect(r.summary).toEqual({ units: 12, scored: 3, errors: 10, warnings: 4 });
    expect(r.plan).toBeNull();
  });

  it('keeps the veto reason from the text and ranks the vetoed unit last', () => {
    const xin = r.units.find((u) => u.name === '辛');
    expect(xin?.veto).toEqual({ column: '党风廉政', effect: '定为末等', reason: '发生安全事故', cell: 'F11' });
    expect(xin?.rank).toBe(3);
    expect(r.units.find((u) => u.name === '壬')?.veto).toBeNull();
  });

  it('writes messages in Chinese that name the cell and say how to fix it, with English beside', () => {
    const missing = r.issues[0];
    expect(missing?.message).toContain('B2');
    expect(missing?.message).toContain('请填写');
    expect(missing?.messageEn).toContain('B2');
    expect(r.issues.every((i) => /[\u4e00-\u9fff]/.test(i.message) && i.messageEn.length > 0)).toBe(true);
  });

  it('scores an empty cell as 0 with a warning under 空白处理 = 按0分', () => {
    const r0 = assess(workbook(sheet('考核方案', schemeWith([['空白处理', '按0分']])), sheet('考核数据', rows.slice(0, 2))));
    expect(r0.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['MISSING_VALUE', 'B2', 'warning']]);
    // 0 + 45/50×70 = 63
    expect(r0.units[0]?.total).toBe(63);
  });
});

describe('veto look-alikes and veto text: read as SPEC §1.1 says, each with VETO_TEXT naming the cell and the fix', () => {
  const vetoRows: Row[] = [
    HEADER_A,
    ['甲', 18, 45, null, null, 'X'], //          F2: looks like × → no veto
    ['乙', 18, 45, null, null, '✔'], //          F3: looks like ✓ → veto, reason = the column name
    ['丙', 18, 45, null, null, '——'], //         F4: looks like — → no veto
    ['丁', 18, 45, null, null, '否决：酒驾'], //  F5: 否决… → veto with that reason
    ['戊', 18, 45, null, null, '无此情况'], //    F6: other text beginning with 无 → no veto
    ['己', 18, 45, null, null, 'ｘ'], //          F7: full-width lower-case x folds to x → no veto
  ];
  const r = assess(workbook(sheet('考核方案', SCHEME_A), sheet('考核数据', vetoRows)), { mode: 'check' });
  // (The four unvetoed units tie at 90 for one 优秀 place: QUOTA_TIE too, not looked at here.)
  const vetoText = r.issues.filter((i) => i.code === 'VETO_TEXT');
  const tail = '不是标准写法';
  const fix = '。请填“是”或“否”以免误判。';

  it('gives each its message: a look-alike says which mark it was read as', () => {
    expect(vetoText.map((i) => [i.code, i.cell, i.severity, i.message])).toEqual([
      ['VETO_TEXT', 'F2', 'warning', `F2：一票否决列“党风廉政”的内容“X”${tail}，已看作“×”，按“不否决”处理${fix}`],
      ['VETO_TEXT', 'F3', 'warning', `F3：一票否决列“党风廉政”的内容“✔”${tail}，已看作“✓”，按“否决”处理（定为末等）${fix}`],
      ['VETO_TEXT', 'F4', 'warning', `F4：一票否决列“党风廉政”的内容“——”${tail}，已看作“—”，按“不否决”处理${fix}`],
      ['VETO_TEXT', 'F5', 'warning', `F5：一票否决列“党风廉政”的内容“否决：酒驾”${tail}，已按“否决”处理（定为末等）${fix}`],
      ['VETO_TEXT', 'F6', 'warning', `F6：一票否决列“党风廉政”的内容“无此情况”${tail}，已按“不否决”处理${fix}`],
      ['VETO_TEXT', 'F7', 'warning', `F7：一票否决列“党风廉政”的内容“ｘ”${tail}，已看作“×”，按“不否决”处理${fix}`],
    ]);
  });

  it('says the same in English', () => {
    expect(vetoText.slice(0, 2).map((i) => i.messageEn)).toEqual([
      'F2: veto column "党风廉政" holds "X", which is not a standard answer; it was read as "×", so as no veto. Enter 是 or 否 to be unambiguous.',
      'F3: veto column "党风廉政" holds "✔", which is not a standard answer; it was read as "✓", so as a veto (定为末等). Enter 是 or 否 to be unambiguous.',
    ]);
  });

  it('vetoes 乙 (reason: the column) and 丁 (reason: the text), and no one else', () => {
    expect(r.units.map((u) => [u.name, u.veto])).toEqual([
      ['甲', null],
      ['乙', { column: '党风廉政', effect: '定为末等', reason: '党风廉政', cell: 'F3' }],
      ['丙', null],
      ['丁', { column: '党风廉政', effect: '定为末等', reason: '否决：酒驾', cell: 'F5' }],
      ['戊', null],
      ['己', null],
    ]);
  });
});

describe('footer lines and rows without a unit name (SPEC §1.3)', () => {
  const footerRows: Row[] = [
    HEADER_A,
    ['甲', 18, 45, null, null, null], //             row 2: a unit, 90
    [null, 'abc', 60, -1, null, '发生事故'], //       row 3: MISSING_UNIT only; its other cells are not checked
    ['填表人：张三', null, null, null, null, null], // row 4: a colon and no score: no unit
    ['审核: 李四', null, null, null, null, '是'], //   row 5: a veto cell is no score: no unit
    ['城关镇:党委', 20, null, null, null, null], // row 6: a score beside it: a unit (with MISSING_VALUE C6)
  ];
  const r = assess(workbook(sheet('考核方案', SCHEME_A), sheet('考核数据', footerRows)), { mode: 'check' });

  it('reports MISSING_UNIT on A3 and nothing else of that row; no issue for the footer lines', () => {
    expect(r.issues.map((i) => [i.code, i.cell, i.unit])).toEqual([
      ['MISSING_UNIT', 'A3', null],
      ['MISSING_VALUE', 'C6', '城关镇:党委'],
    ]);
  });
  it('counts 甲 and the row with a score as units, and neither footer line nor the MISSING_UNIT row', () => {
    expect(r.units.map((u) => [u.row, u.name, u.total])).toEqual([[1, '甲', 90], [5, '城关镇:党委', null]]); // 0-based rows (sheet rows 2 and 6)
    expect(r.summary).toEqual({ units: 2, scored: 1, errors: 2, warnings: 0 });
  });
});

describe('scheme and workbook problems', () => {
  it('reports a workbook without 考核方案 as SHEET_NOT_FOUND and scores nothing', () => {
    const r = assess(workbook(sheet('考核数据', rows)));
    expect(r.scheme).toBeNull();
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['SHEET_NOT_FOUND', '考核方案', null]]);
  });

  it('reports a column missing from the data sheet at the scheme cell and scores no unit', () => {
    const r = assess(workbook(sheet('考核方案', SCHEME_A), sheet('考核数据', [['单位名称', '党建工作', '加分', '扣分', '党风廉政'], ['甲', 18, null, null, null]])));
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['COLUMN_NOT_FOUND', '考核方案', 'A7']]);
    expect(r.units.map((u) => [u.name, u.total])).toEqual([['甲', null]]);
    expect(r.plan?.columns.find((c) => c.header === '异常标记')?.values).toEqual(['方案有误，未计分']);
  });

  it('reports a name that matches two columns as DUPLICATE_COLUMN', () => {
    const r = assess(workbook(sheet('考核方案', SCHEME_A), sheet('考核数据', [[...HEADER_A, '党建工作（20分）'], ['甲', 18, 45, null, null, null, 18]])));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['DUPLICATE_COLUMN', 'A6']]);
    expect(r.issues[0]?.message).toContain('考核数据!B1');
  });

  it('reports a 数据表 that does not exist as SHEET_NOT_FOUND at its setting cell', () => {
    const r = assess(workbook(sheet('考核方案', SCHEME_A), sheet('别的表', rows)));
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['SHEET_NOT_FOUND', '考核方案', 'B2']]);
  });
});
