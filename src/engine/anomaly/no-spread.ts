/**
 * NO_SPREAD (无区分度): an indicator on which every scored unit in scope has the same score.
 * See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import type { AnomalyIndicator, AnomalyInput } from './detect';
import { fmt } from './format';
import { scopesOf, type Scope } from './scope';

/** A scope with fewer units than this is not checked (two equal scores say nothing). */
export const NO_SPREAD_MIN_UNITS = 3;

/**
 * NO_SPREAD issues, at most one per indicator, on the indicator's header cell (no unit).
 * Ungrouped: flagged when all (≥ 3) units score the same. Grouped: flagged once naming every group
 * (of ≥ 3 units) whose units all score the same, since ranks are within groups; when all units of
 * all groups score the same, it says so instead of listing groups.
 * Example: 8 units all 10 on “党风廉政” → `指标“党风廉政”在全部 8 个单位的得分都是 10`.
 */
export function detectNoSpread(input: AnomalyInput): Issue[] {
  const out: Issue[] = [];
  const all = scopesOf(input.units, false)[0] as Scope;
  const groups = input.grouped ? scopesOf(input.units, true) : [];
  input.indicators.forEach((ind, j) => {
    const overall = constantOver(input, all, j);
    if (overall) {
      out.push(issue(input, ind, `在全部 ${overall.n} 个单位的得分都是 ${fmt(overall.value)}`,
        `is ${fmt(overall.value)} for all ${overall.n} units`));
      return;
    }
    const zh: string[] = [];
    const en: string[] = [];
    for (const g of groups) {
      const c = constantOver(input, g, j);
      if (!c) continue;
      const name = g.group ?? '';
      zh.push(`在${name === '' ? '（未分组）' : `“${name}”`}组 ${c.n} 个单位的得分都是 ${fmt(c.value)}`);
      en.push(`is ${fmt(c.value)} for all ${c.n} units of group ${name === '' ? '(none)' : `"${name}"`}`);
    }
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

/** The one score every unit of the scope has on indicator j, when there are ≥ 3 and all agree. */
function constantOver(input: AnomalyInput, sc: Scope, j: number): { value: number; n: number } | null {
  if (sc.members.length < NO_SPREAD_MIN_UNITS) return null;
  let first: number | undefined;
  let n = 0;
  for (const i of sc.members) {
    const x = input.units[i]?.scores[j];
    if (x === undefined || !Number.isFinite(x)) return null; // a unit without a score: not "every unit"
    if (first === undefined) first = x;
    else if (x !== first) return null;
    n++;
  }
  return first === undefined || n < NO_SPREAD_MIN_UNITS ? null : { value: first, n };
}
