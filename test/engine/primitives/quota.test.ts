import fc from 'fast-check';
import { quotaCount } from '../../../src/engine/grade/quota';

describe('quotaCount — hand-worked (N × p, then 向下 / 四舍五入)', () => {
  it.each<[number, number, number, number, string]>([
    [10, 0.2, 2, 2, '10 × 20% = 2'],
    [12, 0.2, 2, 2, '12 × 20% = 2.4'],
    [13, 0.3, 3, 4, '13 × 30% = 3.9'],
    [5, 0.1, 0, 1, '5 × 10% = 0.5: half goes up'],
    [45, 0.1, 4, 5, '45 × 10% = 4.5'],
    [3, 0.5, 1, 2, '3 × 50% = 1.5'],
    [100, 0.29, 29, 29, '100 × 0.29 = 28.999999999999996 in floating point; 15 digits → 29'],
    [100, 0.57, 57, 57, '100 × 0.57 = 56.99999999999999 → 57'],
    [90, 0.7, 63, 63, '90 × 0.7 = 62.99999999999999 → 63'],
    [50, 0.14, 7, 7, '50 × 0.14 = 7.000000000000001 → 7'],
    [50, 0.29, 14, 15, '50 × 0.29 = 14.499999999999998 → 14.5: a true half, so 四舍五入 gives 15'],
    [45, 0.7, 31, 32, '45 × 0.7 = 31.499999999999996 → 31.5'],
    [10, 0.07, 0, 1, '10 × 0.07 = 0.7000000000000001 → 0.7'],
    [7, 0.15, 1, 1, '7 × 15% = 1.05'],
    [0, 0.2, 0, 0, 'no units'],
    [10, 0, 0, 0, 'no places'],
    [10, 1, 10, 10, '100%'],
  ])('%p units × %p → 向下 %p, 四舍五入 %p (%s)', (n, p, down, half) => {
    expect(quotaCount(n, p, '向下')).toBe(down);
    expect(quotaCount(n, p, '四舍五入')).toBe(half);
  });

  it('is never negative, and 0 for a non-finite product', () => {
    expect(quotaCount(10, -0.2, '向下')).toBe(0);
    expect(quotaCount(10, -0.2, '四舍五入')).toBe(0);
    expect(quotaCount(10, NaN, '四舍五入')).toBe(0);
    expect(quotaCount(Infinity, 0.2, '向下')).toBe(0);
  });
});

describe('quotaCount — properties', () => {
  it('matches integer arithmetic for whole percents: floor(N·k/100) and floor((N·k + 50)/100)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100 }), (n, k) => {
        const p = Number(`${k}e-2`); // the double nearest k%, as the scheme reader gives it
        expect(quotaCount(n, p, '向下')).toBe(Math.floor((n * k) / 100));
        expect(quotaCount(n, p, '四舍五入')).toBe(Math.floor((n * k + 50) / 100));
      }),
      { numRuns: 3000, seed: 1 },
    );
  });

  it('stays within 0..N, and 四舍五入 is 向下 or one more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const down = quotaCount(n, p, '向下');
        const half = quotaCount(n, p, '四舍五入');
        expect(down).toBeGreaterThanOrEqual(0);
        expect(half).toBeLessThanOrEqual(n);
        expect(half - down === 0 || half - down === 1).toBe(true);
      }),
      { numRuns: 2000, seed: 2 },
    );
  });
});
