/**
 * undoLastWrite: puts back what the last write overwrote, from the undo snapshot in the very hidden
 * record sheet — so it works after the workbook was saved, closed and reopened.
 * The merges the write made are undone; values, formulas and number formats come back for every
 * saved cell, looks (font, fill, borders, alignment) for the cells whose look it changed; fills and notes for the
 * cells whose marks the write changed (the marks of the record it wrote and of the one before).
 * Sheets the write added are deleted; the program's results sheet it rewrote gets its cells, header
 * format, 公示 look (result-look.ts: worked out again from its cells), frozen rows and column widths back; a results sheet the write did not touch (a marks-only write) is
 * left alone. The record goes back to its previous content (the sheet is deleted if there was none):
 * one step, so a second undo finds nothing to undo. Excel's own sheet order is kept by every write
 * (a sheet is only ever added at the end), so deleting the added sheets restores it.
 */
import { RECORD_SHEET, recordToRows, rowsToRecord, sameSheetName, type CellState } from '../../engine/record';
import { a1 } from '../../engine/address';
import { runItems, type Item } from './batch';
import { ACTION_BYTES, PATH_BYTES } from './cells';
import { SMALL_BOX, readNamedSheets, sheetNamesItem } from './read-sheets';
import { recordItems } from './write';
import { restoreItems } from './restore';
import { chunked } from './snapshot';
import { cellPropertiesSupported, eventsToggleSupported, notesSupported, resultLookSupported, runWrite } from './support';
import { mergeItem } from './look';
import { resultSheetResetItem, setWidthsItem } from './result-sheet';
import { lookOfCells, resultLookItems } from './result-look';

const COLS = 16384;

/**
 * Deletes a sheet. A very hidden sheet can not be deleted (InvalidOperation: "Worksheet.delete",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)),
 * so it is made merely hidden first, in the same batch.
 */
function deleteSheetItem(name: string, veryHidden: boolean): Item {
  return {
    est: 700,
    queue(c) {
      const ws = c.workbook.worksheets.getItem(name);
      if (veryHidden) ws.visibility = 'Hidden' as Excel.SheetVisibility;
      ws.delete();
      return () => undefined;
    },
    split: () => null,
  };
}

