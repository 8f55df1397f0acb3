/**
 * Applies the engine's write plan to an exceljs workbook, exactly as the plan says: this host decides
 * nothing about what to write. Order: undo snapshot → stale marks → columns (the header and value
 * cells in the look of the clerk's cells the plan names, headers merged over the header block) → marks → the results
 * sheet (not when the plan's `resultSheet` is null: then it is left as it is; the program's own is
 * set aside whole as `_考评上次结果` and a new one takes its place; a clerk's `考核结果` is never
 * touched, the engine names another sheet) → the very hidden record sheet `_考评记录` (record +
 * snapshot) → every sheet back in its place.
 */
import type ExcelJS from 'exceljs';
import type { PlannedColumn, WritePlan } from '../../engine/model/plan';
import { a1 } from '../../engine/address';
import { sameSheetName } from '../../engine/record';
import { copyLook, setAppearance, setFill, setNote, setNumFmt, solidFill, VT } from './cells';
import { orderSheets, readStoredRecord, removeSheet, repairActiveTab, writeRecordSheet } from './record-sheet';
import { writeResultSheet } from './result-sheet';
import { cellKey, originalAppearance, snapshotIndex, takeSnapshot } from './snapshot';

function sheetOrThrow(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`Write plan names sheet "${name}", which the workbook does not have.`);
  return ws;
}

/**
 * A shared formula's master holds the formula its clones are translated from. Before the master is
 * overwritten, its clones become ordinary formulas (same text, same cached result).
 */
function detachSharedClones(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  const value = cell.value as { shareType?: string; ref?: string } | null;
  if (cell.type !== VT.Formula || !value || value.shareType !== 'shared' || !value.ref) return;
  const [from, to] = value.ref.split(':');
  if (!from || !to) return;
  const tl = ws.getCell(from);
  const br = ws.getCell(to);
  for (let r = Number(tl.row); r <= Number(br.row); r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = Number(tl.col); c <= Number(br.col); c++) {
      const clone = row.findCell(c);
      const cv = clone?.value as { sharedFormula?: string; result?: unknown } | null | undefined;
      if (!clone || clone === cell || !cv || cv.sharedFormula !== cell.address) continue;
      clone.value = { formula: clone.formula, result: cv.result } as ExcelJS.CellFormulaValue;
    }
  }
}

/** Checks the plan against the workbook before anything is written (a bad plan is a programmer error). */
function checkPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const ws = sheetOrThrow(wb, plan.dataSheet);
  const list = plan.resultSheet;
  if (list) {
    const existing = wb.worksheets.find((s) => sameSheetName(s.name, list.name));
    if (list.replaces && !existing) throw new Error(`Write plan rewrites sheet "${list.name}", which the workbook does not have.`);
    if (!list.replaces && existing) throw new Error(`Write plan adds sheet "${list.name}", but the workbook has one: it is not the program's to change.`);
  }
  for (const m of [...plan.marks, ...plan.clearMarks]) sheetOrThrow(wb, m.sheet);
  for (const c of plan.columns) {
    const merged = c.headerMerge ? Array.from({ length: c.headerMerge.bottom - c.headerMerge.top }, (_v, i) => c.headerRow + 1 + i) : [];
    const rows = [c.headerRow, ...merged, ...c.values.map((_v, i) => c.firstRow + i)];
    for (const r of rows) {
      if (ws.findRow(r + 1)?.findCell(c.col + 1)?.type === VT.Merge) {
        throw new Error(`Write plan writes into ${plan.dataSheet}!${a1(r, c.col)}, inside a merged area.`);
      }
    }
  }
}

function writeValue(ws: ExcelJS.Worksheet, row: number, col: number, value: string | number | null): ExcelJS.Cell {
  const cell = ws.getCell(row + 1, col + 1);
  if (cell.type === VT.Merge) throw new Error(`Write plan writes into ${ws.name}!${a1(row, col)}, inside a merged area.`);
  detachSharedClones(ws, cell);
  // A JS string is always stored as text by exceljs (never a formula), even '=1+1'. An empty string
  // empties the cell, as Excel does when '' is written through Office.js (the engine's dropped
  // columns have header '').
  cell.value = value === '' ? null : value;
  return cell;
}

const findCell = (ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell | undefined => ws.findRow(row + 1)?.findCell(col + 1);

/**
 * One output column: width, header (in the clerk's header look, merged over the header block when
 * the plan says so), values with their number format, each in the look of its row's clerk cell.
 */
function writeColumn(ws: ExcelJS.Worksheet, c: PlannedColumn): void {
  if (c.width !== undefined) ws.getColumn(c.col + 1).width = c.width;
  const header = writeValue(ws, c.headerRow, c.col, c.header);
  const from = c.styleFrom;
  if (from) copyLook(header, findCell(ws, from.header.row, from.header.col), 'header');
  // exceljs gives the covered cells the master's style when merging (Cell.merge).
  if (c.headerMerge) ws.mergeCells(c.headerMerge.top + 1, c.col + 1, c.headerMerge.bottom + 1, c.col + 1);
  for (let i = 0; i < c.values.length; i++) {
    const v = c.values[i];
    const row = c.firstRow + i;
    const cell = writeValue(ws, row, c.col, v === undefined ? null : v);
    if (from) copyLook(cell, findCell(ws, row, from.data.col), 'data');
    if (c.numberFormat !== null) setNumFmt(cell, c.numberFormat);
  }
}

/**
 * Writes `plan` into `wb`. Before writing, stores the undo snapshot of every touched cell in the
 * record sheet; stale marks get back the fill and note they had before the program first marked them.
 * Example: a plan with one column `总分` at col 9 writes J3 = '总分', J4.. = the totals.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan, options?: { now?: Date }): void {
  checkPlan(wb, plan);
  const prev = readStoredRecord(wb);
  const undo = takeSnapshot(wb, plan, prev, options?.now ?? new Date());

  const prevIndex = snapshotIndex(prev.undo);
  for (const m of plan.clearMarks) {
    const cell = sheetOrThrow(wb, m.sheet).getCell(m.row + 1, m.col + 1);
    setAppearance(cell, originalAppearance(prevIndex.get(cellKey(m.sheet, m.row, m.col))));
  }

  const data = sheetOrThrow(wb, plan.dataSheet);
  for (const c of plan.columns) writeColumn(data, c);

  for (const m of plan.marks) {
    const cell = sheetOrThrow(wb, m.sheet).getCell(m.row + 1, m.col + 1);
    setFill(cell, solidFill(m.fill));
    setNote(cell, m.note);
  }

  if (plan.resultSheet) {
    // The program's own results sheet is set aside whole (undo puts it back); the new one takes its place.
    for (const k of undo.keptSheets) {
      removeSheet(wb, k.as);
      const old = sheetOrThrow(wb, k.name);
      old.name = k.as;
      old.state = 'veryHidden';
    }
    writeResultSheet(wb, plan.resultSheet);
  }
  writeRecordSheet(wb, { record: plan.record, undo });
  // Every sheet where it was; a new results sheet after them, the set-aside one last.
  orderSheets(wb, undo.sheetsBefore);
  repairActiveTab(wb);
}
