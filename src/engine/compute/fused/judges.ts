/**
 * `评委`'s fast path for the common clean panel: the score `scoreJudges` (compute/methods/judges.ts)
 * gives when it has nothing to say, computed without its `Found`, outcome, panel lists or detail.
 * Clean = every cell a number within 0..评委满分 or empty, at least 评委最少人数 judges (never 0),
 * at most 32 columns, and every judge clearly inside the JUDGE_OUTLIER line (the plain check's own
 * "far below the line" shortcut). Anything else is NaN: the caller then runs the plain method.
 * The arithmetic is the plain one step for step (same drops, ties leftmost first, the kept scores
 * summed in column order, the same ROUND), so the score is the same double; test/engine/compute/fused-methods.test.ts.
 */
import { excelRound } from '../../math/round';
import type { Indicator, Settings } from '../../model/scheme';
import { EMPTY } from '../packed';
import { whole } from '../methods/judges';
import { sig15Whole } from '../../fast/shown-number';

/** Panels wider than this go to the plain method (its insertion sort's limit too). */
const WIDEST = 32;
const KEPT = 0;
const DROPPED = 1;

/** A panel's settings, worked out once per indicator; plus the buffers one unit's panel reuses. */
export interface JudgeLine {
  readonly max: number;
  readonly full: number;
  readonly dropHigh: number;
  readonly dropLow: number;
  readonly least: number;
  readonly den: number;
  /** Below this, |score − others' median| × den is no outlier whatever the rounding (outliers.ts). */
  readonly clear: number;
  readonly decimals: number;
  /** The judges' columns on the row, in panel order. */
  readonly cols: readonly number[];
  /** Typed: made once per indicator, and a read of a plain list's double through `??` boxes it (fast/README.md, "reads"). */
  readonly scores: Float64Array;
  readonly order: Int32Array;
  readonly dropped: Uint8Array;
}

export function judgeLine(ind: Indicator, settings: Settings, cols: readonly number[]): JudgeLine {
  const width = cols.length;
  const full = settings.judgeFullMark !== null && settings.judgeFullMark > 0 ? settings.judgeFullMark : ind.max;
  const dropHigh = whole(settings.dropHighest);
  const dropLow = whole(settings.dropLowest);
  const line = settings.judgeDeviation;
  return {
    max: ind.max,
    full,
    dropHigh,
    dropLow,
    least: Math.max(whole(settings.judgeMinimum), dropHigh + dropLow + 1),
    den: line.den,
    clear: sig15Whole(line.num * full) * (1 - 1e-9),
    decimals: settings.decimals,
    cols,
    scores: new Float64Array(width),
    order: new Int32Array(width),
    dropped: new Uint8Array(width),
  };
}

/** The clean panel's score on the unit's packed row (compute/packed.ts) at `base`, else NaN (see the file's comment). */
export function judgesClean(vals: Float64Array, base: number, at: JudgeLine): number {
  const cols = at.cols;
  const m = cols.length;
  if (m > WIDEST) return NaN;
  const { scores, full } = at;
  let n = 0;
  let low = Infinity;
  let high = -Infinity;
  let top = -1; // the leftmost of the highest scores
  for (let j = 0; j < m; j++) {
    const v = vals[base + (cols[j] ?? 0)] ?? NaN;
    if (v === EMPTY) scores[j] = NaN;
    else if (v >= 0 && v <= full + 1e-9) {
      scores[j] = v === 0 ? 0 : v;
      if (v < low) low = v;
      if (v > high) {
        high = v;
        top = j;
      }
      n++;
    } else return NaN;
  }
  if (n === 0 || n < at.least) return NaN;
  // No judge is further from the others' median than the panel's range (rounding keeps that order),
  // so a panel whose range is clearly within the line needs no median (most panels).
  const near = (high - low) * at.den < at.clear;
  if (near && at.dropHigh <= 1 && at.dropLow <= 1) return oneEach(scores, m, at.dropHigh === 1 ? top : -1, at);
  sortPanel(scores, m, at.order);
  if (!near && !noOutlier(scores, at.order, n, at)) return NaN;
  const dropped = at.dropped;
  for (let j = 0; j < m; j++) dropped[j] = KEPT;
  dropSides(scores, at.order, dropped, n, at);
  let sum = 0;
  let kept = 0;
  for (let j = 0; j < m; j++) {
    const s = scores[j] ?? NaN;
    if (!Number.isNaN(s) && dropped[j] === KEPT) {
      sum += s;
      kept++;
    }
  }
  return meanScore(sum, kept, at);
}

