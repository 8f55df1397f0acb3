/**
 * Command-line arguments of `kaoping`, parsed by hand (no dependency):
 *   kaoping check FILE|FOLDER... [--json OUT.json] [--previous LAST.xlsx] [--limit N]
 *   kaoping score FILE|FOLDER... [-o OUT.xlsx|FOLDER] [--json OUT.json] [--previous LAST.xlsx] [--limit N]
 *   kaoping undo FILE [-o OUT.xlsx]
 *   kaoping template [台账.xlsx] [-o OUT.xlsx] [--kind 基本|双述双评]
 *   kaoping --help | -h | --version | -V
 * Every command also takes `--lang zh|en` (default Chinese, or KAOPING_LANG).
 * Options may come before or after the files, as `--json OUT` or `--json=OUT`; `--` ends options.
 */
import { CliError } from './errors';
import { badLang, LANG_ENV, readLang, type Lang } from './lang';

export type Command = 'check' | 'score' | 'undo' | 'template';

/** Which template `kaoping template` writes (without a 台账): 基本 (SPEC §1.1) or 双述双评 (SPEC §8). */
export type TemplateKind = '基本' | '双述双评';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['基本', '双述双评'];

export type Parsed =
  | { readonly kind: 'help'; readonly lang: Lang }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: Command;
      readonly inputs: readonly string[];
      readonly output: string | null;
      readonly json: string | null;
      readonly previous: string | null;
      /** Most problem rows printed; 0 = all. */
      readonly limit: number;
      readonly quiet: boolean;
      /** `--kind` of `kaoping template` (absent: 基本). */
      readonly templateKind?: TemplateKind;
      /** The console's and the cell notes' language. */
      readonly lang: Lang;
    };

export const DEFAULT_LIMIT = 30;

const COMMANDS: readonly Command[] = ['check', 'score', 'undo', 'template'];

/** Options that take a value, by every spelling. */
type ValueKey = 'output' | 'json' | 'previous' | 'limit' | 'kind' | 'lang';

const VALUE_OPTIONS: Readonly<Record<string, ValueKey>> = {
  '-o': 'output',
  '--output': 'output',
  '--out': 'output',
  '--json': 'json',
  '--previous': 'previous',
  '--prev': 'previous',
  '--limit': 'limit',
  '--kind': 'kind',
  '--lang': 'lang',
};

/** The language: `--lang` (checked strictly), else KAOPING_LANG, else Chinese. */
function langFrom(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (option !== undefined) return readLang(option) ?? failLang('--lang', option);
  const fromEnv = env[LANG_ENV];
  if (fromEnv === undefined || fromEnv.trim() === '') return 'zh';
  return readLang(fromEnv) ?? failLang(LANG_ENV, fromEnv);
}

function failLang(where: string, value: string): never {
  throw badLang(where, value);
}

/**
 * Parses argv (without `node` and the script). Throws `CliError` (exit 2) on anything it can not
 * accept, with a message that names the bad argument.
 * `env` gives KAOPING_LANG (the language when `--lang` is not given).
 * Example: parseArgs(['score', 'a.xlsx', '-o', 'b.xlsx']) → { kind: 'run', command: 'score', inputs: ['a.xlsx'], output: 'b.xlsx', lang: 'zh', … }.
 */
