import { applyPlanToGrid } from '../../../src/hosts/memory/apply';
import type { WorkbookInput } from '../../../src/engine/model/workbook';
import type { WritePlan } from '../../../src/engine/model/plan';
import { RECORD_SHEET, recordToRows, rowsToRecord } from '../../../src/engine/record';
import { highlightPlan } from '../../../src/engine';

// 考核数据: header row 0, units rows 1..2; the previous run owned 总分 in C (col 2) and marked B2.
// This check: B3 (row 2, col 1) is an error, B2 is fine now (a stale mark).
const previousRecord = { dataSheet: '考核数据', columns: [{ key: 'total' as const, header: '总分', col: 2 }], marks: [{ sheet: '考核数据', row: 1, col: 1 }] };
const sheets = (withResult: boolean): WorkbookInput => ({
  sheets: [
    { name: '考核数据', cells: [['单位名称', '指标A', '总分'], ['甲', 90, 90], ['乙', null, null]], formulas: new Map([['1,1', '45*2']]) },
    { name: '考核方案', cells: [['【指标】']] },
    ...(withResult ? [{ name: '考核结果', cells: [['旧的']] }] : []),
    { name: RECORD_SHEET, cells: recordToRows({ record: previousRecord, undo: null }), visibility: 'veryHidden' as const },
  ],
});

const full: WritePlan = {
  dataSheet: '考核数据',
  columns: [
    { key: 'total', header: '总分', col: 2, headerRow: 0, isNew: false, numberFormat: '0.00', firstRow: 1, values: [90, null] },
    { key: 'flags', header: '异常标记', col: 3, headerRow: 0, isNew: true, numberFormat: null, firstRow: 1, values: [null, '缺失值(B3)'] },
  ],
  marks: [{ sheet: '考核数据', row: 2, col: 1, fill: '#FFC7CE', note: 'B3 缺失。' }],
  clearMarks: [{ sheet: '考核数据', row: 1, col: 1 }],
  resultSheet: { name: '考核结果', replaces: false, title: '考核结果（公示）', info: null, headerRow: 1, header: ['排名', '单位名称', '总分'], rows: [[1, '甲', 90]], widths: [6, 12, 8], wrap: [false, false, false], headerHeight: null, rowHeights: [], groupStarts: [0], numberFormats: [null, null, '0.00'], footer: '第 &P 页 共 &N 页' },
  record: { dataSheet: '考核数据', columns: [{ key: 'total', header: '总分', col: 2 }, { key: 'flags', header: '异常标记', col: 3 }], marks: [{ sheet: '考核数据', row: 2, col: 1 }] },
};

describe('applyPlanToGrid with a marks-only plan (resultSheet null)', () => {
  const previous = { fills: new Map([['考核数据!B2', '#FFEB9C']]), notes: new Map([['考核数据!B2', '旧批注']]) };

  test.each([['with', true], ['without', false]])('%s a 考核结果 sheet: every cell as it was, 考核结果 untouched, only the fills and notes change', (_w, withResult) => {
    const input = sheets(withResult);
    const out = applyPlanToGrid(input, highlightPlan(full), previous);
    // Every sheet but the record: the same cells, formulas and order as the input.
    expect(out.sheets.filter((s) => s.name !== RECORD_SHEET)).toEqual(input.sheets.filter((s) => s.name !== RECORD_SHEET));
    expect(out.sheets.map((s) => s.name)).toEqual(withResult ? ['考核数据', '考核方案', '考核结果', RECORD_SHEET] : ['考核数据', '考核方案', RECORD_SHEET]);
    // B2's old mark is gone, B3 is marked.
    expect([...out.fills]).toEqual([['考核数据!B3', '#FFC7CE']]);
    expect([...out.notes]).toEqual([['考核数据!B3', 'B3 缺失。']]);
    // The record keeps 总分 (reused, not new), not 异常标记 (never written), and lists B3.
    expect(rowsToRecord(out.sheets[out.sheets.length - 1]?.cells ?? [])).toEqual({
      record: { dataSheet: '考核数据', columns: [{ key: 'total', header: '总分', col: 2 }], marks: [{ sheet: '考核数据', row: 2, col: 1 }] },
      undo: null,
    });
  });
});
