/**
 * Robust location and spread for the OUTLIER flag: median, MAD and mean absolute deviation, each
 * in O(n) (quickselect), never by sorting the whole sample.
 */

/**
 * Median of `values[0 .. n-1]` (the statistics median: the middle value, or the mean of the two
 * middle values when `n` is even). Reorders those entries in place; returns NaN when `n` is 0.
 * Example: median(Float64Array.of(3, 1, 4, 1), 4) === 2 (middle values 1 and 3).
 */
export function median(values: Float64Array, n: number): number {
  if (n <= 0) return NaN;
  const k = (n - 1) >> 1; // lower middle
  const lower = select(values, n, k);
  if (n % 2 === 1) return lower;
  // After select, every entry right of k is ≥ values[k]: the upper middle is their minimum.
  let upper = Infinity;
  for (let i = k + 1; i < n; i++) {
    const v = values[i] as number;
    if (v < upper) upper = v;
  }
  return (lower + upper) / 2;
}

/**
 * The k-th smallest (0-based) of `a[0 .. n-1]`, by quickselect with a median-of-three pivot and a
 * three-way partition (scores hold many equal values); a range that shrinks too slowly is sorted
 * instead, so the worst case stays O(n log n). Reorders `a` so that a[k] is in its sorted place.
 */
export function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  let budget = 2 * Math.ceil(Math.log2(n + 1)) + 8;
  while (hi > lo) {
    if (budget-- <= 0) {
      const part = a.subarray(lo, hi + 1);
      part.sort();
      return a[k] as number;
    }
    const pivot = medianOf3(a[lo] as number, a[(lo + hi) >> 1] as number, a[hi] as number);
    // Three-way partition: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] as number;
      if (v < pivot) {
        a[i] = a[lt] as number;
        a[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        a[i] = a[gt] as number;
        a[gt] = v;
        gt--;
      } else {
        i++;
      }
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return a[k] as number;
}

function medianOf3(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

/** Location and spread of one sample. */
export interface Spread {
  readonly n: number;
  readonly median: number;
  /** Median absolute deviation from the median (unscaled). */
  readonly mad: number;
  /** Mean absolute deviation from the median. */
  readonly meanAd: number;
}

/**
 * Median, MAD = median(|x − median|) and MeanAD = mean(|x − median|) of `values[0 .. n-1]`.
 * `values` may be used as scratch (its order is then lost). Returns null for an empty sample.
 * Scores in steps of 0.5 over a modest range (the usual case) are counted in a histogram, O(n + range);
 * anything else goes through quickselect, O(n). Both give exactly the same numbers.
 * Example: of 1, 2, 3, 4, 100 → median 3, deviations 2, 1, 0, 1, 97 → MAD 1, MeanAD 20.2.
 */
export function spread(values: Float64Array, n: number): Spread | null {
  if (n <= 0) return null;
  return spreadByCounts(values, n) ?? spreadBySelect(values, n);
}

/** `spread` by quickselect: any finite numbers. */
export function spreadBySelect(values: Float64Array, n: number): Spread | null {
  if (n <= 0) return null;
  const med = median(values, n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs((values[i] as number) - med);
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
    const h = (values[i] as number) * 2;
    if (!Number.isInteger(h)) return null;
    if (h < lo) lo = h;
    if (h > hi) hi = h;
  }
  if (!countable(lo, hi)) return null;
  const counts = new Int32Array(hi - lo + 1);
  for (let i = 0; i < n; i++) (counts[(values[i] as number) * 2 - lo] as number)++;
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
    const c = counts[i] as number;
    if (c === 0) continue;
    const d4 = Math.abs(2 * (i + lo) - med4);
    (devs[d4] as number) += c;
    sum4 += c * d4;
  }
  const mad8 = kth(devs, (n - 1) >> 1) + kth(devs, n >> 1); // twice the MAD in quarters
  return { n, median: med4 / 4, mad: mad8 / 8, meanAd: sum4 / 4 / n };
}

/** Index of the k-th (0-based) item of a histogram. */
function kth(counts: Int32Array, k: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] as number;
    if (seen > k) return i;
  }
  return counts.length - 1;
}

/** 0.6745 ≈ Φ⁻¹(0.75): makes MAD comparable to a standard deviation under normality. */
export const MAD_FACTOR = 0.6745;
/** 1.253314 ≈ √(π/2): makes MeanAD comparable to a standard deviation under normality. */
export const MEAN_AD_FACTOR = 1.253314;

/**
 * The modified z-score of `x` (Iglewicz & Hoaglin): 0.6745·(x − median)/MAD; when MAD is 0,
 * (x − median)/(1.253314·MeanAD) (the IBM SPSS convention); null when both are 0 (no spread,
 * so nothing can be called an outlier).
 * Example: x = 100 in 1, 2, 3, 4, 100 → 0.6745·97/1 = 65.4265.
 */
export function modifiedZ(x: number, s: Spread): number | null {
  if (s.mad > 0) return (MAD_FACTOR * (x - s.median)) / s.mad;
  if (s.meanAd > 0) return (x - s.median) / (MEAN_AD_FACTOR * s.meanAd);
  return null;
}
