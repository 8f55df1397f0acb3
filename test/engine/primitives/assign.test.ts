import fc from 'fast-check';
import { assignGrades, type GradeCandidate, type GradeOutcome } from '../../../src/engine/grade/assign';
import type { GradeRule } from '../../../src/engine/model/scheme';

/** A grade rule as grading reads it (without the cell the scheme wrote it in). */
type Rule = Pick<GradeRule, 'name' | 'min' | 'quota'>;
import { quotaCount } from '../../../src/engine/grade/quota';
import { rankEntries } from '../../../src/engine/rank/rank';

// 【等次】 优秀 ≥ 90 20% | 良好 ≥ 80 30% | 合格 ≥ 60 | 不合格 (0, no quota)
const GRADES: Rule[] = [
  { name: '优秀', min: 90, quota: 0.2 },
  { name: '良好', min: 80, quota: 0.3 },
  { name: '合格', min: 60, quota: null },
  { name: '不合格', min: 0, quota: null },
];
const [EXCELLENT, GOOD, PASS, FAIL] = [0, 1, 2, 3];

/** Candidates in rank order from totals already in rank order; tied totals share a position. */
function byTotals(totals: number[], extra: Partial<Record<number, Partial<GradeCandidate>>> = {}): GradeCandidate[] {
  const { position } = rankEntries(totals.map((total) => ({ total, vetoed: false, tieKeys: [] })), '美式', '正常');
  return totals.map((total, i) => ({ total, position: position[i] as number, cap: 0, forceLowest: false, ...extra[i] }));
}
const grades = (out: GradeOutcome[]) => out.map((o) => o.grade);

describe('assignGrades — the SPEC quota-tie case', () => {
  // 10 units: 优秀 q = 10 × 20% = 2, 良好 q = 10 × 30% = 3.
  const totals = [95, 90, 90, 85, 84, 83, 80, 75, 65, 50];
  const out = assignGrades(byTotals(totals), GRADES, 10, '向下');

  it('only the 95 gets 优秀: the 2nd and 3rd candidates (both 90) are tied at the quota edge', () => {
    // 优秀 pool (≥ 90): 95, 90, 90 → 2nd and 3rd tied → the run 90, 90 is left out, 95 keeps its place.
    // 良好 pool (≥ 80, ungraded): 90, 90, 85, 84, 83, 80 → the first 3; 85 (3rd) and 84 (4th) differ.
    // 合格: 84, 83, 80, 75, 65. 不合格: 50.
    expect(grades(out)).toEqual([EXCELLENT, GOOD, GOOD, GOOD, PASS, PASS, PASS, PASS, PASS, FAIL]);
  });
  it('the two 90s carry QUOTA_TIE for 优秀 and say why they missed it', () => {
    expect(out.map((o) => o.quotaTie)).toEqual([null, EXCELLENT, EXCELLENT, null, null, null, null, null, null, null]);
    expect(out[1]?.missed).toEqual([{ grade: EXCELLENT, why: 'tie' }]);
    expect(out[2]?.missed).toEqual([{ grade: EXCELLENT, why: 'tie' }]);
  });
  it('units cut by the 良好 quota record it; units below every better 最低分 miss nothing', () => {
    expect(out[0]?.missed).toEqual([]);
    expect(out[3]?.missed).toEqual([]); // 85 reached only 良好's 80, and got it
    expect(out[4]?.missed).toEqual([{ grade: GOOD, why: 'quota' }]); // 84 ≥ 80, 4th in the 良好 pool
    expect(out[6]?.missed).toEqual([{ grade: GOOD, why: 'quota' }]); // 80 ≥ 80
    expect(out[7]?.missed).toEqual([]); // 75 < 80
    expect(out[9]?.missed).toEqual([]);
  });
});

