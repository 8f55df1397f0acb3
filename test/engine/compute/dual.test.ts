/**
 * SPEC §8 end to end on a small 双述双评 workbook: five units, four sheets besides the data sheet.
 * Every expected number is worked out by hand below (Excel formula beside it), never by the engine.
 *
 * 日常考核 (直接, 来源表 日常考核, 30): 城关镇 28.5, 河口镇 27 (written `河口 镇` there), 柳林乡 24,
 *   桃源乡 26, 北山乡 25.
 * 述职评议 (评委, 20; 7 judges C..I under a merged C2:I2; drop 1 high, 1 low; 评委满分 = 分值? no: 评委满分
 *   is set to 100 in 【基本设置】):
 *   城关镇 90 92 88 95 70 91 89 → (SUM−MAX−MIN)/(COUNT−2) = (615−95−70)/5 = 90 → 20×90/100 = 18.
 *     JUDGE_OUTLIER on 70 (G5): the others' median = (90+91)/2 = 90.5, |70 − 90.5| = 20.5 > 20% × 100.
 *   河口镇 85 86 87 88 89 90 (评委7 absent) → (525−90−85)/4 = 87.5 → 17.5.
 *   柳林乡 80 81 82 83 → 4 < 评委最少人数 5: JUDGES_TOO_FEW on C8 (the row's first cell under X).
 *   桃源乡 88 × 7 → 88 → 17.6.   北山乡 78 80 82 84 86 79 81 → (570−86−78)/5 = 81.2 → 16.24.
 * 民主测评 (测评, 20; 好 100% 较好 80% 一般 60% 差 0%; 差票否决比例 1/3 → 取消评优):
 *   城关镇 30 8 2 0 of 40 → 20×(30 + 6.4 + 1.2)/40 = 18.8.
 *   河口镇 20 5 1 13 of 39 (应到 40, 实到 39) → 20×24.6/39 = 12.615… → 12.62; 差 13/39 = 1/3 exactly: no veto.
 *   柳林乡 实到 25 < 40 × 2/3: VOTE_QUORUM on C5.
 *   桃源乡 30 10 0 0 → 20×38/40 = 19.   北山乡 10 10 6 14 of 40 → 20×21.6/40 = 10.8; 差 14/40 > 1/3: veto.
 * 履职评价 (定性, 10, data sheet B): 好 10, 较好 8, 一般 6, 好 10, 差 0.
 * 任务完成数 (完成率, 20, 目标值 = 任务数 column of 实绩): 45/50 → 18; 40/40 → 20; 20/30 → 13.333… → 13.33;
 *   29/32 → 20×29/32 = 18.125 → 18.13; 25/20 → capped at 100% → 20. 东风镇 names no unit: SOURCE_UNIT_EXTRA.
 * Totals: 城关镇 28.5+18+18.8+10+18 = 93.3; 河口镇 27+17.5+12.62+8+20 = 85.12; 桃源乡 26+17.6+19+10+18.13 = 90.73;
 *   北山乡 25+16.24+10.8+0+20 = 72.04 (vetoed 取消评优); 柳林乡 has errors: no total.
 * Ranks (vetoed last): 城关镇 1, 桃源乡 2, 河口镇 3, 北山乡 4. Grades: 优秀 quota ⌊4 × 50%⌋ = 2 → 城关镇, 桃源乡;
 *   河口镇 良好 (≥ 80); 北山乡 capped at 良好 but 72.04 < 80 → 一般.
 */
import { assess } from '../../../src/engine';
import type { CellValue, SheetInput, WorkbookInput } from '../../../src/engine/model/workbook';
import { buildReport } from '../../../src/cli/report';

const scheme: SheetInput = {
  name: '考核方案',
  cells: [
    ['【基本设置】'], ['数据表', '考核数据'], ['测评实到列', '实到'], ['测评应到列', '应到'], ['差票否决比例', '1/3'], ['评委满分', 100],
    [],
    ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'],
    ['日常考核', 30, '直接', '日常考核'], ['述职评议', 20, '评委', '述职评议'], ['民主测评', 20, '测评', '民主测评'],
    ['履职评价', 10, '定性', null], ['任务完成数', 20, '完成率', '实绩'],
    [],
    ['【计分规则】'], ['指标名称', '目标值'], ['任务完成数', '任务数'],
    [],
    ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, '50%'], ['良好', 80, null], ['一般', 0, null],
  ],
};

const data: SheetInput = {
  name: '考核数据',
  cells: [['单位名称', '履职评价'], ['城关镇', '好'], ['河口镇', '较好'], ['柳林乡', '一般'], ['桃源乡', '好'], ['北山乡', '差']],
};

const daily: SheetInput = {
  name: '日常考核',
  cells: [['单位名称', '日常考核'], ['河口 镇', 27], ['城关镇', 28.5], ['北山乡', 25], ['桃源乡', 26], ['柳林乡', 24]],
};

