/**
 * writePlan: applies the engine's WritePlan to the workbook.
 *
 * 1. First sync (more only when payload splitting is needed): re-read the data and scheme sheets
 *    for the fingerprint, the record sheet, the sheet list, the program's own results sheet when
 *    the plan rewrites it (cells and column widths, for undo), and the prior state of every cell
 *    the plan touches. If the data or scheme sheet changed since `readWorkbook`, or a sheet the plan
 *    adds now exists (or one it rewrites is gone), nothing is written. One more read sync only when
 *    needed: the rewritten results sheet's number formats, and the looks of new-column cells inside
 *    the data sheet's formatted used range (look-plan.ts).
 * 2. Write sync(s): with calculation suspended and the add-in's events off, first the record sheet
 *    `_考评记录` (very hidden; the undo snapshot in the format of src/engine/record.ts), then the
 *    output columns as whole 2-D column blocks — the new ones' headers merged over the header block
 *    and every cell in the look of the clerk's cells the plan names (look-plan.ts, ExcelApi 1.9) —,
 *    fills per contiguous run, notes (ExcelApi 1.18),
 *    stale marks restored, and the results sheet the plan names — the program's own rewritten in
 *    place, a new one added at the end; none when the plan's `resultSheet` is null (a marks-only
 *    plan). A clerk's `考核结果` is never named by the engine, so never touched.
 * 3. A last small sync turns events back on.
 * So a plan costs 3 syncs whatever the number of units, plus payload splitting. The write is not an
 * Excel undo group (support.ts `runWrite` says why): 撤销上次写回 undoes it exactly.
 */
import type { WritePlan } from '../../engine/model/plan';
import type { SheetInput } from '../../engine/model/workbook';
import { SCHEME_SHEET } from '../../engine/model/scheme';
import { RECORD_SHEET, recordToRows, rowsToRecord, sameSheetName, type CellState, type UndoSnapshot } from '../../engine/record';
import { runItems, type Item } from './batch';
import { toOfficeInput } from './cells';
import { fingerprintOf, sheetHash } from './fingerprint';
import { BIG_BOX, SMALL_BOX, readNamedSheets, sheetNamesItem } from './read-sheets';
import { chunked, markStateItem, numberFormatItem, stateOf, StateCollector, uniqueCells, cellState } from './snapshot';
import { cellPropertiesSupported, eventsToggleSupported, notesSupported, runWrite } from './support';
import { PlanLooks } from './look-plan';
import { blockItem, fillItems, noteItems, rectangle, type NoteChange } from './write-items';
import { columnWidthsItem, resultSheetItems, setWidthsItem, widthPoints } from './result-sheet';

const COLS = 16384;

export type WriteOutcome = { ok: true; syncs: number } | { ok: false; reason: 'changed' };

/** The record sheet: created very hidden when missing, cleared, then written from A1 in blocks. */
export function recordItems(rows: string[][], existed: boolean): Item[] {
  const setup: Item = {
    est: 400,
    queue(ctx) {
      if (existed) ctx.workbook.worksheets.getItem(RECORD_SHEET).getUsedRange().clear();
      else {
        const ws = ctx.workbook.worksheets.add(RECORD_SHEET);
        ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
      }
      return () => undefined;
    },
    split: () => null,
  };
  const data = rectangle(rows.map((r) => r.map((t) => toOfficeInput(t) as string)));
  return [setup, blockItem(RECORD_SHEET, 0, 0, data)];
}

/** The program's own results sheet before a rewrite: every non-blank cell's value, formula and number format. */
function resultSnapshot(sheet: SheetInput, formats: ReadonlyMap<number, string>, into: StateCollector): void {
  sheet.cells.forEach((row, r) => row?.forEach((v, c) => {
    const s = stateOf(v, sheet.formulas?.get(`${r},${c}`), formats.get(r * COLS + c));
    if (s) into.set(sheet.name, r, c, s);
  }));
  // Blank cells that carry a format (an unscored unit's empty 总分 formatted 0.00).
  for (const [k, nf] of formats) {
    const r = Math.floor(k / COLS), c = k % COLS;
    const v = sheet.cells[r]?.[c];
    if ((v === undefined || v === null) && sheet.formulas?.get(`${r},${c}`) === undefined) {
      const s = stateOf(null, undefined, nf);
      if (s) into.set(sheet.name, r, c, s);
    }
  }
}

