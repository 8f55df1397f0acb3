import fc from 'fast-check';
import { median, modifiedZ, select, spread } from '../../../src/engine/anomaly/stats';

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
