/**
 * Property tests of assess() on generated valid workbooks (SPEC §1–§4): results match an
 * independent reference, do not depend on row order, and keep the ranking and quota laws.
 */
import fc from 'fast-check';
import { assess, type Assessment, type UnitResult } from '../../../src/engine';
import { caseArb, type CaseModel } from './model';
import { DATA_SHEET, usedColumnCount, workbookOf } from './build';
import { reference, refQuota, s15 } from './reference';
import { badSummary, malformed } from './check';

const RUNS = { numRuns: 80, seed: 20261127 };

/** assess() of a case, cached by the case's JSON: the properties below share their runs. */
const cache = new Map<string, Assessment>();
function run(m: CaseModel): Assessment {
  const k = JSON.stringify(m);
  let r = cache.get(k);
  if (!r) cache.set(k, (r = assess(workbookOf(m))));
  return r;
}
afterAll(() => cache.clear());

const byName = (r: Assessment): Map<string, UnitResult> => new Map(r.units.map((u) => [u.name, u]));

function rankScopes(m: CaseModel, r: Assessment): UnitResult[][] {
  const scored = r.units.filter((u) => u.total !== null);
  if (!m.settings.grouped) return [scored];
  const map = new Map<string, UnitResult[]>();
  for (const u of scored) map.set(u.group ?? '', [...(map.get(u.group ?? '') ?? []), u]);
  return [...map.values()];
}

/** The ordering key of SPEC §3 (veto lateness, total, 同分比较 points), as a string. */
function key(m: CaseModel, u: UnitResult): string {
  const late = m.settings.vetoRank !== '正常' && u.vetoes.length > 0 ? 1 : 0;
  const ties = m.settings.tieBreakers.map((n) => {
    const k = m.indicators.findIndex((x) => x.name === n);
    const ind = m.indicators[k];
    // points = score / 分值 × 权重 (SPEC §2 step 1), without 权重 the score itself.
    return ind ? s15(((u.scores[k] as number) / ind.max) * (ind.weight ?? ind.max)) : 0;
  });
  return JSON.stringify([late, u.total, ties]);
}

