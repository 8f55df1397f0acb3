/**
 * Several files at once, and folders: one summary line per file, the worst exit status, the
 * multi-file JSON report, -o as a folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { MultiReportSchema } from '../../src/cli/report';
import { buildWorkbook, capture, CLEAN_ROWS, ERROR_ROWS, sha256, tempDir, writeWorkbook } from '../fixtures/cli/workbooks';

let dir: string;
let folder: string;
beforeAll(async () => {
  dir = tempDir();
  folder = path.join(dir, '收到的台账');
  await writeWorkbook(path.join(folder, 'a-clean.xlsx'), buildWorkbook(CLEAN_ROWS));
  await writeWorkbook(path.join(folder, 'b-errors.xlsx'), buildWorkbook(ERROR_ROWS));
  fs.writeFileSync(path.join(folder, 'c-empty.xlsx'), '');
  fs.writeFileSync(path.join(folder, '~$a-clean.xlsx'), 'lock'); // Excel's lock file: skipped
  fs.writeFileSync(path.join(folder, 'readme.txt'), 'not a workbook'); // not *.xlsx: skipped
  fs.mkdirSync(path.join(folder, 'old'));
  await writeWorkbook(path.join(folder, 'old', 'deep.xlsx'), buildWorkbook(CLEAN_ROWS)); // not recursive
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('check a folder: one line per workbook, worst status 2, the multi-file JSON', async () => {
  const c = capture(160);
  const json = path.join(dir, 'check.json');
  expect(await main(['check', folder, '--json', json], c.io)).toBe(2);
  const lines = c.out().split('\n');
  // header, underline, 3 files (lock file, txt and subfolder skipped), then the totals line
  expect(lines[0]).toMatch(/^文件 +单位数 +已评分 +错误 +警告 +说明$/);
  expect(lines[2]).toMatch(new RegExp(`^${escape(path.join(folder, 'a-clean.xlsx'))} +5 +5 +0 +0$`));
  expect(lines[3]).toMatch(new RegExp(`^${escape(path.join(folder, 'b-errors.xlsx'))} +5 +4 +1 +1$`));
  expect(lines[4]).toMatch(new RegExp(`^${escape(path.join(folder, 'c-empty.xlsx'))} +- +- +- +- +未处理：文件“c-empty.xlsx”是空文件`));
  expect(lines[5]).toBe('共 3 个文件：无错误 1，有错误 1，无法处理 1。查看某个文件的问题明细：kaoping check 文件名');
  expect(c.err()).toContain('错误：文件“c-empty.xlsx”是空文件（0 字节）');

  const report = MultiReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
  expect(report.files.map((f) => [path.basename(f.file), f.status, f.output, f.report?.summary ?? null, f.error === null])).toEqual([
    ['a-clean.xlsx', 0, null, { units: 5, scored: 5, errors: 0, warnings: 0 }, true],
    ['b-errors.xlsx', 1, null, { units: 5, scored: 4, errors: 1, warnings: 1 }, true],
    ['c-empty.xlsx', 2, null, null, false],
  ]);
  expect(report.files[2]?.error?.messageEn).toContain('is empty (0 bytes)');
});

test('score two files into an -o folder: <name>.评分.xlsx each, inputs unchanged, worst status 1', async () => {
  const a = path.join(folder, 'a-clean.xlsx');
  const b = path.join(folder, 'b-errors.xlsx');
  const before = [sha256(a), sha256(b)];
  const out = path.join(dir, '评分结果');
  const c = capture(200);
  expect(await main(['score', a, b, '-o', out], c.io)).toBe(1);
  expect([sha256(a), sha256(b)]).toEqual(before);
  expect(fs.readdirSync(out).sort()).toEqual(['a-clean.评分.xlsx', 'b-errors.评分.xlsx']);
  const lines = c.out().split('\n');
  expect(lines[0]).toMatch(/^文件 +单位数 +已评分 +错误 +警告 +输出文件$/);
  expect(lines[2]).toMatch(new RegExp(`^${escape(a)} +5 +5 +0 +0  ${escape(path.join(out, 'a-clean.评分.xlsx'))}$`));
  expect(lines[3]).toMatch(new RegExp(`^${escape(b)} +5 +4 +1 +1  ${escape(path.join(out, 'b-errors.评分.xlsx'))}$`));
  expect(lines[4]).toBe('共 2 个文件：无错误 1，有错误 1，无法处理 0。查看某个文件的问题明细：kaoping check 文件名');
});

test('scoring the same folder twice does not pick up its own *.评分.xlsx outputs', async () => {
  const sub = path.join(dir, 'twice');
  await writeWorkbook(path.join(sub, 'x.xlsx'), buildWorkbook(CLEAN_ROWS));
  expect(await main(['score', sub], capture().io)).toBe(0);
  const c = capture();
  expect(await main(['score', sub], c.io)).toBe(0);
  expect(fs.readdirSync(sub).sort()).toEqual(['x.xlsx', 'x.评分.xlsx']);
  expect(c.out()).toContain('共 1 个文件');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
