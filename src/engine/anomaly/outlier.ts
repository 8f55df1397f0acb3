/**
 * OUTLIER (离群): a total, or one indicator score, whose modified z-score within its scope is
 * beyond ±outlierZ. See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import type { AnomalyInput } from './detect';
import { fixed2, fmt } from './format';
import { scopesOf, type Scope } from './scope';
import { modifiedZ, spread, type Spread } from './stats';
import { nameCellAt } from './where';

/**
 * OUTLIER issues: for each scope of at least `rules.outlierMinUnits` units, the total (on the
 * name cell, where 总分) and each indicator score (on the score cell) with |modified z| > outlierZ.
 * Example: totals 80, 81, 82, 83, 84, 85, 86, 40 → median 82.5, MAD 2, z(40) = 0.6745·(−42.5)/2
 * = −14.33: the unit scoring 40 is flagged.
 */
export function detectOutliers(input: AnomalyInput): Issue[] {
  const out: Issue[] = [];
  const { units, indicators, rules } = input;
  const scopes = scopesOf(units, input.grouped);
  let largest = 0;
  for (const sc of scopes) largest = Math.max(largest, sc.members.length);
  const scratch = new Float64Array(largest);

  for (const sc of scopes) {
    if (sc.members.length < rules.outlierMinUnits) continue;
    checkColumn(input, sc, scratch, (i) => units[i]?.total, (i, x, s, z) => {
      const u = units[i];
      if (!u) return;
      out.push(makeIssue('OUTLIER', nameCellAt(input, u, '总分'), params(input, sc, '总分', 'the total', x, s, z)));
    });
    indicators.forEach((ind, j) => {
      checkColumn(input, sc, scratch, (i) => units[i]?.scores[j], (i, x, s, z) => {
        const u = units[i];
        if (!u) return;
        const at = { sheet: input.sheet, row: u.row, col: ind.col, unit: u.name, unitRow: u.row + 1 };
        out.push(makeIssue('OUTLIER', at, params(input, sc, `指标“${ind.name}”`, `the score on "${ind.name}"`, x, s, z)));
      });
    });
  }
  return out;
}

/** Computes the spread of one column over a scope and reports every value beyond the threshold. */
function checkColumn(
  input: AnomalyInput,
  sc: Scope,
  scratch: Float64Array,
  read: (unitIndex: number) => number | undefined,
  report: (unitIndex: number, x: number, s: Spread, z: number) => void,
): void {
  let n = 0;
  for (const i of sc.members) {
    const x = read(i);
    if (x !== undefined && Number.isFinite(x)) scratch[n++] = x;
  }
  if (n < input.rules.outlierMinUnits) return;
  const s = spread(scratch, n);
  if (!s) return;
  const limit = input.rules.outlierZ;
  for (const i of sc.members) {
    const x = read(i);
    if (x === undefined || !Number.isFinite(x)) continue;
    const z = modifiedZ(x, s);
    if (z !== null && Math.abs(z) > limit) report(i, x, s, z);
  }
}

function params(input: AnomalyInput, sc: Scope, what: string, whatEn: string, x: number, s: Spread, z: number) {
  const byMad = s.mad > 0;
  return {
    what,
    whatEn,
    value: fmt(x),
    median: fmt(s.median),
    z: fixed2(z),
    scope: sc.label,
    scopeEn: sc.labelEn,
    threshold: fmt(input.rules.outlierZ),
    spread: byMad ? `绝对中位差 MAD ${fmt(s.mad)}` : `MAD 为 0，改用平均绝对偏差 ${fmt(s.meanAd)}`,
    spreadEn: byMad ? `MAD ${fmt(s.mad)}` : `MAD is 0, mean absolute deviation ${fmt(s.meanAd)} used`,
  };
}
