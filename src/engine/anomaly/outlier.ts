/**
 * OUTLIER (离群): a total, or one indicator score, whose modified z-score within its scope is
 * beyond ±outlierZ; an indicator score must also lie at least 离群最小分差 (a share of the
 * indicator's 分值) from the scope's median, and when the scope's MAD is 0 (coarse scores: more
 * than half the units share one score) more than one score step from it and half a step beyond
 * the cut-off. See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import { sig15 } from '../math/round';
import { columnSpreads, type ColumnSpreads } from './columns';
import type { AnomalyIndicator, AnomalyInput } from './input';
import { fixed2, fmt } from './format';
import { peerScopes, type Scope } from './scope';
import { MAD_FACTOR, MEAN_AD_FACTOR, modifiedZ, type Spread } from './stats';
import { cellAt, nameCellAt } from './where';
import { NONE } from '../model/empty';

/**
 * OUTLIER issues: for each scope of at least `rules.outlierMinUnits` units, the total (on the
 * name cell, where 总分) and each indicator score (on the score cell) with |modified z| > outlierZ
 * that also pass the indicator's two distance rules (`cutsOf`).
 * Example: totals 80, 81, 82, 83, 84, 85, 86, 40 → median 82.5, MAD 2, z(40) = 0.6745·(−42.5)/2
 * = −14.33: the unit scoring 40 is flagged.
 */
export function detectOutliers(input: AnomalyInput): Issue[] {
  const { units, indicators, rules } = input;
  const m = indicators.length;
  const limit = rules.outlierZ;
  const scopes = peerScopes(units, input.grouped);
  const scopeOf = new Int32Array(units.count).fill(-1);
  let counted = 0;
  scopes.forEach((sc, k) => {
    if (sc.members.length < rules.outlierMinUnits) return;
    for (let j = 0; j < sc.members.length; j++) scopeOf[sc.members[j] ?? -1] = k;
    counted++;
  });
  if (counted === 0) return [];
  // An indicator without a data-sheet cell (col −1: computed, SPEC §8) has nowhere to be flagged.
  const unwatched = Uint8Array.from(indicators, (ind) => (ind.col < 0 ? 1 : 0));
  const columns = columnSpreads(units, scopeOf, scopes.length, m, rules.outlierMinUnits, unwatched);
  const { spreads } = columns;
  const cuts = cutsOf(input, columns);
  const medians = Float64Array.from(spreads, (s) => (s ? s.median : NaN));

  const out: Issue[] = [];
  const w = m + 1;
  const flag = (k: number, i: number, j: number, c: number, x: number): void => {
    const s = spreads[c];
    const z = s ? modifiedZ(x, s) : null;
    if (s && z !== null && Math.abs(z) > limit) out.push(issueAt(input, scopes[k], i, j, x, s, z, columns.steps[c] ?? 0));
  };
  for (let i = 0; i < units.count; i++) {
    const k = scopeOf[i] ?? -1;
    if (k < 0) continue;
    const base = k * w;
    // Only values past the cut get their z computed. A column without spread has NaN cut and
    // median: the test fails, as for a non-finite value.
    const t = units.totals[i] ?? NaN;
    if (Math.abs(t - (medians[base] ?? NaN)) > (cuts[base] ?? NaN) && t - t === 0) flag(k, i, -1, base, t);
    const scores = units.scores[i] ?? NONE;
    const len = Math.min(scores.length, m);
    for (let j = 0; j < len; j++) {
      const x = scores[j];
      const c = base + j + 1;
      if (typeof x === 'number' && Math.abs(x - (medians[c] ?? NaN)) > (cuts[c] ?? NaN) && x - x === 0) flag(k, i, j, c, x);
    }
  }
  return out;
}

/**
 * Per column, the distance from the median a value must exceed to be looked at: the z cut-off
 * (|z| > outlierZ, widened by 1e-9 so that the exact z decides), and for an indicator also
 * 离群最小分差 × 分值 (at least, so narrowed by 1e-9) and, when the MAD is 0 and the scores lie on
 * a step (1 or 0.5), more than one step (the median is then a score, so distances are whole
 * steps) and the z cut-off plus half a step: a score stands for its whole step, so it counts from
 * the step's near edge (a continuity correction; without it, whole-number scores with a few
 * two-step deviations flag 4% of units on clean data, test/engine/anomaly/clean-data.test.ts).
 * Example: 分值 10, MAD 0.5, outlierZ 3.5 → max(3.5·0.5/0.6745 = 2.59, 1.5) = 2.59.
 */
