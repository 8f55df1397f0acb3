/**
 * A judge panel's arithmetic (SPEC §8.4), on the scores of one unit: `scores[j]` is judge j's score,
 * NaN for a judge who did not score. One sort (n log n), then every step is linear, so 10,000 judge
 * columns cost no more than sorting them.
 * - Drops: the `dropHigh` highest scores, then the `dropLow` lowest of the rest. When scores tie, the
 *   leftmost copy is dropped first (so the highest drop of `95, 95` is the left 95).
 * - Mean of the kept scores, summed in column order.
 * - The median of the OTHER judges' scores for judge j: j's copy left out of the sorted scores, the
 *   middle one (or the mean of the middle two), found by index in O(1).
 */

export const KEPT = 0;
export const HIGH = 1;
export const LOW = 2;

export interface Panel {
  /** The judges who scored, ascending by score, ties in column order. */
  readonly order: number[];
  /** Per judge: KEPT (also for a judge who did not score), HIGH or LOW when dropped. */
  readonly dropped: number[];
  /** Per judge who scored: its place in `order` (unused for the others). */
  readonly place: number[];
  /** The mean of the kept scores. */
  readonly mean: number;
  /** How many scores were kept. */
  readonly kept: number;
}

/** Trims the panel. `n` = how many judges scored; needs n > dropHigh + dropLow. */
export function trimPanel(scores: ArrayLike<number>, n: number, dropHigh: number, dropLow: number): Panel {
  // Plain lists, not typed arrays: a typed array is three objects (view, buffer, store), per unit.
  const order = new Array<number>(n).fill(0);
  let k = 0;
  for (let j = 0; j < scores.length; j++) if (!Number.isNaN(scores[j] ?? NaN)) order[k++] = j;
  sortByScore(order, scores);
  const place = new Array<number>(scores.length).fill(0);
  for (let p = 0; p < n; p++) place[order[p] ?? 0] = p;
  const dropped = new Array<number>(scores.length).fill(KEPT);
  dropHighest(scores, order, dropped, dropHigh);
  let left = dropLow;
  for (let p = 0; p < n && left > 0; p++) {
    const j = order[p] ?? 0;
    if (dropped[j] === KEPT) {
      dropped[j] = LOW;
      left--;
    }
  }
  let sum = 0;
  let kept = 0;
  for (let j = 0; j < scores.length; j++) {
    const s = scores[j] ?? NaN;
    if (!Number.isNaN(s) && dropped[j] === KEPT) {
      sum += s;
      kept++;
    }
  }
  return { order, dropped, place, mean: kept > 0 ? sum / kept : 0, kept };
}

/** Small panels (a few dozen judges) by insertion; larger ones with the built-in sort. */
const INSERTION_MAX = 32;

/**
 * Sorts judge numbers (ascending in `order` on entry) by score, ties in column order: the order of
 * `(a, b) => scores[a] - scores[b] || a - b`. Insertion moves a judge only past strictly higher
 * scores, so equal scores keep their column order; it makes no closure and no copy.
 */
export function sortByScore(order: number[], scores: ArrayLike<number>): void {
  const n = order.length;
  if (n > INSERTION_MAX) {
    order.sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) || a - b);
    return;
  }
  for (let i = 1; i < n; i++) {
    const j = order[i] ?? 0;
    const s = scores[j] ?? 0;
    let p = i - 1;
    while (p >= 0 && (scores[order[p] ?? 0] ?? 0) > s) {
      order[p + 1] = order[p] ?? 0;
      p--;
    }
    order[p + 1] = j;
  }
}

/** Marks the `count` highest scores HIGH: from the top group of equal scores down, leftmost first in each. */
function dropHighest(scores: ArrayLike<number>, order: readonly number[], dropped: number[], count: number): void {
  let left = count;
  let top = order.length - 1;
  while (left > 0 && top >= 0) {
    const v = scores[order[top] ?? 0];
    let g = top;
    while (g > 0 && scores[order[g - 1] ?? 0] === v) g--;
    for (let p = g; p <= top && left > 0; p++) {
      dropped[order[p] ?? 0] = HIGH;
      left--;
    }
    top = g - 1;
  }
}

/** The median of the scores of every judge who scored but `j` (NaN when j is the only one). */
export function othersMedian(scores: ArrayLike<number>, panel: Panel, j: number): number {
  const { order } = panel;
  const m = order.length - 1;
  if (m < 1) return NaN;
  const k = panel.place[j] ?? 0;
  // The i-th of the others is order[i] before j's place, order[i + 1] from it on.
  if (m % 2 === 1) {
    const i = (m - 1) / 2;
    return scores[order[i < k ? i : i + 1] ?? 0] ?? NaN;
  }
  const lo = m / 2 - 1;
  const hi = m / 2;
  return ((scores[order[lo < k ? lo : lo + 1] ?? 0] ?? NaN) + (scores[order[hi < k ? hi : hi + 1] ?? 0] ?? NaN)) / 2;
}
