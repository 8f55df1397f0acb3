/**
 * The anomaly detector (issue 5): statistical flags on scored units, all warnings. Pure and
 * deterministic; O(units × indicators) (medians by quickselect, identical rows by hashing).
 * Every flag, its definition and its defaults: docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import type { AnomalyInput } from './input';
import { detectAllFullMarks } from './full-marks';
import { detectIdenticalRows } from './identical';
import { detectNoSpread } from './no-spread';
import { detectOutliers } from './outlier';
import { detectPeriodJumps } from './period-jump';

export type { AnomalyIndicator, AnomalyInput, AnomalyUnits } from './input';

/**
 * Every anomaly issue (severity warning), ordered by row, then column, then code in the order
 * OUTLIER, IDENTICAL_ROWS, ALL_FULL_MARKS, NO_SPREAD, PERIOD_JUMP. A flag off in
 * `rules.enabled` is not computed. Never throws on well-typed input, however odd its numbers.
 * Example: one unit 40 among seven units 80..86 (ungrouped) →
 * `[OUTLIER on its name cell, where 总分]` (median 82.5, MAD 2, z −14.33).
 */
export function detectAnomalies(input: AnomalyInput): Issue[] {
  const on = input.rules.enabled;
  const found: Issue[] = [
    ...(on.OUTLIER ? detectOutliers(input) : []),
    ...(on.IDENTICAL_ROWS ? detectIdenticalRows(input) : []),
    ...(on.ALL_FULL_MARKS ? detectAllFullMarks(input) : []),
    ...(on.NO_SPREAD ? detectNoSpread(input) : []),
    ...(on.PERIOD_JUMP ? detectPeriodJumps(input) : []),
  ];
  // Array.prototype.sort is stable: within one cell the code order above is kept.
  return found.sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || (a.col ?? -1) - (b.col ?? -1));
}