describe('assignGrades — quotas', () => {
  it('a tie below the quota edge does not matter', () => {
    // 优秀 q = 2: pool 95, 92, 90, 90 → 2nd (92) and 3rd (90) differ → 95 and 92.
    const out = assignGrades(byTotals([95, 92, 90, 90, 70]), GRADES, 10, '向下');
    expect(grades(out)).toEqual([EXCELLENT, EXCELLENT, GOOD, GOOD, PASS]);
    expect(out.map((o) => o.quotaTie)).toEqual([null, null, null, null, null]);
    expect(out[2]?.missed).toEqual([{ grade: EXCELLENT, why: 'quota' }]);
  });

  it('a tied run from the very top: nobody gets the grade', () => {
    // 优秀 q = 2: pool 95, 95, 95 → the run starts at the 1st candidate → none.
    // 良好 q = 3: pool 95, 95, 95 → all three fit.
    const out = assignGrades(byTotals([95, 95, 95, 70]), GRADES, 10, '向下');
    expect(grades(out)).toEqual([GOOD, GOOD, GOOD, PASS]);
    expect(out.map((o) => o.quotaTie)).toEqual([EXCELLENT, EXCELLENT, EXCELLENT, null]);
  });

  it('a tie at two quota edges: quotaTie names the first, missed names both', () => {
    // N = 5: 优秀 q = 1, 良好 q = floor(1.5) = 1.
    // 优秀 pool 90, 90 → tied → none. 良好 pool 90, 90, 80 → tied at the 1st → none. 合格 takes all.
    const out = assignGrades(byTotals([90, 90, 80, 70, 60]), GRADES, 5, '向下');
    expect(grades(out)).toEqual([PASS, PASS, PASS, PASS, PASS]);
    expect(out[0]).toEqual({ grade: PASS, quotaTie: EXCELLENT, missed: [{ grade: EXCELLENT, why: 'tie' }, { grade: GOOD, why: 'tie' }] });
    expect(out[2]).toEqual({ grade: PASS, quotaTie: null, missed: [{ grade: GOOD, why: 'quota' }] });
  });

  it('a quota of 0 takes nobody and reports no tie', () => {
    // N = 4: 优秀 q = floor(0.8) = 0; 良好 q = floor(1.2) = 1.
    const down = assignGrades(byTotals([95, 90, 85, 70]), GRADES, 4, '向下');
    expect(grades(down)).toEqual([GOOD, PASS, PASS, PASS]);
    expect(down.map((o) => o.quotaTie)).toEqual([null, null, null, null]);
    expect(down[0]?.missed).toEqual([{ grade: EXCELLENT, why: 'quota' }]);
    expect(down[1]?.missed).toEqual([{ grade: EXCELLENT, why: 'quota' }, { grade: GOOD, why: 'quota' }]);
    // 四舍五入: 优秀 q = round(0.8) = 1 → 95; 良好 q = round(1.2) = 1 → 90.
    expect(grades(assignGrades(byTotals([95, 90, 85, 70]), GRADES, 4, '四舍五入'))).toEqual([EXCELLENT, GOOD, PASS, PASS]);
  });

  it('N counts the whole scope, not just the candidates', () => {
    // Two candidates but N = 20: 优秀 q = 4 → both 95 and 91 get it.
    expect(grades(assignGrades(byTotals([95, 91]), GRADES, 20, '向下'))).toEqual([EXCELLENT, EXCELLENT]);
  });

  it('a grade without a quota takes every candidate that reaches its 最低分', () => {
    const noQuota: Rule[] = [
      { name: 'A', min: 90, quota: null },
      { name: 'B', min: 75, quota: null },
      { name: 'C', min: 60, quota: null },
      { name: 'D', min: 0, quota: null },
    ];
    expect(grades(assignGrades(byTotals([90, 89.99, 75, 59.99, 0]), noQuota, 5, '向下'))).toEqual([0, 1, 1, 3, 3]);
  });

  it('a unit below every 最低分 takes the lowest grade', () => {
    const g: Rule[] = [{ name: '达标', min: 90, quota: null }, { name: '基本达标', min: 60, quota: null }];
    const out = assignGrades(byTotals([95, 50]), g, 2, '向下');
    expect(out[1]).toEqual({ grade: 1, quotaTie: null, missed: [] });
  });

  it('a quota on the lowest grade: units cut from it still take the lowest grade', () => {
    // N = 5, A ≥ 0 50% (q = 2), B ≥ 0 50% (q = 2): A 5, 4; B 3, 2; the 1 is left over → B.
    const g: Rule[] = [{ name: 'A', min: 0, quota: 0.5 }, { name: 'B', min: 0, quota: 0.5 }];
    const out = assignGrades(byTotals([5, 4, 3, 2, 1]), g, 5, '向下');
    expect(grades(out)).toEqual([0, 0, 1, 1, 1]);
    expect(out[4]?.missed).toEqual([{ grade: 0, why: 'quota' }]);
  });

  it('returns grade null for everyone when the scheme has no grades', () => {
    expect(assignGrades(byTotals([95, 80]), [], 2, '向下')).toEqual([
      { grade: null, quotaTie: null, missed: [] },
      { grade: null, quotaTie: null, missed: [] },
    ]);
    expect(assignGrades([], GRADES, 0, '向下')).toEqual([]);
  });
});