export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Parsed {
  if (argv[0] === 'help' || argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help', lang: helpLang(argv, env) };
  if (argv.some((a) => a === '--version' || a === '-V' || a === '-v')) return { kind: 'version' };
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new CliError('缺少命令。', 'No command given.', { usage: true });
  }
  if (!COMMANDS.includes(first as Command)) {
    throw new CliError(
      `未知命令“${first}”。可用命令：check（校验）、score（校验并评分）、undo（撤销上次写回）、template（考核方案模板）。`,
      `Unknown command "${first}". Commands: check, score, undo, template.`,
      { usage: true },
    );
  }
  const command = first as Command;
  const inputs: string[] = [];
  const values: Partial<Record<ValueKey, string>> = {};
  let quiet = false;
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-q' || arg === '--quiet') {
      quiet = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = VALUE_OPTIONS[name];
    if (key === undefined) {
      throw new CliError(`未知选项“${arg}”。`, `Unknown option "${arg}".`, { usage: true });
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('-') && value !== '-')) {
      throw new CliError(`选项 ${name} 后面缺少${describe(key)}。`, `Option ${name} needs a value (${describeEn(key)}).`, { usage: true });
    }
    if (values[key] !== undefined) {
      throw new CliError(`选项 ${name} 只能给一次。`, `Option ${name} was given more than once.`, { usage: true });
    }
    values[key] = value;
  }
  if (inputs.length === 0 && command !== 'template') {
    throw new CliError('没有给出要处理的 .xlsx 文件或文件夹。', 'No .xlsx file or folder given.', { usage: true });
  }
  if (command === 'check' && values.output !== undefined) {
    throw new CliError(
      'check 只校验、不写出工作簿，不能使用 -o。要写出评分结果请用 kaoping score。',
      'check writes no workbook, so -o is not allowed. Use kaoping score to write the results.',
    );
  }
  if (command === 'undo' || command === 'template') {
    if (inputs.length > 1) throw new CliError(`${command} 一次只能处理一个文件。`, `${command} takes at most one file.`);
    for (const k of ['json', 'previous', 'limit'] as const) {
      if (values[k] !== undefined) {
        throw new CliError(`${command} 不支持选项 --${k}。`, `${command} does not take --${k}.`);
      }
    }
  }
  const templateKind = readKind(command, values.kind, inputs.length > 0);
  let limit = DEFAULT_LIMIT;
  if (values.limit !== undefined) {
    if (!/^\d{1,6}$/.test(values.limit)) {
      throw new CliError(`--limit 应为非负整数（0 表示全部显示），而不是“${values.limit}”。`, `--limit must be a whole number (0 = show all), not "${values.limit}".`);
    }
    limit = Number(values.limit);
  }
  return {
    kind: 'run',
    command,
    inputs,
    output: values.output ?? null,
    json: values.json ?? null,
    previous: values.previous ?? null,
    limit,
    quiet,
    ...(templateKind ? { templateKind } : {}),
    lang: langFrom(values.lang, env),
  };
}

/** `--kind`: only for `kaoping template` without a 台账; one of TEMPLATE_KINDS (full-width and spaces folded). */
function readKind(command: Command, kind: string | undefined, hasInput: boolean): TemplateKind | null {
  if (kind === undefined) return null;
  if (command !== 'template') {
    throw new CliError(`--kind 只用于 kaoping template。`, `--kind is for kaoping template only.`);
  }
  const found = TEMPLATE_KINDS.find((k) => k === kind.replace(/\s+/g, ''));
  if (!found) {
    throw new CliError(`--kind 应为 ${TEMPLATE_KINDS.join(' 或 ')}，而不是“${kind}”。`, `--kind must be ${TEMPLATE_KINDS.join(' or ')}, not "${kind}".`);
  }
  if (hasInput) {
    throw new CliError('--kind 只用于不带台账的 kaoping template（写出模板）；带台账时程序根据表头猜方案草稿。',
      '--kind is for kaoping template without a ledger (the template); with a ledger the draft is guessed from its header.');
  }
  return found;
}

/** `--help --lang en`: the help's language, never an error (a bad value gives the Chinese help). */
function helpLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const option = i < 0 ? undefined : argv[i] === '--lang' ? argv[i + 1] : (argv[i] ?? '').slice('--lang='.length);
  return readLang(option ?? env[LANG_ENV] ?? '') ?? 'zh';
}

function describe(key: ValueKey): string {
  switch (key) {
    case 'kind':
      return '模板种类（基本 或 双述双评）';
    case 'output':
      return '输出文件或文件夹';
    case 'json':
      return 'JSON 报告的文件名';
    case 'previous':
      return '上期工作簿的文件名';
    case 'limit':
      return '显示的最多条数';
    case 'lang':
      return '语言（zh 或 en）';
  }
}

function describeEn(key: ValueKey): string {
  switch (key) {
    case 'kind':
      return 'a template kind (基本 or 双述双评)';
    case 'output':
      return 'an output file or folder';
    case 'json':
      return 'a JSON report file name';
    case 'previous':
      return "the previous period's workbook";
    case 'limit':
      return 'a number of rows';
    case 'lang':
      return 'a language, zh or en';
  }
}
