/**
 * Excel's number semantics for totals (SPEC §2 step 4): 15 significant digits, then ROUND.
 * Works on decimal strings, never on `x * 10^d` (which turns 1.005 into 1.00499… and rounds down).
 */

/**
 * `x` taken to 15 significant digits, as Excel stores and compares numbers.
 * Non-finite input is returned unchanged; -0 becomes 0.
 * Example: sig15(0.1 + 0.2) === 0.3 (0.30000000000000004 → 0.300000000000000).
 */
export function sig15(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  return Number(x.toPrecision(15));
}

/**
 * Excel `ROUND(x, digits)`: `x` is first taken to 15 significant digits, then rounded half away
 * from zero at `digits` decimals (`digits` ≤ 0 rounds to units, tens, hundreds…; a fractional
 * `digits` is truncated toward zero, as Excel does). The result is the double nearest to the
 * rounded decimal, so it compares equal (`===`) to the same decimal written as a literal.
 * Non-finite input is returned unchanged; a result of -0 is returned as 0.
 * Examples: excelRound(2.675, 2) === 2.68 (`=ROUND(2.675,2)`), excelRound(1.005, 2) === 1.01,
 * excelRound(-2.5, 0) === -3, excelRound(1234.5678, -2) === 1200.
 */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  const d = Number.isFinite(digits) ? Math.trunc(digits) : 0;
  const fast = roundFast(x, d);
  if (fast !== null) return fast;
  // toExponential(14): 15 significant digits, correctly rounded from the exact binary value.
  const exp = Math.abs(x).toExponential(14); // "d.dddddddddddddde±n"
  const ePos = exp.indexOf('e');
  const mantissa = exp.slice(0, 1) + exp.slice(2, ePos); // 15 digits, first one non-zero
  const e = Number(exp.slice(ePos + 1)); // mantissa[0] sits at 10^e
  // Number of mantissa digits at or above 10^-d.
  const keep = e + 1 + d;
  if (keep >= mantissa.length) return x < 0 ? -Number(exp) : Number(exp);
  if (keep < 0) return 0; // |x| < 10^(-d-1): rounds to 0
  let kept = mantissa.slice(0, keep);
  if (mantissa.charCodeAt(keep) >= 0x35 /* '5' */) kept = incrementDigits(kept);
  const magnitude = Number(`${kept === '' ? '0' : kept}e${-d}`);
  if (magnitude === 0) return 0;
  return x < 0 ? -magnitude : magnitude;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * The common case without strings: when |x|·10^d is below 10^9 and its fraction is not within 10^-6
 * of one half, neither the 15-digit step nor the multiplication's rounding error (< 10^-7 there) can
 * change which way it rounds, and `integer / 10^d` is correctly rounded by IEEE division, i.e. the
 * double nearest to the decimal result. Near halves (2.675, 1.005) return null → the string path.
 */
function roundFast(x: number, d: number): number | null {
  if (d < 0 || d > 10) return null;
  const p = POW10[d] ?? NaN; // d is 0..10: always found (NaN would take the slow path)
  const s = Math.abs(x) * p;
  if (!(s < 1e9)) return null;
  const whole = Math.floor(s);
  const frac = s - whole;
  if (Math.abs(frac - 0.5) <= 1e-6) return null;
  const r = (frac > 0.5 ? whole + 1 : whole) / p;
  if (r === 0) return 0;
  return x < 0 ? -r : r;
}

/** Adds one to a string of decimal digits ('' counts as 0): '129' → '130', '99' → '100'. */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === '9') {
    chars[i] = '0';
    i--;
  }
  if (i < 0) return '1' + chars.join('');
  chars[i] = String(Number(chars[i]) + 1);
  return chars.join('');
}
