/**
 * Reading sheets within Excel's limits (5 MB per request or response on the web).
 *
 * First try: one sync reads each sheet whole — its name, visibility, used range (values, formulas,
 * value types) and, on ExcelApi 1.9+, every row's hidden flag. Merged areas are not read here
 * (merges.ts reads them in a sync of their own, where a refusal can be caught). The host can not know
 * a sheet's size before a sync, so this is tried optimistically; when that sync is refused (a
 * response over 5 MB on the web, a range too large anywhere), the read falls back to probing:
 * one sync reads a box at each sheet's top-left (the used range ∩ the first `rows` × `cols` cells)
 * and the used-range shape; the rest of a bigger sheet is read in row blocks sized from the bytes
 * per cell the box actually returned, packed into payload-bounded syncs (batch.ts). Without
 * ExcelApi 1.9, rows partly hidden need one more sync for their flags.
 */
import { BUDGET, gridOf, halves, isPayloadError, runItems, type Item } from './batch';
import { ACTION_BYTES, PATH_BYTES, payloadBytes } from './cells';
import { SheetBuilder, visibilityOf } from './sheet-builder';
import { rowPropsSupported } from './support';

const CONTENT = 'values,formulas,valueTypes';
/** Least bytes per cell assumed for values + formulas + valueTypes (numbers take ≈ 25). */
const MIN_BYTES_PER_CELL = 40;
/** Per row: its 1.9 flag in the response (≈ 40 B), or before 1.9 a range object and a query (PATH + ACTION) and its answer. */
const BYTES_PER_ROW_FLAG = PATH_BYTES + ACTION_BYTES + 60;
/** A block's own objects and query: the sheet, the range, the load. */
const BLOCK_OVERHEAD = 2 * PATH_BYTES + ACTION_BYTES + 200;

export interface Box { readonly rows: number; readonly cols: number }
/** Boxes within one sync's budget: 2 × 600 × 50 cells and 10 × 150 × 20 cells ≈ 90,000 cells. */
export const BIG_BOX: Box = { rows: 600, cols: 50 };
export const SMALL_BOX: Box = { rows: 150, cols: 20 };
export const boxCost = (b: Box): number => b.rows * b.cols * MIN_BYTES_PER_CELL;

/**
 * What earlier reads in this pane learned: false once a workbook proved too big for one response,
 * so that the next reads (the write's check, undo) go straight to probing instead of being refused
 * again. A read of a workbook under BUDGET / 40 bytes ≈ 100,000 cells sets it back to true.
 */
let wholeFits = true;
export const tryWhole = (): boolean => wholeFits;
/** Learns from a finished read: the cells read, or `'refused'` when the whole read was refused. */
export function learnSize(cells: number | 'refused'): void {
  wholeFits = cells !== 'refused' && cells * MIN_BYTES_PER_CELL <= BUDGET;
}
/** Forgets what was learnt (tests). */
export function forgetSizes(): void { wholeFits = true; }
/**
 * What to do when the first sync of a read failed. A whole read refused for size → probe boxes (and
 * remember it); any other failure (a host that fails a batch touching a null worksheet, a range too
 * large on the desktop) → list the sheets and probe them by name; a probe refused for size → rethrow.
 */
export function afterFirstSyncFailure(e: unknown, whole: boolean): 'probe' | 'by-name' {
  // The user is editing a cell: no other way of reading would do better.
  if ((e as { code?: unknown } | null)?.code === 'InvalidOperationInCellEditMode') throw e;
  if (!isPayloadError(e)) return 'by-name';
  if (!whole) throw e;
  learnSize('refused');
  return 'probe';
}

export const cellsOf = (reads: Iterable<SheetRead | null>): number => {
  let n = 0;
  for (const r of reads) if (r) n += r.shape.rows * r.shape.cols;
  return n;
};

export interface Shape {
  readonly name: string;
  readonly r: number;
  readonly c: number;
  readonly rows: number;
  readonly cols: number;
}

export interface SheetRead { readonly builder: SheetBuilder; readonly shape: Shape }

