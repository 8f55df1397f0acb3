/** Output names and notices: a rerun on an output, a replaced file, a file open in Excel, no summary before a failure. */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { derivedName } from '../../src/cli/files';
import { quotaLines } from '../../src/cli/summary';
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
  expect(c.out()).toContain(`已写出：${path.join(dir, '县.评分(2).xlsx')}`);
  expect(c.out()).not.toContain('已替换');
  const again = capture();
  expect(await main(['score', file], again.io)).toBe(0);
  expect(again.out()).toContain(`（已替换原有的“${first}”）`);
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

describe('the quota sentences of the summary', () => {
  const unit = (name: string, group: string | null, total: number | null) => ({ row: 2, name, group, total, subtotals: {}, rank: null, overallRank: null, grade: null, stars: null, veto: null, vetoes: [], details: {}, flags: [] });
  test('per scope, scored units only (N × p, then 向下 or 四舍五入)', () => {
    const units = [...Array.from({ length: 16 }, (_, i) => unit(`乡${i}`, '乡镇', 80)), unit('乡错', '乡镇', null), ...Array.from({ length: 13 }, (_, i) => unit(`局${i}`, '部门', 80))];
    expect(quotaLines(units, { rounding: '向下', grades: [{ name: '优秀', quota: 0.2 }, { name: '良好', quota: null }] })).toEqual([
      '乡镇：优秀名额 3 个 = 16 个已计分单位 × 20%，向下取整',
      '部门：优秀名额 2 个 = 13 个已计分单位 × 20%，向下取整',
    ]);
    expect(quotaLines(units.filter((u) => u.group === '部门').map((u) => ({ ...u, group: null })), { rounding: '四舍五入', grades: [{ name: '优秀', quota: 0.3 }, { name: '良好', quota: 1 / 3 }] })).toEqual([
      '优秀名额 4 个 = 13 个已计分单位 × 30%，四舍五入；良好名额 4 个 = 13 个已计分单位 × 33.33%，四舍五入',
    ]);
    expect(quotaLines(units, { rounding: '向下', grades: [{ name: '优秀', quota: null }] })).toEqual([]);
  });
});
