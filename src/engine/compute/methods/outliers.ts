/**
 * JUDGE_OUTLIER (SPEC §8.4): a judge whose score differs from the median of the other judges' scores
 * by more than 评委偏离阈值 × 评委满分. "Compared exactly" is done in Excel's own precision: the
 * difference is taken to 15 significant digits (so 90.1 − 70.1 is 20, not 19.999999999999993), then
 * `difference × den > num × 评委满分` with both products taken to 15 significant digits — exact for
 * scores of up to a few decimals and any ratio (`1/3` is one third: 3.34 is over 1/3 of 10, 3.33 not).
 */
import { sig15 } from '../../math/round';
import { sig15Whole } from '../../fast/shown-number';
import type { Ratio } from '../../model/scheme';
import type { GivenCell } from '../types';
import { shownNumber, shownRatio } from './exact';
import type { Found } from './found';
import { othersMedian, type Panel } from './panel';

export interface OutlierLine {
  /** 评委满分. */
  readonly full: number;
  /** 评委偏离阈值. */
  readonly line: Ratio;
}

/** A judge's name in messages and details: its column label, else `第 3 位评委`. */
export function judgeLabel(cell: GivenCell | undefined, j: number): string {
  return cell?.label ?? `第 ${j + 1} 位评委`;
}

/** Adds a JUDGE_OUTLIER warning on each judge's cell that is too far from the others' median. */
export function flagOutliers(found: Found, judges: readonly GivenCell[], scores: ArrayLike<number>, panel: Panel, at: OutlierLine): void {
  if (panel.order.length < 2) return;
  const den = at.line.den;
  const limit = sig15Whole(at.line.num * at.full); // = sig15, see fast/shown-number.ts
  // Far below the line no rounding can matter: skip the 15-digit steps (most judges of most units).
  const clear = limit * (1 - 1e-9);
  for (let j = 0; j < judges.length; j++) {
    const s = scores[j] ?? NaN;
    if (Number.isNaN(s)) continue;
    const median = othersMedian(scores, panel, j);
    if (Math.abs(s - median) * den < clear) continue;
    const diff = sig15(Math.abs(s - median));
    if (!(sig15(diff * den) > limit)) continue;
    const cell = judges[j];
    if (cell === undefined) continue;
    found.add('JUDGE_OUTLIER', cell.col, {
      judge: judgeLabel(cell, j),
      score: shownNumber(s),
      median: shownNumber(median),
      diff: shownNumber(diff),
      threshold: shownRatio(at.line),
    });
  }
}
