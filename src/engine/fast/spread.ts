/**
 * Median, MAD and MeanAD of a sample by two routes that give exactly the same numbers
 * (test/engine/fast/spread.test.ts): `spreadByCounts`, a histogram of half-point values, O(n + bins),
 * for the usual scores (multiples of 0.5 over a modest range), and `spreadBySelect`, quickselect
 * (select.ts), O(n), for any finite numbers. anomaly/stats.ts picks one.
 */
import { median } from './select';

/** Location and spread of one sample. */
export interface Spread {
  readonly n: number;
  readonly median: number;
  /** Median absolute deviation from the median (unscaled). */
  readonly mad: number;
  /** Mean absolute deviation from the median. */
  readonly meanAd: number;
}

/** `spread` by quickselect: any finite numbers. */
export function spreadBySelect(values: Float64Array, n: number): Spread | null {
  if (n <= 0) return null;
  const med = median(values, n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs((values[i] ?? NaN) - med);
    values[i] = d;
    sum += d;
  }
  const mad = median(values, n);
  return { n, median: med, mad, meanAd: sum / n };
}

/** Widest histogram the counting route builds, in half-point steps. */
export const MAX_BINS = 1 << 16;

/**
 * `spread` by counting, when every value is a multiple of 0.5 and max − min < 32768 points; null
 * otherwise. Leaves `values` unchanged. See `spreadFromCounts`.
 */
export function spreadByCounts(values: Float64Array, n: number): Spread | null {
  if (n <= 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const h = (values[i] ?? NaN) * 2;
    if (!Number.isInteger(h)) return null;
    if (h < lo) lo = h;
    if (h > hi) hi = h;
  }
  if (!countable(lo, hi)) return null;
  const counts = new Int32Array(hi - lo + 1);
  for (let i = 0; i < n; i++) {
    const b = (values[i] ?? NaN) * 2 - lo;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return spreadFromCounts(counts, lo, n);
}

/** True when half-point values 2x in lo..hi (integers) fit a histogram. */
export function countable(lo: number, hi: number): boolean {
  return hi >= lo && hi - lo < MAX_BINS && Math.abs(lo) <= 2 ** 40 && Math.abs(hi) <= 2 ** 40;
}

/**
 * Median, MAD and MeanAD from a histogram of half-point values: `counts[i]` units have the value
 * (lo + i)/2; n is the sum of counts. Works in exact integers — values in halves, the median and
 * deviations in quarters — so the results equal spreadBySelect's bit for bit, in O(n + bins).
 * Example: counts [1, 0, 2] from lo 16 (values 8, 9, 9) → median 9, MAD 0, MeanAD 1/3.
 */
export function spreadFromCounts(counts: Int32Array, lo: number, n: number): Spread | null {
  if (n <= 0) return null;
  const a = kth(counts, (n - 1) >> 1) + lo; // halves
  const b = kth(counts, n >> 1) + lo;
  const med4 = a + b; // the median in quarters
  // Deviations |4x − 4·median| = |2·(2x) − med4|: integers of at most 2·(bins − 1).
  const devs = new Int32Array(2 * counts.length);
  let sum4 = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] ?? 0;
    if (c === 0) continue;
    const d4 = Math.abs(2 * (i + lo) - med4);
    devs[d4] = (devs[d4] ?? 0) + c;
    sum4 += c * d4;
  }
  const mad8 = kth(devs, (n - 1) >> 1) + kth(devs, n >> 1); // twice the MAD in quarters
  return { n, median: med4 / 4, mad: mad8 / 8, meanAd: sum4 / 4 / n };
}

/** Index of the k-th (0-based) item of a histogram. */
function kth(counts: Int32Array, k: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] ?? 0;
    if (seen > k) return i;
  }
  return counts.length - 1;
}