describe('assess() on generated valid workbooks', () => {
  it('the generated scheme is valid and the data sheet is found', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const r = run(m);
        expect(r.issues.filter((i) => i.sheet === '考核方案')).toEqual([]);
        expect(r.dataSheet).toBe(DATA_SHEET);
        expect(r.units.map((u) => u.name)).toEqual(m.units.map((u) => u.name));
        expect([...malformed(r.issues, ['考核方案', DATA_SHEET]), ...badSummary(r)]).toEqual([]);
      }),
      RUNS,
    );
  });

  it('check mode finds the same units and issues as score mode, and plans nothing', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const scored = run(m);
        const checked = assess(workbookOf(m), { mode: 'check' });
        expect(checked.plan).toBeNull();
        expect(scored.plan).not.toBeNull();
        expect({ ...checked, plan: null }).toEqual({ ...scored, plan: null });
      }),
      { ...RUNS, numRuns: 50 },
    );
  });

  it('every total, subtotal, rank, overall rank, grade and star count equals the reference', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const r = run(m);
        const ref = reference(m);
        const got = r.units.map((u) => ({ name: u.name, total: u.total, rank: u.rank, overallRank: u.overallRank, grade: u.grade, stars: u.stars, blocked: u.blocked, subtotals: u.blocked ? {} : u.subtotals }));
        const want = r.units.map((u) => {
          const e = ref.get(u.name);
          return { name: u.name, total: e?.total, rank: e?.rank, overallRank: e?.overallRank, grade: e?.grade, stars: e?.stars, blocked: e?.blocked, subtotals: e?.subtotals };
        });
        expect(got).toEqual(want);
        const tied = r.issues.filter((i) => i.code === 'QUOTA_TIE').map((i) => i.unit).sort();
        expect(tied).toEqual([...ref.values()].filter((u) => u.quotaTie).map((u) => u.name).sort());
      }),
      RUNS,
    );
  });

  it('shuffling the data rows changes no unit\'s total, rank, overall rank, grade or stars, nor any issue', () => {
    const withOrder = caseArb.chain((m) => fc.tuple(fc.constant(m), fc.shuffledSubarray([...m.units], { minLength: m.units.length, maxLength: m.units.length })));
    fc.assert(
      fc.property(withOrder, ([m, shuffled]) => {
        const a = run(m);
        const shuffledRun = assess(workbookOf(m, shuffled));
        const b = byName(shuffledRun);
        for (const u of a.units) {
          const v = b.get(u.name);
          expect([u.name, v?.total, v?.rank, v?.overallRank, v?.grade, v?.stars]).toEqual([u.name, u.total, u.rank, u.overallRank, u.grade, u.stars]);
        }
        const shown = (x: Assessment): string[] => x.issues.map((i) => `${i.code}|${i.unit ?? ''}|${(i.cell ?? '').replace(/[0-9]+$/, '')}`).sort();
        expect(shown(shuffledRun)).toEqual(shown(a));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('units equal on veto lateness, total and 同分比较 points get equal ranks; unequal ones do not', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const r = run(m);
        const wrong: string[] = [];
        for (const scope of rankScopes(m, r)) {
          for (const a of scope) {
            for (const b of scope) {
              if (a.rank === null || b.rank === null) continue;
              if ((key(m, a) === key(m, b)) !== (a.rank === b.rank)) wrong.push(`${a.name} ${a.rank} / ${b.name} ${b.rank}`);
            }
          }
        }
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('中国式 ranks are contiguous (1..k) within each scope and overall', () => {
    const dense = caseArb.map((m) => ({ ...m, settings: { ...m.settings, rankMethod: '中国式' as const } }));
    fc.assert(
      fc.property(dense, (m) => {
        const r = run(m);
        const contiguous = (ranks: number[]): void => {
          const set = [...new Set(ranks)].sort((x, y) => x - y);
          expect(set).toEqual(set.map((_, i) => i + 1));
        };
        for (const scope of rankScopes(m, r)) contiguous(scope.flatMap((u) => (u.rank === null ? [] : [u.rank])));
        if (m.settings.grouped) contiguous(r.units.flatMap((u) => (u.overallRank === null ? [] : [u.overallRank])));
      }),
      RUNS,
    );
  });

  it('under 末位 a vetoed unit ranks behind every unvetoed unit of its scope', () => {
    const last = caseArb.map((m) => ({ ...m, settings: { ...m.settings, vetoRank: '末位' as const } }));
    fc.assert(
      fc.property(last, (m) => {
        const r = run(m);
        const check = (scope: UnitResult[], rankOf: (u: UnitResult) => number | null): void => {
          const vetoed = scope.filter((u) => u.vetoes.length > 0);
          const clean = scope.filter((u) => u.vetoes.length === 0);
          const worstClean = Math.max(0, ...clean.map((c) => rankOf(c) as number));
          for (const v of vetoed) expect([v.name, (rankOf(v) as number) > worstClean]).toEqual([v.name, true]);
        };
        for (const scope of rankScopes(m, r)) check(scope, (u) => u.rank);
        if (m.settings.grouped) check(r.units.filter((u) => u.total !== null), (u) => u.overallRank);
      }),
      RUNS,
    );
  });

  it('no grade is given to more units of a scope than its quota N × p allows', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const r = run(m);
        for (const scope of rankScopes(m, r)) {
          for (const g of m.grades) {
            if (g.quotaPct === null) continue;
            const count = scope.filter((u) => u.grade === g.name).length;
            expect(count).toBeLessThanOrEqual(refQuota(scope.length, g.quotaPct, m.settings.halfUp));
          }
        }
      }),
      RUNS,
    );
  });

  it('blocked units get no total, rank, grade or stars, and say why in 异常标记', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const r = run(m);
        const flags = r.plan?.columns.find((c) => c.header === '异常标记');
        for (const u of r.units.filter((x) => x.blocked)) {
          expect([u.total, u.rank, u.overallRank, u.grade, u.stars]).toEqual([null, null, null, null, null]);
          expect(r.issues.some((i) => i.unit === u.name && i.severity === 'error')).toBe(true);
          expect(flags?.values[u.row - flags.firstRow]).toEqual(expect.any(String));
        }
      }),
      RUNS,
    );
  });

  it('the plan writes only to the right of the table, one row per sheet row, with the SPEC §5 headers', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const r = run(m);
        const plan = r.plan;
        expect(plan).not.toBeNull();
        const cols = plan?.columns ?? [];
        const width = usedColumnCount(m);
        for (const c of cols) {
          expect(c.col).toBeGreaterThanOrEqual(width);
          expect(c.isNew).toBe(true);
          expect(c.headerRow).toBe(m.titleRows);
          expect(c.firstRow).toBe(m.titleRows + 1);
          expect(c.values).toHaveLength((m.markRow ? 1 : 0) + m.units.length);
        }
        expect(cols.map((c) => c.col)).toEqual(cols.map((_, i) => width + i));
        const cats = [...new Set(m.indicators.flatMap((x) => (x.category ? [x.category] : [])))];
        expect(cols.map((c) => c.header)).toEqual([
          ...cats.map((c) => `${c}小计`), '总分', '排名',
          ...(m.settings.grouped ? ['总排名'] : []), ...(m.grades.length ? ['等次'] : []), ...(m.stars.length ? ['星级'] : []), '异常标记',
        ]);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
