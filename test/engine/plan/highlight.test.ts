import { assess, highlightPlan, recordToRows, RECORD_SHEET, type ProgramRecord, type WritePlan } from '../../../src/engine';
import { sheet, workbook, type Row } from '../assess/helpers';

/*
 * A small workbook: two indicators 甲, 乙 of 50 points each (满分 100), no grades, no stars, no
 * groups; the data sheet 考核数据 has its header in row 1 (index 0) and units from row 2:
 *   A: 40, 45    B: (empty), 30 → MISSING_VALUE error at B3 (row 2, col 1)
 *   C: '35', 50  → TEXT_NUMBER warning at B4 (row 3, col 1)    D: 20, 25
 * Output columns (SPEC §5): 总分, 排名, 异常标记; on a first run they are new at D, E, F (cols 3, 4, 5).
 * The marks are in issue order (row, then column): B3 red (#FFC7CE), B4 yellow (#FFEB9C).
 */
const scheme: Row[] = [
  ['【基本设置】'],
  ['数据表', '考核数据'],
  ['【指标】'],
  ['指标名称', '分值'],
  ['甲', 50],
  ['乙', 50],
];
const units: Row[] = [
  ['A', 40, 45],
  ['B', null, 30],
  ['C', '35', 50],
  ['D', 20, 25],
];
const DATA = '考核数据';

function run(header: Row, rows: Row[], record: ProgramRecord | null): WritePlan {
  const sheets = [sheet('考核方案', scheme), sheet(DATA, [header, ...rows])];
  if (record) sheets.push(sheet(RECORD_SHEET, recordToRows({ record, undo: null }), { visibility: 'veryHidden' }));
  const plan = assess(workbook(...sheets), { mode: 'score' }).plan;
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('highlightPlan (快速校验: fills and notes only)', () => {
  it('on a first run: no columns, no 考核结果, the marks, and a record owning no column', () => {
    const full = run(['单位名称', '甲', '乙'], units, null);
    // The full plan's columns are all new (D, E, F), so the record owns none of them yet.
    expect(full.columns.map((c) => [c.header, c.col, c.isNew])).toEqual([['总分', 3, true], ['排名', 4, true], ['异常标记', 5, true]]);
    const h = highlightPlan(full);
    expect(h).toEqual({
      dataSheet: DATA,
      columns: [],
      marks: full.marks,
      clearMarks: [],
      resultSheet: null,
      record: { dataSheet: DATA, columns: [], marks: [{ sheet: DATA, row: 2, col: 1 }, { sheet: DATA, row: 3, col: 1 }] },
    });
    expect(h.marks.map((m) => [m.sheet, m.row, m.col, m.fill])).toEqual([[DATA, 2, 1, '#FFC7CE'], [DATA, 3, 1, '#FFEB9C']]);
    expect(h.marks[0]?.note.startsWith('考评助手 · 【缺失值】B3：“B”的“甲”为空。')).toBe(true);
    expect(h.marks[1]?.note.startsWith('考评助手 · 【文本数字】B4：“35”是以文本形式存储的数字')).toBe(true);
  });

  it('keeps the columns the program owns (and, given the old record, the one it drops), clears the stale mark; the next full run reuses them', () => {
    // The previous run wrote 总分 D, 排名 E, 异常标记 F and 星级 G (the scheme has no 【星级】 now, so G
    // is dropped: the full plan clears it under an empty header) and marked C5 (row 4, col 2), which
    // has no issue now → a stale mark.
    const previous: ProgramRecord = {
      dataSheet: DATA,
      columns: [{ key: 'total', header: '总分', col: 3 }, { key: 'rank', header: '排名', col: 4 }, { key: 'flags', header: '异常标记', col: 5 }, { key: 'stars', header: '星级', col: 6 }],
      marks: [{ sheet: DATA, row: 4, col: 2 }],
    };
    const header: Row = ['单位名称', '甲', '乙', '总分', '排名', '异常标记', '星级'];
    const rows: Row[] = [
      ['A', 40, 45, 85, 1, null, '★'],
      ['B', null, 30, null, null, '缺失值(B3)', null],
      ['C', '35', 50, 85, 1, '文本数字(B4)', '★'],
      ['D', 20, 25, 45, 3, null, null],
    ];
    const full = run(header, rows, previous);
    const planned = [['total', '总分', 3, false], ['rank', '排名', 4, false], ['flags', '异常标记', 5, false], ['flags', '', 6, false]];
    expect(full.columns.map((c) => [c.key, c.header, c.col, c.isNew])).toEqual(planned);
    const marks = [{ sheet: DATA, row: 2, col: 1 }, { sheet: DATA, row: 3, col: 1 }];
    const reused = [{ key: 'total', header: '总分', col: 3 }, { key: 'rank', header: '排名', col: 4 }, { key: 'flags', header: '异常标记', col: 5 }] as const;

    // Given the old record, G keeps its own key and header.
    const h = highlightPlan(full, previous);
    const kept: ProgramRecord = { dataSheet: DATA, columns: [...reused, { key: 'stars', header: '星级', col: 6 }], marks };
    expect(h).toEqual({ dataSheet: DATA, columns: [], marks: full.marks, clearMarks: [{ sheet: DATA, row: 4, col: 2 }], resultSheet: null, record: kept });
    // Without it, only the reused columns are kept (G is then the clerk's: never written again).
    expect(highlightPlan(full).record).toEqual({ dataSheet: DATA, columns: [...reused], marks });

    // The next full run, with the highlight's record stored: the same columns reused, G still cleared,
    // and the marks of the highlight (B3, B4) are marked again, so nothing is stale.
    const next = run(header, rows, kept);
    expect(next.columns.map((c) => [c.key, c.header, c.col, c.isNew])).toEqual(planned);
    expect(next.clearMarks).toEqual([]);
    expect(next.resultSheet?.name).toBe('考核结果');
  });

  it('with no issue left: no marks, the old marks cleared, the record marks nothing', () => {
    const previous: ProgramRecord = { dataSheet: DATA, columns: [], marks: [{ sheet: DATA, row: 2, col: 1 }] };
    const clean: Row[] = [['A', 40, 45], ['B', 30, 30]];
    const h = highlightPlan(run(['单位名称', '甲', '乙'], clean, previous), previous);
    expect(h).toEqual({
      dataSheet: DATA, columns: [], marks: [], clearMarks: [{ sheet: DATA, row: 2, col: 1 }], resultSheet: null,
      record: { dataSheet: DATA, columns: [], marks: [] },
    });
  });

  it('does not change the plan it is given', () => {
    const full = run(['单位名称', '甲', '乙'], units, null);
    const copy = JSON.parse(JSON.stringify(full)) as unknown;
    highlightPlan(full, null);
    expect(JSON.parse(JSON.stringify(full))).toEqual(copy);
  });
});
