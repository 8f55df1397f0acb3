/**
 * An independent reference for SPEC §2–§4, written from the contract's sentences and sharing no
 * code with the engine: Excel ROUND on BigInt decimals, totals, ranks (by counting, O(n²)),
 * quotas (integer arithmetic on whole percents), grades and stars.
 */
import type { CaseModel, UnitModel } from './model';

/**
 * Excel `ROUND(x, d)` (SPEC §2.4): x taken to 15 significant digits, then half away from zero.
 * Works on a BigInt of the 15 digits. Example: refRound(2.675, 2) === 2.68, refRound(-2.5, 0) === -3.
 */
export function refRound(x: number, d: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  const [mant = '0', expText = '0'] = Math.abs(x).toExponential(14).split('e');
  const digits = BigInt(mant.replace('.', '')); // 15 digits: |x| = digits × 10^(exp − 14)
  const shift = d - 14 + Number(expText); // |x| × 10^d = digits × 10^shift
  let q: bigint;
  if (shift >= 0) q = digits * 10n ** BigInt(shift);
  else {
    const div = 10n ** BigInt(-shift);
    q = digits / div;
    if ((digits % div) * 2n >= div) q += 1n;
  }
  if (q === 0n) return 0;
  const v = Number(`${q.toString()}e${-d}`);
  return x < 0 ? -v : v;
}

/** 15 significant digits, as Excel compares. */
export const s15 = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(15)));

export interface RefUnit {
  readonly name: string;
  readonly group: string | null;
  readonly blocked: boolean;
  readonly total: number | null;
  readonly points: number[];
  readonly subtotals: Record<string, number>;
  readonly vetoed: boolean;
  readonly effects: string[];
  rank: number | null;
  overallRank: number | null;
  grade: string | null;
  stars: number | null;
  quotaTie: boolean;
}

/** The score a unit's indicator cell stands for, or null when the cell is an error. */
export function cellScore(m: CaseModel, u: UnitModel, i: number): number | null {
  const c = u.cells[i];
  if (!c) return null;
  if (c.kind === 'blank') return m.settings.blankZero ? 0 : null;
  if (c.kind === 'bad') return null;
  return c.score;
}

/** SPEC §2 steps 1–4 for one unit. */
function scoreOf(m: CaseModel, u: UnitModel): Pick<RefUnit, 'total' | 'points' | 'subtotals' | 'blocked'> {
  const scores = m.indicators.map((_, i) => cellScore(m, u, i));
  if (scores.some((s) => s === null)) return { total: null, points: [], subtotals: {}, blocked: true };
  const points = m.indicators.map((ind, i) => ((scores[i] as number) / ind.max) * (ind.weight ?? ind.max));
  let base = 0;
  const sums: Record<string, number> = {};
  points.forEach((p, i) => {
    base += p;
    const cat = m.indicators[i]?.category;
    if (cat) sums[cat] = (sums[cat] ?? 0) + p;
  });
  let bonus = 0;
  let deduction = 0;
  m.adjustments.forEach((a, k) => {
    const v = u.adjustments[k] ?? 0;
    const counted = a.cap !== null && v > a.cap ? a.cap : v;
    if (a.kind === '加分') bonus += counted;
    else deduction += counted;
  });
  const s = m.settings;
  if (s.bonusTotalCap !== null) bonus = Math.min(bonus, s.bonusTotalCap);
  if (s.deductionTotalCap !== null) deduction = Math.min(deduction, s.deductionTotalCap);
  let raw = base + bonus - deduction;
  raw = Math.max(raw, s.totalMin);
  if (s.totalMax !== null) raw = Math.min(raw, s.totalMax);
  let total = refRound(raw, s.decimals);
  if (m.vetoes.some((v, k) => u.vetoes[k] && v.effect === '总分计零')) total = 0;
  const subtotals: Record<string, number> = {};
  for (const [k, v] of Object.entries(sums)) subtotals[k] = refRound(v, s.decimals);
  return { total, points, subtotals, blocked: false };
}

