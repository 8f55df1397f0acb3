import { starsFor } from '../../../src/engine/grade/stars';

// 【星级】 5 | 95, 4 | 90, 3 | 80
const RULES = [
  { stars: 5, min: 95 },
  { stars: 4, min: 90 },
  { stars: 3, min: 80 },
];

describe('starsFor', () => {
  it.each<[number, number | null, string]>([
    [100, 5, 'above the top threshold'],
    [95, 5, 'exactly 95 reaches 5★'],
    [94.99, 4, 'just below 95'],
    [92, 4, 'between 90 and 95'],
    [80, 3, 'exactly the lowest threshold'],
    [79.99, null, 'below every threshold'],
    [0, null, 'zero'],
  ])('total %p → %p (%s)', (total, expected) => {
    expect(starsFor(total, RULES, false)).toBe(expected);
  });

  it('gives a vetoed unit no stars', () => {
    expect(starsFor(100, RULES, true)).toBeNull();
  });

  it('gives no stars without rules', () => {
    expect(starsFor(100, [], false)).toBeNull();
  });

  it('does not depend on the order of the rules', () => {
    const shuffled = [RULES[2], RULES[0], RULES[1]] as typeof RULES;
    expect(starsFor(96, shuffled, false)).toBe(5);
    expect(starsFor(91, shuffled, false)).toBe(4);
  });

  it('takes the most stars when thresholds are not in star order', () => {
    // A scheme that (oddly) gives 3★ at 60 and 2★ at 90: a 95 reaches both → 3.
    expect(starsFor(95, [{ stars: 2, min: 90 }, { stars: 3, min: 60 }], false)).toBe(3);
  });
});
