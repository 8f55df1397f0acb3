/** The anomaly detectors' units, read from the unit table: the scored units as plain records. */
import type { UnitTable } from '../model/unit-table';
import type { AnomalyUnit } from './input';
import { indexesOf } from '../fast/columns';

/**
 * One `AnomalyUnit` per scored unit, in unit order. `rank` is 总排名 when grouped, else 排名; the
 * total is NaN when a 总分计零 veto made it 0 (see `AnomalyUnit.total`).
 */
export function anomalyUnits(table: UnitTable, grouped: boolean): AnomalyUnit[] {
  return indexesOf(table.scored).map((i): AnomalyUnit => {
    const zeroed = table.vetoesOf(i).some((v) => v.effect === '总分计零');
    return {
      row: table.rowOf(i),
      name: table.nameOf(i),
      group: table.groupOf(i),
      // A scored unit's scores are all numbers (the score step checked them).
      scores: table.scoresOf(i) as readonly number[],
      total: zeroed ? NaN : (table.total[i] ?? NaN),
      rank: grouped ? table.overallRankOf(i) : table.rankOf(i),
    };
  });
}
