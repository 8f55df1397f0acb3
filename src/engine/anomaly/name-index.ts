/**
 * A read-only index from names to positions, for matching this period's units to last period's
 * (PERIOD_JUMP): a name found twice is ambiguous and matches nothing. Built on the engine's hash
 * index (fast/slot-index.ts).
 */
import { fnv1a } from '../fast/hash';
import { SlotIndex } from '../fast/slot-index';

export class NameIndex {
  private readonly keys: readonly string[];
  private readonly index: SlotIndex;
  /** 1 for a key that occurs more than once: it matches nothing. */
  private readonly twice: Uint8Array;

  /**
   * Indexes `keys` (already folded). A key found twice is ambiguous and `find` returns −1 for it.
   * Example: new NameIndex(['a', 'b', 'a']).find('b') === 1, .find('a') === −1, .find('c') === −1.
   */
  constructor(keys: readonly string[]) {
    this.keys = keys;
    this.index = new SlotIndex(keys.length);
    this.twice = new Uint8Array(keys.length);
    keys.forEach((key, i) => {
      const found = this.index.addOrFind(i, fnv1a(key), (j) => keys[j] === key);
      if (found >= 0) this.twice[found] = 1;
    });
  }

  /** Position of `key`, or −1 when it is absent or ambiguous. */
  find(key: string): number {
    const found = this.index.find(fnv1a(key), (j) => this.keys[j] === key);
    return found >= 0 && this.twice[found] === 0 ? found : -1;
  }
}
