import fc from 'fast-check';
import { median, modifiedZ, select, spread, spreadByCounts, spreadBySelect, spreadFromCounts } from '../../../src/engine/anomaly/stats';

const f = (xs: number[]): Float64Array => Float64Array.from(xs);

describe('median (quickselect)', () => {
  it.each([
    // [sample, median, working]
    [[5], 5, 'one value'],
    [[3, 1, 2], 2, 'sorted 1,2,3 → middle 2'],
    [[3, 1, 4, 1], 2, 'sorted 1,1,3,4 → (1+3)/2'],
    [[7, 7, 7, 7, 7, 7], 7, 'all equal'],
    [[2, 8, 8, 8.5, 8.5, 9, 9, 9.5], 8.5, 'sorted 2,8,8,8.5,8.5,9,9,9.5 → (8.5+8.5)/2'],
    [[10, 10, 10, 10, 10, 10, 9, 5], 10, 'sorted 5,9,10×6 → (10+10)/2'],
  ])('median of %j is %d (%s)', (xs, m) => {
    expect(median(f(xs), xs.length)).toBe(m);
  });

  it('uses only the first n entries and is NaN for n = 0', () => {
    expect(median(f([1, 2, 3, 1000, 1000]), 3)).toBe(2);
    expect(median(f([]), 0)).toBeNaN();
  });

  it('agrees with sorting on arbitrary samples (many ties included)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 300 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const n = sorted.length;
        const expected = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
        expect(median(f(xs), n)).toBe(expected);
        const k = (xs[0]! + 20) % n; // some position that depends on the data
        expect(select(f(xs), n, k)).toBe(sorted[k]);
      }),
    );
  });

  it('stays fast on adversarial orders (sorted, reversed, organ-pipe)', () => {
    const n = 200_000;
    const up = Array.from({ length: n }, (_, i) => i);
    const pipe = Array.from({ length: n }, (_, i) => Math.min(i, n - i));
    // Medians by hand: 0..199999 → (99999+100000)/2 = 99999.5; organ pipe holds 0, then 1..99999
    // twice and 100000 once, so its middle values (positions 99999 and 100000 of 200000) are 50000, 50000.
    expect(median(f(up), n)).toBe(99999.5);
    expect(median(f([...up].reverse()), n)).toBe(99999.5);
    expect(median(f(pipe), n)).toBe(50000);
  });
});

describe('spread and modifiedZ', () => {
  it('1, 2, 3, 4, 100: median 3, deviations 2,1,0,1,97 → MAD 1, MeanAD 101/5 = 20.2', () => {
    const s = spread(f([1, 2, 3, 4, 100]), 5)!;
    expect(s).toEqual({ n: 5, median: 3, mad: 1, meanAd: 20.2 });
    // 0.6745·(100 − 3)/1 = 65.4265
    expect(modifiedZ(100, s)).toBeCloseTo(65.4265, 10);
  });

  it('MAD 0 falls back to MeanAD: 10×6, 9, 5 → median 10, MAD 0, MeanAD 6/8 = 0.75', () => {
    const s = spread(f([10, 10, 10, 10, 10, 10, 9, 5]), 8)!;
    expect(s.mad).toBe(0);
    expect(s.meanAd).toBe(0.75);
    // (5 − 10)/(1.253314·0.75) = −5/0.9399855 = −5.319231…
    expect(modifiedZ(5, s)).toBeCloseTo(-5.319231, 5);
  });

  it('no spread at all: no z-score', () => {
    const s = spread(f([4, 4, 4, 4]), 4)!;
    expect(modifiedZ(4, s)).toBeNull();
    expect(modifiedZ(9, s)).toBeNull();
    expect(spread(f([]), 0)).toBeNull();
  });
});

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
