/**
 * Issues: every problem the engine finds, with a stable code (SPEC §6), where it is, and a
 * Chinese message (English beside it) that says how to fix it.
 */

export const SCHEME_ERROR_CODES = [
  'SCHEME_INVALID',
  'SHEET_NOT_FOUND',
  'COLUMN_NOT_FOUND',
  'DUPLICATE_COLUMN',
  'WEIGHT_SUM',
] as const;

export const CELL_CODES = [
  'MISSING_VALUE',
  'NOT_A_NUMBER',
  'EXCEL_ERROR',
  'OUT_OF_RANGE',
  'NEGATIVE_POINTS',
  'MISSING_UNIT',
  'DUPLICATE_UNIT',
  'TEXT_NUMBER',
  'CAPPED',
  'VETO_TEXT',
  'MARK_ROW_MISMATCH',
  'QUOTA_TIE',
  'TOTAL_MISMATCH',
  'RANK_MISMATCH',
  'GRADE_MISMATCH',
  // SPEC §8 (综合评价): all errors except SOURCE_UNIT_EXTRA and JUDGE_OUTLIER.
  'SOURCE_UNIT_MISSING',
  'SOURCE_UNIT_EXTRA',
  'UNKNOWN_LEVEL',
  'VOTE_INVALID',
  'VOTES_EXCEED',
  'VOTE_QUORUM',
  'JUDGES_TOO_FEW',
  'BAD_TARGET',
  'JUDGE_OUTLIER',
] as const;

/** Issues about the workbook as a whole (no cell). */
export const WORKBOOK_CODES = ['RESULT_SHEET_RENAMED'] as const;

/** Statistical flags (issue 5): always warnings. */
export const ANOMALY_CODES = [
  'OUTLIER',
  'IDENTICAL_ROWS',
  'ALL_FULL_MARKS',
  'NO_SPREAD',
  'PERIOD_JUMP',
] as const;

export type SchemeErrorCode = (typeof SCHEME_ERROR_CODES)[number];
export type AnomalyCode = (typeof ANOMALY_CODES)[number];
export type IssueCode = SchemeErrorCode | (typeof CELL_CODES)[number] | (typeof WORKBOOK_CODES)[number] | AnomalyCode;

export const ALL_ISSUE_CODES: readonly IssueCode[] = [...SCHEME_ERROR_CODES, ...CELL_CODES, ...WORKBOOK_CODES, ...ANOMALY_CODES];

export type Severity = 'error' | 'warning';

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** The sheet the issue concerns. */
  readonly sheet: string;
  /** A1 address of the cell, or `null` when the issue concerns no single cell (e.g. a missing sheet). */
  readonly cell: string | null;
  /** The unit's name, when the issue concerns one unit's row. */
  readonly unit: string | null;
  /** Chinese: what is wrong and how to fix it. */
  readonly message: string;
  /** The same in English. */
  readonly messageEn: string;
  /** Short Chinese label for the 异常标记 column, e.g. 缺失值. */
  readonly label: string;
  /** 0-based position of `cell`, for hosts that select or colour it; absent when `cell` is null. */
  readonly row?: number;
  readonly col?: number;
  /** 0-based sheet row of the unit this issue belongs to (for 异常标记), when it belongs to one. */
  readonly unitRow?: number;
  /** For 异常标记: what to show in brackets after the label when it is not the cell, e.g. `总分`. */
  readonly where?: string;
}

export function isSchemeError(code: IssueCode): boolean {
  return (SCHEME_ERROR_CODES as readonly string[]).includes(code);
}
