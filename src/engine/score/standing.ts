/**
 * Ranks, grades and stars for the scored units (SPEC §3, §4), scope by scope.
 * A scope is a group (分组列) or all units. `排名` is the rank in the scope; with groups,
 * `总排名` is the rank over all units.
 */
import type { Issue } from '../model/issue';
import type { Scheme, VetoEffect } from '../model/scheme';
import type { GradeReason, VetoOutcome } from '../model/result';
import { makeIssue } from '../issues/make';
import { rankArrays } from '../rank/rank';
import { assignGrades, type GradeCandidate } from '../grade/assign';
import { starsFor } from '../grade/stars';
import { quotaCount } from '../grade/quota';
import { sig15 } from '../math/round';

export interface Standing {
  rank: number | null;
  overallRank: number | null;
  grade: string | null;
  stars: number | null;
  gradeReason: GradeReason | null;
  /** Index of this unit in its scope's rank order (for the result sheet). */
  order: number;
}

export interface StandingInput {
  readonly row: number;
  readonly name: string;
  readonly group: string | null;
  readonly total: number;
  readonly vetoes: readonly VetoOutcome[];
  /** Points of the 同分比较 indicators, in order. */
  readonly tieKeys: readonly number[];
}

/** The best grade index a unit may get (SPEC §4.1): 0 = top grade. */
export function gradeCap(effects: readonly VetoEffect[], gradeCount: number): { cap: number; forceLowest: boolean } {
  const lowest = Math.max(0, gradeCount - 1);
  if (effects.includes('定为末等')) return { cap: lowest, forceLowest: true };
  if (effects.includes('取消评优')) return { cap: Math.min(1, lowest), forceLowest: false };
  return { cap: 0, forceLowest: false };
}

const NO_CAP = { cap: 0, forceLowest: false } as const;

function scopesOf(units: readonly StandingInput[], grouped: boolean): number[][] {
  if (!grouped) return [units.map((_, i) => i)];
  const byGroup = new Map<string, number[]>();
  units.forEach((u, i) => {
    const key = u.group ?? '';
    const list = byGroup.get(key);
    if (list) list.push(i);
    else byGroup.set(key, [i]);
  });
  return [...byGroup.values()];
}

/** Computes every unit's standing; QUOTA_TIE warnings are returned with the unit's name cell. */
export function computeStandings(scheme: Scheme, units: readonly StandingInput[], sheet: string, unitCol: number): { standings: Standing[]; issues: Issue[]; scopes: number[][] } {
  const { settings } = scheme;
  const grouped = settings.groupColumn !== null;
  const standings: Standing[] = units.map(() => ({ rank: null, overallRank: null, grade: null, stars: null, gradeReason: null, order: 0 }));
  const issues: Issue[] = [];
  // Flat arrays for ranking (no object per unit); tie keys only when the scheme has 同分比较.
  const n = units.length;
  const vetoed = new Uint8Array(n);
  const totals = new Float64Array(n);
  units.forEach((u, i) => {
    vetoed[i] = u.vetoes.length > 0 ? 1 : 0;
    totals[i] = u.total;
  });
  const keys = units.some((u) => u.tieKeys.length > 0) ? units.map((u) => u.tieKeys.map(sig15)) : null;
  const scopes = scopesOf(units, grouped);
  const orderedScopes: number[][] = [];

  for (const scope of scopes) {
    const ranked = scope.length === n
      ? rankArrays(vetoed, totals, keys, settings.rankMethod, settings.vetoRank)
      : rankArrays(
          Uint8Array.from(scope, (i) => vetoed[i] as number),
          Float64Array.from(scope, (i) => totals[i] as number),
          keys ? scope.map((i) => keys[i] as number[]) : null,
          settings.rankMethod,
          settings.vetoRank,
        );
    scope.forEach((unitIndex, k) => {
      (standings[unitIndex] as Standing).rank = ranked.ranks[k] ?? null;
    });
    ranked.order.forEach((k, pos) => {
      (standings[scope[k] as number] as Standing).order = pos;
    });
    orderedScopes.push(ranked.order.map((k) => scope[k] as number));

    const grades = scheme.grades;
    // The reason of a unit that missed nothing depends only on its cap: share one object per cap.
    const plain = new Map<number, GradeReason>();
    const plainReason = (cap: number): GradeReason => {
      let r = plain.get(cap);
      if (!r) plain.set(cap, (r = { cap: grades[cap]?.name ?? null, missed: [] }));
      return r;
    };
    const candidates: GradeCandidate[] = ranked.order.map((k) => {
      const u = units[scope[k] as number] as StandingInput;
      const { cap, forceLowest } = u.vetoes.length ? gradeCap(u.vetoes.map((v) => v.effect), grades.length) : NO_CAP;
      return { total: u.total, position: ranked.position[k] as number, cap, forceLowest };
    });
    const outcomes = assignGrades(candidates, grades, scope.length, settings.quotaRounding);
    ranked.order.forEach((k, pos) => {
      const unitIndex = scope[k] as number;
      const u = units[unitIndex] as StandingInput;
      const outcome = outcomes[pos];
      const cand = candidates[pos] as GradeCandidate;
      const st = standings[unitIndex] as Standing;
      if (outcome && outcome.grade !== null) {
        st.grade = grades[outcome.grade]?.name ?? null;
        st.gradeReason = outcome.missed.length === 0
          ? plainReason(cand.cap)
          : { cap: grades[cand.cap]?.name ?? null, missed: outcome.missed.map((m) => ({ grade: grades[m.grade]?.name ?? '', why: m.why })) };
      }
      if (outcome && outcome.quotaTie !== null) {
        const g = grades[outcome.quotaTie];
        issues.push(makeIssue('QUOTA_TIE', { sheet, row: u.row, col: unitCol, unit: u.name, unitRow: u.row + 1, where: g?.name ?? '' }, {
          total: u.total,
          grade: g?.name ?? '',
          quota: g && g.quota !== null ? quotaCount(scope.length, g.quota, settings.quotaRounding) : '',
        }));
      }
      st.stars = starsFor(u.total, scheme.stars, u.vetoes.length > 0);
    });
  }

  if (grouped) {
    const ranked = rankArrays(vetoed, totals, keys, settings.rankMethod, settings.vetoRank);
    units.forEach((_, i) => {
      (standings[i] as Standing).overallRank = ranked.ranks[i] ?? null;
    });
  }
  return { standings, issues, scopes: orderedScopes };
}
