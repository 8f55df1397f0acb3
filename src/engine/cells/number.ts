/**
 * Reading numbers out of cells (SPEC §1.2): score cells, and plain numbers / fractions in the scheme.
 * Text is read the way a clerk would: trimmed, full-width → half-width, one trailing `分` dropped,
 * thousands separators dropped where they stand in valid places. No regex here can backtrack, so a
 * 32,767-character cell is read in linear time.
 */
import { EXCEL_ERRORS, isErrorValue, type CellValue } from '../model/workbook';
import { toHalfWidth } from '../text/fold';
import { sig15 } from '../math/round';

/**
 * What a score-like cell holds.
 * - `empty`: null, undefined, `''` or whitespace-only text.
 * - `number`: a number, or text that reads as one (`fromText: true` → warning `TEXT_NUMBER`;
 *   `text` is the cell's original text, `null` for a real number).
 * - `percent`: text such as `85%` / `８５％` → `NOT_A_NUMBER` in a score column (a score is points).
 * - `error`: an Excel error value, or text that is exactly one (`#N/A`, any case) → `EXCEL_ERROR`;
 *   `error` is Excel's spelling (`'#N/A'`).
 * - `boolean`: TRUE / FALSE → `NOT_A_NUMBER`.
 * - `text`: anything else (also NaN / ±Infinity) → `NOT_A_NUMBER`; `text` is the original text.
 */
export type NumberRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly fromText: boolean; readonly text: string | null }
  | { readonly kind: 'percent'; readonly text: string }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'text'; readonly text: string };

/**
 * Reads a score-like cell (SPEC §1.2).
 * Examples: readNumber('９５．５') → { kind: 'number', value: 95.5, fromText: true, text: '９５．５' };
 * readNumber('95分') → 95 from text; readNumber('1,234.5') → 1234.5 from text;
 * readNumber('1,2') → text; readNumber('85%') → percent; readNumber('#N/A') → error '#N/A';
 * readNumber('95。5') → text (the ideographic full stop is not a decimal point).
 */
export function readNumber(v: CellValue | undefined): NumberRead {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'text', text: String(v) };
    return { kind: 'number', value: v === 0 ? 0 : v, fromText: false, text: null };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (isErrorValue(v)) return { kind: 'error', error: v.error };
  if (typeof v !== 'string') return { kind: 'text', text: safeString(v) };

  const t = toHalfWidth(v).trim();
  if (t === '') return { kind: 'empty' };
  const error = excelErrorText(t);
  if (error !== null) return { kind: 'error', error };
  if (t.endsWith('%')) {
    return parseNumericText(t.slice(0, -1).trimEnd()) === null ? { kind: 'text', text: v } : { kind: 'percent', text: v };
  }
  const body = t.endsWith('分') ? t.slice(0, -1).trimEnd() : t;
  const value = parseNumericText(body);
  if (value === null) return { kind: 'text', text: v };
  return { kind: 'number', value, fromText: true, text: v };
}

/**
 * A plain number in the scheme (分值, 权重, 最低分, 上限, 满分…): a number, or text that
 * `readNumber` reads as a number (full-width, `10分`, `1,000`). Returns `null` for everything else —
 * blank cells included; use `isBlank` to tell a blank cell from a bad one.
 * Example: readPlainNumber('１０') === 10; readPlainNumber('20%') === null; readPlainNumber(null) === null.
 */
export function readPlainNumber(v: CellValue | undefined): number | null {
  const r = readNumber(v);
  return r.kind === 'number' ? r.value : null;
}

export { isBlank } from '../model/workbook';

/**
 * A 比例上限 cell read as a fraction in 0..1 (SPEC §1.1 【等次】).
 * - `{ ok: true, value: null }`: the cell is blank (no quota).
 * - `{ ok: true, value }`: `value` in [0, 1], taken to 15 significant digits.
 * - `{ ok: false }`: not a proportion: text, boolean, error, negative, or above 100%.
 */
export type FractionRead = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/**
 * Reads a 比例上限 cell: `'20%'` → 0.2; `0.2` → 0.2; a number above 1 is a percent, `20` → 0.2;
 * numeric text the same, `'20'` → 0.2, `'０.２'` → 0.2; `1` → 1 (100%); blank → no quota;
 * `'150%'`, `-0.1`, `'abc'` → `{ ok: false }`.
 */
export function readFraction(v: CellValue | undefined): FractionRead {
  if (v === null || v === undefined) return { ok: true, value: null };
  let n: number | null;
  if (typeof v === 'number') {
    n = Number.isFinite(v) ? (v > 1 ? sig15(v / 100) : v) : null;
  } else if (typeof v === 'string') {
    const t = toHalfWidth(v).trim();
    if (t === '') return { ok: true, value: null };
    if (t.endsWith('%')) {
      const p = parseNumericText(t.slice(0, -1).trimEnd());
      n = p === null ? null : sig15(p / 100);
    } else {
      const p = parseNumericText(t);
      n = p === null ? null : p > 1 ? sig15(p / 100) : p;
    }
  } else {
    n = null;
  }
  if (n === null || n < 0 || n > 1) return { ok: false };
  return { ok: true, value: n === 0 ? 0 : n };
}

const PLAIN = /^\d+(?:\.\d+)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Numeric text already half-width and trimmed: optional sign (`+`, `-`, U+2212 `−`), digits with an
 * optional decimal part, thousands separators only in valid places. No exponents, no inner spaces.
 * Returns null when the text is not such a number or is too large for a double.
 */
function parseNumericText(s: string): number | null {
  let sign = '';
  let rest = s;
  const first = s.charAt(0);
  if (first === '+' || first === '-' || first === '\u2212') {
    sign = first === '+' ? '' : '-';
    rest = s.slice(1);
  }
  if (rest.includes(',')) {
    if (!GROUPED.test(rest)) return null;
    rest = rest.replace(/,/g, '');
  } else if (!PLAIN.test(rest)) {
    return null;
  }
  const n = Number(sign + rest);
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

const ERROR_TEXTS: ReadonlyMap<string, string> = new Map(EXCEL_ERRORS.map((e) => [e, e]));

/** Excel's spelling of an error value when the text is exactly one (any case), else null. */
function excelErrorText(t: string): string | null {
  if (t.charAt(0) !== '#' || t.length > 20) return null;
  return ERROR_TEXTS.get(t.toUpperCase()) ?? null;
}

/** `String(v)` for values outside `CellValue` that a careless host may pass; never throws. */
function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
