/** Numbers as anomaly messages show them. */

/**
 * A number for a message: at most 4 decimals, trailing zeros dropped, no binary noise, no -0.
 * Example: fmt(0.1 + 0.2) === '0.3', fmt(82.25) === '82.25', fmt(1 / 3) === '0.3333'.
 */
export function fmt(x: number): string {
  const s = String(x);
  if (!Number.isFinite(x)) return s;
  // Fast path: the shortest form already has at most 4 decimals (most scores, medians, totals).
  const dot = s.indexOf('.');
  if (!s.includes('e') && (dot < 0 || s.length - dot - 1 <= 4)) return s;
  const v = Number(x.toFixed(4));
  return String(v === 0 ? 0 : v);
}

/** Exactly two decimals, sign kept: for z-scores. Example: fixed2(-4.7215) === '-4.72'. */
export function fixed2(x: number): string {
  const t = x.toFixed(2);
  return t === '-0.00' ? '0.00' : t;
}

/** A signed difference. Example: signed(15.01) === '+15.01', signed(-3) === '-3'. */
export function signed(x: number): string {
  const t = fmt(x);
  return x > 0 && t !== '0' ? `+${t}` : t;
}