describe('assignGrades — vetoes', () => {
  // 正常 order, N = 10 (优秀 q = 2, 良好 q = 3):
  // U0 96 取消评优 (cap 1), U1 94, U2 91, U3 88, U4 86 定为末等 (cap 3), U5 70.
  const cands = byTotals([96, 94, 91, 88, 86, 70], { 0: { cap: 1 }, 4: { cap: 3, forceLowest: true } });
  const out = assignGrades(cands, GRADES, 10, '向下');

  it('取消评优 skips the top grade; 定为末等 gets the lowest grade', () => {
    // 优秀 pool (≥ 90, cap ≤ 0): 94, 91 → both. 良好 pool (≥ 80, cap ≤ 1, not 定为末等): 96, 88 → both.
    // 合格: 70. 不合格 (the lowest): 86 (定为末等).
    expect(grades(out)).toEqual([GOOD, EXCELLENT, EXCELLENT, GOOD, FAIL, PASS]);
  });
  it('says the veto cost them the grades they reached', () => {
    expect(out[0]?.missed).toEqual([{ grade: EXCELLENT, why: 'veto' }]);
    // 86 reached 良好 (80) and 合格 (60), not 优秀 (90).
    expect(out[4]?.missed).toEqual([{ grade: GOOD, why: 'veto' }, { grade: PASS, why: 'veto' }]);
  });
  it('a 取消评优 unit does not take part in a tie for the top grade', () => {
    // 优秀 q = 2 over N = 10: 95, 90 (取消评优), 90 → the pool is 95, 90 (unvetoed) → both get 优秀.
    const c = byTotals([95, 90, 90], { 1: { cap: 1 } });
    const o = assignGrades(c, GRADES, 10, '向下');
    expect(grades(o)).toEqual([EXCELLENT, GOOD, EXCELLENT]);
    expect(o.map((x) => x.quotaTie)).toEqual([null, null, null]);
  });
  it('定为末等 wins even when the lowest grade has a quota that is full', () => {
    // A ≥ 0 50%, B ≥ 0 50%, N = 3 (q = floor(1.5) = 1 each); totals 10, 9, 8 (定为末等, cap 1).
    // A pool 10, 9 → 10. B pool 9, 8 → 9 fills B's one place; the 8 is forced to B anyway.
    const g: Rule[] = [{ name: 'A', min: 0, quota: 0.5 }, { name: 'B', min: 0, quota: 0.5 }];
    expect(grades(assignGrades(byTotals([10, 9, 8], { 2: { cap: 1, forceLowest: true } }), g, 3, '向下'))).toEqual([0, 1, 1]);
  });
});

// ---- properties ----

