/** What the anomaly detectors read (anomaly/detect.ts runs them): the unit table's columns. */
import type { AnomalyRules } from '../model/scheme';
import type { PreviousPeriod } from '../model/previous';

/**
 * The units as columns, unit i at entry i of each: a view of the unit table (model/unit-table.ts)
 * that shares its columns (anomaly/units.ts makes it). The detectors look only at units with
 * `scored[i] === 1`; the others are in the columns but no flag reads them.
 */
export interface AnomalyUnits {
  /** Number of units (the length of every column). */
  readonly count: number;
  /** 1 for a unit the flags look at: a scored unit. */
  readonly scored: Uint8Array;
  /** 0-based sheet row. */
  readonly rows: Int32Array;
  readonly names: readonly string[];
  readonly groups: ReadonlyArray<string | null>;
  /** Per unit, per indicator in scheme order: the score read (0..分值; a scored unit has every one). */
  readonly scores: ReadonlyArray<ReadonlyArray<number | null>>;
  /**
   * Rounded total; NaN when it says nothing about the data — a 总分计零 veto made it 0, or the unit
   * was not scored — so that no flag compares it (a 0 of the program's own making is no outlier,
   * and no 突变 in the total).
   */
  readonly totals: Float64Array;
  /** Overall rank (总排名 when grouped, else 排名); 0 (or below) for none. */
  readonly ranks: Int32Array;
}

/**
 * `col` / `headerRow` are 0-based: the data sheet's column and the header row of that column's label.
 * `col` −1: the score is not a data-sheet cell (SPEC §8, computed or from a 来源表); OUTLIER does not
 * look at it (nowhere to flag it), the row-wise flags (IDENTICAL_ROWS, ALL_FULL_MARKS) still read it.
 */
export interface AnomalyIndicator {
  readonly name: string;
  readonly max: number;
  readonly col: number;
  readonly headerRow: number;
}

export interface AnomalyInput {
  readonly sheet: string;
  /** 0-based column of unit names: unit-level flags go on the name cell. */
  readonly nameCol: number;
  readonly indicators: readonly AnomalyIndicator[];
  readonly units: AnomalyUnits;
  readonly grouped: boolean;
  readonly rules: AnomalyRules;
  readonly previous: PreviousPeriod | null;
}
