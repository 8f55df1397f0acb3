/**
 * Conversions between Office.js cell data and the engine's plain values.
 *
 * Office.js parses what is written to `values`/`formulas` as if the user typed it: `=SUM(A1)` becomes a
 * formula, `+5` and `0123` numbers, `85%` 0.85, `TRUE` a boolean, `#N/A` an error (Range.values docs:
 * "If the value starts with a plus, minus, or equal sign, Excel interprets this value as a formula").
 * Text that must stay text is written with Excel's quote prefix — a leading apostrophe, which Excel
 * keeps out of the value (the cell reads `=SUM(A1)`, not `'=SUM(A1)`). Example:
 * `toOfficeInput('=SUM(A1)')` → `"'=SUM(A1)"`, `toOfficeInput('优秀')` → `'优秀'`.
 */
import type { CellValue } from '../../engine/model/workbook';

/** Text Excel would not keep as typed: formula-like, number-like, percent, boolean, error-like or quote-led. */
export function needsQuotePrefix(s: string): boolean {
  if (s === '') return false;
  if (/^[=+\-@']/.test(s)) return true;
  const t = s.trim();
  if (/^[-+]?(\d[\d,]*\.?\d*|\.\d+)([eE][-+]?\d+)?%?$/.test(t)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t) || /^\d{1,2}:\d{2}/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  // Currency and accounting negatives: Excel reads "$5" as 5 and "(5)" as -5.
  if (/^[-+]?[$¥￥€£]\s*[\d.]/.test(t) || /^\(\s*[$¥￥€£]?[\d.,]+\s*\)$/.test(t)) return true;
  return t.startsWith('#');
}

/** A value as written to Office.js `values`: null → '' (clears), text guarded by the quote prefix. */
export function toOfficeInput(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'string') return needsQuotePrefix(v) ? `'${v}` : v;
  return v;
}

/** An Office.js value and its valueType to the engine's value; `undefined` = empty. */
export function fromOffice(v: unknown, type: string | undefined): CellValue | undefined {
  switch (type) {
    case 'Empty': return undefined;
    case 'Error': return { error: String(v) };
    case 'Boolean': return Boolean(v);
    case 'Double':
    case 'Integer': return Number(v);
    case 'String': return String(v);
    default:
      if (v === '' || v === null || v === undefined) return undefined;
      return typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
}

/**
 * The formula of a cell, without `=`, or null. Office.js `formulas` returns a constant's value for
 * non-formula cells, so a text cell reading `=x` (typed with a quote prefix) looks like a formula
 * whose value is its own text: such a cell is text.
 */
export function formulaOf(formula: unknown, value: unknown, type: string | undefined): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  if (type === 'String' && value === formula) return null;
  return formula.slice(1);
}

/**
 * Request bytes on Office.js's wire format, with a margin, for the estimates (batch.ts). Office.js
 * sends each proxy object as an object path (`{"Id":…,"ObjectPathType":3,"Name":"getRangeByIndexes",
 * "ParentObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}`) plus an Instantiate action
 * (`{"Id":…,"ActionType":1,"Name":"","ObjectPathId":…}`): about 110–150 bytes with 5- to 7-digit ids;
 * each load, property write or method call is one more action of about 80–110 bytes, its data
 * aside (test/office-double/context.ts models this; test/hosts/excel/estimates.test.ts checks the
 * estimates against it).
 */
export const PATH_BYTES = 180;
export const ACTION_BYTES = 140;

/** Approximate UTF-8 size of a JSON payload (CJK = 3 bytes). */
export function payloadBytes(data: unknown): number {
  const s = JSON.stringify(data) ?? '';
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += 2;
  return n;
}

/** Office.js reports "no fill" as white. */
export function fillOf(colour: unknown): string | undefined {
  if (typeof colour !== 'string') return undefined;
  const c = colour.toUpperCase();
  return c === '#FFFFFF' ? undefined : c;
}
