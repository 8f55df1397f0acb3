/** ALL_FULL_MARKS (全满分): a unit at full marks on every indicator. See docs/anomalies.md. */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import type { AnomalyInput } from './input';
import { nameCellAt } from './where';
import { NONE } from '../model/empty';

/**
 * ALL_FULL_MARKS issues, on the name cell of each unit whose score equals the indicator's 分值 on
 * every indicator (exact equality: 9.99 of 10 is not full marks). Nothing when there are no indicators.
 * Example: 分值 10, 20, 30 and scores 10, 20, 30 → flagged; 10, 20, 29.5 → not.
 */
export function detectAllFullMarks(input: AnomalyInput): Issue[] {
  const { indicators, units } = input;
  const m = indicators.length;
  if (m === 0) return [];
  const out: Issue[] = [];
  for (let i = 0; i < units.count; i++) {
    if (units.scored[i] !== 1) continue;
    const scores = units.scores[i] ?? NONE;
    let full = scores.length >= m;
    for (let j = 0; full && j < m; j++) full = scores[j] === indicators[j]?.max;
    if (full) out.push(makeIssue('ALL_FULL_MARKS', nameCellAt(input, i), { count: m }));
  }
  return out;
}