function blockItem(shape: Shape, b: SheetBuilder, r: number, rows: number, c: number, cols: number, perCell: number): Item {
  return {
    est: rows * cols * perCell + BLOCK_OVERHEAD,
    readOnly: true,
    queue(ctx) {
      const range = ctx.workbook.worksheets.getItem(shape.name).getRangeByIndexes(r, c, rows, cols);
      range.load(CONTENT);
      return () => b.addBlock(r, c, gridOf(range.values), gridOf(range.formulas), gridOf(range.valueTypes as string[][]));
    },
    split: () => halves(r, rows)?.map(([r2, n]) => blockItem(shape, b, r2, n, c, cols, perCell)) ?? null,
  };
}

/** Row blocks covering rows [r, r+rows) × cols [c, c+cols), each within the budget. */
function blocks(shape: Shape, b: SheetBuilder, r: number, rows: number, c: number, cols: number, perCell: number): Item[] {
  if (rows <= 0 || cols <= 0) return [];
  const per = Math.max(1, Math.floor((BUDGET - BLOCK_OVERHEAD) / (cols * perCell)));
  const out: Item[] = [];
  for (let i = r; i < r + rows; i += per) out.push(blockItem(shape, b, i, Math.min(per, r + rows - i), c, cols, perCell));
  return out;
}

/** Per-row hidden flags, for a sheet whose used range has some rows hidden. */
function hiddenRowItem(shape: Shape, b: SheetBuilder, r: number, rows: number): Item {
  return {
    est: rows * BYTES_PER_ROW_FLAG + BLOCK_OVERHEAD,
    readOnly: true,
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(shape.name);
      if (rowPropsSupported()) {
        const flags = ws.getRangeByIndexes(r, shape.c, rows, 1).getRowProperties({ rowHidden: true });
        return () => flags.value.forEach((x, i) => { if (x.rowHidden) b.setHidden(r + i); });
      }
      const ranges: Excel.Range[] = [];
      for (let i = 0; i < rows; i++) ranges.push(ws.getRangeByIndexes(r + i, shape.c, 1, 1).load('rowHidden'));
      return () => ranges.forEach((x, i) => { if (x.rowHidden) b.setHidden(r + i); });
    },
    split: () => halves(r, rows)?.map(([r2, n]) => hiddenRowItem(shape, b, r2, n)) ?? null,
  };
}

/**
 * Queues the read of one worksheet proxy: the whole used range (`box` null) or the probe of a box.
 * After the sync, the finisher gives the sheet read so far and the items that read the rest (none
 * when the sheet was read whole, or fitted its box); null for a null worksheet.
 */
