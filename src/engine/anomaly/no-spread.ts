/**
 * NO_SPREAD (无区分度): an indicator on which every scored unit in scope has the same score.
 * See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import type { AnomalyIndicator, AnomalyInput } from './input';
import { fmt } from './format';
import { peerScopes, type Scope } from './scope';
import { NONE } from '../model/empty';

/**
 * A scope with fewer units than this is never checked, whatever 【异常规则】 says (two equal scores
 * say nothing). The working minimum is 离群最少单位数 (default 8): like OUTLIER, a statement about
 * how units spread needs a sample — a five-unit sheet where everyone earned the full 5 points of
 * 党风廉政 is ordinary, not suspicious (docs/anomalies.md).
 */
export const NO_SPREAD_MIN_UNITS = 3;

function minUnits(input: AnomalyInput): number {
  return Math.max(NO_SPREAD_MIN_UNITS, input.rules.outlierMinUnits);
}

/**
 * NO_SPREAD issues, at most one per indicator, on the indicator's header cell (no unit).
 * Ungrouped: flagged when all (≥ 3) units score the same. Grouped: flagged once naming every group
 * (of ≥ 3 units) whose units all score the same, since ranks are within groups; when all units of
 * all groups score the same, it says so instead of listing groups.
 * Example: 8 units all 10 on “党风廉政” → `指标“党风廉政”在全部 8 个单位的得分都是 10`.
 */
export function detectNoSpread(input: AnomalyInput): Issue[] {
  const out: Issue[] = [];
  const all = peerScopes(input.units, false)[0];
  const overallConst = all ? constantScores(input, all) : [];
  const groups = input.grouped ? peerScopes(input.units, true) : [];
  const groupConst = groups.map((g) => constantScores(input, g));
  input.indicators.forEach((ind, j) => {
    const overall = overallConst[j];
    if (overall) {
      out.push(issue(input, ind, `在全部 ${overall.n} 个单位的得分都是 ${fmt(overall.value)}`,
        `is ${fmt(overall.value)} for all ${overall.n} units`));
      return;
    }
    const zh: string[] = [];
    const en: string[] = [];
    groups.forEach((g, k) => {
      const c = groupConst[k]?.[j];
      if (!c) return;
      const name = g.group ?? '';
      zh.push(`在${name === '' ? '（未分组）' : `“${name}”`}组 ${c.n} 个单位的得分都是 ${fmt(c.value)}`);
      en.push(`is ${fmt(c.value)} for all ${c.n} units of group ${name === '' ? '(none)' : `"${name}"`}`);
    });
    if (zh.length > 0) out.push(issue(input, ind, zh.join('，'), en.join('; ')));
  });
  return out;
}

function issue(input: AnomalyInput, ind: AnomalyIndicator, detail: string, detailEn: string): Issue {
  return makeIssue('NO_SPREAD', { sheet: input.sheet, row: ind.headerRow, col: ind.col, unit: null }, {
    indicator: ind.name,
    detail,
    detailEn,
  });
}

/**
 * Per indicator, the one score every unit of the scope has, when there are ≥ 3 units and all of
 * them have that score (a missing or non-finite score breaks it); null otherwise. Row-major, and
 * stops as soon as every indicator has shown two different scores.
 */
function constantScores(input: AnomalyInput, sc: Scope): Array<{ value: number; n: number } | null> {
  const m = input.indicators.length;
  const value = new Float64Array(m);
  const alive = new Uint8Array(m).fill(sc.members.length >= minUnits(input) ? 1 : 0);
  let living = alive[0] === 1 ? m : 0;
  let first = true;
  for (let k = 0; k < sc.members.length; k++) {
    if (living === 0) break;
    const scores = input.units.scores[sc.members[k] ?? -1] ?? NONE;
    for (let j = 0; j < m; j++) {
      if (alive[j] === 0) continue;
      const read = scores[j];
      const x = typeof read === 'number' ? read : NaN;
      if (first && Number.isFinite(x)) value[j] = x;
      else if (!Number.isFinite(x) || x !== value[j]) {
        alive[j] = 0;
        living--;
      }
    }
    first = false;
  }
  const n = sc.members.length;
  return Array.from({ length: m }, (_, j) => (alive[j] === 1 ? { value: value[j] ?? NaN, n } : null));
}
