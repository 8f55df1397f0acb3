/**
 * A workbook read from a file (exceljs, as the .xlsx host loads it) as an Excel double init, so that a
 * golden case runs in the Office.js host too: values, formulas (with their cached results), merges,
 * hidden rows and sheets (all via `toWorkbookInput`), plus solid fills, notes, number formats and
 * column widths (characters → points as sheet-model.ts: (w × 7 + 5) × 0.75).
 */
import type ExcelJS from 'exceljs';
import { toWorkbookInput } from '../../src/hosts/xlsx';
import type { DoubleSheetInit, DoubleWorkbookInit } from '../office-double';

function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (note === undefined) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

export function doubleFromExceljs(wb: ExcelJS.Workbook): DoubleWorkbookInit {
  const input = toWorkbookInput(wb);
  const sheets: DoubleSheetInit[] = input.sheets.map((s) => {
    const ws = wb.getWorksheet(s.name);
    const fills: Record<string, string> = {};
    const notes: Record<string, string> = {};
    const numberFormats: Record<string, string> = {};
    const columnWidths: Record<string, number> = {};
    ws?.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
      const k = `${r - 1},${c - 1}`;
      const f = cell.fill;
      if (f?.type === 'pattern' && f.pattern === 'solid' && f.fgColor?.argb) fills[k] = `#${f.fgColor.argb.slice(-6)}`;
      const n = noteText(cell.note as ExcelJS.Comment | string | undefined);
      if (n !== null) notes[k] = n;
      if (cell.numFmt) numberFormats[k] = cell.numFmt;
    }));
    (ws?.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined) columnWidths[String(i)] = Math.round((col.width * 7 + 5) * 0.75 * 100) / 100;
    });
    return { ...s, fills, notes, numberFormats, columnWidths };
  });
  return { sheets };
}
