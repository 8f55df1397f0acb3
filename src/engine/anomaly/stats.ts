/**
 * Robust location and spread for the OUTLIER flag: median, MAD and mean absolute deviation, each
 * in O(n), never by sorting the whole sample (the two routes, histogram and quickselect, are in
 * fast/spread.ts).
 */
import { spreadByCounts, spreadBySelect, type Spread } from '../fast/spread';

export type { Spread };

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
