/**
 * Grades within one scope (SPEC §4.1–4.3): quotas filled best first, ties at a quota's edge left
 * to the 考核办, vetoes capping the best grade a unit can get.
 */
import type { GradeRule, QuotaRounding } from '../model/scheme';
import { quotaCount } from './quota';
import { NONE } from '../model/empty';


export interface GradeCandidate {
  /** The rounded total. */
  readonly total: number;
  /** Tie-group id from `rankEntries` (equal ⇔ tied). */
  readonly position: number;
  /** Index of the best grade allowed: 0 normally, 1 for 取消评优, the last index for 定为末等. */
  readonly cap: number;
  /** 定为末等: the unit gets the lowest grade whatever its total. */
  readonly forceLowest: boolean;
}

/** Why a unit did not get a better grade whose 最低分 its total reached. */
export type MissReason = 'quota' | 'tie' | 'veto';

export interface GradeOutcome {
  /** Index into the grades, or null when there are no grades. */
  readonly grade: number | null;
  /** The first grade whose quota edge fell inside this unit's tie run (→ warning `QUOTA_TIE`), or null. */
  readonly quotaTie: number | null;
  /** Each better grade (best first) whose 最低分 the total reached but that the unit did not get, and why. */
  readonly missed: ReadonlyArray<{ readonly grade: number; readonly why: MissReason }>;
}


/** The candidates of one scope as flat arrays, in rank order (index = place in rank order). */
export interface GradeColumns {
  readonly total: Float64Array;
  readonly position: Int32Array;
  readonly cap: Int32Array;
  /** 1 for 定为末等. */
  readonly forceLowest: Uint8Array;
}

/** `assignGrades` on flat arrays: grade index per candidate (-1: no grades), quotaTie (-1: none), misses (undefined: none). */
export interface GradeColumnsOutcome {
  readonly grade: Int32Array;
  readonly quotaTie: Int32Array;
  readonly missed: ReadonlyArray<GradeOutcome['missed'] | undefined>;
}

/**
 * Assigns grades within one scope. `candidates` come in rank order (`rankEntries(...).order`);
 * `scopeCount` is N for the quotas (every scored unit in the scope, vetoed ones included).
 *
 * Grades are filled best first. For grade g with quota q = quotaCount(N, p): the candidates are the
 * units not yet graded whose total ≥ its 最低分, whose cap ≤ g and that are not 定为末等 (unless g is the
 * lowest grade), in the given order. The first q get g — but if the q-th and (q+1)-th are tied, none
 * of that tied run gets g (those ahead of it still do); each unit of the run records `quotaTie` and
 * falls on to later grades like the rest. A grade without a quota takes every candidate.
 * A unit still ungraded after every grade has been filled (its total is below every 最低分 it is
 * allowed, or it was cut from a quota on the lowest grade) takes the lowest grade, as does every
 * 定为末等 unit. Giving it a better grade with places left would hand a cut or tied unit the very
 * grade the quota rule denied it.
 *
 * Example: 10 units, 优秀 (≥ 90, 20%) then 良好 (≥ 0, no quota), totals 95, 90, 90, 85…:
 * q = 2; the second and third candidates (both 90) are tied, so only the 95 gets 优秀; the two
 * 90s get quotaTie 0 and 良好, with missed [{ grade: 0, why: 'tie' }].
 */
export function assignGrades(
  candidates: readonly GradeCandidate[],
  grades: readonly Pick<GradeRule, 'name' | 'min' | 'quota'>[],
  scopeCount: number,
  rounding: QuotaRounding,
): GradeOutcome[] {
  const columns: GradeColumns = {
    total: Float64Array.from(candidates, (c) => c.total),
    position: Int32Array.from(candidates, (c) => c.position),
    cap: Int32Array.from(candidates, (c) => c.cap),
    forceLowest: Uint8Array.from(candidates, (c) => (c.forceLowest ? 1 : 0)),
  };
  const out = assignGradeColumns(columns, grades, scopeCount, rounding);
  return candidates.map((_, i) => {
    const g = out.grade[i] ?? -1;
    const t = out.quotaTie[i] ?? -1;
    return { grade: g < 0 ? null : g, quotaTie: t < 0 ? null : t, missed: out.missed[i] ?? NONE };
  });
}

/** `assignGrades` on flat arrays (no object per candidate); the rules are the same. */
export function assignGradeColumns(c: GradeColumns, grades: readonly Pick<GradeRule, 'name' | 'min' | 'quota'>[], scopeCount: number, rounding: QuotaRounding): GradeColumnsOutcome {
  const n = c.total.length;
  const grade = new Int32Array(n).fill(-1);
  const quotaTie = new Int32Array(n).fill(-1);
  const missed = new Array<GradeOutcome['missed'] | undefined>(n);
  if (grades.length === 0) return { grade, quotaTie, missed };
  const lowest = grades.length - 1;
  // Sparse: only units in a tied run at a quota's edge get a list.
  const tiedAt: Array<number[] | undefined> = new Array<number[] | undefined>(n);
  const { total, position, cap, forceLowest } = c;

  grades.forEach((spec, g) => {
    const pool: number[] = [];
    for (let i = 0; i < n; i++) {
      if (grade[i] === -1 && (forceLowest[i] === 0 || g === lowest) && (total[i] ?? NaN) >= spec.min && (cap[i] ?? 0) <= g) pool.push(i);
    }
    let take = pool.length;
    if (spec.quota !== null) {
      const q = quotaCount(scopeCount, spec.quota, rounding);
      if (q < pool.length) {
        take = q;
        // The tie-group of the k-th candidate in the pool (pool entries are unit indexes).
        const positionAt = (k: number): number => position[pool[k] ?? -1] ?? -1;
        const edge = q > 0 ? positionAt(q - 1) : null;
        if (edge !== null && positionAt(q) === edge) {
          // The quota's edge cuts a tied run: nobody in the run gets g.
          let start = q - 1;
          while (start > 0 && positionAt(start - 1) === edge) start--;
          take = start;
          for (let j = start; j < pool.length && positionAt(j) === edge; j++) (tiedAt[pool[j] ?? -1] ??= []).push(g);
        }
      }
    }
    for (let j = 0; j < take; j++) grade[pool[j] ?? -1] = g;
  });

  for (let i = 0; i < n; i++) {
    const forced = forceLowest[i] === 1;
    const finalGrade = forced || grade[i] === -1 ? lowest : (grade[i] ?? lowest);
    grade[i] = finalGrade;
    const ties: readonly number[] = tiedAt[i] ?? NONE;
    if (ties.length) quotaTie[i] = ties[0] ?? -1;
    let list: { grade: number; why: MissReason }[] | undefined;
    for (let g = 0; g < finalGrade; g++) {
      const rule = grades[g];
      if (rule === undefined || (total[i] ?? NaN) < rule.min) continue;
      const why: MissReason = (cap[i] ?? 0) > g || forced ? 'veto' : ties.includes(g) ? 'tie' : 'quota';
      (list ??= []).push({ grade: g, why });
    }
    if (list) missed[i] = list;
  }
  return { grade, quotaTie, missed };
}
