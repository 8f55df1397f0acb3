/**
 * Ranks, grades and stars for the scored units (SPEC §3, §4), scope by scope, into flat arrays
 * indexed by unit (no object per unit). A scope is a group (分组列) or all units. `排名` is the
 * rank in the scope; with groups, `总排名` is the rank over all units.
 */
import type { Issue } from '../model/issue';
import type { Scheme, VetoEffect } from '../model/scheme';
import type { GradeReason, VetoOutcome } from '../model/result';
import { makeIssue } from '../issues/make';
import { rankArrays, type Ranking } from '../rank/rank';
import { NONE } from '../model/empty';
import { assignGradeColumns } from './assign';
import { starsFor } from './stars';
import { quotaCount } from './quota';
import { sig15 } from '../math/round';
import { indexesOf, pick } from '../fast/columns';

/** What ranking needs of the units as read (unit i is entry i of each list; see `ReadTable`). */
export interface StandingInput {
  readonly count: number;
  /** 0-based sheet rows. */
  readonly rows: Int32Array;
  readonly names: readonly string[];
  readonly groups: ReadonlyArray<string | null>;
  readonly vetoes: ReadonlyArray<readonly VetoOutcome[]>;
}

/** Every unit's standing, by unit index; an unscored unit has rank 0, grade -1, stars -1, reason null. */
export interface StandingTable {
  /** 排名 (0: none). */
  readonly rank: Int32Array;
  /** 总排名 when grouped (0: none or not grouped). */
  readonly overallRank: Int32Array;
  /** Index into `scheme.grades` (-1: none). */
  readonly grade: Int32Array;
  /** Stars (-1: none). */
  readonly stars: Int32Array;
  readonly gradeReason: ReadonlyArray<GradeReason | null>;
  /** Unit indexes per scope, in rank order. */
  readonly scopes: number[][];
  /** QUOTA_TIE warnings, on the unit's name cell. */
  readonly issues: Issue[];
}

/** The best grade index a unit may get (SPEC §4.1): 0 = top grade. */
export function gradeCap(effects: readonly VetoEffect[], gradeCount: number): { cap: number; forceLowest: boolean } {
  const lowest = Math.max(0, gradeCount - 1);
  if (effects.includes('定为末等')) return { cap: lowest, forceLowest: true };
  if (effects.includes('取消评优')) return { cap: Math.min(1, lowest), forceLowest: false };
  return { cap: 0, forceLowest: false };
}

/** Scored unit indexes per scope (one scope without groups), each in unit order. */
function rankScopes(units: StandingInput, scored: Uint8Array, grouped: boolean): number[][] {
  if (!grouped) {
    return [indexesOf(scored)];
  }
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < units.count; i++) {
    if (!scored[i]) continue;
    const key = units.groups[i] ?? '';
    const list = byGroup.get(key);
    if (list) list.push(i);
    else byGroup.set(key, [i]);
  }
  return [...byGroup.values()];
}

/**
 * Computes every scored unit's standing. `totals[i]` is unit i's rounded total (used where
 * `scored[i]` is 1); `tieKeys(i)` the points of unit i's 同分比较 indicators, in order (null: the
 * scheme has none).
 */
export function computeStandings(
  scheme: Scheme,
  units: StandingInput,
  scored: Uint8Array,
  totals: Float64Array,
  tieKeys: ((unit: number) => number[]) | null,
  sheet: string,
  unitCol: number,
): StandingTable {
  const { settings } = scheme;
  const grades = scheme.grades;
  const grouped = settings.groupColumn !== null;
  const count = units.count;
  const table: StandingTable = {
    rank: new Int32Array(count),
    overallRank: new Int32Array(count),
    grade: new Int32Array(count).fill(-1),
    stars: new Int32Array(count).fill(-1),
    gradeReason: new Array<GradeReason | null>(count).fill(null),
    scopes: [],
    issues: [],
  };
  const reasons = table.gradeReason as Array<GradeReason | null>;
  // Per unit, in unit order (the grade loop below visits units in rank order: no object reads there).
  const vetoed = new Uint8Array(count);
  const gradeCaps = new Int32Array(count);
  const forced = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const vetoes = units.vetoes[i] ?? NONE;
    if (vetoes.length === 0) continue;
    vetoed[i] = 1;
    const { cap, forceLowest } = gradeCap(vetoes.map((v) => v.effect), grades.length);
    gradeCaps[i] = cap;
    forced[i] = forceLowest ? 1 : 0;
  }
  /** Ranks the units of `scope` (unit indexes) among themselves. */
  const rankScope = (scope: readonly number[]): Ranking =>
    rankArrays(
      pick(vetoed, scope, new Uint8Array(scope.length)),
      pick(totals, scope, new Float64Array(scope.length)),
      tieKeys ? scope.map((i) => tieKeys(i).map(sig15)) : null,
      settings.rankMethod,
      settings.vetoRank,
    );
  // The reason of a unit that missed nothing depends only on its cap: one shared object per cap.
  const plain = new Map<number, GradeReason>();
  const plainReason = (cap: number): GradeReason => {
    let r = plain.get(cap);
    if (!r) plain.set(cap, (r = { cap: grades[cap]?.name ?? null, missed: [] }));
    return r;
  };

  for (const scope of rankScopes(units, scored, grouped)) {
    const n = scope.length;
    const ranked = rankScope(scope);
    const ordered = new Array<number>(n);
    for (let k = 0; k < n; k++) table.rank[scope[k] as number] = ranked.ranks[k] ?? 0;
    // Grade candidates in rank order, as flat arrays.
    const cand = { total: new Float64Array(n), position: new Int32Array(n), cap: new Int32Array(n), forceLowest: new Uint8Array(n) };
    for (let pos = 0; pos < n; pos++) {
      const k = ranked.order[pos] as number;
      const unit = scope[k] as number;
      ordered[pos] = unit;
      cand.total[pos] = totals[unit] as number;
      cand.position[pos] = ranked.position[k] as number;
      cand.cap[pos] = gradeCaps[unit] as number;
      cand.forceLowest[pos] = forced[unit] as number;
    }
    table.scopes.push(ordered);
    const outcome = assignGradeColumns(cand, grades, n, settings.quotaRounding);
    for (let pos = 0; pos < n; pos++) {
      const unit = ordered[pos] as number;
      const total = totals[unit] as number;
      const g = outcome.grade[pos] as number;
      if (g >= 0) {
        table.grade[unit] = g;
        const missed = outcome.missed[pos];
        const cap = cand.cap[pos] as number;
        reasons[unit] = missed === undefined
          ? plainReason(cap)
          : { cap: grades[cap]?.name ?? null, missed: missed.map((m) => ({ grade: grades[m.grade]?.name ?? '', why: m.why })) };
      }
      const tie = outcome.quotaTie[pos] as number;
      if (tie >= 0) {
        const row = units.rows[unit] as number;
        const spec = grades[tie];
        table.issues.push(makeIssue('QUOTA_TIE', { sheet, row, col: unitCol, unit: units.names[unit] ?? '', unitRow: row, where: spec?.name ?? '' }, {
          total,
          grade: spec?.name ?? '',
          quota: spec && spec.quota !== null ? quotaCount(n, spec.quota, settings.quotaRounding) : '',
        }));
      }
      const stars = starsFor(total, scheme.stars, vetoed[unit] === 1);
      if (stars !== null) table.stars[unit] = stars;
    }
  }

  if (grouped) {
    const all = indexesOf(scored);
    const ranked = rankScope(all);
    all.forEach((unit, k) => (table.overallRank[unit] = ranked.ranks[k] ?? 0));
  }
  return table;
}
