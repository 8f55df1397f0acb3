/**
 * Stars (SPEC §4.4, 【星级】).
 */

/**
 * The most stars whose 最低分 the total reaches (total ≥ min); null below every threshold, for a
 * vetoed unit, and when there are no star rules. Rules may come in any order.
 * Example: rules 5★ ≥ 95, 4★ ≥ 90, 3★ ≥ 80: total 92 → 4; total 95 → 5; total 79.99 → null.
 */
export function starsFor(total: number, rules: ReadonlyArray<{ readonly stars: number; readonly min: number }>, vetoed: boolean): number | null {
  if (vetoed) return null;
  let best: number | null = null;
  for (const r of rules) {
    if (total >= r.min && (best === null || r.stars > best)) best = r.stars;
  }
  return best;
}
