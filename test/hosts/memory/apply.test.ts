import { applyPlanToGrid, markKey } from '../../../src/hosts/memory/apply';
import type { WorkbookInput } from '../../../src/engine/model/workbook';
import type { WritePlan } from '../../../src/engine/model/plan';
import { RECORD_SHEET, rowsToRecord } from '../../../src/engine/record';

// 考核数据: header row 0, units rows 1..2; column C (2) holds a formula on row 2 that the plan overwrites.
const input: WorkbookInput = {
  sheets: [
    { name: '考核数据', cells: [['单位名称', '指标A'], ['甲', 90], ['乙', 80, 5]], formulas: new Map([['2,2', 'B3/16'], ['1,1', '45*2']]) },
    { name: '考核方案', cells: [['【指标】']] },
    { name: '考核结果', cells: [['旧的']] },
  ],
};

const plan: WritePlan = {
  dataSheet: '考核数据',
  columns: [
    { key: 'total', header: '总分', col: 2, headerRow: 0, isNew: true, numberFormat: '0.00', firstRow: 1, values: [90, null] },
    { key: 'flags', header: '异常标记', col: 3, headerRow: 0, isNew: true, numberFormat: null, firstRow: 1, values: ['=1+1', ''] },
  ],
  marks: [{ sheet: '考核数据', row: 2, col: 1, fill: '#FFC7CE', note: 'B3 缺失。' }],
  clearMarks: [{ sheet: '考核数据', row: 1, col: 1 }],
  resultSheet: { name: '考核结果', replaces: true, title: '考核结果（公示）', info: null, headerRow: 1, header: ['排名', '单位名称', '总分'], rows: [[1, '甲', 90], [null, '乙', null]], widths: [6, 12, 8], wrap: [false, false, false], headerHeight: null, rowHeights: [], groupStarts: [0], numberFormats: [null, null, '0.00'], footer: '第 &P 页 共 &N 页' },
  record: { dataSheet: '考核数据', columns: [{ key: 'total', header: '总分', col: 2 }, { key: 'flags', header: '异常标记', col: 3 }], marks: [{ sheet: '考核数据', row: 2, col: 1 }] },
};

describe('applyPlanToGrid', () => {
  const previous = { fills: new Map([['考核数据!B2', '#FFEB9C']]), notes: new Map([['考核数据!B2', '旧批注']]) };
  const out = applyPlanToGrid(input, plan, previous);

  test('writes headers and values; null and "" empty the cell; strings stay strings; overwritten formulas go', () => {
    const data = out.sheets[0];
    expect(data?.cells).toEqual([['单位名称', '指标A', '总分', '异常标记'], ['甲', 90, 90, '=1+1'], ['乙', 80, undefined, undefined]]);
    expect([...(data?.formulas ?? new Map()).entries()]).toEqual([['1,1', '45*2']]);
  });

  test('the program\'s own 考核结果 rewritten where it stands (title merged across the header), record sheet added last, very hidden', () => {
    expect(out.sheets.map((s) => [s.name, s.visibility ?? 'visible'])).toEqual([['考核数据', 'visible'], ['考核方案', 'visible'], ['考核结果', 'visible'], [RECORD_SHEET, 'veryHidden']]);
    expect(out.sheets[2]?.cells).toEqual([['考核结果（公示）'], ['排名', '单位名称', '总分'], [1, '甲', 90], [undefined, '乙', undefined]]);
    expect(out.sheets[2]?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(rowsToRecord(out.sheets[3]?.cells ?? [])).toEqual({ record: plan.record, undo: null });
  });

  test('fills and notes by sheet!A1: stale marks removed, new ones set', () => {
    expect([...out.fills]).toEqual([['考核数据!B3', '#FFC7CE']]);
    expect([...out.notes]).toEqual([['考核数据!B3', 'B3 缺失。']]);
    expect(markKey('考核数据', 6, 3)).toBe('考核数据!D7');
  });

  test('the input is not mutated', () => {
    expect(input.sheets[0]?.cells).toEqual([['单位名称', '指标A'], ['甲', 90], ['乙', 80, 5]]);
    expect(input.sheets[0]?.formulas?.size).toBe(2);
    expect(input.sheets.map((s) => s.name)).toEqual(['考核数据', '考核方案', '考核结果']);
    expect(previous.fills.get('考核数据!B2')).toBe('#FFEB9C');
  });

  test('an unknown data sheet is a programmer error', () => {
    expect(() => applyPlanToGrid(input, { ...plan, dataSheet: '没有' })).toThrow('没有');
  });
});
