/**
 * `shownNumber` without `toPrecision` (SPEC §8 details and messages show numbers to 15 significant
 * digits): `String(x)` is the shortest decimal that reads back as x; when it has at most 15
 * significant digits, it is also x to 15 significant digits (the double's error, < 1.2e-16 of x, is
 * below half a step of the 15th digit, ≥ 5e-16 of x), so `sig15(x) === x` and the two texts are one.
 * Longer ones (0.1 + 0.2 → 0.30000000000000004) take the plain path. Plain: `shownNumberPlain`.
 * Example: shownNumber(86.5) === '86.5'; shownNumber(0.1 + 0.2) === '0.3'.
 */
import { sig15 } from '../math/round';

/** `sig15(x)`, with whole numbers below 10^15 (exact already) returned as they are (-0 as 0). */
export function sig15Whole(x: number): number {
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x === 0 ? 0 : x;
  return sig15(x);
}

/** The plain version: 15 significant digits, no trailing zeros. */
export function shownNumberPlain(x: number): string {
  return String(sig15(x));
}

/** Equals `shownNumberPlain(x)` for every x. */
export function shownNumber(x: number): string {
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x === 0 ? '0' : String(x);
  const s = String(x);
  let digits = 0;
  let leading = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x65 /* e */) break;
    if (c < 0x30 || c > 0x39) continue; // sign, point
    if (leading && c === 0x30) continue;
    leading = false;
    digits++;
  }
  return digits <= 15 ? s : shownNumberPlain(x);
}
