/**
 * The program's very hidden sheet `_考评记录` in an exceljs workbook: read it back and (re)write it.
 * The layout itself belongs to the engine (`recordToRows` / `rowsToRecord`).
 */
import type ExcelJS from 'exceljs';
import { RECORD_SHEET, recordToRows, rowsToRecord, type StoredRecord } from '../../engine/record';
import { toSheetInput } from './read';

/** The stored record and undo snapshot; both null when the workbook has no record sheet. */
export function readStoredRecord(wb: ExcelJS.Workbook): StoredRecord {
  const ws = wb.getWorksheet(RECORD_SHEET);
  if (!ws) return { record: null, undo: null };
  return rowsToRecord(toSheetInput(ws, false).cells);
}

/** Removes a sheet by name if it exists (call `repairActiveTab` once done removing and adding). */
export function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (ws) wb.removeWorksheet(ws.id);
}

/**
 * The workbook view's active tab is a sheet index: after a sheet is removed it may point past the
 * last sheet or at a very hidden one, which Excel reports as damage. Point it at the first visible
 * sheet then.
 */
export function repairActiveTab(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const firstVisible = Math.max(0, sheets.findIndex((s) => s.state !== 'hidden' && s.state !== 'veryHidden'));
  for (const view of wb.views ?? []) {
    const active = view.activeTab;
    const target = active === undefined ? undefined : sheets[active];
    if (active !== undefined && (!target || target.state === 'hidden' || target.state === 'veryHidden')) view.activeTab = firstVisible;
    if (view.firstSheet !== undefined && view.firstSheet >= sheets.length) view.firstSheet = 0;
  }
}

/**
 * Puts the sheets named in `order` in that order, first; any other sheet follows in its present
 * order. Example: order [数据, 考核方案, 考核结果] with sheets [数据, 考核结果, 考核方案] → [数据, 考核方案, 考核结果].
 */
export function orderSheets(wb: ExcelJS.Workbook, order: readonly string[]): void {
  const sheets = wb.worksheets;
  const rank = (ws: ExcelJS.Worksheet): number => {
    const i = order.indexOf(ws.name);
    return i < 0 ? order.length : i;
  };
  const sorted = sheets.map((ws, i) => ({ ws, i })).sort((a, b) => rank(a.ws) - rank(b.ws) || a.i - b.i);
  // exceljs orders sheets by `orderNo` (lib/doc/workbook.js, `get worksheets`); its typings omit it.
  sorted.forEach(({ ws }, i) => { (ws as unknown as { orderNo: number }).orderNo = i + 1; });
}

/**
 * Replaces the record sheet with `stored` (at the end of the sheet order, very hidden), or removes
 * it when `stored` is null. Every cell is written as text.
 */
export function writeRecordSheet(wb: ExcelJS.Workbook, stored: StoredRecord | null): void {
  removeSheet(wb, RECORD_SHEET);
  if (!stored) return;
  const ws = wb.addWorksheet(RECORD_SHEET, { state: 'veryHidden' });
  const rows = recordToRows(stored);
  for (let i = 0; i < rows.length; i++) {
    const values = rows[i] as string[];
    const row = ws.getRow(i + 1);
    for (let c = 0; c < values.length; c++) row.getCell(c + 1).value = values[c] as string;
  }
}
