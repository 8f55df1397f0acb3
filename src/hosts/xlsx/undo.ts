/**
 * 撤销上次写回 for .xlsx files: unmerges the areas the last run merged, puts back every cell it
 * touched (value, formula, number format, fill, note, and font, border, alignment), exactly as the undo
 * snapshot in `_考评记录` says, removes the sheets the run created, puts back the results sheet it
 * set aside (`keptSheets`), restores the record of the run before (or removes the record sheet when
 * there was none) and every sheet's place. One step: the record put back holds no snapshot, so a
 * second undo says there is nothing more to undo.
 */
import type ExcelJS from 'exceljs';
import { RECORD_SHEET } from '../../engine/record';
import type { CellValue } from '../../engine/model/workbook';
import { cellState, fromExactValue, lookOf, setFill, setLook, setNote, setNumFmt, solidFill, toExcelValue, type Look, type XlsxCellState } from './cells';
import { orderSheets, readStoredRecord, removeSheet, repairActiveTab, writeRecordSheet } from './record-sheet';

/** Undo keeps one step (docs/decisions.md): what a second undo says. */
export const NOTHING_TO_UNDO_ZH = '没有可以撤销的写回：考评助手只保留最近一次写回的撤销记录。本工作簿从未写回，或最近一次写回已经撤销过（更早的写回不能再撤销）。';
export const NOTHING_TO_UNDO_EN = 'Nothing to undo: 考评助手 keeps the undo record of the last write only. This workbook was never written, or its last write was already undone (earlier writes can not be undone).';

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  return a === b;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Restores one cell to `target` (null = blank in every respect), touching only what differs from
 * the current state, so that what the snapshot can not express (rich text, a hyperlink, a shared
 * formula) survives wherever the run did not change it.
 */
function restoreCell(ws: ExcelJS.Worksheet, row: number, col: number, target: XlsxCellState | null, date1904: boolean, formats: readonly unknown[] | undefined): void {
  const existing = ws.findRow(row + 1)?.findCell(col + 1);
  const now = cellState(existing, date1904);
  const want: XlsxCellState = target ?? { v: null };
  const have: XlsxCellState = now ?? { v: null };
  // A snapshot with `formats` holds every touched cell's look (none = absent); an older one none at all.
  const wantLook = formats && want.fmt !== undefined ? (formats[want.fmt] as Look | undefined) : undefined;
  const lookChanged = formats !== undefined && !sameJson(wantLook ?? null, lookOf(existing) ?? null);
  if (!target && !now && !lookChanged) return;
  const cell = existing ?? ws.getCell(row + 1, col + 1);
  if (lookChanged) setLook(cell, wantLook);
  if (!sameValue(want.v, have.v) || want.f !== have.f || !sameJson(want.xv, have.xv)) {
    cell.value = want.xv !== undefined ? fromExactValue(want.xv) : toExcelValue(want.v, want.f);
  }
  if (want.nf !== have.nf) setNumFmt(cell, want.nf);
  if (want.fill !== have.fill || !sameJson(want.xfill, have.xfill)) {
    setFill(cell, want.xfill ? structuredClone(want.xfill) : want.fill ? solidFill(want.fill) : undefined);
  }
  if (want.note !== have.note || !sameJson(want.xnote, have.xnote)) {
    setNote(cell, want.xnote ? structuredClone(want.xnote) : want.note);
  }
}

/**
 * Undoes the last write. Returns `{ ok: false }` with a Chinese reason (and nothing changed) when there
 * is nothing to undo or a sheet the snapshot names is gone.
 * Example: apply → undo → `{ ok: true }`; a second undo → `{ ok: false, reasonZh: '没有可以撤销的写回…' }`.
 */
export function undoLastRun(wb: ExcelJS.Workbook): { ok: true } | { ok: false; reasonZh: string; reasonEn: string } {
  const stored = readStoredRecord(wb);
  const undo = stored.undo;
  if (!undo) {
    return {
      ok: false,
      reasonZh: NOTHING_TO_UNDO_ZH,
      reasonEn: NOTHING_TO_UNDO_EN,
    };
  }
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const r of undo.rows) {
    if (sheets.has(r.sheet)) continue;
    const ws = wb.getWorksheet(r.sheet);
    if (!ws) {
      return {
        ok: false,
        reasonZh: `无法撤销：上次写回涉及的工作表“${r.sheet}”已不存在（可能被改名或删除）。请把工作表名改回“${r.sheet}”后再撤销。`,
        reasonEn: `Cannot undo: the sheet "${r.sheet}" that the last write touched no longer exists (renamed or deleted). Rename it back to "${r.sheet}" and undo again.`,
      };
    }
    sheets.set(r.sheet, ws);
  }
  const date1904 = wb.properties?.date1904 === true;
  // The merges the write made go first: unmerging gives the covered cells back, whose looks follow.
  for (const m of undo.merges ?? []) wb.getWorksheet(m.sheet)?.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const r of undo.rows) {
    const ws = sheets.get(r.sheet) as ExcelJS.Worksheet;
    r.cells.forEach((state, i) => restoreCell(ws, r.row, r.col + i, state as XlsxCellState | null, date1904, undo.formats));
  }
  for (const w of undo.widths) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) ws.getColumn(w.col + 1).width = w.width ?? (undefined as unknown as number);
  }
  for (const name of undo.createdSheets) if (name !== RECORD_SHEET) removeSheet(wb, name);
  for (const k of undo.keptSheets) {
    const kept = wb.getWorksheet(k.as);
    if (!kept) continue;
    removeSheet(wb, k.name);
    kept.name = k.name;
    kept.state = 'visible';
  }
  writeRecordSheet(wb, undo.previousRecord ? { record: undo.previousRecord, undo: null } : null);
  if (undo.sheetsBefore.length) orderSheets(wb, undo.sheetsBefore);
  repairActiveTab(wb);
  return { ok: true };
}
