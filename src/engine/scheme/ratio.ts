/**
 * Exact ratios (SPEC §8.1 "Ratios": `1/3` is one third, not 0.333): comparing and showing them.
 */
import type { Ratio } from '../model/scheme';
import { showNumber } from './problem';

/**
 * −1, 0 or 1 as `a` is below, equal to or above `b`, compared exactly by cross-multiplying (in
 * BigInt when both are ratios of whole numbers, as every ratio read from a cell is).
 * Example: compareRatio({ num: 1, den: 3 }, { num: 333, den: 1000 }) === 1.
 */
export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const whole = [a.num, a.den, b.num, b.den].every((n) => Number.isSafeInteger(n));
  if (whole) {
    const l = BigInt(a.num) * BigInt(b.den);
    const r = BigInt(b.num) * BigInt(a.den);
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = a.num / a.den;
  const r = b.num / b.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const ZERO: Ratio = { num: 0, den: 1 };
export const HUNDRED_PERCENT: Ratio = { num: 1, den: 1 };

/** True when 0 ≤ r ≤ 100%. */
export function isProportion(r: Ratio): boolean {
  return r.den > 0 && compareRatio(r, ZERO) >= 0 && compareRatio(r, HUNDRED_PERCENT) <= 0;
}

/**
 * A ratio as the clerk wrote it: a percent when its denominator is a power of ten (`80%`, `1.2%`),
 * else `a/b`. Example: showRatio({ num: 12, den: 1000 }) === '1.2%'; showRatio({ num: 2, den: 3 }) === '2/3'.
 */
export function showRatio(r: Ratio): string {
  if (/^10*$/.test(String(r.den))) return `${showNumber((r.num * 100) / r.den)}%`;
  return `${showNumber(r.num)}/${showNumber(r.den)}`;
}
