import fc from 'fast-check';
import { FNV1A_OFFSET, fnv1a, fnv1aInt, fnv1aNumber } from '../../../src/engine/fast/hash';
import { SlotIndex } from '../../../src/engine/fast/slot-index';

/** FNV-1a by the book, over the UTF-16 code units, with BigInt arithmetic mod 2^32. */
function reference(s: string): number {
  let h = 0x811c9dc5n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x01000193n) % 2n ** 32n;
  return Number(h);
}

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('') >>> 0).toBe(0x811c9dc5);
    expect(fnv1a('a') >>> 0).toBe(0xe40c292c);
    expect(fnv1a('foobar') >>> 0).toBe(0xbf9cf968);
  });
  it('equals the textbook definition on any string, and continues a hash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(fnv1a(a) >>> 0).toBe(reference(a));
        expect(fnv1a(b, fnv1a(a))).toBe(fnv1a(a + b));
      }),
    );
  });
  it('hashes numbers alike when they compare equal (0 and −0), halves through 2x', () => {
    expect(fnv1aNumber(FNV1A_OFFSET, 0)).toBe(fnv1aNumber(FNV1A_OFFSET, -0));
    expect(fnv1aNumber(FNV1A_OFFSET, 7.5)).toBe(fnv1aInt(FNV1A_OFFSET, 15));
    expect(fnv1aNumber(FNV1A_OFFSET, 0.1)).not.toBe(fnv1aNumber(FNV1A_OFFSET, 0.2));
  });
});

describe('SlotIndex', () => {
  it('agrees with a Map from key to first index, even when every hash collides', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '党'), maxLength: 3 }), { maxLength: 100 }), fc.boolean(), (keys, collide) => {
        const hash = (k: string): number => (collide ? 7 : fnv1a(k));
        const index = new SlotIndex(keys.length);
        const first = new Map<string, number>();
        keys.forEach((k, i) => {
          expect(index.addOrFind(i, hash(k), (j) => keys[j] === k)).toBe(first.get(k) ?? -1);
          if (!first.has(k)) first.set(k, i);
        });
        for (const k of ['a', 'b', 'c', '党', 'ab', '']) expect(index.find(hash(k), (j) => keys[j] === k)).toBe(first.get(k) ?? -1);
      }),
      { numRuns: 300 },
    );
  });
});
