/**
 * The computed indicators of SPEC §8 (综合评价): what the compute step hands each scoring method, and
 * what a method gives back. The step (compute/step.ts) finds the cells — the indicator's sheet, the
 * unit's row there, the columns under a header — and calls one method per unit and indicator; a
 * method reads the cell values it is given and turns them into a score, a detail and issues. Methods
 * never look at a sheet, and never throw.
 */
import type { Issue } from '../model/issue';
import type { IndicatorDetail, VetoOutcome } from '../model/result';
import type { CellValue } from '../model/workbook';

/** Where one unit's cells for one indicator are: what `makeIssue` needs for every issue a method raises. */
export interface UnitPlace {
  /** The sheet holding the cells (the data sheet or the indicator's 来源表). */
  readonly sheet: string;
  /** The data sheet: issues on another sheet carry `where` / `place` = `民主测评!D7`. */
  readonly dataSheet: string;
  /** 0-based row of the unit on `sheet`. */
  readonly row: number;
  /** The unit's name (as on the data sheet). */
  readonly unit: string;
  /** 0-based data-sheet row of the unit: every issue of the unit carries it (`unitRow`), for 异常标记. */
  readonly unitRow: number;
  /**
   * True in the compute step's own run: a method that scored returns `DETAIL_LATER` instead of
   * building its detail, which compute/details.ts builds when a reader asks for it, by running the
   * method again on the same cell values without this flag. Absent: the detail is built at once.
   */
  readonly deferDetail?: boolean;
}

/**
 * The detail a method returns under `UnitPlace.deferDetail` where it would have built one: a shared
 * marker, never shown (the compute step replaces it with a deferred detail).
 */
export const DETAIL_LATER: IndicatorDetail = Object.freeze({ indicator: '', method: '直接', text: '', cell: '' });

/** One cell given to a method: its 0-based column on `UnitPlace.sheet`, its value, and (for judges) its label. */
export interface GivenCell {
  readonly col: number;
  readonly value: CellValue;
  /** The column's own label (评委1, 好 …), when it has one. */
  readonly label?: string;
}

/** What a method gives back for one unit and one indicator. */
export interface MethodOutcome {
  /**
   * The score: for a computed method, the formula of SPEC §8 evaluated in doubles and then Excel's
   * ROUND to 小数位 (`excelRound` in math/round.ts); for `直接`, the number read. 0 where 按0分 applied.
   * null when it can not be computed (an error issue says why).
   */
  readonly score: number | null;
  /** How the score came about (report `details`, the pane's explanation); null when nothing was computed. */
  readonly detail: IndicatorDetail | null;
  /** Every issue raised, in cell order; an error blocks the unit (the step marks it blocked). */
  readonly issues: readonly Issue[];
  /** A 差票否决 (SPEC §8.3), when the lowest level's votes pass the line. */
  readonly veto: VetoOutcome | null;
}