export function queueProbe(ws: Excel.Worksheet, box: Box | null): () => { read: SheetRead; rest: Item[] } | null {
  ws.load('name,visibility');
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
  const content = box ? used.getIntersectionOrNullObject(ws.getRangeByIndexes(0, 0, box.rows, box.cols)) : used;
  content.load(`rowIndex,columnIndex,rowCount,columnCount,${CONTENT}`);
  const flags = box === null && rowPropsSupported() ? used.getRowProperties({ rowIndex: true, rowHidden: true }) : null;
  return () => {
    if (ws.isNullObject) return null;
    const shape: Shape = { name: ws.name, r: used.rowIndex, c: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    const b = new SheetBuilder(ws.name, visibilityOf(ws.visibility));
    let perCell = MIN_BYTES_PER_CELL;
    let boxRows = 0, boxCols = 0;
    if (!content.isNullObject) {
      // Null grids: the used range is over Excel's read limit; TooBig makes the read probe instead.
      const values = gridOf(content.values), formulas = gridOf(content.formulas), types = gridOf(content.valueTypes as string[][]);
      b.addBlock(content.rowIndex, content.columnIndex, values, formulas, types);
      // Size later blocks from what this sheet's cells really cost, with a margin.
      const bytes = payloadBytes(values) + payloadBytes(formulas) + payloadBytes(types);
      perCell = Math.max(MIN_BYTES_PER_CELL, Math.ceil((1.5 * bytes) / (content.rowCount * content.columnCount)));
      boxRows = content.rowIndex + content.rowCount - shape.r;
      boxCols = content.columnIndex + content.columnCount - shape.c;
    }
    const rest: Item[] = [
      // Right of the box, beside it; then everything below it.
      ...blocks(shape, b, shape.r, boxRows, shape.c + boxCols, shape.cols - boxCols, perCell),
      ...blocks(shape, b, shape.r + boxRows, shape.rows - boxRows, shape.c, shape.cols, perCell),
    ];
    if (used.rowHidden === true) b.setHiddenRange(shape.r, shape.rows);
    else if (used.rowHidden === null) {
      if (flags) flags.value.forEach((x, i) => { if (x.rowHidden) b.setHidden(x.rowIndex ?? shape.r + i); });
      else rest.push(hiddenRowItem(shape, b, shape.r, shape.rows));
    }
    return { read: { builder: b, shape }, rest };
  };
}

/** The first sync of a read failed (nothing of it was used): the caller may try another way. */
class FirstSyncFailed extends Error {
  readonly reason: unknown;
  constructor(reason: unknown) { super('first sync failed'); this.reason = reason; }
}

/**
 * Reads the named sheets (missing ones → null) and runs `extra` items: the sheets whole and as many
 * extras as fit in the first sync, the rest in payload-bounded syncs. When that first sync is
 * refused (a sheet too big for one response), the sheets are probed instead (see the top of this
 * file). Returns the syncs used, the refused one included.
 */
export async function readNamedSheets(ctx: Excel.RequestContext, names: ReadonlyArray<{ name: string; box: Box }>, extra: readonly Item[]): Promise<{ sheets: Map<string, SheetRead | null>; syncs: number }> {
  let spent = 0;
  for (const whole of tryWhole() ? [true, false] : [false]) {
    try {
      const r = await readNamedSheetsOnce(ctx, names, extra, null, whole);
      if (!whole) learnSize(cellsOf(r.sheets.values()));
      return { sheets: r.sheets, syncs: r.syncs + spent };
    } catch (e) {
      if (!(e instanceof FirstSyncFailed)) throw e;
      spent++;
      if (afterFirstSyncFailure(e.reason, whole) === 'by-name') break;
    }
  }
  // List the sheets first and probe only those that exist.
  const list = ctx.workbook.worksheets;
  list.load('items/name');
  await ctx.sync();
  const have = new Set(list.items.map((w) => w.name.toLowerCase()));
  try {
    const r = await readNamedSheetsOnce(ctx, names, extra, have, false);
    return { sheets: r.sheets, syncs: r.syncs + spent + 1 };
  } catch (e) {
    throw e instanceof FirstSyncFailed ? e.reason : e;
  }
}

async function readNamedSheetsOnce(ctx: Excel.RequestContext, names: ReadonlyArray<{ name: string; box: Box }>, extra: readonly Item[], have: ReadonlySet<string> | null, whole: boolean): Promise<{ sheets: Map<string, SheetRead | null>; syncs: number }> {
  const probes = names.map(({ name, box }) => [name, have && !have.has(name.toLowerCase()) ? () => null : queueProbe(ctx.workbook.worksheets.getItemOrNullObject(name), whole ? null : box)] as const);
  let room = BUDGET - names.reduce((n, x) => n + boxCost(x.box), 0);
  const now: Array<() => void> = [];
  const later: Item[] = [];
  for (const item of extra) {
    if (item.est <= room) { now.push(item.queue(ctx)); room -= item.est; } else later.push(item);
  }
  const sheets = new Map<string, SheetRead | null>();
  const rest: Item[] = [];
  try {
    await ctx.sync();
    // A sheet whose grids came back null (TooBig) fails this first sync like a refused one.
    for (const [name, fin] of probes) {
      const got = fin();
      sheets.set(name, got?.read ?? null);
      if (got) rest.push(...got.rest);
    }
  } catch (e) {
    throw new FirstSyncFailed(e);
  }
  for (const f of now) f();
  const syncs = rest.length + later.length ? await runItems(ctx, [...rest, ...later]) : 0;
  return { sheets, syncs: 1 + syncs };
}

/** An item that lists the workbook's sheet names in order (for the undo snapshot, or to check a sheet exists). */
export function sheetNamesItem(into: (names: string[]) => void): Item {
  return {
    est: 2000,
    queue(c) {
      const all = c.workbook.worksheets.load('items/name');
      return () => into(all.items.map((w) => w.name));
    },
    split: () => null,
    readOnly: true,
  };
}