/** Example: `await undoLastWrite()` → `{ ok: true }`, or `{ ok: false, reason: 'nothing' }` with no saved write. */
export async function undoLastWrite(): Promise<{ ok: true } | { ok: false; reason: 'nothing' }> {
  const notes = notesSupported();
  const events = eventsToggleSupported();
  return runWrite(async (ctx) => {
    let present: string[] = [];
    const { sheets } = await readNamedSheets(ctx, [{ name: RECORD_SHEET, box: SMALL_BOX }], [sheetNamesItem((names) => { present = names; })]);
    const rec = sheets.get(RECORD_SHEET);
    const stored = rec ? rowsToRecord(rec.builder.toSheetInput().cells) : null;
    const undo = stored?.undo;
    if (!stored || !undo) return { ok: false, reason: 'nothing' } as const;

    const states = new Map<string, Map<number, CellState | null>>();
    for (const row of undo.rows) {
      let m = states.get(row.sheet);
      if (!m) states.set(row.sheet, (m = new Map()));
      row.cells.forEach((s, i) => m.set(row.row * COLS + row.col + i, s));
    }
    const marked = new Set<string>();
    for (const m of [...(stored.record?.marks ?? []), ...(undo.previousRecord?.marks ?? [])]) marked.add(`${m.sheet}\u0000${m.row},${m.col}`);
    const decorated = (sheet: string, row: number, col: number): boolean => marked.has(`${sheet}\u0000${row},${col}`) && !!states.get(sheet)?.has(row * COLS + col);

    // Which decorated cells carry a note now (to update or delete it rather than add one).
    const withNote = new Set<string>();
    if (notes) {
      const cells: Array<{ sheet: string; row: number; col: number }> = [];
      for (const [sheet, m] of states) for (const k of m.keys()) {
        const row = Math.floor(k / COLS), col = k % COLS;
        if (decorated(sheet, row, col)) cells.push({ sheet, row, col });
      }
      const probes: Item[] = chunked(cells, 2000).map((part) => ({
        // Per cell: the sheet, its notes, the note (3 objects) and the load.
        est: part.length * (3 * PATH_BYTES + ACTION_BYTES) + 200,
        readOnly: true,
        queue(c) {
          const fins = part.map((cell) => {
            const note = c.workbook.worksheets.getItem(cell.sheet).notes.getItemOrNullObject(a1(cell.row, cell.col)).load('content');
            return () => { if (!note.isNullObject) withNote.add(`${cell.sheet}\u0000${cell.row},${cell.col}`); };
          });
          return () => fins.forEach((f) => f());
        },
        split: () => null,
      }));
      if (probes.length) await runItems(ctx, probes);
    }

    // Sheets the write added go (the record sheet last, below); the program's results sheet it
    // rewrote is cleared and gets its cells, header format and widths back.
    const exists = (name: string): boolean => present.some((n) => sameSheetName(n, name));
    const writes: Item[] = [];
    // The rewritten results sheets' look, worked out from their saved cells, goes on after the cells.
    const looks: Item[] = [];
    const styled = resultLookSupported();
    for (const name of undo.createdSheets) {
      if (name !== RECORD_SHEET && exists(name)) writes.push(deleteSheetItem(name, false));
      states.delete(name);
    }
    for (const name of undo.rewrittenSheets) {
      if (!exists(name)) continue;
      // The header row: the first row under the title with a cell right of column A (an info line
      // above it holds column A only).
      const keys = [...(states.get(name)?.keys() ?? [])];
      const headerRow = Math.min(...keys.filter((k) => k >= COLS && k % COLS > 0).map((k) => Math.floor(k / COLS)), Infinity);
      const row = Number.isFinite(headerRow) ? headerRow : 1;
      const header = keys.filter((k) => Math.floor(k / COLS) === row).map((k) => (k % COLS) + 1);
      writes.push(resultSheetResetItem(name, Math.max(0, ...header), undo.widths.filter((w) => w.sheet === name), row, styled));
      if (styled && header.length) looks.push(...resultLookItems(name, lookOfCells(states.get(name) ?? new Map(), row)));
    }
    // Widths the write changed elsewhere (the data sheet's new columns) go back as they were.
    const rewritten = new Set(undo.rewrittenSheets);
    const bySheet = new Map<string, Array<{ col: number; width: number | null }>>();
    for (const w of undo.widths) {
      if (rewritten.has(w.sheet) || !exists(w.sheet)) continue;
      let l = bySheet.get(w.sheet);
      if (!l) bySheet.set(w.sheet, (l = []));
      l.push({ col: w.col, width: w.width });
    }
    for (const [sheet, ws] of bySheet) writes.push(setWidthsItem(sheet, ws));
    // The merges the write made go first: the covered cells' values and looks follow.
    const merged = new Map<string, Array<{ top: number; left: number; bottom: number; right: number }>>();
    for (const m of undo.merges ?? []) if (exists(m.sheet)) merged.set(m.sheet, [...(merged.get(m.sheet) ?? []), m]);
    for (const [sheet, areas] of merged) writes.push(mergeItem(sheet, areas, true));
    const cellLooks = undo.formats && cellPropertiesSupported() ? undo.formats : null;
    writes.push(...restoreItems(states, decorated, (s, r, c) => withNote.has(`${s}\u0000${r},${c}`), notes, cellLooks), ...looks);
    if (undo.previousRecord) writes.push(...recordItems(recordToRows({ record: undo.previousRecord, undo: null }), true));
    else writes.push(deleteSheetItem(RECORD_SHEET, true));

    try {
      await runItems(ctx, writes, {
        prologue: (c, first) => {
          c.workbook.application.suspendApiCalculationUntilNextSync();
          if (first && events) c.runtime.enableEvents = false;
        },
      });
    } finally {
      if (events) {
        ctx.runtime.enableEvents = true;
        await ctx.sync();
      }
    }
    return { ok: true } as const;
  });
}
