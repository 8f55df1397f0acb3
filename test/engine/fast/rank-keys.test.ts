import fc from 'fast-check';
import { rankEntries, type RankMethod, type VetoRankPolicy } from '../../../src/engine/rank/rank';
import { distinctAboveGrid, distinctAbovePlain, orderByKey, orderByKeyPlain } from '../../../src/engine/fast/rank-keys';

const METHODS: RankMethod[] = ['美式', '中国式'];
const POLICIES: VetoRankPolicy[] = ['末位', '不排名', '正常'];
const RUNS = { numRuns: 500, seed: 42 };

describe('rankEntries — the keyless fast path agrees with the comparator', () => {
  // Totals with fractions, negatives, -0 and many ties. With no 同分比较 keys the ranking takes the
  // integer-key sort; giving every entry the same key [0] forces the comparator and changes nothing.
  // The integer keys come from a count over a decimal grid when every total lies on one (87.35 and
  // t/4 on hundredths) and from a sort when one does not: 1/3 and 0.1 + 0.2 are on no grid, 3e6
  // stretches the range past the count's limit.
  const totalArb = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(0, -0, 87.35, 87.35, 90, -5.5, 100) },
    { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }).map((t) => t / 4) },
    { weight: 1, arbitrary: fc.constantFrom(1 / 3, 0.1 + 0.2, 0.3, 3e6, -3e6) },
  );
  const arb = fc.record({
    entries: fc.array(fc.record({ vetoed: fc.boolean(), total: totalArb }), { maxLength: 60 }),
    method: fc.constantFrom(...METHODS),
    policy: fc.constantFrom(...POLICIES),
  });
  it('same ranks, order and positions', () => {
    fc.assert(
      fc.property(arb, ({ entries, method, policy }) => {
        const fast = rankEntries(entries.map((e) => ({ ...e, tieKeys: [] })), method, policy);
        const slow = rankEntries(entries.map((e) => ({ ...e, tieKeys: [0] })), method, policy);
        expect(fast).toEqual(slow);
      }),
      RUNS,
    );
  });

  it('a NaN or infinite total takes the comparator: NaN last, Infinity first', () => {
    // Totals B2:B5 = 80, NaN, Infinity, 80 → order C (Infinity), B2, B5 (tied 80), then NaN.
    const r = rankEntries([80, NaN, Infinity, 80].map((total) => ({ vetoed: false, total, tieKeys: [] })), '美式', '末位');
    expect(r.order).toEqual([2, 0, 3, 1]);
    expect(r.ranks).toEqual([2, 4, 1, 2]);
  });
});

describe('rank keys — each fast step equals its plain version', () => {
  const onGrid = fc.array(fc.integer({ min: -400, max: 400 }).chain((k) => fc.constantFrom(k, k / 10, k / 100, k / 4)), { maxLength: 80 });
  it('distinctAboveGrid ≡ distinctAbovePlain wherever the grid applies', () => {
    fc.assert(
      fc.property(onGrid, (xs) => {
        const totals = Float64Array.from(xs);
        const grid = distinctAboveGrid(totals);
        const plain = distinctAbovePlain(totals);
        if (grid === null) return;
        expect(grid.distinct).toBe(plain.distinct);
        for (let i = 0; i < xs.length; i++) expect(grid.of(i)).toBe(plain.of(i));
      }),
      RUNS,
    );
  });
  it('orderByKey (counting sort) ≡ orderByKeyPlain (stable sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 120 }), (keys) => {
        const key = Int32Array.from(keys);
        expect(orderByKey(key)).toEqual(orderByKeyPlain(key));
      }),
      RUNS,
    );
  });
});
