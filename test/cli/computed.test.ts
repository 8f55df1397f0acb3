/**
 * `kaoping score` end to end on a SPEC §8 workbook (综合评价): the `<指标名称>得分` columns are written,
 * the JSON report validates with ReportSchema and carries scores, details and vetoes exactly as worked
 * out by hand below; the 来源表 are left as they were (no issue, so no mark).
 *
 * Scheme: 日常考核 15 (直接, data sheet) + 述职评议 30 (评委, 来源表 述职评议, 评委满分 100) + 民主测评 25
 * (测评, 来源表 民主测评, 差票否决比例 30% → 取消评优) + 重点任务 20 (完成率, 来源表 实绩, 目标值 = 任务数)
 * + 履职评价 10 (定性, data sheet) = 100.
 *   述职评议 = 30 × (SUM − MAX − MIN)/(COUNT − 2) / 100:
 *     甲 90 92 88 94 86 → 270/3 = 90 → 27        乙 80 85 82 84 81 → 247/3 = 82.33… → 24.7
 *     丙 70 75 72 74 71 → 217/3 = 72.33… → 21.7  丁 88 86 87 89 85 → 261/3 = 87 → 26.1
 *   民主测评 = 25 × (好 + 0.8 较好 + 0.6 一般)/票数:
 *     甲 30 6 4 0 → 25 × 37.2/40 = 23.25    乙 25 10 5 0 → 25 × 36/40 = 22.5
 *     丙 10 10 8 12 → 25 × 22.8/40 = 14.25 (差 12/40 = 30%, not more: no veto)
 *     丁 20 5 2 13 → 25 × 25.2/40 = 15.75; 差 13/40 = 32.5% > 30%: veto 取消评优, reason `差票 13/40`
 *   重点任务 = 20 × min(完成/任务数, 100%): 甲 10/10 → 20; 乙 6/8 → 15; 丙 9/12 → 15; 丁 6/5 → capped 20.
 *   履职评价: 好 10, 较好 8, 一般 6.
 *   Totals: 甲 14 + 27 + 23.25 + 20 + 10 = 94.25; 乙 13 + 24.7 + 22.5 + 15 + 8 = 83.2;
 *           丙 12 + 21.7 + 14.25 + 15 + 6 = 68.95; 丁 14.5 + 26.1 + 15.75 + 20 + 10 = 86.35 (vetoed).
 *   Ranks (vetoed last): 甲 1, 乙 2, 丙 3, 丁 4. 优秀 ≥ 90, quota ⌊4 × 50%⌋ = 2: only 甲 reaches 90.
 *   良好 ≥ 80: 乙, and 丁 (取消评优 caps it at 良好). 一般: 丙.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { ReportSchema, type Report } from '../../src/cli/report';
import { describeSheet } from '../fixtures/xlsx-host/describe';
import { capture, readWorkbook, tempDir, writeWorkbook, type Row } from '../fixtures/cli/workbooks';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SHEETS: Record<string, Row[]> = {
  考核数据: [['单位名称', '日常考核', '履职评价'], ['甲', 14, '好'], ['乙', 13, '较好'], ['丙', 12, '一般'], ['丁', 14.5, '好']],
  述职评议: [
    ['单位名称', '述职评议', null, null, null, null],
    [null, '评委1', '评委2', '评委3', '评委4', '评委5'],
    ['丁', 88, 86, 87, 89, 85], ['丙', 70, 75, 72, 74, 71], ['乙', 80, 85, 82, 84, 81], ['甲', 90, 92, 88, 94, 86],
  ],
  // 民主测评 centred across B1:E1, not merged (跨列居中).
  民主测评: [['单位名称', '民主测评', null, null, null], [null, '好', '较好', '一般', '差'], ['乙', 25, 10, 5, 0], ['甲', 30, 6, 4, 0], ['丁', 20, 5, 2, 13], ['丙', 10, 10, 8, 12]],
  实绩: [['单位名称', '任务数', '重点任务'], ['丙', 12, 9], ['丁', 5, 6], ['甲', 10, 10], ['乙', 8, 6]],
  考核方案: [
    ['【基本设置】'], ['评委满分', 100], ['差票否决比例', '30%'],
    ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'],
    ['日常考核', 15, '直接', null], ['述职评议', 30, '评委', '述职评议'], ['民主测评', 25, '测评', '民主测评'], ['重点任务', 20, '完成率', '实绩'], ['履职评价', 10, '定性', null],
    ['【计分规则】'], ['指标名称', '目标值'], ['重点任务', '任务数'],
    ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, '50%'], ['良好', 80, null], ['一般', 60, null], ['较差', 0, null],
  ],
};

function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(SHEETS)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, r) => cells.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
  }
  const panel = wb.getWorksheet('述职评议') as ExcelJS.Worksheet;
  panel.mergeCells('B1:F1');
  panel.mergeCells('A1:A2');
  for (const a of ['B1', 'C1', 'D1', 'E1']) (wb.getWorksheet('民主测评') as ExcelJS.Worksheet).getCell(a).alignment = { horizontal: 'centerContinuous' };
  return wb;
}

const judges = (hi: number, lo: number, mean: string) => `5 位评委，去掉最高 ${hi}、最低 ${lo}，其余 3 位平均 ${mean}`;
const votes = (a: number, b: number, c: number, d: number) => `好 ${a}，较好 ${b}，一般 ${c}，差 ${d}，共 ${a + b + c + d} 票`;
const unit = (row: number, name: string, total: number, rank: number, grade: string, scores: Report['units'][number]['scores'], details: Record<string, string>) => ({
  row, name, group: null, total, subtotals: {}, rank, overallRank: null, grade, stars: null, veto: null, vetoes: [], scores, details, flags: [],
});
const VETO = { column: '民主测评', effect: '取消评优' as const, reason: '差票 13/40' };

const EXPECTED: Report = {
  dataSheet: '考核数据',
  units: [
    unit(2, '甲', 94.25, 1, '优秀', { 日常考核: 14, 述职评议: 27, 民主测评: 23.25, 重点任务: 20, 履职评价: 10 }, { 述职评议: judges(94, 86, '90'), 民主测评: votes(30, 6, 4, 0) }),
    unit(3, '乙', 83.2, 2, '良好', { 日常考核: 13, 述职评议: 24.7, 民主测评: 22.5, 重点任务: 15, 履职评价: 8 }, { 述职评议: judges(85, 80, '82.33'), 民主测评: votes(25, 10, 5, 0) }),
    unit(4, '丙', 68.95, 3, '一般', { 日常考核: 12, 述职评议: 21.7, 民主测评: 14.25, 重点任务: 15, 履职评价: 6 }, { 述职评议: judges(75, 70, '72.33'), 民主测评: votes(10, 10, 8, 12) }),
    {
      ...unit(5, '丁', 86.35, 4, '良好', { 日常考核: 14.5, 述职评议: 26.1, 民主测评: 15.75, 重点任务: 20, 履职评价: 10 }, { 述职评议: judges(89, 85, '87'), 民主测评: votes(20, 5, 2, 13) }),
      veto: VETO, vetoes: [VETO],
    },
  ],
  issues: [],
  summary: { units: 4, scored: 4, errors: 0, warnings: 0 },
};

test('kaoping score on a 综合评价 workbook: exit 0, the exact report, the 得分 columns, the 来源表 untouched', async () => {
  const input = await writeWorkbook(path.join(dir, 'in.xlsx'), build());
  const out = path.join(dir, 'out.xlsx');
  const json = path.join(dir, 'r.json');
  const c = capture();
  expect(await main(['score', input, '-o', out, '--json', json], c.io)).toBe(0);
  const report = ReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
  expect(report).toEqual(EXPECTED);

  const wb = await readWorkbook(out);
  const ws = wb.getWorksheet('考核数据') as ExcelJS.Worksheet;
  // The table ends at C; from D: the computed indicators' 得分 columns (日常考核 is read as it is:
  // none), then 总分, 排名, 等次, 异常标记.
  const row = (r: number) => ['D', 'E', 'F', 'G', 'H', 'I', 'J'].map((col) => ws.getCell(`${col}${r}`).value);
  expect(row(1)).toEqual(['述职评议得分', '民主测评得分', '重点任务得分', '履职评价得分', '总分', '排名', '等次']);
  expect(ws.getCell('K1').value).toBe('异常标记');
  expect(row(2)).toEqual([27, 23.25, 20, 10, 94.25, 1, '优秀']);
  expect(row(3)).toEqual([24.7, 22.5, 15, 8, 83.2, 2, '良好']);
  expect(row(4)).toEqual([21.7, 14.25, 15, 6, 68.95, 3, '一般']);
  expect(row(5)).toEqual([26.1, 15.75, 20, 10, 86.35, 4, '良好']);
  // The 来源表 exactly as they were: values, merges, styles.
  const before = await readWorkbook(input);
  for (const name of ['述职评议', '民主测评', '实绩']) {
    expect(describeSheet(wb.getWorksheet(name) as ExcelJS.Worksheet)).toEqual(describeSheet(before.getWorksheet(name) as ExcelJS.Worksheet));
  }
  expect(c.out()).toContain('一票否决：丁（民主测评，差票 13/40，取消评优）');
});
