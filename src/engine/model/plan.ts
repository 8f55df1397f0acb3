/**
 * The write plan (SPEC §5): data that says exactly what a run writes. Every host (Office.js,
 * exceljs, in-memory) applies the same plan and decides nothing about *what* to write.
 *
 * Rules every host keeps:
 * - A string value is written as text, never as a formula, even when it begins with `=`, `+`, `-`, `@`.
 * - Nothing outside `columns`, `marks`, `clearMarks`, the result sheet and the record sheet changes.
 * - `resultSheet: null` leaves `考核结果` alone: not created, rewritten, deleted or snapshotted, and
 *   undo of that write leaves it alone too.
 * - Before writing, the host saves the prior state of every cell it will touch (see `record.ts`)
 *   so that undo restores values, formulas, number formats, fills and notes exactly.
 */

export type OutValue = string | number | null;

/** `score`: a `<指标名称>得分` column (SPEC §8.6), one per indicator whose score is not a data-sheet cell. */
export type OutputKey = 'score' | 'subtotal' | 'total' | 'rank' | 'overallRank' | 'grade' | 'stars' | 'flags';

export const ERROR_FILL = '#FFC7CE';
export const WARNING_FILL = '#FFEB9C';
export type MarkFill = typeof ERROR_FILL | typeof WARNING_FILL;

/** One output column in the data sheet, created now or reused from an earlier run. */
export interface PlannedColumn {
  readonly key: OutputKey;
  /** Header text written in `headerRow`, e.g. `总分`, `总分（核）`, `组织建设小计`. */
  readonly header: string;
  /** 0-based column in the data sheet. */
  readonly col: number;
  /** 0-based header row. */
  readonly headerRow: number;
  /** True when this run creates the column; false when it reuses the program's own column. */
  readonly isNew: boolean;
  /** Excel number format for the values (e.g. `0.00`), or null to leave the format alone. */
  readonly numberFormat: string | null;
  /**
   * Values by 0-based row, for every row from the first row below the table's header block (the
   * header row + 1 for a one-row header) to the last unit row (`firstRow` .. `firstRow +
   * values.length - 1`). `null` clears the cell. Cells between `headerRow` and `firstRow` are not
   * written (they lie under the header, merged over them when `headerMerge` says so).
   */
  readonly firstRow: number;
  readonly values: readonly OutValue[];
  /**
   * Width in characters (a CJK character counts 2) that fits the header and the values, for a column
   * this run creates; absent leaves the width alone (a reused or cleared column keeps the one it has).
   */
  readonly width?: number;
  /**
   * A column this run creates, under a header block of several rows: its header cell is merged from
   * row `top` (= `headerRow`) down to row `bottom` (the block's last row), like the clerk's headers.
   * Absent: the header is one cell.
   */
  readonly headerMerge?: { readonly top: number; readonly bottom: number };
  /**
   * A column this run creates: where its look comes from (column-style.ts), for the host to copy.
   * `header`: the clerk header cell whose font, fill, borders, alignment and wrap the header cell (the
   * whole `headerMerge` area) takes. `data`: the column whose cell on the same row gives each value
   * cell its font, borders and alignment (not its fill nor its number format).
   */
  readonly styleFrom?: { readonly header: { readonly row: number; readonly col: number }; readonly data: { readonly col: number } };
}

/** A flagged cell: its fill and its note (批注). */
export interface CellMark {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly fill: MarkFill;
  /** Full text of every issue on the cell, Chinese first, joined by line breaks. */
  readonly note: string;
}

/** A cell marked by the previous run and not marked now: the host restores its saved fill and note. */
export interface StaleMark {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/**
 * The results list for 公示. Its sheet is the program's own (SPEC §1): `考核结果` when that name is
 * free, else `考核结果（考评助手）`, `考核结果（2）`, … — a `考核结果` the clerk made is never touched.
 */
export interface ResultSheetPlan {
  readonly name: string;
  /**
   * True when the sheet exists and the record says the program created it: the host rewrites it in
   * place (same position) and keeps its prior content for undo. False: no sheet has this name yet;
   * the host adds it at the end, and undo deletes it.
   */
  readonly replaces: boolean;
  /** Title line (row 1), e.g. `2026年度考核结果（公示）`. */
  readonly title: string;
  /**
   * The data sheet's 考核单位/日期 line (row 2, under the title), e.g.
   * `填报单位：XX县委组织部 + two full-width spaces + 日期：2026年12月`; null when its title block has none (see title.ts).
   */
  readonly info: string | null;
  /**
   * 0-based sheet row of the column headers: 1 (Excel row 2) without an info line, 2 with one. The
   * rows down to it are frozen and repeated on every printed page; the data rows follow it.
   */
  readonly headerRow: number;
  /** Column headers (row `headerRow`); frozen and bold. */
  readonly header: readonly string[];
  /** Data rows (from the row under `headerRow`), in rank order per group. */
  readonly rows: ReadonlyArray<readonly OutValue[]>;
  /** Column widths in characters, one per header (plan/result-layout.ts). */
  readonly widths: readonly number[];
  /** Columns whose data cells wrap (一票否决, 异常标记 / 备注); every header cell wraps. */
  readonly wrap: readonly boolean[];
  /** The header row's height in points when a header takes two lines, else null (Excel's default). */
  readonly headerHeight: number | null;
  /** Data rows (0-based within `rows`) whose wrapped text needs more than one line: their height in points. */
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly points: number }>;
  /** 0-based row index within `rows` where each group starts (for page breaks / bands). */
  readonly groupStarts: readonly number[];
  /** The centre footer of every printed page, with Excel's codes: `第 &P 页 共 &N 页`. */
  readonly footer: string;
  /** Excel number format per column for the data rows (小计 and 总分: 小数位 decimals), or null. */
  readonly numberFormats: ReadonlyArray<string | null>;
}

export interface WritePlan {
  readonly dataSheet: string;
  readonly columns: readonly PlannedColumn[];
  readonly marks: readonly CellMark[];
  readonly clearMarks: readonly StaleMark[];
  /** The `考核结果` sheet to (re)write, or null to leave it alone (a marks-only write, see `highlightPlan`). */
  readonly resultSheet: ResultSheetPlan | null;
  /** The ownership record to store in the program's very hidden sheet (see `record.ts`). */
  readonly record: ProgramRecord;
}

/** What the program owns in a workbook: stored in the very hidden sheet `_考评记录`. */
export interface ProgramRecord {
  readonly dataSheet: string;
  /** Output columns the program created: header text and 0-based column. */
  readonly columns: ReadonlyArray<{ readonly key: OutputKey; readonly header: string; readonly col: number }>;
  /** Cells the run marked (fill + note). */
  readonly marks: ReadonlyArray<{ readonly sheet: string; readonly row: number; readonly col: number }>;
  /** The results sheet the program created and owns (absent: none). Only this sheet is ever rewritten. */
  readonly resultSheet?: string;
}
