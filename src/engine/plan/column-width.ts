/**
 * Widths for the columns a run adds to the data sheet (issue 14): wide enough for the header and
 * every value, in Excel's character units where a CJK character counts 2 (`textWidth`), numbers
 * as shown with 小数位 decimals; never narrower than 6 nor wider than 40 (long 异常标记 text wraps).
 */
import type { OutValue } from '../model/plan';
import { shownAtMost, textWidth } from './result-layout';

const MIN = 6;
const MAX = 40;
/** Values looked at (the widest of 2,000 rows is wide enough in practice, and stays cheap). */
const SAMPLE = 2000;

/**
 * Example: header `组织建设小计` (12) over values 28.5 and 30 at 2 decimals (`28.50`: 5) → 14
 * (12 + 2 of padding); header `异常标记` over `缺失值(D7)；离群(总分)` (20) → 22.
 */
export function columnWidth(header: string, values: readonly OutValue[], decimals: number | null): number {
  let w = textWidth(header);
  const n = Math.min(values.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    // A value that cannot be wider than w needs no formatting (most values of most columns).
    if (typeof v === 'number' ? (decimals !== null ? fixedAtMost(v, decimals) : shownAtMost(v)) <= w : typeof v === 'string' && 2 * v.length <= w) continue;
    const shown = typeof v === 'number' && decimals !== null ? v.toFixed(decimals) : String(v);
    const tw = textWidth(shown);
    if (tw > w) w = tw;
  }
  return Math.min(Math.max(w + 2, MIN), MAX);
}

/**
 * At least the length of `v.toFixed(decimals)` (its text width: digits, `.`, `-`), without formatting:
 * the sign, the digits of ⌊|v|⌋ + 1 (a rounding carry, 9.999 → `10.00`, can add one) and the
 * decimals. Infinity when unsure (|v| ≥ 1e15, NaN).
 * Example: fixedAtMost(-28.5, 2) === 6 (`-28.50` is 6).
 */
export function fixedAtMost(v: number, decimals: number): number {
  const a = Math.abs(v);
  if (!(a < 1e15)) return Infinity;
  let digits = 1;
  for (let x = Math.floor(a) + 1; x >= 10; x /= 10) digits++;
  return (v < 0 || Object.is(v, -0) ? 1 : 0) + digits + (decimals > 0 ? decimals + 1 : 0);
}
