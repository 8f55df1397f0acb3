/**
 * Exit status 2 (the run could not happen) and 1 for a scheme with errors: clear Chinese then
 * English on stderr, no stack trace, nothing written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ReportSchema } from '../../src/cli/report';
import { USAGE_EN, USAGE_ZH as USAGE } from '../../src/cli/usage';
import { buildWorkbook, capture, CLEAN_ROWS, schemeRows, tempDir, writeWorkbook } from '../fixtures/cli/workbooks';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** stderr of a status-2 run: one `错误：…` line in Chinese, no English, never a stack frame. */
function expectCleanFailure(err: string): void {
  expect(err).toMatch(/^错误：[^\n]+\n$/);
  expect(err).not.toMatch(/(^|\n)Error: /);
  expect(err).not.toMatch(/\n\s+at /);
}

describe('exit status 2', () => {
  test('no arguments: usage on stderr, 2; --help: usage on stdout, 0', async () => {
    const none = capture();
    expect(await main([], none.io)).toBe(2);
    expect(none.err()).toBe(USAGE);
    const help = capture();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out()).toBe(USAGE);
    expect(USAGE.startsWith('考评助手 kaoping — 校验并计算考核评价工作簿（.xlsx）')).toBe(true);
    expect(USAGE).not.toContain('Usage:');
    expect(USAGE).toContain('--lang zh|en');
    expect(USAGE).toContain('KAOPING_LANG=en');
  });

  test('--help --lang en and KAOPING_LANG=en: the English help', async () => {
    const en = capture();
    expect(await main(['--help', '--lang', 'en'], en.io)).toBe(0);
    expect(en.out()).toBe(USAGE_EN);
    expect(USAGE_EN.startsWith('kaoping — check and score assessment workbooks (.xlsx)')).toBe(true);
    expect(USAGE_EN).toContain('--lang zh|en');
    expect(USAGE_EN).not.toMatch(/用法|选项|退出码/);
    const env = capture();
    expect(await main(['-h'], env.io, { KAOPING_LANG: 'en' })).toBe(0);
    expect(env.out()).toBe(USAGE_EN);
  });

  test('--version prints the package version', async () => {
    const c = capture();
    expect(await main(['--version'], c.io)).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(c.out()).toBe(`kaoping ${pkg.version}\n`);
  });

  test('bad arguments: the message and the usage hint', async () => {
    const c = capture();
    expect(await main(['score', 'a.xlsx', '--bogus'], c.io)).toBe(2);
    expect(c.err()).toBe('错误：未知选项“--bogus”。\n用法见 kaoping --help。\n');
    const en = capture();
    expect(await main(['score', 'a.xlsx', '--bogus', '--lang', 'en'], en.io)).toBe(2);
    expect(en.err()).toBe('Error: Unknown option "--bogus".\nSee kaoping --help --lang en for usage.\n');
    const fr = capture();
    expect(await main(['score', 'a.xlsx', '--lang', 'fr'], fr.io)).toBe(2);
    expect(fr.err()).toBe('错误：--lang 应为 zh（中文）或 en（English），而不是“fr”。\n用法见 kaoping --help。\n');
  });

  test('a missing file', async () => {
    const c = capture();
    const file = path.join(dir, '不存在.xlsx');
    expect(await main(['check', file], c.io)).toBe(2);
    expectCleanFailure(c.err());
    expect(c.err()).toContain(`找不到文件“${file}”`);
  });

  test('a 0-byte file', async () => {
    const file = path.join(dir, 'empty.xlsx');
    fs.writeFileSync(file, '');
    const c = capture();
    expect(await main(['score', file], c.io)).toBe(2);
    expectCleanFailure(c.err());
    expect(c.err()).toContain('文件“empty.xlsx”是空文件（0 字节）');
    expect(fs.existsSync(path.join(dir, 'empty.评分.xlsx'))).toBe(false);
  });

  test('a text file renamed .xlsx', async () => {
    const file = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(file, '单位名称,得分\n城关镇,95\n');
    const c = capture();
    expect(await main(['check', file], c.io)).toBe(2);
    expectCleanFailure(c.err());
    expect(c.err()).toContain('文件“notes.xlsx”不是 Excel 工作簿（.xlsx）');
  });

  test('a password-protected (OLE compound) file', async () => {
    const file = path.join(dir, 'locked.xlsx');
    fs.writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const c = capture();
    expect(await main(['check', file], c.io)).toBe(2);
    expectCleanFailure(c.err());
    expect(c.err()).toContain('设有打开密码');
  });

  test('a workbook without 考核方案: 2, the message names the sheet, no report, nothing written', async () => {
    const file = await writeWorkbook(path.join(dir, 'noscheme', 'data.xlsx'), buildWorkbook(CLEAN_ROWS, null));
    const c = capture();
    expect(await main(['score', file, '--json', path.join(dir, 'noscheme', 'r.json')], c.io)).toBe(2);
    expectCleanFailure(c.err());
    expect(c.err()).toContain('考核方案');
    expect(c.err()).toContain(`“${file}”无法评分`);
    expect(fs.readdirSync(path.join(dir, 'noscheme'))).toEqual(['data.xlsx']);
  });

  test('-o a workbook name with several inputs', async () => {
    const a = await writeWorkbook(path.join(dir, 'two', 'a.xlsx'), buildWorkbook(CLEAN_ROWS));
    const b = await writeWorkbook(path.join(dir, 'two', 'b.xlsx'), buildWorkbook(CLEAN_ROWS));
    const c = capture();
    expect(await main(['score', a, b, '-o', path.join(dir, 'two', 'out.xlsx')], c.io)).toBe(2);
    expect(c.err()).toContain('处理多个文件时，-o 必须是一个文件夹');
    expect(fs.readdirSync(path.join(dir, 'two')).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  test('an output that can not be written: 2 with the reason', async () => {
    const input = await writeWorkbook(path.join(dir, 'unwritable', 'in.xlsx'), buildWorkbook(CLEAN_ROWS));
    // A regular file where the output folder should be: the folder can not be created.
    const blocker = path.join(dir, 'unwritable', 'blocker');
    fs.writeFileSync(blocker, 'x');
    const c = capture();
    const json = path.join(dir, 'unwritable', 'r.json');
    expect(await main(['score', input, '-o', path.join(blocker, 'out.xlsx'), '--json', json], c.io)).toBe(2);
    expectCleanFailure(c.err().slice(c.err().indexOf('错误：')));
    expect(c.err()).toContain(path.join(blocker, 'out.xlsx'));
    // The assessment itself was made: its report is still written.
    expect(ReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8'))).summary).toEqual({ units: 5, scored: 5, errors: 0, warnings: 0 });
  });
});

describe('a scheme with errors', () => {
  test('an empty 考核方案 sheet is SCHEME_INVALID at A1: reported, exit 1 (exit 2 is only for a missing sheet)', async () => {
    const sub = path.join(dir, 'emptyscheme');
    const input = await writeWorkbook(path.join(sub, 'in.xlsx'), buildWorkbook(CLEAN_ROWS, []));
    const c = capture();
    expect(await main(['check', input, '--json', path.join(sub, 'r.json')], c.io)).toBe(1);
    const report = ReportSchema.parse(JSON.parse(fs.readFileSync(path.join(sub, 'r.json'), 'utf8')));
    expect(report.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['SCHEME_INVALID', '考核方案', 'A1']]);
    expect(report.summary).toEqual({ units: 0, scored: 0, errors: 1, warnings: 0 });
  });

  test('WEIGHT_SUM (40 + 50 ≠ 100): reported like any error, no unit scored, exit 1', async () => {
    const sub = path.join(dir, 'weights');
    const input = await writeWorkbook(path.join(sub, 'in.xlsx'), buildWorkbook(CLEAN_ROWS, schemeRows({ businessMax: 50 })));
    const c = capture();
    const code = await main(['score', input, '--json', path.join(sub, 'r.json')], c.io);
    expect(code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(fs.readFileSync(path.join(sub, 'r.json'), 'utf8')));
    expect(report.summary.scored).toBe(0);
    expect(report.units.every((u) => u.total === null && u.rank === null && u.grade === null)).toBe(true);
    const weight = report.issues.filter((i) => i.code === 'WEIGHT_SUM');
    expect(weight).toHaveLength(1);
    expect(weight[0]?.sheet).toBe('考核方案');
    expect(weight[0]?.severity).toBe('error');
    expect(weight[0]?.message).toContain('合计为 90，应等于满分 100');
    expect(c.out()).toContain('考核方案!');
  });
});
