import fc from 'fast-check';
import { sameKeys, sameKeysPlain as reference } from '../../../src/engine/fast/same-keys';

describe('sameKeys', () => {
  it('lists each repeated key once, its indexes in order, by second occurrence', () => {
    expect(sameKeys(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([[0, 2, 5], [1, 4]]);
    expect(sameKeys(['b', 'a', 'a', 'b'])).toEqual([[1, 2], [0, 3]]);
  });
  it('finds nothing among distinct keys, or none', () => {
    expect(sameKeys([])).toEqual([]);
    expect(sameKeys(['单位01', '单位02', '单位1'])).toEqual([]);
  });
  it('tells apart keys that differ only past the first characters, and the empty string', () => {
    expect(sameKeys(['', '党支部一', '党支部二', '', '党支部一'])).toEqual([[0, 3], [1, 4]]);
  });
  it('agrees with a Map on arbitrary keys (few distinct letters: many collisions)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '党', '\u0000'), maxLength: 3 }), { maxLength: 200 }), (keys) => {
        expect(sameKeys(keys)).toEqual(reference(keys));
      }),
      { numRuns: 300 },
    );
  });
  it('handles 100,000 distinct names and one repeat at the ends', () => {
    const names = Array.from({ length: 100000 }, (_, i) => `单位${String(i).padStart(6, '0')}`);
    names.push('单位000000');
    expect(sameKeys(names)).toEqual([[0, 100000]]);
  });
});
