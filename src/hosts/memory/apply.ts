/**
 * The in-memory host: applies a write plan to the engine's own plain workbook, for tests and the
 * browser preview. It never mutates its input. Fills and notes, which a plain grid can not hold,
 * come back in side maps keyed `sheet!A1` (e.g. `考核数据!D7`).
 *
 * Like every host it decides nothing: columns, marks, stale marks, the results sheet (the program's
 * own rewritten where it stands, a new one added at the end; left as it is when the plan's
 * `resultSheet` is null)
 * and the record sheet `_考评记录` (very hidden; with the record only — this host keeps no undo
 * snapshot, since nothing it writes outlives the page).
 */
import type { CellValue, MergeArea, SheetInput, WorkbookInput } from '../../engine/model/workbook';
import { formulaKey } from '../../engine/model/workbook';
import type { OutValue, ResultSheetPlan, WritePlan } from '../../engine/model/plan';
import { RECORD_SHEET, recordToRows, sameSheetName } from '../../engine/record';
import { a1 } from '../../engine/address';

/** Fills (`#RRGGBB`) and notes by `sheet!A1`. */
export interface GridMarks {
  readonly fills: Map<string, string>;
  readonly notes: Map<string, string>;
}

export type GridResult = WorkbookInput & GridMarks;

/** `考核数据!D7` for sheet 考核数据, row 6, col 3. */
export function markKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

type Grid = Array<Array<CellValue | undefined> | undefined>;

function writeCell(cells: Grid, copied: Set<number>, row: number, col: number, value: OutValue): void {
  if (!copied.has(row)) {
    cells[row] = [...(cells[row] ?? [])];
    copied.add(row);
  }
  const r = cells[row] as Array<CellValue | undefined>;
  r[col] = value === null || value === '' ? undefined : value; // '' empties the cell, as in Excel
}

function dataSheetWritten(sheet: SheetInput, plan: WritePlan): SheetInput {
  const cells = [...sheet.cells] as Grid; // rows are copied before any write (writeCell)
  const copied = new Set<number>();
  const formulas = new Map(sheet.formulas ?? []);
  for (const c of plan.columns) {
    writeCell(cells, copied, c.headerRow, c.col, c.header);
    formulas.delete(formulaKey(c.headerRow, c.col));
    c.values.forEach((v, i) => {
      writeCell(cells, copied, c.firstRow + i, c.col, v);
      formulas.delete(formulaKey(c.firstRow + i, c.col));
    });
  }
  return { ...sheet, cells, formulas };
}

function resultSheet(plan: ResultSheetPlan): SheetInput {
  const { name, title, info, header, rows } = plan;
  // Title, the 考核单位/日期 line when the plan has one (both merged across the header's width), header, rows.
  const top: Grid = plan.headerRow > 1 ? [[title], [info ?? undefined]] : [[title]];
  const cells: Grid = [...top, [...header], ...rows.map((r) => r.map((v) => (v === null ? undefined : v)))];
  const merges: MergeArea[] = header.length > 1 ? top.map((_r, i) => ({ top: i, left: 0, bottom: i, right: header.length - 1 })) : [];
  return { name, cells, formulas: new Map(), merges, hiddenRows: [], visibility: 'visible' };
}

/**
 * Returns a new workbook with `plan` written, plus the fills and notes after the run (starting from
 * `previous`: stale marks are removed, new marks set).
 * Example: a plan with column `总分` at col 6, header row 2 → `result.sheets[i].cells[2][6] === '总分'`;
 * a mark on D7 → `result.fills.get('考核数据!D7') === '#FFC7CE'`.
 */
export function applyPlanToGrid(workbook: WorkbookInput, plan: WritePlan, previous?: Partial<GridMarks>): GridResult {
  if (!workbook.sheets.some((s) => s.name === plan.dataSheet)) {
    throw new Error(`Write plan names sheet "${plan.dataSheet}", which the workbook does not have.`);
  }
  // The program's own results sheet is rewritten where it stands; a new one goes at the end. A
  // marks-only plan (resultSheet null) leaves every results sheet where and as it is.
  const list = plan.resultSheet;
  if (list && !list.replaces && workbook.sheets.some((s) => sameSheetName(s.name, list.name))) {
    throw new Error(`Write plan adds sheet "${list.name}", which the workbook already has.`);
  }
  const record: SheetInput = { name: RECORD_SHEET, cells: recordToRows({ record: plan.record, undo: null }), visibility: 'veryHidden' };
  const sheets: SheetInput[] = workbook.sheets.map((s) => {
    if (s.name === plan.dataSheet) return dataSheetWritten(s, plan);
    if (list && sameSheetName(s.name, list.name)) return resultSheet(list);
    if (s.name === RECORD_SHEET) return record;
    return s;
  });
  if (list && !list.replaces) sheets.push(resultSheet(list));
  if (!workbook.sheets.some((s) => s.name === RECORD_SHEET)) sheets.push(record);

  const fills = new Map(previous?.fills ?? []);
  const notes = new Map(previous?.notes ?? []);
  for (const m of plan.clearMarks) {
    fills.delete(markKey(m.sheet, m.row, m.col));
    notes.delete(markKey(m.sheet, m.row, m.col));
  }
  for (const m of plan.marks) {
    fills.set(markKey(m.sheet, m.row, m.col), m.fill);
    notes.set(markKey(m.sheet, m.row, m.col), m.note);
  }
  return { sheets, fills, notes };
}
