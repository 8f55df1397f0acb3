/**
 * Where computed indicators' cells are (SPEC §8.1): header cells and their spans (merged, or 跨列居中
 * over empty cells), the columns under them, source sheets and their tables.
 */
import type { CellValue, MergeArea, SheetInput, WorkbookInput } from '../../../src/engine/model/workbook';
import type { Indicator, Scheme } from '../../../src/engine/model/scheme';
import { parseScheme } from '../../../src/engine/scheme/parse';
import { SheetView } from '../../../src/engine/table/sheet-view';
import { findBlock } from '../../../src/engine/table/find';
import { columnsUnder, headerSpan, matchHeaderCells } from '../../../src/engine/table/spans';
import { locateIndicators } from '../../../src/engine/compute/locate';

const sheet = (name: string, cells: CellValue[][], merges: MergeArea[] = []): SheetInput => ({ name, cells, merges });

/** A plain scheme, then its indicators given methods and sources by hand (the parser is tested apart). */
function schemeWith(indicators: Array<Partial<Indicator> & { name: string; max: number }>, settings: Partial<Scheme['settings']> = {}): Scheme {
  const parsed = parseScheme(sheet('考核方案', [['【指标】'], ['指标名称', '分值'], ['占位', 100]])).scheme;
  if (!parsed) throw new Error('scheme');
  return {
    ...parsed,
    settings: { ...parsed.settings, ...settings },
    indicators: indicators.map((ind, i) => ({ weight: null, category: null, code: null, cell: { row: 2 + i, col: 0 }, ...ind })),
  };
}

// 述职评议 merged over C2:K2; row 3 评委1..评委9 and 平均分 in L3 (outside the merge).
const panel = sheet('述职评议', [
  ['2026年述职评议打分表'],
  ['序号', '单位名称', '述职评议', null, null, null, null, null, null, null, null, '备注'],
  [null, null, '评委1', '评委2', '评委3', '评委4', '评委5', '评委6', '评委7', '评委8', '评委9', null],
  [1, '城关镇', 90, 91, 92, 93, 94, 95, 96, 97, 98, null],
], [{ top: 1, left: 2, bottom: 1, right: 10 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }]);

// 民主测评 written in C1 only (跨列居中 over C..F), 实绩 in G1; 应到/实到 under nothing.
const votes = sheet('民主测评', [
  ['单位名称', '应到', '民主测评', null, null, null, '实到'],
  [null, null, '好', '较好', '一般', '差', null],
  ['城关镇', 40, 30, 8, 2, 0, 40],
]);

describe('header spans (SPEC §8.1)', () => {
  test('a merged header spans its merge; the columns under it are those with their own label below', () => {
    const view = new SheetView(panel);
    const block = findBlock(view, '单位名称');
    expect(block).toMatchObject({ headerRow: 1, firstDataRow: 3, unitCol: 1 });
    if (!block) return;
    const x = matchHeaderCells(block, '述职评议');
    expect(x).toEqual([{ row: 1, col: 2 }]);
    expect(headerSpan(view, block, { row: 1, col: 2 })).toEqual({ left: 2, right: 10 });
    expect(columnsUnder(view, block, { row: 1, col: 2 }).map((c) => `${c.col}:${c.label}`)).toEqual(
      ['2:评委1', '3:评委2', '4:评委3', '5:评委4', '6:评委5', '7:评委6', '8:评委7', '9:评委8', '10:评委9']);
  });

  test('an unmerged header spans the empty cells right of it up to the next filled cell (跨列居中)', () => {
    const view = new SheetView(votes);
    const block = findBlock(view, '单位名称');
    if (!block) throw new Error('block');
    expect(headerSpan(view, block, { row: 0, col: 2 })).toEqual({ left: 2, right: 5 });
    expect(columnsUnder(view, block, { row: 0, col: 2 }).map((c) => c.label)).toEqual(['好', '较好', '一般', '差']);
  });

  test('…and up to the table\'s last labelled column, not beyond', () => {
    const view = new SheetView(sheet('s', [
      ['单位名称', '民主测评', null, null, null],
      [null, '好', '差', null, null],
      ['甲', 1, 2, null, 9],
    ]));
    const block = findBlock(view, '单位名称');
    if (!block) throw new Error('block');
    // Column E has a number in a data row but no label: the span stops at C, the last labelled column.
    expect(headerSpan(view, block, { row: 0, col: 1 })).toEqual({ left: 1, right: 2 });
  });

  test('a cell covered by a vertical merge from above is not empty: the span stops before it', () => {
    const view = new SheetView(sheet('s', [
      ['单位名称', '测评', null, '备注'],
      [null, '好', '差', null],
      ['甲', 1, 2, 'x'],
    ], [{ top: 0, left: 3, bottom: 1, right: 3 }]));
    const block = findBlock(view, '单位名称');
    if (!block) throw new Error('block');
    expect(headerSpan(view, block, { row: 1, col: 1 })).toEqual({ left: 1, right: 1 });
    expect(headerSpan(view, block, { row: 0, col: 1 })).toEqual({ left: 1, right: 2 });
  });
});

