/**
 * Widths for the columns a run adds to the data sheet (issue 14): wide enough for the header and
 * every value, in Excel's character units where a CJK character counts 2 (`textWidth`), numbers
 * as shown with 小数位 decimals; never narrower than 6 nor wider than 40 (long 异常标记 text wraps).
 */
import type { OutValue } from '../model/plan';
import { textWidth } from './result-layout';

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
    const shown = typeof v === 'number' && decimals !== null ? v.toFixed(decimals) : String(v);
    const tw = textWidth(shown);
    if (tw > w) w = tw;
  }
  return Math.min(Math.max(w + 2, MIN), MAX);
}
