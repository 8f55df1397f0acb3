/**
 * Grade quotas (SPEC §4, 【基本设置】 比例取整).
 */
import { excelRound, sig15 } from '../math/round';
import type { QuotaRounding } from '../model/scheme';

/**
 * The number of places a grade with 比例上限 `fraction` has among `n` units: N × p, taken to 15
 * significant digits first (so 100 × 0.29 = 28.999999999999996 counts as 29), then rounded
 * `向下` (floor) or `四舍五入` (half up). Never negative; 0 for a non-finite product.
 * Examples (向下 / 四舍五入): 10 × 20% = 2 → 2 / 2; 12 × 20% = 2.4 → 2 / 2; 13 × 30% = 3.9 → 3 / 4;
 * 5 × 10% = 0.5 → 0 / 1.
 */
export function quotaCount(n: number, fraction: number, rounding: QuotaRounding): number {
  const x = sig15(n * fraction);
  if (!Number.isFinite(x) || x <= 0) return 0;
  return rounding === '向下' ? Math.floor(x) : excelRound(x, 0);
}
