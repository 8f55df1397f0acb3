/** The anomaly detectors' units: a columnar view of the unit table, sharing its columns. */
import { EMPTY_TABLE, type UnitTable } from '../model/unit-table';
import type { VetoOutcome } from '../model/result';
import type { AnomalyUnits } from './input';

/**
 * The table's columns as the detectors read them. Only `totals` is new (the totals the flags may
 * compare); `ranks` is 总排名 when grouped, else 排名. No object per unit.
 */
export function anomalyUnits(table: UnitTable, grouped: boolean): AnomalyUnits {
  return {
    count: table.count,
    scored: table.scored,
    rows: table.rows,
    names: table.names,
    groups: table.groups,
    scores: table.scores,
    totals: flagTotals(table),
    ranks: grouped ? table.overallRank : table.rank,
  };
}

/** The totals, NaN for an unscored unit and where a 总分计零 veto made the total 0. */
function flagTotals(t: UnitTable): Float64Array {
  const out = new Float64Array(t.count).fill(NaN);
  for (let i = 0; i < t.count; i++) {
    if (t.scored[i] === 1 && !zeroed(t.vetoesOf(i))) out[i] = t.total[i] ?? NaN;
  }
  return out;
}

function zeroed(vetoes: readonly VetoOutcome[]): boolean {
  for (let k = 0; k < vetoes.length; k++) if (vetoes[k]?.effect === '总分计零') return true;
  return false;
}

/** One view alive as long as this module, for its object shape (src/engine/fast/README.md, "shapes kept alive"). */
export const IDLE_UNITS: AnomalyUnits = anomalyUnits(EMPTY_TABLE, false);
