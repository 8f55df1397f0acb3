/** compute/methods/exact.ts: ratio comparisons by cross-multiplying, exact past 2^53; how ratios are shown. */
import { compareProducts, exceedsShare, shownPercent, shownRatio } from '../../../src/engine/compute/methods/exact';

describe('compareProducts / exceedsShare', () => {
  it('1/3 is one third: 13 of 39 is not over it, 14 of 40 is', () => {
    expect(exceedsShare(13, 39, { num: 1, den: 3 })).toBe(false);
    expect(exceedsShare(14, 40, { num: 1, den: 3 })).toBe(true);
    expect(compareProducts(13, 3, 1, 39)).toBe(0);
  });
  it('past 2^53 it is still exact: 3333333333333333 × 3 = 9999999999999999 < 10^16 (doubles say equal)', () => {
    expect(3333333333333333 * 3).toBe(1e16); // what doubles give
    expect(compareProducts(3333333333333333, 3, 1e16, 1)).toBe(-1);
    // 差票 line written as 0.3333333333333333 (3333333333333333/10^16): 1 vote of 3 is just over it.
    expect(exceedsShare(1, 3, { num: 3333333333333333, den: 1e16 })).toBe(true);
  });
  it('non-whole numbers compare in doubles', () => {
    expect(compareProducts(0.5, 4, 1, 2)).toBe(0);
    expect(compareProducts(0.5, 4, 1, 1.5)).toBe(1);
  });
});

describe('shownRatio / shownPercent', () => {
  it.each([[{ num: 80, den: 100 }, '80%'], [{ num: 2, den: 3 }, '2/3'], [{ num: 1, den: 8 }, '12.5%'], [{ num: 8, den: 10 }, '80%'], [{ num: 120, den: 100 }, '120%']])('%p → %s', (r, text) => {
    expect(shownRatio(r)).toBe(text);
  });
  it('percent with at most 2 decimals', () => {
    expect(shownPercent(29 / 32)).toBe('90.63%');
    expect(shownPercent(0.9)).toBe('90%');
  });
});
