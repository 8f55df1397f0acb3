import fc from 'fast-check';
import { rankEntries, type RankEntry, type RankMethod, type VetoRankPolicy } from '../../../src/engine/rank/rank';

const e = (total: number, vetoed = false, tieKeys: number[] = []): RankEntry => ({ total, vetoed, tieKeys });

describe('rankEntries — 美式 and 中国式', () => {
  it('totals 90, 95, 90, 80 in B2:B5', () => {
    // =RANK.EQ(B2,$B$2:$B$5) → 2, 1, 2, 4
    // 中国式 =SUMPRODUCT(($B$2:$B$5>B2)/COUNTIF($B$2:$B$5,$B$2:$B$5))+1 → 2, 1, 2, 3
    const entries = [e(90), e(95), e(90), e(80)];
    expect(rankEntries(entries, '美式', '末位')).toEqual({ ranks: [2, 1, 2, 4], order: [1, 0, 2, 3], position: [1, 0, 1, 2] });
    expect(rankEntries(entries, '中国式', '末位')).toEqual({ ranks: [2, 1, 2, 3], order: [1, 0, 2, 3], position: [1, 0, 1, 2] });
  });

  it('a three-way tie at the top: 88, 92, 92, 92, 75, 88', () => {
    // RANK.EQ: the 92s → 1; the 88s have three ahead → 4; 75 has five ahead → 6.
    // 中国式: 92 → 1, 88 → 2, 75 → 3.
    const entries = [e(88), e(92), e(92), e(92), e(75), e(88)];
    const us = rankEntries(entries, '美式', '末位');
    expect(us.ranks).toEqual([4, 1, 1, 1, 6, 4]);
    expect(us.order).toEqual([1, 2, 3, 0, 5, 4]); // ties keep input order
    expect(us.position).toEqual([1, 0, 0, 0, 2, 1]);
    expect(rankEntries(entries, '中国式', '末位').ranks).toEqual([2, 1, 1, 1, 3, 2]);
  });

  it('handles no entries and one entry', () => {
    expect(rankEntries([], '美式', '末位')).toEqual({ ranks: [], order: [], position: [] });
    expect(rankEntries([e(0)], '中国式', '不排名')).toEqual({ ranks: [1], order: [0], position: [0] });
  });

  it('compares totals exactly: 0.1+0.2 and 0.3 differ unless the caller rounds', () => {
    expect(rankEntries([e(0.3), e(0.1 + 0.2)], '美式', '末位').ranks).toEqual([2, 1]);
  });

  it('puts a NaN total after every number', () => {
    expect(rankEntries([e(NaN), e(-5), e(10)], '美式', '正常').ranks).toEqual([3, 2, 1]);
  });
});

describe('rankEntries — 同分比较 (tie keys)', () => {
  it('breaks total ties by the keys in order', () => {
    // All totals 90. Keys: A (10,5), B (10,6), C (12,0), D (10,6).
    // C first (12); B and D tied (10,6); A last (10,5).
    const entries = [e(90, false, [10, 5]), e(90, false, [10, 6]), e(90, false, [12, 0]), e(90, false, [10, 6])];
    const us = rankEntries(entries, '美式', '末位');
    expect(us.ranks).toEqual([4, 2, 1, 2]);
    expect(us.order).toEqual([2, 1, 3, 0]);
    expect(us.position).toEqual([2, 1, 0, 1]);
    expect(rankEntries(entries, '中国式', '末位').ranks).toEqual([3, 2, 1, 2]);
  });

  it('the total still decides first', () => {
    expect(rankEntries([e(89, false, [100]), e(90, false, [0])], '美式', '末位').ranks).toEqual([2, 1]);
  });

  it('compares keys at 15 significant digits: 0.1+0.2 ties with 0.3', () => {
    const r = rankEntries([e(90, false, [0.1 + 0.2]), e(90, false, [0.3])], '美式', '末位');
    expect(r.ranks).toEqual([1, 1]);
    expect(r.position).toEqual([0, 0]);
  });

  it('a missing key counts below a present one', () => {
    expect(rankEntries([e(90, false, []), e(90, false, [0])], '美式', '末位').ranks).toEqual([2, 1]);
  });
});

