/** What the anomaly detectors read (anomaly/detect.ts runs them): the scored units as plain records. */
import type { AnomalyRules } from '../model/scheme';
import type { PreviousPeriod } from '../model/previous';

export interface AnomalyUnit {
  /** 0-based sheet row of the unit. */
  readonly row: number;
  readonly name: string;
  readonly group: string | null;
  /** Per indicator in scheme order: the raw score read (0..max), all valid. */
  readonly scores: readonly number[];
  /**
   * Rounded total; NaN when it says nothing about the data — a 总分计零 veto made it 0 — so that no
   * flag compares it (a 0 of the program's own making is no outlier, and no 突变 in the total).
   */
  readonly total: number;
  /** Overall rank (总排名 when grouped, else 排名). */
  readonly rank: number | null;
}

/** `col` / `headerRow` are 0-based: the data sheet's column and the header row of that column's label. */
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
  /** Scored (unblocked) units only. */
  readonly units: readonly AnomalyUnit[];
  readonly grouped: boolean;
  readonly rules: AnomalyRules;
  readonly previous: PreviousPeriod | null;
}
