/**
 * Ranks, grades and stars for the scored units (SPEC §3, §4), scope by scope, into flat arrays
 * indexed by unit (no object per unit). A scope is a group (分组列) or all units. `排名` is the
 * rank in the scope; with groups, `总排名` is the rank over all units.
 */
import type { Issue } from '../model/issue';
import type { Scheme, VetoEffect } from '../model/scheme';
import type { GradeReason } from '../model/result';
import type { UnitTable } from '../model/unit-table';
import { makeIssue } from '../issues/make';
import { rankArrays, type Ranking } from '../rank/rank';
import { assignGradeColumns, type GradeColumns } from './assign';
import { starsFor } from './stars';
import { quotaCount } from './quota';
import { sig15 } from '../math/round';
import { fold } from '../text/fold';
import { indicatorPoints } from '../score/total';
import { indexesOf, pick } from '../fast/columns';

export interface StandingInput {
  readonly scheme: Scheme;
  /** Scored (the score step done); this step fills rank, overallRank, grade, stars, gradeReason. */
  readonly table: UnitTable;
  /** The data sheet and its unit-name column, for QUOTA_TIE warnings. */
  readonly sheet: string;
  readonly unitCol: number;
}

/** What the standings leave besides the table's columns. */
export interface StandingOutcome {
  /** Unit indexes per rank scope, in rank order. */
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
function rankScopes(table: UnitTable, grouped: boolean): number[][] {
  if (!grouped) return [indexesOf(table.scored)];
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < table.count; i++) {
    if (!table.isScored(i)) continue;
    const key = table.groupOf(i) ?? '';
    const list = byGroup.get(key);
    if (list) list.push(i);
    else byGroup.set(key, [i]);
  }
  return [...byGroup.values()];
}

/** Per unit, from its vetoes: vetoed (1/0), the best grade index allowed, 定为末等 (1/0). */
interface VetoColumns {
  readonly vetoed: Uint8Array;
  readonly cap: Int32Array;
  readonly forced: Uint8Array;
}

function vetoColumns(table: UnitTable, gradeCount: number): VetoColumns {
  const out = { vetoed: new Uint8Array(table.count), cap: new Int32Array(table.count), forced: new Uint8Array(table.count) };
  for (let i = 0; i < table.count; i++) {
    const vetoes = table.vetoesOf(i);
    if (vetoes.length === 0) continue;
    out.vetoed[i] = 1;
    const { cap, forceLowest } = gradeCap(vetoes.map((v) => v.effect), gradeCount);
    out.cap[i] = cap;
    out.forced[i] = forceLowest ? 1 : 0;
  }
  return out;
}

/** The 同分比较 keys of each unit of `scope`: its points on each tie-break indicator, in order (null: the scheme has none). */
function tieKeysOf(scheme: Scheme, table: UnitTable, scope: readonly number[]): number[][] | null {
  const names = scheme.settings.tieBreakers;
  if (names.length === 0) return null;
  const at = names.map((name) => scheme.indicators.findIndex((ind) => fold(ind.name) === fold(name)));
  return scope.map((i) => {
    const scores = table.scoresOf(i);
    return at.map((k) => {
      const ind = scheme.indicators[k];
      return sig15(ind ? indicatorPoints(ind, scores[k] ?? 0) : 0);
    });
  });
}

/** One run of the standings: the scheme, the table, the veto columns and the shared grade reasons. */
interface Run {
  readonly scheme: Scheme;
  readonly table: UnitTable;
  readonly vetoes: VetoColumns;
  readonly issues: Issue[];
  readonly at: { readonly sheet: string; readonly unitCol: number };
  /** The reason of a unit that missed nothing depends only on its cap: one shared object per cap. */
  readonly plain: Map<number, GradeReason>;
}

/** Ranks the units of `scope` (unit indexes) among themselves. */
function rankScope(run: Run, scope: readonly number[]): Ranking {
  const { settings } = run.scheme;
  return rankArrays(
    pick(run.vetoes.vetoed, scope, new Uint8Array(scope.length)),
    pick(run.table.total, scope, new Float64Array(scope.length)),
    tieKeysOf(run.scheme, run.table, scope),
    settings.rankMethod,
    settings.vetoRank,
  );
}

