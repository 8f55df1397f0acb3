/** `kaoping template`: the template workbook, a draft 考核方案 for a 台账, and never replacing a file. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { capture, readWorkbook, tempDir, writeWorkbook } from '../fixtures/cli/workbooks';

let dir: string;
beforeAll(() => { dir = tempDir(); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('without a file: 考核方案 and 示例数据, which score cleanly (exit 0); an existing output is not replaced', async () => {
  const out = path.join(dir, '模板.xlsx');
  const c = capture();
  expect(await main(['template', '-o', out], c.io)).toBe(0);
  expect(c.out()).toContain(`已写出考核方案模板和示例数据表：${out}`);
  const wb = await readWorkbook(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['考核方案', '示例数据']);
  expect(wb.getWorksheet('考核方案')?.getCell('B2').value).toBe('示例数据');
  const checked = capture();
  expect(await main(['check', out], checked.io)).toBe(0);
  expect(checked.out()).toContain('单位 8，已评分 8，错误 0');
  const before = fs.readFileSync(out);
  const again = capture();
  expect(await main(['template', '-o', out], again.io)).toBe(2);
  expect(again.err()).toContain(`“${out}”已存在，没有覆盖。`);
  expect(fs.readFileSync(out).equals(before)).toBe(true);
});

test('with a 台账: a draft guessed from the two-level header, the （N分） marks and the 分值 row, written beside it', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2026台账');
  const rows: Array<Array<string | number | null>> = [
    ['XX县2026年度基层党组织考核台账'],
    ['序号', '单位名称', '组织建设', null, '业务工作（50分）', '加分', '一票否决', '备注'],
    [null, null, '班子建设', '党员管理（20分）', null, null, '安全生产', null],
    [null, '分值', 15, null, null, null, null, null],
    [1, '城关镇', 14, 18, 45, 1, '否', null],
    [2, '东关街道', 13, 17, 40, null, '否', '新任书记'],
    [3, '西河乡', 12, 19, 44, 2, '是', null],
    [null, '合计', 39, 54, 129, 3, null, null],
    ['填表人：张三'],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) ws.getCell(i + 1, j + 1).value = v; }));
  ws.mergeCells('C2:D2');
  ws.mergeCells('G2:G2');
  const file = await writeWorkbook(path.join(dir, '台账.xlsx'), wb);
  const c = capture();
  expect(await main(['template', file], c.io)).toBe(0);
  const out = path.join(dir, '台账.含方案.xlsx');
  expect(c.out()).toContain(`已根据“2026台账”的表头写出考核方案草稿：${out}`);
  expect(c.out()).toContain('指标 3 项：班子建设（15分）、党员管理（20分）、业务工作（50分）');
  expect(c.out()).toContain('加扣分：加分');
  expect(c.out()).toContain('一票否决：安全生产（效果按“定为末等”，请核对）');
  const back = await readWorkbook(out);
  expect(back.worksheets.map((w) => w.name)).toEqual(['2026台账', '考核方案']);
  const scheme = back.getWorksheet('考核方案') as ExcelJS.Worksheet;
  const values = (scheme.getSheetValues() as unknown[][]).map((r) => (r ? r.slice(1) : []));
  expect(values.slice(1, 5)).toEqual([['【基本设置】'], ['数据表', '2026台账'], ['单位列', '单位名称'], ['满分', 85]]);
  expect(values.slice(8, 13)).toEqual([['【指标】'], ['指标名称', '分值', '说明'], ['班子建设', 15, '草稿：由 kaoping template 根据表头猜测，请逐项核对'], ['党员管理', 20], ['业务工作', 50]]);
  // The draft is a valid scheme: weights 85 = 满分 85, the table found, three units scored.
  const checked = capture();
  expect(await main(['check', out], checked.io)).toBe(0);
  expect(checked.out()).toContain('单位 3，已评分 3，错误 0');
  // A workbook that has a 考核方案 already is left alone.
  const twice = capture();
  expect(await main(['template', out, '-o', path.join(dir, 'x.xlsx')], twice.io)).toBe(2);
  expect(twice.err()).toContain('已有“考核方案”工作表，没有改动');
});

test('a workbook without 考核方案: the message lists its sheets, asks about a near name and names kaoping template', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('考核数据').getCell('A1').value = '单位名称';
  wb.addWorksheet('评分方案').getCell('A1').value = '【指标】';
  const file = await writeWorkbook(path.join(dir, '无方案.xlsx'), wb);
  const c = capture();
  expect(await main(['check', file], c.io)).toBe(2);
  expect(c.err()).toContain(`“${file}”无法评分：工作簿中没有名为“考核方案”的工作表（工作簿中的工作表：考核数据、评分方案）。“评分方案”是不是考核方案？是的话请把工作表改名为“考核方案”。没有考核方案时，可运行 kaoping template “${file}” 根据表头生成方案草稿，或运行 kaoping template 得到模板。`);
  expect(c.err()).not.toContain('任务窗格');
});

test('--kind 双述双评: 考核方案 and the four sample sheets with their merged headers; --kind is checked', async () => {
  const out = path.join(dir, '双述双评.xlsx');
  const c = capture();
  expect(await main(['template', '--kind', '双述双评', '-o', out], c.io)).toBe(0);
  expect(c.out()).toContain(`已写出“双述双评”考核方案模板和示例表 / template written：${out}`);
  const wb = await readWorkbook(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['考核方案', '示例数据', '述职评议', '民主测评', '实绩']);
  const scheme = wb.getWorksheet('考核方案') as ExcelJS.Worksheet;
  expect(scheme.getCell('A20').value).toBe('指标名称');
  expect([scheme.getCell('D20').value, scheme.getCell('E20').value]).toEqual(['计分方法', '来源表']);
  expect([scheme.getCell('A22').value, scheme.getCell('D22').value, scheme.getCell('E22').value]).toEqual(['述职评议', '评委', '述职评议']);
  const panel = wb.getWorksheet('述职评议') as ExcelJS.Worksheet;
  // 述职评议 merged over 评委1…评委7 (C2:I2): every cell of the area reads as its master.
  expect(panel.getCell('C2').value).toBe('述职评议');
  expect(panel.getCell('I2').isMerged && panel.getCell('I2').master.address).toBe('C2');
  expect(panel.getCell('I3').value).toBe('评委7');
  expect(panel.getCell('C4').value).toBe(88);
  const votes = wb.getWorksheet('民主测评') as ExcelJS.Worksheet;
  expect(votes.getCell('H2').master.address).toBe('E2');
  expect(votes.getCell('B3').master.address).toBe('B2');
  const data = wb.getWorksheet('示例数据') as ExcelJS.Worksheet;
  expect(data.getCell('C6').master.address).toBe('C3');
  expect(data.getCell('C7').value).toBe('县直部门党组织');

  const bad = capture();
  expect(await main(['template', '--kind', '综合', '-o', path.join(dir, 'x.xlsx')], bad.io)).toBe(2);
  expect(bad.err()).toContain('--kind 应为 基本 或 双述双评，而不是“综合”。');
  const withLedger = capture();
  expect(await main(['template', out, '--kind', '双述双评', '-o', path.join(dir, 'y.xlsx')], withLedger.io)).toBe(2);
  expect(withLedger.err()).toContain('--kind 只用于不带台账的 kaoping template');
  const onScore = capture();
  expect(await main(['score', out, '--kind', '双述双评'], onScore.io)).toBe(2);
  expect(onScore.err()).toContain('--kind 只用于 kaoping template。');
  const basic = capture();
  const basicOut = path.join(dir, '基本.xlsx');
  expect(await main(['template', '--kind', '基本', '-o', basicOut], basic.io)).toBe(0);
  expect((await readWorkbook(basicOut)).worksheets.map((w) => w.name)).toEqual(['考核方案', '示例数据']);
});
