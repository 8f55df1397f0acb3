import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs, DEFAULT_LIMIT } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';
import { expandInputs, planOutputs, workbooksInFolder, checkJsonTarget } from '../../src/cli/files';

function cliError(fn: () => unknown): CliError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CliError) return err;
    throw err;
  }
  throw new Error('expected a CliError');
}

describe('parseArgs', () => {
  test('score with every option, before and after the files, = and space forms', () => {
    expect(parseArgs(['score', '-o', 'out.xlsx', 'a.xlsx', '--json=r.json', '--previous', 'last.xlsx', '--limit', '5'])).toEqual({
      kind: 'run',
      command: 'score',
      inputs: ['a.xlsx'],
      output: 'out.xlsx',
      json: 'r.json',
      previous: 'last.xlsx',
      limit: 5,
      quiet: false,
      lang: 'zh',
    });
  });

  test('check with several files; defaults', () => {
    expect(parseArgs(['check', 'a.xlsx', 'b.xlsx', '-q'])).toEqual({
      kind: 'run',
      command: 'check',
      inputs: ['a.xlsx', 'b.xlsx'],
      output: null,
      json: null,
      previous: null,
      limit: DEFAULT_LIMIT,
      quiet: true,
      lang: 'zh',
    });
  });

  test('--lang en or KAOPING_LANG=en: English; --lang wins; an unknown language is refused', () => {
    const langOfRun = (argv: string[], env: Record<string, string> = {}): string | null => {
      const p = parseArgs(argv, env);
      return p.kind === 'run' ? p.lang : null;
    };
    expect(langOfRun(['check', 'a.xlsx'])).toBe('zh');
    expect(langOfRun(['check', 'a.xlsx', '--lang', 'en'])).toBe('en');
    expect(langOfRun(['check', '--lang=en', 'a.xlsx'])).toBe('en');
    expect(langOfRun(['check', 'a.xlsx'], { KAOPING_LANG: 'en' })).toBe('en');
    expect(langOfRun(['check', 'a.xlsx'], { KAOPING_LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langOfRun(['check', 'a.xlsx', '--lang', 'zh'], { KAOPING_LANG: 'en' })).toBe('zh');
    expect(langOfRun(['check', 'a.xlsx'], { KAOPING_LANG: '' })).toBe('zh');
    expect(langOfRun(['undo', 'a.xlsx', '--lang', 'en'])).toBe('en');
    const bad = cliError(() => parseArgs(['check', 'a.xlsx', '--lang', 'fr']));
    expect(bad.messageZh).toBe('--lang 应为 zh（中文）或 en（English），而不是“fr”。');
    expect(bad.messageEn).toBe('--lang must be zh (Chinese) or en (English), not "fr".');
    expect(cliError(() => parseArgs(['check', 'a.xlsx'], { KAOPING_LANG: 'de' })).messageZh).toBe('KAOPING_LANG 应为 zh（中文）或 en（English），而不是“de”。');
    expect(parseArgs(['--help', '--lang', 'en'])).toEqual({ kind: 'help', lang: 'en' });
    expect(parseArgs(['--help'], { KAOPING_LANG: 'en' })).toEqual({ kind: 'help', lang: 'en' });
  });

  test('-- ends options (a file named like an option)', () => {
    const p = parseArgs(['check', '--', '-odd.xlsx']);
    expect(p.kind === 'run' && p.inputs).toEqual(['-odd.xlsx']);
  });

  test('help and version anywhere', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', lang: 'zh' });
    expect(parseArgs(['score', 'a.xlsx', '-h'])).toEqual({ kind: 'help', lang: 'zh' });
    expect(parseArgs(['help'])).toEqual({ kind: 'help', lang: 'zh' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  test('bad arguments are CliErrors with Chinese and English', () => {
    const unknownCommand = cliError(() => parseArgs(['grade', 'a.xlsx']));
    expect(unknownCommand.messageZh).toBe('未知命令“grade”。可用命令：check（校验）、score（校验并评分）、undo（撤销上次写回）、template（考核方案模板）。');
    expect(unknownCommand.messageEn).toBe('Unknown command "grade". Commands: check, score, undo, template.');
    expect(unknownCommand.usage).toBe(true);
    expect(cliError(() => parseArgs(['score', 'a.xlsx', '--frobnicate'])).messageZh).toBe('未知选项“--frobnicate”。');
    expect(cliError(() => parseArgs(['score', 'a.xlsx', '-o'])).messageZh).toBe('选项 -o 后面缺少输出文件或文件夹。');
    expect(cliError(() => parseArgs(['score', 'a.xlsx', '--json', '-o', 'x'])).messageZh).toBe('选项 --json 后面缺少JSON 报告的文件名。');
    expect(cliError(() => parseArgs(['score'])).messageZh).toBe('没有给出要处理的 .xlsx 文件或文件夹。');
    expect(cliError(() => parseArgs(['check', 'a.xlsx', '-o', 'b.xlsx'])).messageZh).toBe(
      'check 只校验、不写出工作簿，不能使用 -o。要写出评分结果请用 kaoping score。',
    );
    expect(cliError(() => parseArgs(['undo', 'a.xlsx', 'b.xlsx'])).messageZh).toBe('undo 一次只能处理一个文件。');
    expect(cliError(() => parseArgs(['undo', 'a.xlsx', '--json', 'r.json'])).messageZh).toBe('undo 不支持选项 --json。');
    expect(cliError(() => parseArgs(['check', 'a.xlsx', '--limit', 'many'])).messageZh).toBe('--limit 应为非负整数（0 表示全部显示），而不是“many”。');
    expect(cliError(() => parseArgs(['score', 'a.xlsx', '-o', 'x.xlsx', '-o', 'y.xlsx'])).messageZh).toBe('选项 -o 只能给一次。');
  });
});

describe('inputs and outputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-files-'));
    for (const name of ['b.xlsx', 'a.xlsx', '~$a.xlsx', '.hidden.xlsx', 'a.评分.xlsx', 'a.撤销.xlsx', 'notes.txt', 'C.XLSX']) {
      fs.writeFileSync(path.join(dir, name), '');
    }
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'deep.xlsx'), '');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a folder: its *.xlsx in name order, no lock/hidden/own output files, not recursive', () => {
    // code-point order: 'C.XLSX' (0x43) < 'a.xlsx' (0x61) < 'b.xlsx'
    expect(workbooksInFolder(dir).map((f) => path.basename(f))).toEqual(['C.XLSX', 'a.xlsx', 'b.xlsx']);
  });

  test('expandInputs: one file is single; a folder or several files are multi; duplicates dropped', () => {
    const a = path.join(dir, 'a.xlsx');
    expect(expandInputs([a])).toEqual({ files: [a], multi: false });
    expect(expandInputs([a, a])).toEqual({ files: [a], multi: false });
    expect(expandInputs([dir]).multi).toBe(true);
    expect(expandInputs([path.join(dir, 'missing.xlsx')])).toEqual({ files: [path.join(dir, 'missing.xlsx')], multi: false });
  });

  test('an empty folder is a CliError', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-empty-'));
    try {
      expect(cliError(() => expandInputs([empty])).messageZh).toBe(`文件夹“${empty}”中没有 .xlsx 工作簿。`);
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });

  test('planOutputs: default beside the input, -o file, -o folder', () => {
    expect(planOutputs(['data/县.xlsx'], null, '.评分')).toEqual([path.join('data', '县.评分.xlsx')]);
    expect(planOutputs(['data/县.xlsx'], 'out/x.xlsx', '.评分')).toEqual(['out/x.xlsx']);
    expect(planOutputs(['a/1.xlsx', 'b/2.xlsx'], 'out', '.评分')).toEqual([path.join('out', '1.评分.xlsx'), path.join('out', '2.评分.xlsx')]);
    // -o naming the input itself, for a single input: allowed (SPEC §7)
    expect(planOutputs(['a.xlsx'], 'a.xlsx', '.评分')).toEqual(['a.xlsx']);
  });

  test('planOutputs refuses: -o a workbook with several inputs; two inputs to one file; writing over another input', () => {
    expect(cliError(() => planOutputs(['a.xlsx', 'b.xlsx'], 'out.xlsx', '.评分')).messageZh).toBe(
      '处理多个文件时，-o 必须是一个文件夹，而“out.xlsx”是工作簿文件名。请改为文件夹（如 -o 评分结果），每个文件将写为“<原名>.评分.xlsx”。',
    );
    expect(cliError(() => planOutputs(['x/a.xlsx', 'y/a.xlsx'], 'out', '.评分')).messageEn).toBe(
      `"x/a.xlsx" and "y/a.xlsx" would both be written to "${path.join('out', 'a.评分.xlsx')}". Process them separately or use different -o folders.`,
    );
    expect(cliError(() => planOutputs(['a.xlsx', 'a.评分.xlsx'], null, '.评分')).messageZh).toBe(
      '输出文件“a.评分.xlsx”也是本次的输入文件，程序不会覆盖输入。请用 -o 指定其他位置。',
    );
    expect(cliError(() => checkJsonTarget('a.xlsx', ['./a.xlsx'])).messageEn).toBe(
      'The --json file "a.xlsx" is an input workbook; choose another name (e.g. report.json).',
    );
  });
});