/** ROUND(分值 × mean / 评委满分, 小数位), the mean 0 when nothing was kept (as panel.ts). */
function meanScore(sum: number, kept: number, at: JudgeLine): number {
  const mean = kept > 0 ? sum / kept : 0;
  return excelRound((at.max * mean) / at.full, at.decimals);
}

/**
 * At most one drop a side, without sorting: the highest drop is the leftmost of the highest scores
 * (`top`, −1 for none), the lowest the leftmost of the lowest of the others — the judges panel.ts drops.
 */
function oneEach(scores: Float64Array, m: number, top: number, at: JudgeLine): number {
  let bottom = -1;
  if (at.dropLow === 1) {
    let least = Infinity;
    for (let j = 0; j < m; j++) {
      const s = scores[j] ?? NaN;
      if (j !== top && s < least) {
        least = s;
        bottom = j;
      }
    }
  }
  let sum = 0;
  let kept = 0;
  for (let j = 0; j < m; j++) {
    const s = scores[j] ?? NaN;
    if (!Number.isNaN(s) && j !== top && j !== bottom) {
      sum += s;
      kept++;
    }
  }
  return meanScore(sum, kept, at);
}

/** The judges who scored into `order`, ascending by score, ties in column order (panel.ts sortByScore). */
function sortPanel(scores: Float64Array, m: number, order: Int32Array): void {
  let n = 0;
  for (let j = 0; j < m; j++) {
    const v = scores[j] ?? NaN;
    if (Number.isNaN(v)) continue;
    // Insertion: j goes past strictly higher scores only.
    let p = n - 1;
    while (p >= 0 && (scores[order[p] ?? 0] ?? 0) > v) {
      order[p + 1] = order[p] ?? 0;
      p--;
    }
    order[p + 1] = j;
    n++;
  }
}

/** The drops of panel.ts: the highest from the top group down (leftmost first in a group), then the lowest of the rest. */
function dropSides(scores: Float64Array, order: Int32Array, dropped: Uint8Array, n: number, at: JudgeLine): void {
  let left = at.dropHigh;
  let top = n - 1;
  while (left > 0 && top >= 0) {
    const v = scores[order[top] ?? 0];
    let g = top;
    while (g > 0 && scores[order[g - 1] ?? 0] === v) g--;
    for (let p = g; p <= top && left > 0; p++) {
      dropped[order[p] ?? 0] = DROPPED;
      left--;
    }
    top = g - 1;
  }
  left = at.dropLow;
  for (let p = 0; p < n && left > 0; p++) {
    const j = order[p] ?? 0;
    if (dropped[j] === KEPT) {
      dropped[j] = DROPPED;
      left--;
    }
  }
}

/** True when every judge is clearly within the line from the others' median (panel.ts othersMedian). */
function noOutlier(scores: Float64Array, order: Int32Array, n: number, at: JudgeLine): boolean {
  const m = n - 1;
  if (m < 1) return true;
  for (let k = 0; k < n; k++) {
    const s = scores[order[k] ?? 0] ?? NaN;
    let median: number;
    if (m % 2 === 1) {
      const i = (m - 1) / 2;
      median = scores[order[i < k ? i : i + 1] ?? 0] ?? NaN;
    } else {
      const lo = m / 2 - 1;
      const hi = m / 2;
      median = ((scores[order[lo < k ? lo : lo + 1] ?? 0] ?? NaN) + (scores[order[hi < k ? hi : hi + 1] ?? 0] ?? NaN)) / 2;
    }
    if (!(Math.abs(s - median) * at.den < at.clear)) return false;
  }
  return true;
}
