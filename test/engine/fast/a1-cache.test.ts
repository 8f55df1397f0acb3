import fc from 'fast-check';
import { a1 } from '../../../src/engine/address';
import { a1Cached } from '../../../src/engine/fast/a1-cache';

describe('a1Cached equals a1', () => {
  it.each([[6, 3, 'D7'], [0, 0, 'A1'], [3, 26, 'AA4'], [0, 16383, 'XFD1']])('(%d, %d) → %s', (row, col, text) => {
    expect(a1Cached(row, col)).toBe(text);
    expect(a1(row, col)).toBe(text);
  });

  it('on any cell, asked twice (cached)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
      expect(a1Cached(row, col)).toBe(a1(row, col));
      expect(a1Cached(row, col)).toBe(a1(row, col));
    }), { numRuns: 3000 });
  });
});
