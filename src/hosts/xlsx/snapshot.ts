/**
 * The undo snapshot (engine `record.ts`): the prior state of every cell a write plan touches, taken
 * before anything is written, stored compactly as horizontal runs of cells.
 */
import type ExcelJS from 'exceljs';
import type { WritePlan } from '../../engine/model/plan';
import { RECORD_SHEET, type SnapshotRow, type StoredRecord, type UndoSnapshot } from '../../engine/record';
import { PROGRAM_SHEET_PREFIX } from '../../engine/model/scheme';
import { cellState, lookOf, type Appearance, type XlsxCellState } from './cells';

/**
 * Where the .xlsx host keeps the program's previous results sheet while a run rewrites it: very
 * hidden, a program sheet by its prefix (SPEC §1). Undo puts it back under its own name and place;
 * the next run replaces it (undo keeps one step).
 */
export const KEPT_RESULT_SHEET = `${PROGRAM_SHEET_PREFIX}上次结果`;

/** Cells by sheet, then 0-based row, then the set of 0-based columns. */
export type CellSet = Map<string, Map<number, Set<number>>>;

function add(set: CellSet, sheet: string, row: number, col: number): void {
  let rows = set.get(sheet);
  if (!rows) set.set(sheet, (rows = new Map()));
  let cols = rows.get(row);
  if (!cols) rows.set(row, (cols = new Set()));
  cols.add(col);
}

/** Every cell the plan writes: column headers (and the cells their merge covers) and values, marks, stale marks. */
export function touchedCells(plan: WritePlan): CellSet {
  const set: CellSet = new Map();
  for (const c of plan.columns) {
    add(set, plan.dataSheet, c.headerRow, c.col);
    if (c.headerMerge) for (let r = c.headerMerge.top + 1; r <= c.headerMerge.bottom; r++) add(set, plan.dataSheet, r, c.col);
    for (let i = 0; i < c.values.length; i++) add(set, plan.dataSheet, c.firstRow + i, c.col);
  }
  for (const m of plan.marks) add(set, m.sheet, m.row, m.col);
  for (const m of plan.clearMarks) add(set, m.sheet, m.row, m.col);
  return set;
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/** Snapshot cells by `cellKey`; `null` = blank in every respect. */
export function snapshotIndex(undo: UndoSnapshot | null): Map<string, XlsxCellState | null> {
  const index = new Map<string, XlsxCellState | null>();
  if (!undo) return index;
  for (const r of undo.rows) {
    r.cells.forEach((state, i) => index.set(cellKey(r.sheet, r.row, r.col + i), state as XlsxCellState | null));
  }
  return index;
}

/**
 * The fill and note a cell had before the program first marked it, from the previous run's snapshot:
 * its carried `o` when the run before had marked it too, else its snapshotted fill and note.
 * A cell the snapshot lacks (or was blank) had none.
 */
export function originalAppearance(state: XlsxCellState | null | undefined): Appearance {
  if (!state) return {};
  if (state.o) return state.o;
  const a: { -readonly [K in keyof Appearance]: Appearance[K] } = {};
  if (state.fill !== undefined) a.fill = state.fill;
  if (state.xfill !== undefined) a.xfill = state.xfill;
  if (state.note !== undefined) a.note = state.note;
  if (state.xnote !== undefined) a.xnote = state.xnote;
  return a;
}

function findCell(ws: ExcelJS.Worksheet | undefined, row: number, col: number): ExcelJS.Cell | undefined {
  return ws?.findRow(row + 1)?.findCell(col + 1);
}

/**
 * Takes the snapshot of every cell `plan` touches. Cells the previous run marked also carry `o`,
 * their appearance before the program first marked them (see `originalAppearance`).
 */
export function takeSnapshot(wb: ExcelJS.Workbook, plan: WritePlan, prev: StoredRecord, now: Date): UndoSnapshot {
  const date1904 = wb.properties?.date1904 === true;
  const prevIndex = snapshotIndex(prev.undo);
  const prevMarks = new Set((prev.record?.marks ?? []).map((m) => cellKey(m.sheet, m.row, m.col)));
  const rows: SnapshotRow[] = [];
  // Every touched cell's font, border, alignment and protection, as an index into `formats`.
  const formats: unknown[] = [];
  const formatIndex = new Map<string, number>();
  const formatOf = (cell: ExcelJS.Cell | undefined): number | undefined => {
    const look = lookOf(cell);
    if (!look) return undefined;
    const key = JSON.stringify(look);
    let i = formatIndex.get(key);
    if (i === undefined) { formatIndex.set(key, (i = formats.length)); formats.push(structuredClone(look)); }
    return i;
  };
  const touched = touchedCells(plan);
  for (const [sheet, byRow] of touched) {
    const ws = wb.getWorksheet(sheet);
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const cols = [...(byRow.get(row) as Set<number>)].sort((a, b) => a - b);
      let run: { col: number; cells: Array<XlsxCellState | null> } | null = null;
      for (const col of cols) {
        const cell = findCell(ws, row, col);
        let state = cellState(cell, date1904);
        const key = cellKey(sheet, row, col);
        if (prevMarks.has(key)) state = { ...(state ?? { v: null }), o: originalAppearance(prevIndex.get(key)) };
        const fmt = formatOf(cell);
        if (fmt !== undefined) state = { ...(state ?? { v: null }), fmt };
        if (run && run.col + run.cells.length === col) run.cells.push(state);
        else {
          if (run) rows.push({ sheet, row, col: run.col, cells: run.cells });
          run = { col, cells: [state] };
        }
      }
      if (run) rows.push({ sheet, row, col: run.col, cells: run.cells });
    }
  }
  const list = plan.resultSheet;
  const sheetsBefore = wb.worksheets.map((ws) => ws.name);
  const createdSheets = [
    ...(list && !list.replaces ? [list.name] : []),
    ...(wb.getWorksheet(RECORD_SHEET) ? [] : [RECORD_SHEET]),
  ];
  // The program's own results sheet is set aside whole (see apply.ts), not snapshotted cell by cell.
  const keptSheets = list && list.replaces ? [{ name: list.name, as: KEPT_RESULT_SHEET }] : [];
  // The widths the plan gives its new columns: undo puts back what they were (null: none set).
  const data = wb.getWorksheet(plan.dataSheet);
  const widths = plan.columns.filter((c) => c.width !== undefined).map((c) => ({ sheet: plan.dataSheet, col: c.col, width: data?.getColumn(c.col + 1).width ?? null }));
  const merges = plan.columns.flatMap((c) => (c.headerMerge ? [{ sheet: plan.dataSheet, top: c.headerMerge.top, left: c.col, bottom: c.headerMerge.bottom, right: c.col }] : []));
  return { createdAt: now.toISOString(), dataSheet: plan.dataSheet, sheetsBefore, createdSheets, rewrittenSheets: [], keptSheets, widths, rows, formats, merges, previousRecord: prev.record };
}
