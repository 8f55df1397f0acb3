/**
 * Finding equal strings among many (duplicate unit names) through the hash index (slot-index.ts),
 * with `sameKeysPlain` (a `Map`) beside it: both give the same lists (test/engine/fast/same-keys.test.ts).
 */
import { fnv1a } from './hash';
import { SlotIndex } from './slot-index';

/**
 * Indexes of the keys that occur more than once, one list per distinct key, each in index order;
 * the lists in order of their key's second occurrence. Example: ['a', 'b', 'a', 'c', 'b', 'a']
 * → [[0, 2, 5], [1, 4]].
 */
export function sameKeys(keys: readonly string[]): number[][] {
  return sameKeysIndexed(keys).lists;
}

/**
 * `sameKeys`, and the index it filled: every key's first occurrence under its FNV-1a hash — when no key
 * occurs twice, the index of every key (fast/match-rows.ts `unitsByName` gives the same one).
 */
export function sameKeysIndexed(keys: readonly string[]): { lists: number[][]; index: SlotIndex } {
  const n = keys.length;
  const index = new SlotIndex(n);
  let lists: Map<number, number[]> | null = null;
  for (let i = 0; i < n; i++) {
    const key = keys[i] ?? '';
    const first = index.addOrFind(i, fnv1a(key), (j) => keys[j] === key);
    if (first < 0) continue;
    lists ??= new Map<number, number[]>();
    const list = lists.get(first);
    if (list) list.push(i);
    else lists.set(first, [first, i]);
  }
  return { lists: lists ? [...lists.values()] : [], index };
}

/** `sameKeys` the plain way: a `Map` from key to its indexes. */
export function sameKeysPlain(keys: readonly string[]): number[][] {
  const at = new Map<string, number[]>();
  const order: string[] = [];
  keys.forEach((k, i) => {
    const list = at.get(k);
    if (!list) at.set(k, [i]);
    else {
      list.push(i);
      if (list.length === 2) order.push(k);
    }
  });
  return order.map((k) => at.get(k) ?? []);
}