const data = sheet('考核数据', [['单位名称', '履职评价'], ['城关镇', '好']]);

function locate(workbook: WorkbookInput, scheme: Scheme) {
  const view = new SheetView(data);
  const block = findBlock(view, '单位名称');
  if (!block) throw new Error('block');
  return locateIndicators({ workbook, scheme, data: { view, block } });
}

describe('locating computed indicators (SPEC §8.1)', () => {
  test('a 评委 panel on its 来源表: the nine judges, 平均分 outside the merge not among them', () => {
    const scheme = schemeWith([{ name: '述职评议', max: 20, method: '评委', source: '述职评议' }]);
    const { located, issues } = locate({ sheets: [data, panel] }, scheme);
    expect(issues).toEqual([]);
    expect(located).toHaveLength(1);
    const cells = located[0]?.cells;
    expect(cells?.kind).toBe('judges');
    if (cells?.kind === 'judges') expect(cells.judges.map((j) => j.col)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('合计 / 平均分 / 得分 columns under the header are not judges', () => {
    const s = sheet('评议', [
      ['单位名称', '现场打分', null, null, null, null, null],
      [null, '评委A', '评委B', '评委C', '合计', '平均 分', '最终得分'],
      ['城关镇', 1, 2, 3, 6, 2, 2],
    ]);
    const scheme = schemeWith([{ name: '现场打分', max: 10, method: '评委', source: '评议' }]);
    const cells = locate({ sheets: [data, s] }, scheme).located[0]?.cells;
    expect(cells?.kind === 'judges' ? cells.judges.map((j) => j.label) : null).toEqual(['评委A', '评委B', '评委C']);
  });

  test('测评: one column per level of 【等级分】, 实到 and 应到 columns on the same sheet', () => {
    const scheme = schemeWith([{ name: '民主测评', max: 20, method: '测评', source: '民主测评' }], { votePresentColumn: '实到', voteExpectedColumn: '应到' });
    const { located, issues } = locate({ sheets: [data, votes] }, scheme);
    expect(issues).toEqual([]);
    const cells = located[0]?.cells;
    expect(cells?.kind === 'votes' ? { levels: cells.levels.map((l) => l.col), present: cells.present, expected: cells.expected } : null)
      .toEqual({ levels: [2, 3, 4, 5], present: 6, expected: 1 });
  });

  test('a level without a column is COLUMN_NOT_FOUND on the header cell X', () => {
    const s = sheet('民主测评', [['单位名称', '民主测评', null, null], [null, '好', '较好', '一般'], ['城关镇', 1, 2, 3]]);
    const scheme = schemeWith([{ name: '民主测评', max: 20, method: '测评', source: '民主测评' }]);
    const { located, issues } = locate({ sheets: [data, s] }, scheme);
    expect(located).toEqual([]);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['COLUMN_NOT_FOUND', '民主测评', 'B1']]);
    expect(issues[0]?.message).toContain('民主测评 / 差');
    expect(issues[0]?.message).toContain('好、较好、一般');
  });

  test('a judges\' header with no columns under it is COLUMN_NOT_FOUND on X, and does not throw', () => {
    const s = sheet('述职评议', [['单位名称', '述职评议'], ['城关镇', 90]]);
    const scheme = schemeWith([{ name: '述职评议', max: 20, method: '评委', source: '述职评议' }]);
    const { issues } = locate({ sheets: [data, s] }, scheme);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['COLUMN_NOT_FOUND', '述职评议', 'B1']]);
    expect(issues[0]?.message).toContain('下面没有评委列');
  });

  test('two header cells with the name are DUPLICATE_COLUMN on the indicator\'s scheme cell', () => {
    const s = sheet('述职评议', [['单位名称', '述职评议', null, '述职评议'], [null, '评委1', '评委2', '评委1'], ['城关镇', 1, 2, 3]]);
    const scheme = schemeWith([{ name: '述职评议', max: 20, method: '评委', source: '述职评议' }]);
    const { issues } = locate({ sheets: [data, s] }, scheme);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['DUPLICATE_COLUMN', '考核方案', 'A3']]);
    expect(issues[0]?.message).toContain('述职评议!B1、述职评议!D1');
  });

  test('a missing 来源表 is SHEET_NOT_FOUND on its scheme cell; a source without the 单位列 is COLUMN_NOT_FOUND on that sheet', () => {
    const scheme = schemeWith([
      { name: '日常考核', max: 30, source: '日常考评', sourceCell: { row: 2, col: 3 } },
      { name: '实绩', max: 70, method: '完成率', source: '实绩表' },
    ]);
    const noUnit = sheet('实绩表', [['乡镇', '实绩'], ['城关镇', 5]]);
    const { located, issues } = locate({ sheets: [data, noUnit] }, scheme);
    expect(located).toEqual([]);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['SHEET_NOT_FOUND', '考核方案', 'D3'], ['COLUMN_NOT_FOUND', '实绩表', null]]);
    expect(issues[0]?.message).toContain('日常考评');
  });

  test('a 定性 column on the data sheet is located there; a 来源表 naming the data sheet is the data sheet', () => {
    const scheme = schemeWith([{ name: '履职评价', max: 10, method: '定性', source: '考核数据' }]);
    const { located, issues } = locate({ sheets: [data] }, scheme);
    expect(issues).toEqual([]);
    expect(located.map((l) => [l.table.isData, l.cells])).toEqual([[true, { kind: 'column', col: 1 }]]);
  });

  test('a per-unit 目标值 names a column of the indicator\'s sheet', () => {
    const s = sheet('实绩', [['单位名称', '任务数', '党建任务完成数'], ['城关镇', 50, 45]]);
    const scheme: Scheme = {
      ...schemeWith([{ name: '党建任务完成数', max: 20, method: '完成率', source: '实绩' }]),
      rules: [{ indicator: '党建任务完成数', target: { kind: 'column', header: '任务数', cell: { row: 9, col: 1 } }, satisfied: null, disallowed: null, cap: { num: 1, den: 1 }, perCount: null, cell: { row: 9, col: 0 } }],
    };
    const { located, issues } = locate({ sheets: [data, s] }, scheme);
    expect(issues).toEqual([]);
    expect(located[0]?.params).toEqual({ target: { kind: 'column', col: 1 } });
    const bad: Scheme = { ...scheme, rules: [{ ...(scheme.rules?.[0] as NonNullable<Scheme['rules']>[number]), target: { kind: 'column', header: '任务', cell: { row: 9, col: 1 } } }] };
    expect(locate({ sheets: [data, s] }, bad).issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['COLUMN_NOT_FOUND', '考核方案', 'B10']]);
  });
});
