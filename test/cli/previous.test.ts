/**
 * `kaoping score --previous LAST.xlsx`: last period's totals and ranks feed PERIOD_JUMP (issue 5).
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ReportSchema } from '../../src/cli/report';
import { buildWorkbook, capture, CLEAN_ROWS, PREVIOUS_ROWS, readWorkbook, tempDir, writeWorkbook } from '../fixtures/cli/workbooks';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/*
 * Last period (PREVIOUS_ROWS): 甲 70, 乙 90, 丙 80, 丁 91 (vetoed), 戊 60 → ranks 乙 1, 丙 2, 甲 3, 戊 4, 丁 5.
 * Now (CLEAN_ROWS): 甲 95 → ranks 甲 1, 乙 2, 丙 3, 戊 4, 丁 5.
 * Default thresholds: a total that moved by more than 15, or a rank by more than 5/3 ≈ 1.67 places.
 *   甲: +25 points (> 15) and up 2 places (> 1.67) → PERIOD_JUMP on its name cell A2.
 *   乙: 0 points, down 1 place; 丙: 0, down 1; 戊, 丁: unchanged → not flagged.
 */
test('a unit whose total jumped gets PERIOD_JUMP on its name cell; exit stays 0 (a warning)', async () => {
  const last = await writeWorkbook(path.join(dir, '2025.xlsx'), buildWorkbook(PREVIOUS_ROWS));
  const now = await writeWorkbook(path.join(dir, '2026.xlsx'), buildWorkbook(CLEAN_ROWS));
  const json = path.join(dir, 'r.json');
  const out = path.join(dir, 'out.xlsx');
  const c = capture();
  expect(await main(['score', now, '--previous', last, '-o', out, '--json', json], c.io)).toBe(0);
  const report = ReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
  const jumps = report.issues.filter((i) => i.code === 'PERIOD_JUMP');
  expect(jumps.map((i) => [i.cell, i.unit, i.severity])).toEqual([['A2', '甲', 'warning']]);
  expect(jumps[0]?.message).toContain('总分由 70 变为 95');
  expect(jumps[0]?.message).toContain('排名由第 3 名变为第 1 名（上升 2 名');
  expect(report.units.find((u) => u.name === '甲')?.flags).toEqual(['PERIOD_JUMP']);
  expect(report.summary).toEqual({ units: 5, scored: 5, errors: 0, warnings: 1 });
  // The flag reaches the workbook too: 异常标记 (L2) and a warning fill on A2.
  const ws = (await readWorkbook(out)).getWorksheet('考核数据');
  expect(String(ws?.getCell('L2').value)).toContain('突变');
  const fill = ws?.getCell('A2').fill;
  expect(fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined).toBe('FFFFEB9C');
});

test('without --previous there is no PERIOD_JUMP', async () => {
  const now = await writeWorkbook(path.join(dir, 'plain.xlsx'), buildWorkbook(CLEAN_ROWS));
  const json = path.join(dir, 'plain.json');
  expect(await main(['check', now, '--json', json], capture().io)).toBe(0);
  const report = ReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
  expect(report.issues.filter((i) => i.code === 'PERIOD_JUMP')).toEqual([]);
});

test('an unreadable --previous file stops the run (exit 2) before anything is written', async () => {
  const now = await writeWorkbook(path.join(dir, 'p2', 'now.xlsx'), buildWorkbook(CLEAN_ROWS));
  const bad = path.join(dir, 'p2', 'last.xlsx');
  fs.writeFileSync(bad, '');
  const c = capture();
  expect(await main(['score', now, '--previous', bad], c.io)).toBe(2);
  expect(c.err()).toContain('错误：上期工作簿（--previous）无法读取：文件“last.xlsx”是空文件');
  expect(fs.readdirSync(path.join(dir, 'p2')).sort()).toEqual(['last.xlsx', 'now.xlsx']);
});

test('--previous 考核结果: a clerk\'s kept list in the same workbook is the 上期, and the run leaves it untouched', async () => {
  const wb = buildWorkbook(CLEAN_ROWS);
  // Last year's list kept by the clerk: 甲 70 (rank 3) → now 95 (rank 1).
  const kept = wb.addWorksheet('考核结果');
  [['2025年度考核结果'], ['单位名称', '总分', '排名'], ['乙', 90, 1], ['丙', 80, 2], ['甲', 70, 3], ['戊', 60, 4], ['丁', 91, 5]].forEach((r, i) => r.forEach((v, j) => { kept.getCell(i + 1, j + 1).value = v; }));
  const now = await writeWorkbook(path.join(dir, 'kept.xlsx'), wb);
  const json = path.join(dir, 'kept.json');
  const out = path.join(dir, 'kept.out.xlsx');
  const c = capture();
  expect(await main(['score', now, '--previous', '考核结果', '-o', out, '--json', json], c.io)).toBe(0);
  const report = ReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
  expect(report.issues.filter((i) => i.code === 'PERIOD_JUMP').map((i) => [i.cell, i.unit])).toEqual([['A2', '甲']]);
  expect(report.issues.filter((i) => i.code === 'RESULT_SHEET_RENAMED').map((i) => [i.sheet, i.severity])).toEqual([['考核结果', 'warning']]);
  expect(c.out()).toContain('考核结果在“考核结果（考评助手）”工作表');
  const back = await readWorkbook(out);
  expect(back.getWorksheet('考核结果')?.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))).toEqual([['2025年度考核结果'], ['单位名称', '总分', '排名'], ['乙', 90, 1], ['丙', 80, 2], ['甲', 70, 3], ['戊', 60, 4], ['丁', 91, 5]]);
  expect(back.getWorksheet('考核结果（考评助手）')).toBeDefined();
  // A sheet that is not there: exit 2, saying what --previous takes.
  const c2 = capture();
  expect(await main(['score', now, '--previous', '上年结果', '-o', out], c2.io)).toBe(2);
  expect(c2.err()).toContain('中没有工作表“上年结果”，无法作为上期（--previous）');
});

test('a grouped workbook compared with itself: no 突变 (last period\'s rank is its 总排名, like this period\'s)', async () => {
  const sample = path.join(__dirname, '..', '..', 'examples', '县直单位年度考核.xlsx');
  const json = path.join(dir, 'self.json');
  const c = capture();
  expect(await main(['check', sample, '--previous', sample, '--json', json], c.io)).toBe(1);
  const report = ReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
  expect(report.units.some((u) => u.overallRank !== null && u.rank !== u.overallRank)).toBe(true);
  expect(report.issues.filter((i) => i.code === 'PERIOD_JUMP')).toEqual([]);
});