describe('rankEntries — vetoed units', () => {
  // A 95 vetoed, B 90, C 85, D 90 vetoed, E 70.
  const entries = [e(95, true), e(90), e(85), e(90, true), e(70)];

  it('末位: every vetoed unit after every unvetoed one', () => {
    // Order B 90, C 85, E 70 | A 95, D 90 → 1, 2, 3, 4, 5.
    expect(rankEntries(entries, '美式', '末位')).toEqual({
      ranks: [4, 1, 2, 5, 3],
      order: [1, 2, 4, 0, 3],
      position: [3, 0, 1, 4, 2],
    });
    expect(rankEntries(entries, '中国式', '末位').ranks).toEqual([4, 1, 2, 5, 3]);
  });

  it('不排名: vetoed units get no rank, are not counted, and come last in order', () => {
    expect(rankEntries(entries, '美式', '不排名')).toEqual({
      ranks: [null, 1, 2, null, 3],
      order: [1, 2, 4, 0, 3],
      position: [3, 0, 1, 4, 2],
    });
    expect(rankEntries(entries, '中国式', '不排名').ranks).toEqual([null, 1, 2, null, 3]);
  });

  it('正常: vetoed units are ranked like any other', () => {
    // A 95 → 1; B 90 and D 90 → 2; C 85 → 4; E 70 → 5 (=RANK.EQ over 95, 90, 85, 90, 70).
    const us = rankEntries(entries, '美式', '正常');
    expect(us.ranks).toEqual([1, 2, 4, 2, 5]);
    expect(us.order).toEqual([0, 1, 3, 2, 4]);
    expect(us.position).toEqual([0, 1, 2, 1, 3]);
    // 中国式: 95 → 1, 90 → 2, 85 → 3, 70 → 4.
    expect(rankEntries(entries, '中国式', '正常').ranks).toEqual([1, 2, 3, 2, 4]);
  });

  it('末位: a vetoed unit never ties with an unvetoed one of the same total; vetoed units tie among themselves', () => {
    // B 90, V 90 vetoed, W 80 vetoed, X 80 vetoed → B 1, V 2, W and X 3 (美式) / 3 (中国式).
    const r = rankEntries([e(90), e(90, true), e(80, true), e(80, true)], '美式', '末位');
    expect(r.ranks).toEqual([1, 2, 3, 3]);
    expect(r.position).toEqual([0, 1, 2, 2]);
  });

  it('不排名 with a vetoed unit tied on total: it does not push later ranks down', () => {
    // B 90, D 90 vetoed, C 85 → B 1, C 2 (D is not counted); under 正常, C would be 3.
    const entries2 = [e(90), e(90, true), e(85)];
    expect(rankEntries(entries2, '美式', '不排名').ranks).toEqual([1, null, 2]);
    expect(rankEntries(entries2, '美式', '正常').ranks).toEqual([1, 1, 3]);
  });
});

// ---- properties ----

const METHODS: RankMethod[] = ['美式', '中国式'];
const POLICIES: VetoRankPolicy[] = ['末位', '不排名', '正常'];

// Small value ranges, so that ties are common.
const entryArb = fc.record({
  vetoed: fc.boolean(),
  total: fc.integer({ min: 0, max: 6 }).map((t) => t * 10),
  tieKeys: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 2 }),
});
// Half the cases have no 同分比较 keys at all (the integer-key sort), half have two (the comparator).
const caseArb = fc.record({
  entries: fc.array(entryArb, { maxLength: 30 }),
  method: fc.constantFrom(...METHODS),
  policy: fc.constantFrom(...POLICIES),
  keyless: fc.boolean(),
}).map(({ entries, method, policy, keyless }) => ({ entries: keyless ? entries.map((e) => ({ ...e, tieKeys: [] })) : entries, method, policy }));
const RUNS = { numRuns: 500, seed: 42 };

/** Independent reference: is `a` strictly ahead of `b`? (Keys here are small integers, no sig15 needed.) */
function ahead(a: RankEntry, b: RankEntry, policy: VetoRankPolicy): boolean {
  if (policy !== '正常' && a.vetoed !== b.vetoed) return !a.vetoed;
  if (a.total !== b.total) return a.total > b.total;
  for (let k = 0; k < a.tieKeys.length; k++) {
    if (a.tieKeys[k] !== b.tieKeys[k]) return (a.tieKeys[k] as number) > (b.tieKeys[k] as number);
  }
  return false;
}