/** SPEC §3: a's standing against b: negative = a ahead, 0 = tied. */
function standingCompare(m: CaseModel, a: RefUnit, b: RefUnit): number {
  const lateA = m.settings.vetoRank !== '正常' && a.vetoed ? 1 : 0;
  const lateB = m.settings.vetoRank !== '正常' && b.vetoed ? 1 : 0;
  if (lateA !== lateB) return lateA - lateB;
  if (a.total !== b.total) return (b.total as number) - (a.total as number);
  for (const name of m.settings.tieBreakers) {
    const k = m.indicators.findIndex((x) => x.name === name);
    const pa = s15(a.points[k] as number);
    const pb = s15(b.points[k] as number);
    if (pa !== pb) return pb - pa;
  }
  return 0;
}

function rankScope(m: CaseModel, scope: RefUnit[], set: (u: RefUnit, r: number | null) => void): void {
  const counted = scope.filter((u) => !(m.settings.vetoRank === '不排名' && u.vetoed));
  for (const u of scope) {
    if (!counted.includes(u)) {
      set(u, null);
      continue;
    }
    const ahead = counted.filter((o) => standingCompare(m, o, u) < 0);
    if (m.settings.rankMethod === '美式') set(u, 1 + ahead.length);
    else {
      const distinct: RefUnit[] = [];
      for (const o of ahead) if (!distinct.some((x) => standingCompare(m, x, o) === 0)) distinct.push(o);
      set(u, 1 + distinct.length);
    }
  }
}

/** Quota places: N × p% by integer arithmetic, floor or half up. */
export function refQuota(n: number, pct: number, halfUp: boolean): number {
  return halfUp ? Math.floor((n * pct + 50) / 100) : Math.floor((n * pct) / 100);
}

/** SPEC §4.1–4.3 within one scope. */
function gradeScope(m: CaseModel, scope: RefUnit[]): void {
  const grades = m.grades;
  if (grades.length === 0) return;
  const lowest = grades.length - 1;
  const ordered = [...scope].sort((a, b) => standingCompare(m, a, b));
  const capOf = (u: RefUnit): number => (u.effects.includes('定为末等') ? lowest : u.effects.includes('取消评优') ? Math.min(1, lowest) : 0);
  const forced = (u: RefUnit): boolean => u.effects.includes('定为末等');
  const done = new Set<RefUnit>();
  grades.forEach((g, gi) => {
    const pool = ordered.filter((u) => !done.has(u) && (u.total as number) >= g.min && capOf(u) <= gi && (!forced(u) || gi === lowest));
    let take = pool.length;
    if (g.quotaPct !== null) {
      const q = refQuota(scope.length, g.quotaPct, m.settings.halfUp);
      if (q < pool.length) {
        take = q;
        if (q > 0 && standingCompare(m, pool[q - 1] as RefUnit, pool[q] as RefUnit) === 0) {
          take = pool.findIndex((u) => standingCompare(m, u, pool[q - 1] as RefUnit) === 0);
          for (const u of pool) if (standingCompare(m, u, pool[q - 1] as RefUnit) === 0) u.quotaTie = true;
        }
      }
    }
    pool.slice(0, take).forEach((u) => {
      u.grade = g.name;
      done.add(u);
    });
  });
  for (const u of scope) {
    if (forced(u) || u.grade === null) u.grade = grades[lowest]?.name ?? null;
  }
}

/** The whole reference result, by unit name. */
export function reference(m: CaseModel): Map<string, RefUnit> {
  const out = new Map<string, RefUnit>();
  for (const u of m.units) {
    const s = scoreOf(m, u);
    const effects = m.vetoes.filter((_, k) => u.vetoes[k]).map((v) => v.effect);
    out.set(u.name, { name: u.name, group: m.settings.grouped ? u.group : null, ...s, vetoed: effects.length > 0, effects, rank: null, overallRank: null, grade: null, stars: null, quotaTie: false });
  }
  const scored = [...out.values()].filter((u) => !u.blocked);
  const scopes = new Map<string, RefUnit[]>();
  for (const u of scored) {
    const key = m.settings.grouped ? (u.group ?? '') : '';
    scopes.set(key, [...(scopes.get(key) ?? []), u]);
  }
  for (const scope of scopes.values()) {
    rankScope(m, scope, (u, r) => (u.rank = r));
    gradeScope(m, scope);
  }
  if (m.settings.grouped) rankScope(m, scored, (u, r) => (u.overallRank = r));
  for (const u of scored) {
    if (u.vetoed) continue;
    for (const st of m.stars) if ((u.total as number) >= st.min && (u.stars === null || st.stars > u.stars)) u.stars = st.stars;
  }
  return out;
}

export { standingCompare };
