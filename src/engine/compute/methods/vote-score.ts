/**
 * The 测评 formula (SPEC §8.3) `分值 × Σ(count × 得分率) / votes`, evaluated so that a unit whose
 * votes all fall in one level gets exactly what `分值 × 得分率` gives (the property of 8.3's test):
 * the rates are put over one common denominator D and Σ count × (num × D / den) is summed in whole
 * numbers, then `分值 × Σ / (D × votes)` is one division — the double nearest the exact value when
 * 分值 × Σ is exact, as `分值 × num / den` is. Where the whole numbers would pass 2^53 (or a rate is
 * not a ratio of whole numbers) it falls back to the plain sum in doubles.
 */
import type { LevelRule } from '../../model/scheme';

/** Largest common denominator the exact path uses (keeps D × votes and the sums well inside 2^53). */
const MAX_DEN = 1e9;

/** `d`: `commonDenominator(levels)`, which a caller scoring many units works out once. */
export function weightedScore(max: number, counts: ArrayLike<number>, levels: readonly LevelRule[], votes: number, d: number | null = commonDenominator(levels)): number {
  if (d !== null) {
    let sum = 0;
    for (let i = 0; i < levels.length; i++) {
      const rate = levels[i]?.rate;
      if (rate) sum += (counts[i] ?? 0) * rate.num * (d / rate.den);
    }
    const over = d * votes;
    if (Number.isSafeInteger(sum) && Number.isSafeInteger(over)) return (max * sum) / over;
  }
  let sum = 0;
  for (let i = 0; i < levels.length; i++) {
    const rate = levels[i]?.rate;
    if (rate) sum += ((counts[i] ?? 0) * rate.num) / rate.den;
  }
  return (max * sum) / votes;
}

/** The least common multiple of the rates' denominators, or null when one is not a whole number or it passes MAX_DEN. */
export function commonDenominator(levels: readonly LevelRule[]): number | null {
  let d = 1;
  for (const l of levels) {
    const { num, den } = l.rate;
    if (!Number.isInteger(num) || !Number.isInteger(den) || den <= 0) return null;
    d = (d / gcd(d, den)) * den;
    if (d > MAX_DEN) return null;
  }
  return d;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}
