/**
 * Reading scheme cells: names, plain numbers and fractions. Numbers go through the engine's one
 * number reader (`cells/number.ts`, SPEC §1.2), so `'１００'`, `'100分'` and `'1,000'` read as numbers.
 */
import type { Ratio } from '../model/scheme';
import { readFraction, readPlainNumber } from '../cells/number';
import { isBlank, isErrorValue, type CellValue } from '../model/workbook';
import { fold, toHalfWidth } from '../text/fold';

export { isBlank };

/** The longest name (indicator, column, grade, key) the scheme accepts, in UTF-16 units. */
export const NAME_MAX = 255;

/**
 * A name cell (指标名称, 列名, 等次, key…): trimmed text; a number is its text (`2026` → `'2026'`).
 * Returns `null` for a blank cell and `false` for a cell that can not be a name (TRUE/FALSE, an
 * Excel error value, text longer than `NAME_MAX`: no real header is, and folding such text for
 * every comparison would make a garbage sheet slow). Example: readName(' 党建 ') === '党建'.
 */
export function readName(v: CellValue | undefined): string | null | false {
  if (isBlank(v)) return null;
  if (typeof v === 'string') {
    const t = v.trim();
    return t.length > NAME_MAX ? false : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : false;
  return false;
}

/**
 * A plain number (满分, 分值, 权重, 最低分, 上限…): the number, `null` when the cell is blank, `NaN`
 * when it holds something else (text, percent, boolean, error).
 * Example: readNumber('１００') === 100; readNumber(null) === null; readNumber('abc') is NaN.
 */
export function readNumber(v: CellValue | undefined): number | null {
  if (isBlank(v)) return null;
  const n = readPlainNumber(v);
  return n === null ? Number.NaN : n;
}

/**
 * A proportion (比例上限, 突变名次比例) as a fraction: `'20%'` → 0.2, `0.2` → 0.2, a number above 1
 * is a percent (`20` → 0.2), and `'1/3'` → 1/3. `null` when blank, `NaN` when not a proportion
 * (text, negative, above 100%). Example: readProportion('３３％') === 0.33.
 */
export function readProportion(v: CellValue | undefined): number | null {
  // “不超过20%”, “≤20%”, “最多 20%” say the same as 20%.
  if (typeof v === 'string') {
    const bare = v.replace(/^\s*(不超过|不高于|不多于|最多|最高|至多|≤|<=|＜＝|＜=)\s*/, '');
    if (bare !== v && bare.trim() === '') return Number.NaN;
    v = bare;
  }
  if (typeof v === 'string') {
    const m = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(toHalfWidth(v));
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return b > 0 && a <= b ? a / b : Number.NaN;
    }
  }
  const r = readFraction(v);
  if (!r.ok) return Number.NaN;
  return r.value;
}

/**
 * An exact ratio (SPEC §8.1 "Ratios"), read like 比例上限 — `'80%'` → 80/100, `0.8` → 8/10, a number
 * above 1 is a percent (`80` → 80/100) — and also as `a/b` (`'2/3'` → 2/3). `null` when blank,
 * `'bad'` when not a ratio (text, negative). Unlike `readProportion` it may exceed 100% (封顶 120%):
 * the caller checks the range. Example: readRatio('２/３') → { num: 2, den: 3 }.
 */
export function readRatio(v: CellValue | undefined): Ratio | null | 'bad' {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? decimalRatio(v, v > 1 ? 100 : 1) : 'bad';
  if (typeof v !== 'string') return 'bad';
  const t = toHalfWidth(v).replace(/\s+/g, '');
  const frac = /^(\d{1,9})\/(\d{1,9})$/.exec(t);
  if (frac) {
    const num = Number(frac[1]);
    const den = Number(frac[2]);
    return den > 0 ? { num, den } : 'bad';
  }
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return decimalRatio(Number(pct[1]), 100);
  const n = readPlainNumber(v);
  if (n === null || !Number.isFinite(n) || n < 0) return 'bad';
  return decimalRatio(n, n > 1 ? 100 : 1);
}

/** `n / scale` as an exact ratio of whole numbers, from n's shortest decimal spelling. */
function decimalRatio(n: number, scale: number): Ratio {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(String(n));
  if (!m) return { num: n, den: scale };
  const decimals = m[2] ?? '';
  return { num: Number(`${m[1] ?? '0'}${decimals}`), den: scale * 10 ** decimals.length };
}

/** Longer text can not be one of a fixed list of words: it is not folded at all. */
const WORD_MAX = 200;

/**
 * The word of `words` that `text` is after `fold()` (spaces, line breaks, width and case ignored),
 * or undefined. Example: matchWord(' 中国式 ', ['美式', '中国式']) === '中国式'.
 */
export function matchWord<W extends string>(text: string, words: readonly W[]): W | undefined {
  if (text.length > WORD_MAX) return undefined;
  const f = fold(text);
  return words.find((w) => fold(w) === f);
}

const SHOWN_MAX = 40;

/**
 * A cell's value as a clerk sees it, for messages; long text is cut to 40 characters + `…`.
 * Example: shown(true) === 'TRUE'; shown({ error: '#N/A' }) === '#N/A'.
 */
export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isErrorValue(v)) return v.error;
  const s = String(v);
  return s.length > SHOWN_MAX ? `${s.slice(0, SHOWN_MAX)}…` : s;
}
