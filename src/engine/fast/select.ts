/**
 * Quickselect and the median by it, O(n), with `medianPlain` (sort) beside them: the outlier
 * statistics (fast/spread.ts) must equal sorting (test/engine/fast/select.test.ts).
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
    const v = values[i] ?? Infinity;
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
      return a[k] ?? NaN;
    }
    const pivot = medianOf3(a[lo] ?? NaN, a[(lo + hi) >> 1] ?? NaN, a[hi] ?? NaN);
    // Three-way partition: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] ?? NaN;
      if (v < pivot) {
        a[i] = a[lt] ?? NaN;
        a[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        a[i] = a[gt] ?? NaN;
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
  return a[k] ?? NaN;
}

function medianOf3(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

/** The median the plain way: sort a copy. NaN when `n` is 0. */
export function medianPlain(values: ArrayLike<number>, n: number): number {
  if (n <= 0) return NaN;
  const s = Float64Array.from({ length: n }, (_, i) => values[i] ?? NaN).sort();
  return n % 2 === 1 ? (s[(n - 1) >> 1] ?? NaN) : ((s[n / 2 - 1] ?? NaN) + (s[n / 2] ?? NaN)) / 2;
}
