/**
 * The language of the console and of the notes written into cells: Chinese by default, English with
 * `--lang en` or `KAOPING_LANG=en` (the option wins). The JSON report keeps both languages whatever
 * this says.
 */
import { CliError } from './errors';

export type Lang = 'zh' | 'en';

/** The environment variable that sets the language when `--lang` is not given. */
export const LANG_ENV = 'KAOPING_LANG';

/**
 * Reads a language name: `zh`, `zh-CN`, `中文` → zh; `en`, `en_US.UTF-8`, `English` → en; else null.
 */
export function readLang(value: string): Lang | null {
  const v = value.trim().toLowerCase();
  if (v === '中文' || v === 'chinese' || /^zh([-_.].*)?$/.test(v)) return 'zh';
  if (v === '英文' || v === 'english' || /^en([-_.].*)?$/.test(v)) return 'en';
  return null;
}

/** The error for a language it does not know, in both languages (the run's language is not known yet). */
export function badLang(where: string, value: string): CliError {
  return new CliError(`${where} 应为 zh（中文）或 en（English），而不是“${value}”。`, `${where} must be zh (Chinese) or en (English), not "${value}".`, { usage: true });
}

/**
 * The language before the arguments are checked, for the messages of a run that fails early: the
 * last readable `--lang`, else KAOPING_LANG, else Chinese. Never throws (parseArgs checks strictly).
 * Example: langOf(['check', 'a.xlsx', '--lang=en'], {}) → 'en'.
 */
export function langOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let found: Lang | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    const lang = value === undefined ? null : readLang(value);
    if (lang) found = lang;
  }
  return found ?? readLang(env[LANG_ENV] ?? '') ?? 'zh';
}

/** Picks the text of the run's language. Example: pick('en', '已写出', 'written') → 'written'. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

/** A failure as printed on stderr: `错误：…` (Chinese) or `Error: …` (English). */
export function failureLine(lang: Lang, message: string, messageEn: string): string {
  return lang === 'en' ? `Error: ${messageEn}\n` : `错误：${message}\n`;
}
