/**
 * Reading sheets: first optimistically — every used range whole, in one sync — and, when that is
 * over Excel's limits, carefully: the used ranges' shapes in one sync, then row blocks packed into
 * payload-bounded syncs (see batch.ts).
 */
import type { MergeArea } from '../../engine/model/workbook';
import { BUDGET, halves, isPayloadError, runItems, type Item } from './batch';
import { SheetBuilder, visibilityOf } from './sheet-builder';
import { mergesSupported } from './support';

const USED = 'rowIndex,columnIndex,rowCount,columnCount';
const CONTENT = 'values,formulas,valueTypes';
/** Estimated bytes per cell for values + formulas + valueTypes (numbers ≈ 25; text more). */
const BYTES_PER_CELL = 40;
const BYTES_PER_ROW_FLAG = 140;

export interface Shape {
  readonly name: string;
  readonly visibility: string;
  readonly r: number;
  readonly c: number;
  readonly rows: number;
  readonly cols: number;
  /** Office.js: true/false when all/no rows are hidden, null when mixed. */
  readonly rowHidden: boolean | null;
}

type Finish<T> = () => T;

function queueMerges(used: Excel.Range): Finish<MergeArea[]> {
  if (!mergesSupported()) return () => [];
  const areas = used.getMergedAreasOrNullObject();
  areas.load('areaCount');
  areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
  return () => (areas.isNullObject ? [] : areas.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 })));
}

/** Queues a whole sheet (optimistic). The finisher returns null for a null worksheet. */
export function queueWholeSheet(ws: Excel.Worksheet): Finish<{ builder: SheetBuilder; shape: Shape } | null> {
  ws.load('name,visibility');
  const used = ws.getUsedRange(true);
  used.load(`${USED},${CONTENT},rowHidden`);
  const merges = queueMerges(used);
  return () => {
    if (ws.isNullObject) return null;
    const b = new SheetBuilder(ws.name, visibilityOf(ws.visibility));
    b.addBlock(used.rowIndex, used.columnIndex, used.values, used.formulas, used.valueTypes as string[][]);
    for (const m of merges()) b.addMerge(m);
    if (used.rowHidden === true) b.setHiddenRange(used.rowIndex, used.rowCount);
    const shape: Shape = { name: ws.name, visibility: ws.visibility, r: used.rowIndex, c: used.columnIndex, rows: used.rowCount, cols: used.columnCount, rowHidden: used.rowHidden };
    return { builder: b, shape };
  };
}

/** Queues only a sheet's shape (careful path). */
export function queueShape(ws: Excel.Worksheet): Finish<Shape | null> {
  ws.load('name,visibility');
  const used = ws.getUsedRange(true);
  used.load(`${USED},rowHidden`);
  return () => (ws.isNullObject ? null : { name: ws.name, visibility: ws.visibility, r: used.rowIndex, c: used.columnIndex, rows: used.rowCount, cols: used.columnCount, rowHidden: used.rowHidden });
}

function blockItem(shape: Shape, b: SheetBuilder, r: number, rows: number): Item {
  return {
    est: rows * shape.cols * BYTES_PER_CELL + 300,
    queue(ctx) {
      const range = ctx.workbook.worksheets.getItem(shape.name).getRangeByIndexes(r, shape.c, rows, shape.cols);
      range.load(CONTENT);
      return () => b.addBlock(r, shape.c, range.values, range.formulas, range.valueTypes as string[][]);
    },
    split: () => halves(r, rows)?.map(([r2, n]) => blockItem(shape, b, r2, n)) ?? null,
  };
}

/** Per-row hidden flags, for a sheet whose used range has some rows hidden. */
export function hiddenRowItem(shape: Shape, b: SheetBuilder, r: number, rows: number): Item {
  return {
    est: rows * BYTES_PER_ROW_FLAG + 200,
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(shape.name);
      const ranges: Excel.Range[] = [];
      for (let i = 0; i < rows; i++) ranges.push(ws.getRangeByIndexes(r + i, shape.c, 1, 1).load('rowHidden'));
      return () => ranges.forEach((x, i) => { if (x.rowHidden) b.setHidden(r + i); });
    },
    split: () => halves(r, rows)?.map(([r2, n]) => hiddenRowItem(shape, b, r2, n)) ?? null,
  };
}

function mergeItem(shape: Shape, b: SheetBuilder): Item {
  return {
    est: 20_000,
    queue(ctx) {
      const used = ctx.workbook.worksheets.getItem(shape.name).getRangeByIndexes(shape.r, shape.c, shape.rows, shape.cols);
      const merges = queueMerges(used);
      return () => { for (const m of merges()) b.addMerge(m); };
    },
    split: () => null,
  };
}

/** Items that read a sheet of known shape in row blocks. */
export function sheetItems(shape: Shape, b: SheetBuilder): Item[] {
  const rowsPerBlock = Math.max(1, Math.floor((BUDGET - 300) / (shape.cols * BYTES_PER_CELL)));
  const items: Item[] = [];
  for (let r = shape.r; r < shape.r + shape.rows; r += rowsPerBlock) items.push(blockItem(shape, b, r, Math.min(rowsPerBlock, shape.r + shape.rows - r)));
  items.push(mergeItem(shape, b));
  if (shape.rowHidden === null) items.push(hiddenRowItem(shape, b, shape.r, shape.rows));
  else if (shape.rowHidden) b.setHiddenRange(shape.r, shape.rows);
  return items;
}

export interface SheetRead { readonly builder: SheetBuilder; readonly shape: Shape }

/**
 * Reads the named sheets (missing ones → null) together with `extra` items: in one sync when it
 * fits, else shapes first and then payload-bounded blocks. Returns the syncs used.
 */
export async function readNamedSheets(ctx: Excel.RequestContext, names: readonly string[], extra: readonly Item[]): Promise<{ sheets: Map<string, SheetRead | null>; syncs: number }> {
  const sheets = new Map<string, SheetRead | null>();
  const wholes = names.map((n) => [n, queueWholeSheet(ctx.workbook.worksheets.getItemOrNullObject(n))] as const);
  const extras = extra.map((i) => i.queue(ctx));
  try {
    await ctx.sync();
    for (const [n, fin] of wholes) sheets.set(n, fin());
    for (const f of extras) f();
    const later: Item[] = [];
    for (const s of sheets.values()) if (s && s.shape.rowHidden === null) later.push(hiddenRowItem(s.shape, s.builder, s.shape.r, s.shape.rows));
    return { sheets, syncs: 1 + (later.length ? await runItems(ctx, later) : 0) };
  } catch (e) {
    if (!isPayloadError(e)) throw e;
  }
  const shapes = names.map((n) => [n, queueShape(ctx.workbook.worksheets.getItemOrNullObject(n))] as const);
  await ctx.sync();
  const items: Item[] = [];
  for (const [n, fin] of shapes) {
    const shape = fin();
    if (!shape) { sheets.set(n, null); continue; }
    const builder = new SheetBuilder(shape.name, visibilityOf(shape.visibility));
    sheets.set(n, { builder, shape });
    items.push(...sheetItems(shape, builder));
  }
  const syncs = await runItems(ctx, [...items, ...extra]);
  return { sheets, syncs: 2 + syncs };
}
