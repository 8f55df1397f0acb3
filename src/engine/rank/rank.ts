/**
 * Ranking within one scope (SPEC §3), O(n log n).
 */
import { sig15 } from '../math/round';
import type { RankMethod, VetoRankPolicy } from '../model/scheme';
import { orderByKey, rankKeys } from '../fast/rank-keys';

export type { RankMethod, VetoRankPolicy };

export interface RankEntry {
  readonly vetoed: boolean;
  /** The rounded total; compared exactly. */
  readonly total: number;
  /** 同分比较 points, in order; compared after `sig15`. A missing key counts below any present one. */
  readonly tieKeys: readonly number[];
}

export interface Ranking {
  /** Per entry (input order): its rank, or null for a vetoed entry under `不排名`. */
  readonly ranks: (number | null)[];
  /** Entry indexes in rank order; tied entries keep their input order. Vetoed entries under `不排名` come last. */
  readonly order: number[];
  /** Per entry (input order): a tie-group id, 0, 1, 2… in rank order. Equal ids ⇔ tied. */
  readonly position: number[];
}

const NO_KEYS: number[] = [];

/**
 * Ranks entries (SPEC §3). Order: under `末位` and `不排名` every unvetoed entry before every vetoed
 * one; then total descending; then `tieKeys` descending, compared in order. Entries equal on all of
 * these are tied. NaN totals or keys count below every number.
 * - `美式` (Excel `RANK.EQ`): rank = 1 + the number of entries strictly ahead → 1, 2, 2, 4.
 * - `中国式` (dense): rank = 1 + the number of distinct positions strictly ahead → 1, 2, 2, 3.
 * - `不排名`: vetoed entries get rank null and are not counted for anyone's rank, but they are in
 *   `order` (after all unvetoed, by total) and have a `position`, so grading can use them.
 * - `正常`: vetoed entries are ranked like any other.
 * Example: totals [90, 95, 90, 80] → 美式 ranks [2, 1, 2, 4], 中国式 [2, 1, 2, 3], order [1, 0, 2, 3],
 * position [1, 0, 1, 2].
 */
export function rankEntries(entries: readonly RankEntry[], method: RankMethod, policy: VetoRankPolicy): Ranking {
  const n = entries.length;
  const vetoed = new Uint8Array(n);
  const totals = new Float64Array(n);
  let anyKeys = false;
  for (let i = 0; i < n; i++) {
    const e = entries[i] as RankEntry;
    vetoed[i] = e.vetoed ? 1 : 0;
    totals[i] = e.total;
    if (e.tieKeys.length) anyKeys = true;
  }
  const keys = anyKeys ? entries.map((e) => (e.tieKeys.length === 0 ? NO_KEYS : e.tieKeys.map(sig15))) : null;
  return rankArrays(vetoed, totals, keys, method, policy);
}

/**
 * `rankEntries` on flat arrays (no object per entry): `vetoed[i]` 1 or 0, `totals[i]`, and
 * `keys[i]` the entry's 同分比较 keys already passed through `sig15` (null: no entry has keys).
 * Example: rankArrays(Uint8Array.of(0, 0), Float64Array.of(90, 95), null, '美式', '末位').ranks → [2, 1].
 */
export function rankArrays(vetoed: Uint8Array, totals: Float64Array, tieKeys: ReadonlyArray<readonly number[]> | null, method: RankMethod, policy: VetoRankPolicy): Ranking {
  const n = totals.length;
  const vetoFirst = policy !== '正常';
  // late = "sorts after every unvetoed entry".
  const late = vetoFirst ? vetoed : new Uint8Array(n);

  const compare = (a: number, b: number): number => {
    const byVeto = (late[a] ?? 0) - (late[b] ?? 0);
    if (byVeto !== 0) return byVeto;
    const byTotal = descending(totals[a], totals[b]);
    if (byTotal !== 0) return byTotal;
    const ka = tieKeys?.[a] ?? NO_KEYS;
    const kb = tieKeys?.[b] ?? NO_KEYS;
    const len = ka.length > kb.length ? ka.length : kb.length;
    for (let k = 0; k < len; k++) {
      const byKey = descending(ka[k], kb[k]);
      if (byKey !== 0) return byKey;
    }
    return 0;
  };

  // Without 同分比较 keys, a unit's place is fixed by (late, total) alone: one integer key each and a
  // counting sort (fast/rank-keys.ts), the same order as the comparator, ties in input order.
  const keyed = tieKeys === null || tieKeys.every((k) => k.length === 0) ? rankKeys(late, totals) : null;
  let order: number[];
  if (keyed) order = orderByKey(keyed);
  else {
    order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => compare(a, b) || a - b);
  }
  const tiedWith = keyed ? (a: number, b: number): boolean => keyed[a] === keyed[b] : (a: number, b: number): boolean => compare(a, b) === 0;

  const ranks: (number | null)[] = new Array<number | null>(n).fill(null);
  const position: number[] = new Array<number>(n).fill(0);
  const counted = (i: number): boolean => !(policy === '不排名' && vetoed[i] === 1);

  let group = -1;
  let countedAhead = 0; // counted entries in earlier groups
  let groupsAhead = 0; // earlier groups holding a counted entry
  let countedInGroup = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p] ?? 0;
    if (p === 0 || !tiedWith(order[p - 1] ?? 0, i)) {
      countedAhead += countedInGroup;
      if (countedInGroup > 0) groupsAhead++;
      countedInGroup = 0;
      group++;
    }
    position[i] = group;
    if (counted(i)) {
      ranks[i] = 1 + (method === '美式' ? countedAhead : groupsAhead);
      countedInGroup++;
    }
  }
  return { ranks, order, position };
}

/** Descending comparison with NaN and missing values below every number. */
function descending(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a !== undefined && b !== undefined && a === a && b === b) return a > b ? -1 : 1; // neither NaN
  const aOk = a !== undefined && !Number.isNaN(a);
  const bOk = b !== undefined && !Number.isNaN(b);
  return aOk === bOk ? 0 : aOk ? -1 : 1;
}