function cutsOf(input: AnomalyInput, columns: ColumnSpreads): Float64Array {
  const { spreads, steps } = columns;
  const w = input.indicators.length + 1;
  const limit = input.rules.outlierZ;
  const cuts = new Float64Array(spreads.length).fill(NaN);
  for (let c = 0; c < spreads.length; c++) {
    const s = spreads[c];
    if (!s) continue;
    const j = (c % w) - 1;
    const zCut = limit * scaleOf(s) * (1 - 1e-9);
    if (j < 0) {
      cuts[c] = zCut;
      continue;
    }
    const least = minDiff(input, j) * (1 - 1e-9);
    const step = s.mad > 0 ? 0 : (steps[c] ?? 0);
    cuts[c] = Math.max(zCut + step / 2, least, step * (1 + 1e-9));
  }
  return cuts;
}

/** 离群最小分差 in points for indicator j: the ratio × 分值, to 15 significant digits (0 when that is not a positive number). */
function minDiff(input: AnomalyInput, j: number): number {
  const d = sig15(input.rules.outlierMinDiff * (input.indicators[j]?.max ?? 0));
  return Number.isFinite(d) && d > 0 ? d : 0;
}

/** What one unit of modified z is, in points: MAD/0.6745, or 1.253314·MeanAD when MAD is 0 (NaN when both are 0). */
function scaleOf(s: Spread): number {
  if (s.mad > 0) return s.mad / MAD_FACTOR;
  if (s.meanAd > 0) return MEAN_AD_FACTOR * s.meanAd;
  return NaN;
}

/** The issue for unit i's total (j = −1) or its score on indicator j. */
function issueAt(input: AnomalyInput, sc: Scope | undefined, i: number, j: number, x: number, s: Spread, z: number, step: number): Issue {
  const grouped = sc?.group !== null && sc?.group !== undefined;
  const ind = j >= 0 ? input.indicators[j] : undefined;
  const at = ind ? cellAt(input, i, ind.col) : nameCellAt(input, i, '总分');
  return makeIssue('OUTLIER', at, {
    ...plain(ind, x, s, grouped),
    ...statistics(input, j, x, s, z, step),
    scopeEn: sc?.labelEn ?? 'all units',
  });
}

/** The Chinese words: what, its value, higher or lower, than whom, and the median. */
function plain(ind: AnomalyIndicator | undefined, x: number, s: Spread, grouped: boolean) {
  return {
    what: ind ? `“${ind.name}”${fmt(x)} 分` : `总分 ${fmt(x)} 分`,
    whatEn: ind ? `the score on "${ind.name}"` : 'the total',
    value: fmt(x),
    direction: x > s.median ? '高于' : '低于',
    directionEn: x > s.median ? 'above' : 'below',
    scope: grouped ? '同组其他单位' : '其他单位',
    medianLabel: grouped ? '同组中位数' : '中位数',
    median: fmt(s.median),
  };
}

/**
 * The statistics, for the English text (and so the report): MAD or MeanAD, z, threshold, and for an
 * indicator the distance rules. Example: `; 5 from the median, at least 1.5 = 15% of 分值 10; with MAD 0
 * and scores in steps of 1: more than one step, and half a step beyond the threshold`.
 */
function statistics(input: AnomalyInput, j: number, x: number, s: Spread, z: number, step: number) {
  const rules = input.rules;
  const ind = input.indicators[j];
  const byMad = s.mad > 0;
  const pct = fmt(sig15(rules.outlierMinDiff * 100));
  const oneStep = !byMad && step > 0 ? `; with MAD 0 and scores in steps of ${fmt(step)}: more than one step, and half a step beyond the threshold` : '';
  const distance = `; ${fmt(sig15(Math.abs(x - s.median)))} from the median`;
  const least = minDiff(input, j);
  return {
    z: fixed2(z),
    threshold: fmt(rules.outlierZ),
    spreadEn: byMad ? `MAD ${fmt(s.mad)}` : `MAD is 0, mean absolute deviation ${fmt(s.meanAd)} used`,
    leastEn: ind ? `${distance}${least > 0 ? `, at least ${fmt(least)} = ${pct}% of 分值 ${fmt(ind.max)}` : ''}${oneStep}` : '',
  };
}