describe('rankEntries — properties', () => {
  it('matches a brute-force reference for both methods', () => {
    fc.assert(
      fc.property(caseArb, ({ entries, method, policy }) => {
        const { ranks } = rankEntries(entries, method, policy);
        entries.forEach((x, i) => {
          if (policy === '不排名' && x.vetoed) return expect(ranks[i]).toBeNull();
          const counted = entries.filter((y) => !(policy === '不排名' && y.vetoed));
          const strictlyAhead = counted.filter((y) => ahead(y, x, policy));
          const distinct = new Set(strictlyAhead.map((y) => JSON.stringify([policy !== '正常' && y.vetoed, y.total, y.tieKeys])));
          expect(ranks[i]).toBe(1 + (method === '美式' ? strictlyAhead.length : distinct.size));
        });
      }),
      RUNS,
    );
  });

  it('shuffling the entries does not change any entry’s rank', () => {
    fc.assert(
      fc.property(caseArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), ({ entries, method, policy }, noise) => {
        const it = noise[Symbol.iterator]();
        const perm = entries.map((_, i) => ({ i, k: it.next().value as number })).sort((a, b) => a.k - b.k).map((p) => p.i);
        const shuffled = perm.map((i) => entries[i] as RankEntry);
        const before = rankEntries(entries, method, policy).ranks;
        const after = rankEntries(shuffled, method, policy).ranks;
        perm.forEach((orig, j) => expect(after[j]).toBe(before[orig]));
      }),
      RUNS,
    );
  });

  it('entries equal on vetoed, total and keys get equal ranks and positions; equal positions mean tied', () => {
    fc.assert(
      fc.property(caseArb, ({ entries, method, policy }) => {
        const { ranks, position } = rankEntries(entries, method, policy);
        for (let i = 0; i < entries.length; i++) {
          for (let j = 0; j < entries.length; j++) {
            const a = entries[i] as RankEntry;
            const b = entries[j] as RankEntry;
            const tied = !ahead(a, b, policy) && !ahead(b, a, policy);
            expect(position[i] === position[j]).toBe(tied);
            if (tied) expect(ranks[i]).toBe(ranks[j]);
          }
        }
      }),
      RUNS,
    );
  });

  it('中国式 ranks are contiguous: the set of ranks is 1..k', () => {
    fc.assert(
      fc.property(caseArb, ({ entries, policy }) => {
        const got = new Set(rankEntries(entries, '中国式', policy).ranks.filter((r): r is number => r !== null));
        expect([...got].sort((a, b) => a - b)).toEqual(Array.from({ length: got.size }, (_, i) => i + 1));
      }),
      RUNS,
    );
  });

  it('under 末位 no vetoed entry ranks ahead of (or level with) an unvetoed one', () => {
    fc.assert(
      fc.property(caseArb, ({ entries, method }) => {
        const { ranks } = rankEntries(entries, method, '末位');
        entries.forEach((v, i) => {
          if (!v.vetoed) return;
          entries.forEach((u, j) => {
            if (!u.vetoed) expect(ranks[i] as number).toBeGreaterThan(ranks[j] as number);
          });
        });
      }),
      RUNS,
    );
  });

  it('order is a permutation, ranks and positions never decrease along it, ties keep input order', () => {
    fc.assert(
      fc.property(caseArb, ({ entries, method, policy }) => {
        const { ranks, order, position } = rankEntries(entries, method, policy);
        expect([...order].sort((a, b) => a - b)).toEqual(entries.map((_, i) => i));
        for (let p = 1; p < order.length; p++) {
          const prev = order[p - 1] as number;
          const cur = order[p] as number;
          expect(position[cur] as number).toBeGreaterThanOrEqual(position[prev] as number);
          if (position[cur] === position[prev]) expect(cur).toBeGreaterThan(prev);
          if (ranks[cur] !== null && ranks[prev] !== null) expect(ranks[cur] as number).toBeGreaterThanOrEqual(ranks[prev] as number);
          // Under 不排名 an unranked entry is never followed by a ranked one.
          if (ranks[prev] === null) expect(ranks[cur]).toBeNull();
        }
        if (order.length > 0) expect(position[order[0] as number]).toBe(0);
      }),
      RUNS,
    );
  });

  it('ranks 100,000 entries quickly (O(n log n))', () => {
    const entries = Array.from({ length: 100000 }, (_, i) => e((i * 7919) % 1000, i % 17 === 0, [(i * 31) % 7]));
    const start = Date.now();
    const { ranks } = rankEntries(entries, '美式', '末位');
    // Generous for a shared machine; a quadratic method would need ~10^10 comparisons and never finish.
    expect(Date.now() - start).toBeLessThan(15000);
    expect(ranks.every((r) => r !== null && r >= 1 && r <= 100000)).toBe(true);
  });
});
