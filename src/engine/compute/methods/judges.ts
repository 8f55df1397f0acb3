/**
 * `评委` (SPEC §8.4): a panel's scores, one cell per judge. Each is a score (§1.2) within 0..评委满分
 * (default 分值), else OUT_OF_RANGE; an empty cell is a judge who did not score. Any bad cell blocks the
 * panel (no count check then). n = 0 is a blank (§8.1) and 0 < n < 评委最少人数 is JUDGES_TOO_FEW,
 * both on `firstCol`. Otherwise the drops (panel.ts) and score = ROUND(分值 × mean / 评委满分, 小数位).
 * JUDGE_OUTLIER warnings (outliers.ts) only for a panel that was scored.
 */
import { excelRound } from '../../math/round';
import type { Indicator, Settings } from '../../model/scheme';
import type { IndicatorDetail } from '../../model/result';
import { DETAIL_LATER, type GivenCell, type MethodOutcome, type UnitPlace } from '../types';
import { shownNumber } from './exact';
import { Found, cellName, cellsName } from './found';
import { flagOutliers, judgeLabel } from './outliers';
import { HIGH, LOW, trimPanel, type Panel } from './panel';
import { blankScore, readPoints } from './read';

export function scoreJudges(ind: Indicator, judges: readonly GivenCell[], settings: Settings, place: UnitPlace, firstCol: number): MethodOutcome {
  const found = new Found(place);
  // 评委满分 ≤ 0 is the scheme's SCHEME_INVALID; a hand-built one falls back to 分值 rather than divide by it.
  const full = settings.judgeFullMark !== null && settings.judgeFullMark > 0 ? settings.judgeFullMark : ind.max;
  // A plain list, not a Float64Array: above 64 bytes a typed array's memory is allocated outside the
  // heap, per unit (src/engine/fast/README.md, "small typed arrays").
  const scores: number[] = [];
  let n = 0;
  for (let j = 0; j < judges.length; j++) {
    const cell = judges[j];
    // A plain score in range is what readPoints returns at once; only other cells need the judge's name.
    const v = cell?.value;
    const read = cell === undefined ? NaN : typeof v === 'number' && v >= 0 && v <= full + 1e-9 ? (v === 0 ? 0 : v) : readPoints(found, cell, { name: ind.name, judge: judgeLabel(cell, j), max: full });
    scores.push(typeof read === 'number' ? read : NaN);
    if (typeof read === 'number') n++;
  }
  if (found.error) return found.failed();
  if (n === 0) {
    const score = blankScore(found, firstCol, ind, settings, { zh: '没有评委打分。请填写各评委的打分。', en: 'No judge scored. Enter the judges\' scores.' });
    return score === null ? found.failed() : found.scored(score, place.deferDetail === true ? DETAIL_LATER : judgeDetail(ind, judges, scores, null, place));
  }
  const dropHigh = whole(settings.dropHighest);
  const dropLow = whole(settings.dropLowest);
  const least = Math.max(whole(settings.judgeMinimum), dropHigh + dropLow + 1);
  if (n < least) {
    found.add('JUDGES_TOO_FEW', firstCol, { indicator: ind.name, n, min: least });
    return found.failed();
  }
  const panel = trimPanel(scores, n, dropHigh, dropLow);
  const score = excelRound((ind.max * panel.mean) / full, settings.decimals);
  flagOutliers(found, judges, scores, panel, { full, line: settings.judgeDeviation });
  return found.scored(score, place.deferDetail === true ? DETAIL_LATER : judgeDetail(ind, judges, scores, panel, place));
}

/** A count setting as a whole number ≥ 0 (settings built by hand may hold anything). */
export function whole(x: number): number {
  return Number.isFinite(x) && x > 0 ? Math.trunc(x) : 0;
}

/** The detail: each judge's score and drop, and the sentence (`9 位评委，去掉最高 95、最低 70，其余 7 位平均 86.14`). */
function judgeDetail(ind: Indicator, judges: readonly GivenCell[], scores: ArrayLike<number>, panel: Panel | null, place: UnitPlace): IndicatorDetail {
  const list = judges.map((cell, j) => {
    const s = scores[j] ?? NaN;
    const d = panel?.dropped[j];
    return { label: judgeLabel(cell, j), cell: cellName(place, cell.col), score: Number.isNaN(s) ? null : s, dropped: d === HIGH ? ('high' as const) : d === LOW ? ('low' as const) : null };
  });
  return { indicator: ind.name, method: '评委', text: panel === null ? '没有评委打分，按 0 分计' : panelText(judges.length, scores, panel), cell: cellsName(place, judges), judges: list };
}

/**
 * `9 位评委，去掉最高 95、最低 70，其余 7 位平均 86.14`. Two or more drops on a side:
 * `去掉最高 2 个（98、95）`; no drops: `5 位评委，平均 86.2`; judges who did not score:
 * `8 位评委（另有 1 位未打分）…`. The mean is shown ROUNDed to 2 decimals, without trailing zeros.
 */
function panelText(columns: number, scores: ArrayLike<number>, panel: Panel): string {
  const highs: string[] = [];
  const lows: string[] = [];
  for (const j of panel.order) {
    if (panel.dropped[j] === HIGH) highs.unshift(shownNumber(scores[j] ?? 0));
    else if (panel.dropped[j] === LOW) lows.push(shownNumber(scores[j] ?? 0));
  }
  const n = panel.order.length;
  const head = `${n} 位评委${columns > n ? `（另有 ${columns - n} 位未打分）` : ''}`;
  const mean = String(excelRound(panel.mean, 2));
  const side = (word: string, list: readonly string[]): string => (list.length === 1 ? `${word} ${list[0] ?? ''}` : `${word} ${list.length} 个（${list.join('、')}）`);
  const drops = [...(highs.length ? [side('最高', highs)] : []), ...(lows.length ? [side('最低', lows)] : [])];
  return drops.length ? `${head}，去掉${drops.join('、')}，其余 ${panel.kept} 位平均 ${mean}` : `${head}，平均 ${mean}`;
}
