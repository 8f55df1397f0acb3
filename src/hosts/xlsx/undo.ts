/**
 * 撤销上次写回 for .xlsx files: puts back every cell the last run touched, exactly as the undo
 * snapshot in `_考评记录` says, removes `考核结果` if the run created it (never after a marks-only run,
 * which left it alone: `resultSheetKept`), and restores the record
 * of the run before (or removes the record sheet when there was none).
 */
import type ExcelJS from 'exceljs';
import { RESULT_SHEET } from '../../engine/model/scheme';
import type { CellValue } from '../../engine/model/workbook';
import { cellState, fromExactValue, setFill, setNote, setNumFmt, solidFill, toExcelValue, type XlsxCellState } from './cells';
import { readStoredRecord, removeSheet, repairActiveTab, writeRecordSheet } from './record-sheet';

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
function restoreCell(ws: ExcelJS.Worksheet, row: number, col: number, target: XlsxCellState | null, date1904: boolean): void {
  const existing = ws.findRow(row + 1)?.findCell(col + 1);
  const now = cellState(existing, date1904);
  const want: XlsxCellState = target ?? { v: null };
  const have: XlsxCellState = now ?? { v: null };
  if (!target && !now) return;
  const cell = existing ?? ws.getCell(row + 1, col + 1);
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
      reasonZh: '没有可以撤销的写回：本工作簿中没有考评助手上次写回的记录（可能从未写回，或已经撤销过一次）。',
      reasonEn: 'Nothing to undo: this workbook holds no record of a previous write by 考评助手 (never written, or already undone once).',
    };
  }
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const r of undo.rows) {
    if (sheets.has(r.sheet)) continue;
    const ws = wb.getWorksheet(r.sheet);
    if (!ws) {
      return {
        ok: false,
        reasonZh: `无法撤销：上次写回涉及的工作表「${r.sheet}」已不存在（可能被改名或删除）。请把工作表名改回「${r.sheet}」后再撤销。`,
        reasonEn: `Cannot undo: the sheet "${r.sheet}" that the last write touched no longer exists (renamed or deleted). Rename it back to "${r.sheet}" and undo again.`,
      };
    }
    sheets.set(r.sheet, ws);
  }
  const date1904 = wb.properties?.date1904 === true;
  for (const r of undo.rows) {
    const ws = sheets.get(r.sheet) as ExcelJS.Worksheet;
    r.cells.forEach((state, i) => restoreCell(ws, r.row, r.col + i, state as XlsxCellState | null, date1904));
  }
  if (!undo.resultSheetExisted && undo.resultSheetKept !== true) removeSheet(wb, RESULT_SHEET);
  writeRecordSheet(wb, undo.previousRecord ? { record: undo.previousRecord, undo: null } : null);
  repairActiveTab(wb);
  return { ok: true };
}
