import fc from 'fast-check';
import { shownNumber, shownNumberPlain, sig15Whole } from '../../../src/engine/fast/shown-number';
import { sig15 } from '../../../src/engine/math/round';

describe('shownNumber (fast) equals String(sig15(x))', () => {
  it.each([
    [86.5, '86.5'],
    [0.1 + 0.2, '0.3'], // 0.30000000000000004: 17 digits, the plain path
    [90.1 - 70.1, '20'], // 19.999999999999993 → 15 digits: 20.0000000000000
    [-3, '-3'],
    [-0, '0'],
    [0.85, '0.85'],
    [123456789012345, '123456789012345'],
    [1234567890123456, '1234567890123460'], // 16 digits: sig15 rounds the last
    [1e21, '1e+21'],
    [1.5e-7, '1.5e-7'],
    [86.14285714285714, '86.1428571428571'],
  ])('%p → %s', (x, text) => {
    expect(shownNumber(x)).toBe(text);
    expect(shownNumberPlain(x)).toBe(text);
  });

  it('agrees with the plain version on any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (x) => {
      expect(shownNumber(x)).toBe(shownNumberPlain(x));
    }), { numRuns: 5000 });
  });

  it('agrees on sums and quotients of short decimals (scores, means, rates)', () => {
    fc.assert(fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 1, max: 1000 }), (a, b) => {
      for (const x of [a / b, a / 100 + b / 10, (a * 0.1) / b]) expect(shownNumber(x)).toBe(shownNumberPlain(x));
    }), { numRuns: 5000 });
  });
});

describe('sig15Whole equals sig15', () => {
  it.each([[2000, 2000], [-0, 0], [1e15, 1e15], [1234567890123456, 1234567890123460], [0.1 + 0.2, 0.3]])('%p → %p', (x, y) => {
    expect(Object.is(sig15Whole(x), y)).toBe(true);
    expect(Object.is(sig15(x), y)).toBe(true);
  });

  it('agrees with sig15 on any double', () => {
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true }), fc.integer().map((i) => i * 1000)), (x) => {
      expect(Object.is(sig15Whole(x), sig15(x))).toBe(true);
    }), { numRuns: 5000 });
  });
});
