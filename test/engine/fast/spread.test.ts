import fc from 'fast-check';
import { spread } from '../../../src/engine/anomaly/stats';
import { spreadByCounts, spreadBySelect, spreadFromCounts } from '../../../src/engine/fast/spread';

const f = (xs: number[]): Float64Array => Float64Array.from(xs);

/** Reference median by sorting a copy (the textbook definition). */
function sortedMedian(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

describe('the two routes to median/MAD/MeanAD agree', () => {
  it('histogram: counts [1, 0, 2] from 2x = 16 (values 8, 9, 9) → median 9, MAD 0, MeanAD 1/3', () => {
    expect(spreadFromCounts(Int32Array.of(1, 0, 2), 16, 3)).toEqual({ n: 3, median: 9, mad: 0, meanAd: 1 / 3 });
  });

  it('histogram route only for multiples of 0.5 within range', () => {
    expect(spreadByCounts(f([1, 2.5, 3]), 3)).not.toBeNull();
    expect(spreadByCounts(f([1, 2.25, 3]), 3)).toBeNull(); // 2.25 is not a half point
    expect(spreadByCounts(f([0, 40000]), 2)).toBeNull(); // 80 000 half-point bins: too wide
  });

  it('half-point scores: counting and quickselect give identical numbers, equal to sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40, max: 200 }), { minLength: 1, maxLength: 400 }), (halves) => {
        const xs = halves.map((h) => h / 2);
        const byCounts = spreadByCounts(f(xs), xs.length);
        const bySelect = spreadBySelect(f(xs), xs.length);
        expect(byCounts).toEqual(bySelect);
        const med = sortedMedian(xs);
        expect(bySelect!.median).toBe(med);
        expect(bySelect!.mad).toBe(sortedMedian(xs.map((x) => Math.abs(x - med))));
        // Every deviation is a multiple of 0.25, so the sum is exact in any order.
        expect(bySelect!.meanAd).toBe(xs.reduce((a, x) => a + Math.abs(x - med), 0) / xs.length);
      }),
    );
  });

  it('any finite numbers: quickselect equals sorting (MeanAD up to summation order)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
        const s = spread(f(xs), xs.length)!;
        const med = sortedMedian(xs);
        // `+ 0` turns −0 into 0: the two routes may differ only in the sign of a zero (found by
        // fast-check: [-0] sorts to a median of −0, the selection gives 0; Excel has no −0).
        expect(s.median + 0).toBe(med + 0);
        expect(s.mad + 0).toBe(sortedMedian(xs.map((x) => Math.abs(x - med))) + 0);
        const mean = xs.reduce((a, x) => a + Math.abs(x - med), 0) / xs.length;
        expect(Math.abs(s.meanAd - mean)).toBeLessThanOrEqual(1e-9 * Math.max(1, mean));
      }),
    );
  });
});
