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
 * `values` is used as scratch (its order is lost). Returns null for an empty sample.
 * Example: of 1, 2, 3, 4, 100 → median 3, deviations 2, 1, 0, 1, 97 → MAD 1, MeanAD 20.2.
 */
export function spread(values: Float64Array, n: number): Spread | null {
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
