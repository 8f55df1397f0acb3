import fc from 'fast-check';
import { excelRound, sig15 } from '../../../src/engine/math/round';

/**
 * Reference ROUND on decimal strings with BigInt: the decimal `m / 10^s` rounded half away from
 * zero at `d` decimals, returned as a decimal string for `Number()`.
 */
function referenceRound(m: bigint, s: number, d: number): string {
  if (d >= s) return `${m}e${-s}`;
  const p = 10n ** BigInt(s - d);
  let q = m / p; // BigInt division truncates toward zero
  const r = m % p;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= p) q += m < 0n ? -1n : 1n;
  return `${q}e${-d}`;
}

describe('excelRound — the SPEC §2 examples', () => {
  it('=ROUND(2.675,2) → 2.68 (the double 2.67499999… is 2.675 at 15 digits)', () => {
    expect(excelRound(2.675, 2)).toBe(2.68);
  });
  it('=ROUND(1.005,2) → 1.01 (x*100 would give 100.49999… and round down)', () => {
    expect(excelRound(1.005, 2)).toBe(1.01);
  });
  it('=ROUND(-2.5,0) → -3 (half away from zero)', () => {
    expect(excelRound(-2.5, 0)).toBe(-3);
  });
  it('=ROUND(0.1+0.2,2) → exactly 0.3, so it ties with a typed 0.3', () => {
    expect(excelRound(0.1 + 0.2, 2)).toBe(0.3);
    expect(excelRound(0.1 + 0.2, 2) === excelRound(0.3, 2)).toBe(true);
  });
  it('=ROUND(1234.5678,-2) → 1200', () => {
    expect(excelRound(1234.5678, -2)).toBe(1200);
  });
});

describe('excelRound — more hand-worked cases', () => {
  it.each([
    // [x, digits, expected, the working]
    [2.5, 0, 3, '=ROUND(2.5,0): half goes up, not to even'],
    [0.5, 0, 1, '=ROUND(0.5,0)'],
    [-1.005, 2, -1.01, '=ROUND(-1.005,2): mirror of 1.005'],
    [0.285, 2, 0.29, '0.285 is 0.28499999999999998 as a double; 15 digits → 0.285 → 0.29'],
    [8.345, 2, 8.35, '8.3449999999999997 → 8.34500000000000 → 8.35'],
    [0.995, 2, 1, '0.99499999999999999 → 0.995 → 1.00'],
    [999.5, 0, 1000, 'carry through every 9'],
    [1.23456789, 3, 1.235, '1.234|56789 → next digit 5 → up'],
    [1.2344999, 3, 1.234, '1.234|4999 → next digit 4 → down'],
    [123.456, 5, 123.456, 'fewer decimals than asked: unchanged'],
    [45, -1, 50, '=ROUND(45,-1): tens, half up'],
    [-45, -1, -50, '=ROUND(-45,-1)'],
    [44.9, -1, 40, '=ROUND(44.9,-1)'],
    [5, -1, 10, '=ROUND(5,-1): the only kept digit is the carry'],
    [4.9, -1, 0, '=ROUND(4.9,-1)'],
    [0.05, -1, 0, 'far below the rounding place'],
    [1.5e-10, 10, 2e-10, 'tiny numbers: 1.5e-10 at 10 decimals → 2e-10'],
    [1e20, 2, 1e20, 'large numbers are unchanged'],
    [Number('12345678901234567890'), 0, 12345678901234600000, '15 significant digits first: 1.23456789012346e19'],
    [99.99000000000001, 2, 99.99, 'one step above 99.99, as a float sum can land'],
    [2.4, 0.9, 2, 'fractional digits are truncated: ROUND(2.4,0.9) = ROUND(2.4,0)'],
  ])('ROUND(%p, %p) → %p (%s)', (x, d, expected) => {
    expect(excelRound(x, d)).toBe(expected);
  });

  it('returns 0, never -0, when a negative number rounds to zero (=ROUND(-0.4,0) shows 0)', () => {
    expect(Object.is(excelRound(-0.4, 0), 0)).toBe(true);
    expect(Object.is(excelRound(-0, 2), 0)).toBe(true);
    expect(Object.is(excelRound(-0.004, 2), 0)).toBe(true);
  });

  it('leaves non-finite input unchanged', () => {
    expect(excelRound(NaN, 2)).toBeNaN();
    expect(excelRound(Infinity, 2)).toBe(Infinity);
    expect(excelRound(-Infinity, 0)).toBe(-Infinity);
  });
});

describe('sig15', () => {
  it.each([
    [0.1 + 0.2, 0.3, '0.30000000000000004 → 0.300000000000000'],
    [0.29 * 100, 29, '28.999999999999996 → 29.0000000000000'],
    [1 / 3, 0.333333333333333, '15 threes'],
    [Number('123456789012345678'), 123456789012346000, '18 digits → 15'],
    [2.675, 2.675, 'the double 2.67499999999999982236431605997495353221893310546875'],
  ])('sig15(%p) → %p (%s)', (x, expected) => {
    expect(sig15(x)).toBe(expected);
  });
  it('turns -0 into 0 and leaves non-finite values alone', () => {
    expect(Object.is(sig15(-0), 0)).toBe(true);
    expect(sig15(NaN)).toBeNaN();
    expect(sig15(-Infinity)).toBe(-Infinity);
  });
});

describe('excelRound — properties', () => {
  // A decimal with at most 15 significant digits: m / 10^s, |m| < 10^15.
  const decimal = fc.record({
    m: fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
    s: fc.integer({ min: 0, max: 20 }),
  });

  it('matches a BigInt decimal reference for random decimals', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: -6, max: 12 }), ({ m, s }, d) => {
        const x = Number(`${m}e${-s}`);
        const expected = Number(referenceRound(m, s, d)) + 0; // + 0 turns -0 into 0
        expect(excelRound(x, d)).toBe(expected);
      }),
      { numRuns: 2000, seed: 20261127 },
    );
  });

  it('is idempotent for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -10, max: 15 }), (x, d) => {
        const once = excelRound(x, d);
        expect(excelRound(once, d)).toBe(once);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('never moves a value by more than half a unit of the last kept place (plus the 15-digit step)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = excelRound(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