const scenario = fc
  .record({
    totals: fc.array(fc.integer({ min: 0, max: 20 }).map((t) => t * 5), { maxLength: 40 }),
    mins: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 4 }),
    quotas: fc.array(fc.option(fc.integer({ min: 0, max: 60 }).map((k) => Number(`${k}e-2`))), { minLength: 4, maxLength: 4 }),
    rounding: fc.constantFrom<'向下' | '四舍五入'>('向下', '四舍五入'),
    caps: fc.array(fc.constantFrom(0, 0, 0, 1), { minLength: 40, maxLength: 40 }),
    extra: fc.integer({ min: 0, max: 10 }),
  })
  .map(({ totals, mins, quotas, rounding, caps, extra }) => {
    // Best grade first (mins descending), last grade: 最低分 0, no quota.
    const sorted = [...mins].sort((a, b) => b - a);
    const specs: Rule[] = [...sorted.map((min, g) => ({ name: `G${g}`, min, quota: quotas[g] ?? null })), { name: 'last', min: 0, quota: null }];
    const sortedTotals = [...totals].sort((a, b) => b - a);
    const cands = byTotals(sortedTotals).map((c, i) => ({ ...c, cap: Math.min(caps[i] ?? 0, specs.length - 1) }));
    return { specs, cands, rounding, n: cands.length + extra };
  });

describe('assignGrades — properties', () => {
  const RUNS = { numRuns: 600, seed: 2026 };

  it('no grade exceeds its quota (last grade without quota, no 定为末等 units)', () => {
    fc.assert(
      fc.property(scenario, ({ specs, cands, rounding, n }) => {
        const out = assignGrades(cands, specs, n, rounding);
        specs.forEach((s, g) => {
          if (s.quota === null) return;
          expect(out.filter((o) => o.grade === g).length).toBeLessThanOrEqual(quotaCount(n, s.quota, rounding));
        });
      }),
      RUNS,
    );
  });

  it('every unit gets a grade its total reaches and its cap allows', () => {
    fc.assert(
      fc.property(scenario, ({ specs, cands, rounding, n }) => {
        const out = assignGrades(cands, specs, n, rounding);
        out.forEach((o, i) => {
          const c = cands[i] as GradeCandidate;
          expect(o.grade).not.toBeNull();
          expect(o.grade as number).toBeGreaterThanOrEqual(c.cap);
          expect(c.total).toBeGreaterThanOrEqual((specs[o.grade as number] as Rule).min);
        });
      }),
      RUNS,
    );
  });

  it('with equal caps, nobody ranked behind gets a better grade; tied units get the same grade', () => {
    fc.assert(
      fc.property(scenario, ({ specs, cands, rounding, n }) => {
        const out = assignGrades(cands, specs, n, rounding);
        for (let i = 0; i < cands.length; i++) {
          for (let j = i + 1; j < cands.length; j++) {
            const a = cands[i] as GradeCandidate;
            const b = cands[j] as GradeCandidate;
            if (a.cap !== b.cap) continue;
            const ga = out[i]?.grade as number;
            const gb = out[j]?.grade as number;
            if (a.position === b.position) expect(ga).toBe(gb);
            else expect(ga).toBeLessThanOrEqual(gb);
          }
        }
      }),
      RUNS,
    );
  });

  it('missed lists exactly the better grades whose 最低分 the total reached', () => {
    fc.assert(
      fc.property(scenario, ({ specs, cands, rounding, n }) => {
        const out = assignGrades(cands, specs, n, rounding);
        out.forEach((o, i) => {
          const c = cands[i] as GradeCandidate;
          const expected = specs.map((s, g) => ({ s, g })).filter(({ s, g }) => g < (o.grade as number) && c.total >= s.min).map(({ g }) => g);
          expect(o.missed.map((m) => m.grade)).toEqual(expected);
          for (const m of o.missed) {
            if (m.grade < c.cap) expect(m.why).toBe('veto');
            else expect(m.why).not.toBe('veto');
          }
          if (o.quotaTie !== null) expect(o.missed.find((m) => m.grade === o.quotaTie)?.why).toBe('tie');
        });
      }),
      RUNS,
    );
  });
});
