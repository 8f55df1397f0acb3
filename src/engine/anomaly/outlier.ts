/**
 * OUTLIER (离群): a total, or one indicator score, whose modified z-score within its scope is
 * beyond ±outlierZ. See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import { columnSpreads } from './columns';
import type { AnomalyIndicator, AnomalyInput, AnomalyUnit } from './input';
import { fixed2, fmt } from './format';
import { peerScopes, type Scope } from './scope';
import { MAD_FACTOR, MEAN_AD_FACTOR, modifiedZ, type Spread } from './stats';
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
  const m = indicators.length;
  const limit = rules.outlierZ;

  const scopes = peerScopes(units, input.grouped);
  const scopeOf = new Int32Array(units.length).fill(-1);
  let counted = 0;
  scopes.forEach((sc, k) => {
    if (sc.members.length < rules.outlierMinUnits) return;
    for (let j = 0; j < sc.members.length; j++) scopeOf[sc.members[j] as number] = k;
    counted++;
  });
  if (counted === 0) return out;
  const w = m + 1;
  const spreads = columnSpreads(units, scopeOf, scopes.length, m, rules.outlierMinUnits);
  // Only values past a slightly widened cut-off on |x − median| get their z computed, so the
  // test is exactly |z| > limit at O(1) per ordinary value.
  const cuts = Float64Array.from(spreads, (s) => (s ? limit * scaleOf(s) * (1 - 1e-9) : NaN));
  const medians = Float64Array.from(spreads, (s) => (s ? s.median : NaN));

  for (let i = 0; i < units.length; i++) {
    const k = scopeOf[i] as number;
    if (k < 0) continue;
    const u = units[i] as AnomalyUnit;
    const sc = scopes[k] as Scope;
    const base = k * w;
    const s0 = spreads[base];
    const t = u.total;
    if (s0 && t - t === 0 && Math.abs(t - s0.median) > (cuts[base] as number)) {
      const z = modifiedZ(t, s0);
      if (z !== null && Math.abs(z) > limit) out.push(totalIssue(input, sc, u, t, s0, z));
    }
    const scores = u.scores;
    const len = Math.min(scores.length, m);
    for (let j = 0; j < len; j++) {
      const x = scores[j] as number;
      const c = base + j + 1;
      // A column without spread has NaN cut and median: the test fails, as for a non-finite x.
      if (!(Math.abs(x - (medians[c] as number)) > (cuts[c] as number)) || x - x !== 0) continue;
      const s = spreads[c] as Spread;
      const z = modifiedZ(x, s);
      if (z !== null && Math.abs(z) > limit) out.push(scoreIssue(input, sc, u, indicators[j] as AnomalyIndicator, x, s, z));
    }
  }
  return out;
}

/** What one unit of modified z is, in points: MAD/0.6745, or 1.253314·MeanAD when MAD is 0 (NaN when both are 0). */
function scaleOf(s: Spread): number {
  if (s.mad > 0) return s.mad / MAD_FACTOR;
  if (s.meanAd > 0) return MEAN_AD_FACTOR * s.meanAd;
  return NaN;
}

function totalIssue(input: AnomalyInput, sc: Scope, u: AnomalyUnit, x: number, s: Spread, z: number): Issue {
  return makeIssue('OUTLIER', nameCellAt(input, u, '总分'), params(input, sc, '总分', 'the total', x, s, z));
}

function scoreIssue(input: AnomalyInput, sc: Scope, u: AnomalyUnit, ind: AnomalyIndicator, x: number, s: Spread, z: number): Issue {
  const at = { sheet: input.sheet, row: u.row, col: ind.col, unit: u.name, unitRow: u.row };
  return makeIssue('OUTLIER', at, params(input, sc, `指标“${ind.name}”`, `the score on "${ind.name}"`, x, s, z));
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
