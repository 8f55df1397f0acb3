import fc from 'fast-check';
import { median, medianPlain, select } from '../../../src/engine/fast/select';

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
        expect(medianPlain(xs, n)).toBe(expected);
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
