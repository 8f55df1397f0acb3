import { unitsByName } from '../../../src/engine/fast/match-rows';
import { fnv1a } from '../../../src/engine/fast/hash';
import fc from 'fast-check';
import { sameKeys, sameKeysIndexed, sameKeysPlain as reference } from '../../../src/engine/fast/same-keys';

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

describe('sameKeysIndexed: the index the duplicate check filled, reused by the 来源表 matching', () => {
  it('without repeats it is the index unitsByName makes: every key found at its own place', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', '党', '镇', ' '), maxLength: 4 }), { maxLength: 60 }), (keys) => {
        const { lists, index } = sameKeysIndexed(keys);
        expect(lists).toEqual([]);
        const made = unitsByName(keys);
        expect(made).not.toBeNull();
        keys.forEach((k, i) => {
          expect(index.find(fnv1a(k), (j) => keys[j] === k)).toBe(i);
          expect(made?.index.find(fnv1a(k), (j) => keys[j] === k)).toBe(i);
        });
        expect(index.find(fnv1a('不在其中'), (j) => keys[j] === '不在其中')).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });
  it('with a repeat: the lists say so, and unitsByName has no index either', () => {
    expect(sameKeysIndexed(['城关镇', '河口镇', '城关镇']).lists).toEqual([[0, 2]]);
    expect(unitsByName(['城关镇', '河口镇', '城关镇'])).toBeNull();
  });
});
