/**
 * The engine's input: a workbook as plain data. Hosts (Office.js, exceljs, tests) build it;
 * the engine never sees a host object.
 *
 * Coordinates are 0-based everywhere in the engine (row 0 = sheet row 1, col 0 = column A);
 * `a1()` in `address.ts` turns them into Excel addresses for messages and reports.
 */

/** Excel's error values, as Excel shows them. */
export const EXCEL_ERRORS = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
] as const;

/** An Excel error value in a cell (distinct from text that happens to read "#N/A"). */
export interface ErrorValue {
  readonly error: string;
}

/**
 * One cell's value: empty (`null`), a number, text, a boolean, or an Excel error value.
 * For a formula cell this is its (cached) result.
 */
export type CellValue = null | number | string | boolean | ErrorValue;

export function isErrorValue(v: CellValue | undefined): v is ErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as ErrorValue).error === 'string';
}

/** A merged area, 0-based and inclusive. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInput {
  readonly name: string;
  /** `cells[row][col]`; rows may be ragged or missing (`undefined` = empty). */
  readonly cells: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;
  /** Cells that hold a formula: key `"row,col"` (0-based), value the formula text without `=`. */
  readonly formulas?: ReadonlyMap<string, string>;
  readonly merges?: readonly MergeArea[];
  /** 0-based indexes of hidden (or filtered-out) rows. */
  readonly hiddenRows?: readonly number[];
  readonly visibility?: SheetVisibility;
}

/** The whole workbook, sheets in workbook order. */
export interface WorkbookInput {
  readonly sheets: readonly SheetInput[];
}

export function formulaKey(row: number, col: number): string {
  return `${row},${col}`;
}

/**
 * True for an empty cell: null, undefined, or text of spaces only (full-width space included).
 * O(1) on long text. Example: isBlank('\u3000') === true; isBlank(0) === false.
 */
export function isBlank(v: CellValue | undefined): boolean {
  return typeof v === 'string' ? v.trim() === '' : v === null || v === undefined;
}

/** Reads a cell, `null` when out of range. */
export function cellAt(sheet: SheetInput, row: number, col: number): CellValue {
  const r = sheet.cells[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** Number of rows the grid holds. */
export function rowCount(sheet: SheetInput): number {
  return sheet.cells.length;
}

/** Widest row of the grid. */
export function colCount(sheet: SheetInput): number {
  let max = 0;
  for (const r of sheet.cells) if (r && r.length > max) max = r.length;
  return max;
}
