/** Output names and notices: a rerun on an output, a replaced file, a file open in Excel, no summary before a failure. */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { derivedName } from '../../src/cli/files';
import { buildWorkbook, capture, CLEAN_ROWS, tempDir, writeWorkbook } from '../fixtures/cli/workbooks';

let dir: string;
beforeAll(() => { dir = tempDir(); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('scoring an output gets the next number, never a second suffix', () => {
  expect(derivedName('台账/县.xlsx', '.评分')).toBe('县.评分.xlsx');
  expect(derivedName('县.评分.xlsx', '.评分')).toBe('县.评分(2).xlsx');
  expect(derivedName('县.评分(2).xlsx', '.评分')).toBe('县.评分(3).xlsx');
  expect(derivedName('县.评分.xlsx', '.撤销')).toBe('县.评分.撤销.xlsx');
});

test('score → score the output → the next name; scoring again says the existing output was replaced', async () => {
  const file = await writeWorkbook(path.join(dir, '县.xlsx'), buildWorkbook(CLEAN_ROWS));
  expect(await main(['score', file], capture().io)).toBe(0);
  const first = path.join(dir, '县.评分.xlsx');
  const c = capture();
  expect(await main(['score', first], c.io)).toBe(0);
  expect(c.out()).toContain(`已写出 / written：${path.join(dir, '县.评分(2).xlsx')}`);
  expect(c.out()).not.toContain('已替换');
  const again = capture();
  expect(await main(['score', file], again.io)).toBe(0);
  expect(again.out()).toContain(`（已替换原有的“${first}” / replaced the existing file）`);
  // A folder run skips every output, numbered ones too.
  const folder = capture();
  expect(await main(['check', dir], folder.io)).toBe(0);
  expect(folder.out()).toContain('县.xlsx');
  expect(folder.out()).not.toContain('评分(2)');
});

test('a file open in Excel (its ~$ owner file beside it) is said so; a failure prints no summary first', async () => {
  const file = path.join(dir, '开着的.xlsx');
  fs.writeFileSync(file, Buffer.from('not a zip'));
  fs.writeFileSync(path.join(dir, '~$开着的.xlsx'), Buffer.from('owner'));
  const c = capture();
  expect(await main(['score', file], c.io)).toBe(2);
  expect(c.err()).toContain('（“开着的.xlsx”可能正在 Excel 或 WPS 中打开：请先关闭它再试。）');
  expect(c.out()).not.toContain('单位 ');
});

test('a write that fails after scoring: the error, and no summary as if the results were written', async () => {
  const file = await writeWorkbook(path.join(dir, '写不了.xlsx'), buildWorkbook(CLEAN_ROWS));
  const c = capture();
  // The output's folder would be a file: the write fails.
  expect(await main(['score', file, '-o', path.join(file, '结果.xlsx')], c.io)).toBe(2);
  expect(c.err()).toContain('错误：');
  expect(c.out()).not.toContain('单位 5，已评分 5');
  expect(c.out()).not.toContain('已写出');
});
