/**
 * 考核结果 for 公示 (issue 14): 【基本设置】 公示异常标记 (`显示`, the default and SPEC §5: the 异常标记
 * column as on the data sheet; `不显示`: a 备注 column saying `未计分（数据有误）` for a unit not scored),
 * and the 考核单位/日期 line of the data sheet's title block under the title.
 *
 * The workbook (test/fixtures/cli/workbooks.ts, ERROR_ROWS), worked by hand:
 *   甲 38 + 55 + 2 = 95; 乙 '３６' (TEXT_NUMBER) 36 + 54 = 90; 丙 业务 empty (MISSING_VALUE, C4): not
 *   scored; 丁 35 + 55 + 1 = 91, vetoed (定为末等); 戊 20 + 40 = 60.
 *   Ranks (否决 末位): 甲 1, 乙 2, 戊 3, 丁 4; 丙 none. 优秀 quota 4 × 40% = 1.6 → 1: 甲; 乙 良好 (≥ 80),
 *   戊 一般 (≥ 60), 丁 较差 (定为末等). Stars: 甲 95 ★★★, 乙 90 ★★, 戊 60 none, 丁 vetoed none.
 */
import { assess } from '../../../src/engine';
import type { CellValue, WorkbookInput } from '../../../src/engine/model/workbook';
import type { ResultSheetPlan } from '../../../src/engine/model/plan';
import { CLEAN_ROWS, DATA_HEADER, ERROR_ROWS, schemeRows, type Row } from '../../fixtures/cli/workbooks';

const grid = (rows: readonly Row[]): CellValue[][] => rows.map((r) => [...r] as CellValue[]);

/** The scheme of workbooks.ts with extra 【基本设置】 rows after `数据表` (row 3 on: B3 is the first's value). */
function scheme(...settings: Row[]): Row[] {
  const rows = schemeRows();
  return [...rows.slice(0, 2), ...settings, ...rows.slice(2)];
}

function book(units: readonly Row[], schemeSheet: readonly Row[], above: readonly Row[] = []): WorkbookInput {
  return { sheets: [{ name: '考核数据', cells: grid([...above, DATA_HEADER, ...units]) }, { name: '考核方案', cells: grid(schemeSheet) }] };
}

function list(wb: WorkbookInput): ResultSheetPlan {
  const plan = assess(wb, { mode: 'score' }).plan?.resultSheet;
  if (!plan) throw new Error('no 考核结果 planned');
  return plan;
}

const COLUMNS = ['序号', '单位名称', '党建工作小计', '业务工作小计', '总分', '排名', '等次', '星级', '一票否决'];

describe('公示异常标记 不显示: a 备注 column holds only what is public', () => {
  test('every cell of the list: the vetoed unit in 一票否决, the unit with an error 未计分（数据有误）, no data-quality flag', () => {
    const rs = list(book(ERROR_ROWS, scheme(['公示异常标记', '不显示'])));
    expect(rs.header).toEqual([...COLUMNS, '备注']);
    expect(rs.rows).toEqual([
      [1, '甲', 38, 55, 95, 1, '优秀', '★★★', null, null],
      [2, '乙', 36, 54, 90, 2, '良好', '★★', null, null],
      [3, '戊', 20, 40, 60, 3, '一般', null, null, null],
      [4, '丁', 35, 55, 91, 4, '较差', null, '否决（定为末等）', null],
      [5, '丙', null, null, null, null, null, null, null, '未计分（数据有误）'],
    ]);
    // 小计 and 总分 with 小数位 (2) decimals, as before.
    expect(rs.numberFormats).toEqual([null, null, '0.00', '0.00', '0.00', null, null, null, null, null]);
  });

  test('the whole scheme invalid: every unit 未计分（数据有误）, no 异常标记 text on the list', () => {
    const rs = list(book(CLEAN_ROWS, scheme(['公示异常标记', '不显示'], ['排名方式', '德式'])));
    expect(rs.header).toEqual([...COLUMNS, '备注']);
    expect(rs.rows.map((r) => [r[1], r[4], r[9]])).toEqual(['甲', '乙', '丙', '丁', '戊'].map((n) => [n, null, '未计分（数据有误）']));
  });

  test('spellings: 隐藏 reads as 不显示, surrounding and full-width spaces folded', () => {
    expect(list(book(CLEAN_ROWS, scheme(['公示异常标记', '隐藏']))).header.at(-1)).toBe('备注');
    expect(list(book(CLEAN_ROWS, scheme(['　公示异常标记 ', ' 不显示　']))).header.at(-1)).toBe('备注');
  });
});

describe('公示异常标记 显示 (the default, SPEC §5): the list as before', () => {
  test('异常标记 cells are the data sheet\'s own 异常标记 values, unit for unit', () => {
    for (const settings of [[], [['公示异常标记', '显示']]] as Row[][]) {
      const a = assess(book(ERROR_ROWS, scheme(...settings)), { mode: 'score' });
      const rs = a.plan?.resultSheet;
      expect(rs?.header).toEqual([...COLUMNS, '异常标记']);
      const flags = a.plan?.columns.find((c) => c.key === 'flags');
      // Data rows 2–6 (0-based 1–5) hold 甲 乙 丙 丁 戊; the list holds them in rank order.
      const onData = new Map(['甲', '乙', '丙', '丁', '戊'].map((n, i) => [n, flags?.values[i] ?? null]));
      expect(rs?.rows.map((r) => [r[1], r[9]])).toEqual(['甲', '乙', '戊', '丁', '丙'].map((n) => [n, onData.get(n)]));
      expect(onData.get('丙')).toContain('缺失值(C4)');
      expect(onData.get('乙')).toContain('文本数字(B3)');
    }
  });

  test('a bad value is SCHEME_INVALID on its value cell (B3), and the list keeps 异常标记', () => {
    const a = assess(book(CLEAN_ROWS, scheme(['公示异常标记', '隐去'])), { mode: 'score' });
    const bad = a.issues.filter((i) => i.code === 'SCHEME_INVALID');
    expect(bad.map((i) => [i.sheet, i.cell])).toEqual([['考核方案', 'B3']]);
    expect(bad[0]?.message).toContain('“公示异常标记”只能是“显示”或“不显示”，现为“隐去”');
    expect(a.plan?.resultSheet?.header.at(-1)).toBe('异常标记');
  });
});

describe('the 考核单位/日期 line under the title', () => {
  test('a 填报单位 line across two cells: row 2, the header on row 3', () => {
    const above: Row[] = [['XX县2026年度综合考核评分表'], ['填报单位：XX县委组织部', null, null, '日期：2026年12月']];
    const rs = list(book(CLEAN_ROWS, schemeRows(), above));
    expect(rs.title).toBe('XX县2026年度综合考核结果（公示）');
    expect(rs.info).toBe('填报单位：XX县委组织部　　日期：2026年12月');
    expect(rs.headerRow).toBe(2);
  });

  test('no title block, or a title only: no line, the header on row 2', () => {
    for (const above of [[], [['XX县2026年度综合考核评分表']], [['XX县2026年度综合考核评分表'], ['单位：分']]] as Row[][]) {
      const rs = list(book(CLEAN_ROWS, schemeRows(), above));
      expect([rs.info, rs.headerRow]).toEqual([null, 1]);
    }
  });
});