/**
 * The standings step (SPEC §3, §4): every scored unit's 排名, 总排名, 等次 and 星级, scope by
 * scope, into the table.
 */
export function computeStandings({ scheme, table, sheet, unitCol }: StandingInput): StandingOutcome {
  const run: Run = { scheme, table, vetoes: vetoColumns(table, scheme.grades.length), issues: [], at: { sheet, unitCol }, plain: new Map() };
  const scopes: number[][] = [];
  for (const scope of rankScopes(table, scheme.settings.groupColumn !== null)) scopes.push(standScope(run, scope));
  if (scheme.settings.groupColumn !== null) {
    const all = indexesOf(table.scored);
    const ranked = rankScope(run, all);
    for (let k = 0; k < all.length; k++) table.overallRank[all[k] ?? 0] = ranked.ranks[k] ?? 0;
  }
  return { scopes, issues: run.issues };
}

/** Ranks, grades and stars the units of one scope; returns them in rank order. */
function standScope(run: Run, scope: readonly number[]): number[] {
  const { scheme, table, vetoes } = run;
  const n = scope.length;
  const ranked = rankScope(run, scope);
  const ordered = new Array<number>(n);
  for (let k = 0; k < n; k++) table.rank[scope[k] ?? 0] = ranked.ranks[k] ?? 0;
  // Grade candidates in rank order, as flat arrays (the grade loop reads no unit object).
  const cand: GradeColumns = { total: new Float64Array(n), position: new Int32Array(n), cap: new Int32Array(n), forceLowest: new Uint8Array(n) };
  for (let pos = 0; pos < n; pos++) {
    const k = ranked.order[pos] ?? 0;
    const unit = scope[k] ?? 0;
    ordered[pos] = unit;
    cand.total[pos] = table.total[unit] ?? 0;
    cand.position[pos] = ranked.position[k] ?? 0;
    cand.cap[pos] = vetoes.cap[unit] ?? 0;
    cand.forceLowest[pos] = vetoes.forced[unit] ?? 0;
  }
  const outcome = assignGradeColumns(cand, scheme.grades, n, scheme.settings.quotaRounding);
  for (let pos = 0; pos < n; pos++) {
    const unit = ordered[pos] ?? 0;
    const total = cand.total[pos] ?? 0;
    const g = outcome.grade[pos] ?? -1;
    if (g >= 0) {
      table.grade[unit] = g;
      table.gradeReason[unit] = gradeReason(run, cand.cap[pos] ?? 0, outcome.missed[pos]);
    }
    const tie = outcome.quotaTie[pos] ?? -1;
    if (tie >= 0) run.issues.push(quotaTieIssue(run, unit, tie, total, n));
    const stars = starsFor(total, scheme.stars, vetoes.vetoed[unit] === 1);
    if (stars !== null) table.stars[unit] = stars;
  }
  return ordered;
}

function gradeReason(run: Run, cap: number, missed: ReadonlyArray<{ readonly grade: number; readonly why: GradeReason['missed'][number]['why'] }> | undefined): GradeReason {
  const grades = run.scheme.grades;
  if (missed !== undefined) return { cap: grades[cap]?.name ?? null, missed: missed.map((m) => ({ grade: grades[m.grade]?.name ?? '', why: m.why })) };
  let r = run.plain.get(cap);
  if (!r) run.plain.set(cap, (r = { cap: grades[cap]?.name ?? null, missed: [] }));
  return r;
}

/** QUOTA_TIE on unit `unit`'s name cell: tied at the edge of grade `tie`'s quota among `n` units. */
function quotaTieIssue(run: Run, unit: number, tie: number, total: number, n: number): Issue {
  const row = run.table.rowOf(unit);
  const spec = run.scheme.grades[tie];
  return makeIssue('QUOTA_TIE', { sheet: run.at.sheet, row, col: run.at.unitCol, unit: run.table.nameOf(unit), unitRow: row, where: spec?.name ?? '' }, {
    total,
    grade: spec?.name ?? '',
    quota: spec && spec.quota !== null ? quotaCount(n, spec.quota, run.scheme.settings.quotaRounding) : '',
  });
}
