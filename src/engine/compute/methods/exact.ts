/**
 * Exact comparisons with a ratio (SPEC §8.1 "comparisons with a ratio are exact"), and how numbers
 * and ratios are shown in details and messages.
 */
import type { Ratio } from '../../model/scheme';
import { excelRound, sig15 } from '../../math/round';
import { shownNumber as shownFast } from '../../fast/shown-number';

/**
 * The sign of `a × b − c × d`, exactly when all four are whole numbers (BigInt once a product may pass
 * 2^53), else in doubles. Examples: compareProducts(13, 3, 1, 39) === 0 (13/39 is exactly 1/3);
 * compareProducts(14, 3, 1, 40) === 1.
 */
export function compareProducts(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
  const left = a * b;
  const right = c * d;
  const whole = Number.isInteger(a) && Number.isInteger(b) && Number.isInteger(c) && Number.isInteger(d);
  if (whole && !(Math.abs(left) <= Number.MAX_SAFE_INTEGER && Math.abs(right) <= Number.MAX_SAFE_INTEGER)) {
    const l = BigInt(a) * BigInt(b);
    const r = BigInt(c) * BigInt(d);
    return l > r ? 1 : l < r ? -1 : 0;
  }
  return left > right ? 1 : left < right ? -1 : 0;
}

/** `share / whole > ratio`, exactly (`whole` > 0): `share × den > num × whole`. */
export function exceedsShare(share: number, whole: number, ratio: Ratio): boolean {
  return compareProducts(share, ratio.den, ratio.num, whole) > 0;
}

/** A number as a clerk reads it: 15 significant digits, no trailing zeros (`86.5`, `0.85`, `-3`). */
export function shownNumber(x: number): string {
  return shownFast(x); // = String(sig15(x)), see fast/shown-number.ts
}

/** A fraction as a percent with at most 2 decimals: 0.9 → `90%`, 1.234567 → `123.46%`. */
export function shownPercent(x: number): string {
  return `${String(excelRound(x * 100, 2))}%`;
}

/** A ratio as the scheme would write it: `80%`, `12.5%`; a ratio no percent with 2 decimals spells exactly, as `2/3`. */
export function shownRatio(r: Ratio): string {
  const pct = sig15((r.num * 100) / r.den);
  return Number.isInteger(sig15(pct * 100)) ? `${String(pct)}%` : `${shownNumber(r.num)}/${shownNumber(r.den)}`;
}