const j = (...s: Array<number | null>): CellValue[] => s;
const panel: SheetInput = {
  name: '述职评议',
  cells: [
    ['2026年度述职评议评分表'],
    ['序号', '单位名称', '述职评议', null, null, null, null, null, null, '平均分'],
    [null, null, '评委1', '评委2', '评委3', '评委4', '评委5', '评委6', '评委7', null],
    [1, '北山乡', ...j(78, 80, 82, 84, 86, 79, 81), 81.2],
    [2, '城关镇', ...j(90, 92, 88, 95, 70, 91, 89), 90],
    [3, '桃源乡', ...j(88, 88, 88, 88, 88, 88, 88), 88],
    [4, '河口镇', ...j(85, 86, 87, 88, 89, 90, null), 87.5],
    [5, '柳林乡', ...j(80, 81, 82, 83, null, null, null), 81.5],
  ],
  merges: [{ top: 1, left: 2, bottom: 1, right: 8 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 9, bottom: 2, right: 9 }],
};

const votes: SheetInput = {
  name: '民主测评',
  cells: [
    ['单位名称', '应到', '实到', '民主测评'],
    [null, null, null, '好', '较好', '一般', '差'],
    ['城关镇', 40, 40, 30, 8, 2, 0],
    ['河口镇', 40, 39, 20, 5, 1, 13],
    ['柳林乡', 40, 25, 20, 3, 2, 0],
    ['桃源乡', 40, 40, 30, 10, 0, 0],
    ['北山乡', 40, 40, 10, 10, 6, 14],
  ],
};

const figures: SheetInput = {
  name: '实绩',
  cells: [['单位名称', '任务数', '任务完成数'], ['桃源乡', 32, 29], ['城关镇', 50, 45], ['东风镇', 10, 10], ['河口镇', 40, 40], ['北山乡', 20, 25], ['柳林乡', 30, 20]],
};

const workbook: WorkbookInput = { sheets: [scheme, data, daily, panel, votes, figures] };

describe('双述双评 end to end (SPEC §8)', () => {
  const run = assess(workbook);
  const unit = (name: string) => run.units.find((u) => u.name === name);

  test('no scheme error; the issues, each at its cell and sheet', () => {
    expect(run.issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.unit])).toEqual(expect.arrayContaining([
      ['JUDGE_OUTLIER', 'warning', '述职评议', 'G5', '城关镇'],
      ['JUDGES_TOO_FEW', 'error', '述职评议', 'C8', '柳林乡'],
      ['VOTE_QUORUM', 'error', '民主测评', 'C5', '柳林乡'],
      ['SOURCE_UNIT_EXTRA', 'warning', '实绩', 'A4', null],
    ]));
    expect(run.issues).toHaveLength(4);
  });

  test('scores, totals, ranks and grades as worked out by hand', () => {
    expect(run.units.map((u) => [u.name, u.scores, u.total, u.rank, u.grade])).toEqual([
      ['城关镇', [28.5, 18, 18.8, 10, 18], 93.3, 1, '优秀'],
      ['河口镇', [27, 17.5, 12.62, 8, 20], 85.12, 3, '良好'],
      ['柳林乡', [24, null, null, 6, 13.33], null, null, null],
      ['桃源乡', [26, 17.6, 19, 10, 18.13], 90.73, 2, '优秀'],
      ['北山乡', [25, 16.24, 10.8, 0, 20], 72.04, 4, '一般'],
    ]);
  });

  test('the 差票 veto: 14 of 40 is over 1/3, 13 of 39 is not', () => {
    expect(unit('北山乡')?.vetoes).toEqual([{ column: '民主测评', effect: '取消评优', reason: '差票 14/40', cell: '民主测评!G7', source: '差票' }]);
    expect(unit('河口镇')?.vetoes).toEqual([]);
  });

  test('the report: scores, details of 测评 and the 异常标记 naming the source cell', () => {
    const report = buildReport(run);
    const r = report.units.find((u) => u.name === '城关镇');
    expect(r?.scores).toEqual({ 日常考核: 28.5, 述职评议: 18, 民主测评: 18.8, 履职评价: 10, 任务完成数: 18 });
    expect(r?.details.民主测评).toBe('好 30，较好 8，一般 2，差 0，共 40 票');
    expect(Object.keys(r?.details ?? {})).toEqual(['述职评议', '民主测评']);
    expect(unit('城关镇')?.flagDetails).toEqual([{ code: 'JUDGE_OUTLIER', label: '评分偏离', where: '述职评议!G5' }]);
    expect(report.units.find((u) => u.name === '北山乡')?.veto).toEqual({ column: '民主测评', effect: '取消评优', reason: '差票 14/40' });
  });

  test('the write plan: <指标名称>得分 columns before 总分, marks on the source sheets', () => {
    const plan = run.plan;
    expect(plan?.columns.map((c) => [c.header, c.col])).toEqual([
      ['日常考核得分', 2], ['述职评议得分', 3], ['民主测评得分', 4], ['履职评价得分', 5], ['任务完成数得分', 6],
      ['总分', 7], ['排名', 8], ['等次', 9], ['异常标记', 10],
    ]);
    expect(plan?.columns[2]?.values).toEqual([18.8, 12.62, null, 19, 10.8]);
    expect(plan?.marks.map((m) => [m.sheet, m.row, m.col, m.fill])).toEqual(expect.arrayContaining([
      ['述职评议', 4, 6, '#FFEB9C'], ['述职评议', 7, 2, '#FFC7CE'], ['民主测评', 4, 2, '#FFC7CE'], ['实绩', 3, 0, '#FFEB9C'],
    ]));
    expect(plan?.resultSheet?.header.slice(0, 8)).toEqual(['序号', '单位名称', '日常考核得分', '述职评议得分', '民主测评得分', '履职评价得分', '任务完成数得分', '总分']);
  });
});