/** Applies a write plan unless the sheet changed since it was read. Example: `await writePlan(a.plan, fp)`. */
export async function writePlan(plan: WritePlan, fingerprint: string, onProgress?: (fraction: number) => void): Promise<WriteOutcome> {
  const notes = notesSupported();
  const events = eventsToggleSupported();
  return runWrite(async (ctx): Promise<WriteOutcome> => {
    const collector = new StateCollector();
    const reads: Item[] = [];
    // Output columns: values and formulas come with the data sheet's fingerprint read; only
    // their number formats are read here.
    const formats = new Map<number, string>();
    for (const col of plan.columns) {
      const rows = col.firstRow - col.headerRow + col.values.length;
      reads.push(numberFormatItem(plan.dataSheet, col.headerRow, col.col, rows, (r, c, nf) => formats.set(r * COLS + c, nf)));
    }
    // The looks of the clerk cells the new columns copy, and of the cells they change (for undo).
    const looks = new PlanLooks(plan, cellPropertiesSupported());
    reads.push(...looks.reads());
    const decorated = uniqueCells([...plan.marks, ...plan.clearMarks]);
    const marked = new StateCollector();
    for (const part of chunked(decorated, 2000)) reads.push(markStateItem(part, notes, marked));
    const markStates = function* (): Generator<[{ sheet: string; row: number; col: number }, CellState | null]> {
      for (const [sheet, m] of marked.sheets) for (const [k, st] of m) yield [{ sheet, row: Math.floor(k / COLS), col: k % COLS }, st];
    };
    // The sheets in order (for the snapshot), and whether a new results sheet's name is still free.
    const list = plan.resultSheet;
    let sheetsBefore: string[] = [];
    reads.push(sheetNamesItem((names) => { sheetsBefore = names; }));
    // The widths the rewrite of the program's results sheet will change (undo puts them back).
    const widthsBefore: Array<{ col: number; width: number | null }> = [];
    if (list?.replaces) reads.push(columnWidthsItem(list.name, list.widths.length, widthsBefore));
    // And the widths of the data sheet's columns this run creates (it widens them to fit).
    const sized = plan.columns.filter((c) => c.width !== undefined);
    const dataWidthsBefore: Array<{ col: number; width: number | null }> = [];
    if (sized.length) reads.push(columnWidthsItem(plan.dataSheet, 0, dataWidthsBefore, sized.map((c) => c.col)));
    const names = [{ name: plan.dataSheet, box: BIG_BOX }, { name: SCHEME_SHEET, box: SMALL_BOX }, { name: RECORD_SHEET, box: SMALL_BOX }];
    // The program's own results sheet is read (to snapshot it) when the plan rewrites it in place.
    if (list?.replaces) names.push({ name: list.name, box: SMALL_BOX });
    const { sheets, syncs: readSyncs } = await readNamedSheets(ctx, names, reads);
    onProgress?.(0.1);

    const data = sheets.get(plan.dataSheet);
    const expected = fingerprintOf(fingerprint, plan.dataSheet);
    if (!data || expected === null || sheetHash(data.builder.toSheetInput()) !== expected) return { ok: false, reason: 'changed' };
    const schemeExpected = fingerprintOf(fingerprint, SCHEME_SHEET);
    const scheme = sheets.get(SCHEME_SHEET);
    if (schemeExpected !== null && (!scheme || sheetHash(scheme.builder.toSheetInput()) !== schemeExpected)) return { ok: false, reason: 'changed' };

    // A sheet the plan adds must still be free, and one it rewrites must still be there: else the
    // workbook changed since it was read.
    const taken = (name: string): boolean => sheetsBefore.some((n) => sameSheetName(n, name));
    if (list && list.replaces !== taken(list.name)) return { ok: false, reason: 'changed' };

    // One more sync only when needed: the program's results sheet's number formats (小计 and 总分
    // decimals; undo puts them back too), and the looks of new-column cells inside the formatted used
    // range (look-plan.ts).
    const result = list?.replaces ? sheets.get(list.name) : undefined;
    const resultFormats = new Map<number, string>();
    const more: Item[] = looks.followUps();
    if (result) {
      const shape = result.shape;
      for (let c = shape.c; c < shape.c + shape.cols; c++) more.push(numberFormatItem(list?.name ?? '', shape.r, c, shape.rows, (r, col, nf) => resultFormats.set(r * COLS + col, nf)));
    }
    const resultSyncs = more.length ? await runItems(ctx, more) : 0;

    const dataInput = data.builder.toSheetInput();
    for (const col of plan.columns) {
      // The rows the write changes: the header (and the header block it merges over), the values —
      // not a header block's other rows (under the header a run merged before: never written to).
      const under = looks.columns.includes(col) ? (col.headerMerge?.bottom ?? col.headerRow) : col.headerRow;
      for (let r = col.headerRow; r < col.firstRow + col.values.length; r++) {
        if (r > under && r < col.firstRow) continue;
        const base = stateOf(dataInput.cells[r]?.[col.col], dataInput.formulas?.get(`${r},${col.col}`), formats.get(r * COLS + col.col));
        collector.set(plan.dataSheet, r, col.col, looks.stateOf(col.col, r, base));
      }
    }
    // Marked cells' full states (with fill and note) win over the column states (a look is kept).
    for (const [k, st] of markStates()) {
      const fmt = collector.sheets.get(k.sheet)?.get(k.row * COLS + k.col)?.fmt;
      collector.set(k.sheet, k.row, k.col, fmt !== undefined ? { ...(st ?? { v: null }), fmt } : st);
    }

    const recordSheet = sheets.get(RECORD_SHEET);
    const previous = recordSheet ? rowsToRecord(recordSheet.builder.toSheetInput().cells) : { record: null, undo: null };
    if (result) resultSnapshot(result.builder.toSheetInput(), resultFormats, collector);
    const undo: UndoSnapshot = {
      createdAt: new Date().toISOString(),
      dataSheet: plan.dataSheet,
      sheetsBefore,
      createdSheets: [...(list && !list.replaces ? [list.name] : []), ...(recordSheet ? [] : [RECORD_SHEET])],
      rewrittenSheets: list?.replaces ? [list.name] : [],
      keptSheets: [],
      widths: [...dataWidthsBefore.map((w) => ({ sheet: plan.dataSheet, ...w })), ...(list?.replaces ? widthsBefore.map((w) => ({ sheet: list.name, ...w })) : [])],
      rows: collector.toRows(),
      formats: looks.palette.list,
      merges: looks.merges(),
      previousRecord: previous.record,
    };

    // Stale marks get back the fill and note saved by the previous write, if it saved them.
    const oldStates = new Map<string, CellState | null>();
    for (const row of previous.undo?.rows ?? []) row.cells.forEach((s, i) => oldStates.set(`${row.sheet}\u0000${row.row},${row.col + i}`, s));
    const now = (sheet: string, row: number, col: number): CellState | null => collector.sheets.get(sheet)?.get(row * COLS + col) ?? null;

    const writes: Item[] = [...recordItems(recordToRows({ record: plan.record, undo }), !!recordSheet)];
    if (sized.length) writes.push(setWidthsItem(plan.dataSheet, sized.map((c) => ({ col: c.col, width: widthPoints(c.width as number) }))));
    for (const col of plan.columns) {
      writes.push(blockItem(plan.dataSheet, col.headerRow, col.col, [[toOfficeInput(col.header)]]), ...looks.headerItems(col));
      if (col.values.length === 0) continue;
      const values = col.values.map((v) => [toOfficeInput(v)]);
      const nf = col.numberFormat === null ? null : col.values.map(() => [col.numberFormat as string]);
      writes.push(blockItem(plan.dataSheet, col.firstRow, col.col, values, { nfAfter: nf }), ...looks.dataItems(col));
    }
    writes.push(...fillItems([
      ...plan.marks.map((m) => ({ sheet: m.sheet, row: m.row, col: m.col, fill: m.fill as string })),
      ...plan.clearMarks.map((m) => ({ ...m, fill: oldStates.get(`${m.sheet}\u0000${m.row},${m.col}`)?.fill ?? null })),
    ]));
    if (notes) {
      const changes: NoteChange[] = plan.marks.map((m) => ({ sheet: m.sheet, row: m.row, col: m.col, text: m.note, exists: now(m.sheet, m.row, m.col)?.note !== undefined }));
      for (const m of plan.clearMarks) {
        const old = oldStates.get(`${m.sheet}\u0000${m.row},${m.col}`)?.note;
        const exists = now(m.sheet, m.row, m.col)?.note !== undefined;
        if (old !== undefined || exists) changes.push({ sheet: m.sheet, row: m.row, col: m.col, text: old ?? null, exists });
      }
      writes.push(...noteItems(changes));
    }
    if (list) writes.push(...resultSheetItems(list, list.replaces));

    const total = writes.reduce((n, w) => n + w.est, 0) || 1;
    let done = 0;
    let writeSyncs = 0;
    try {
      writeSyncs = await runItems(ctx, writes, {
        prologue: (c, first) => {
          c.workbook.application.suspendApiCalculationUntilNextSync();
          if (first && events) c.runtime.enableEvents = false;
        },
        onSync: () => { done = Math.min(total, done + total / Math.max(1, writes.length)); onProgress?.(0.1 + 0.85 * (done / total)); },
      });
    } finally {
      if (events) {
        ctx.runtime.enableEvents = true;
        await ctx.sync();
      }
    }
    onProgress?.(1);
    return { ok: true, syncs: readSyncs + resultSyncs + writeSyncs + (events ? 1 : 0) };
  });
}

export { cellState };
