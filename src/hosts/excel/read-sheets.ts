/**
 * Reading sheets within Excel's limits (5 MB per request or response on the web).
 *
 * One sync "probes" each sheet: its name, visibility, used-range shape, whole-range hidden flag,
 * merged areas, and the content of a box at its top-left (the used range ∩ the first `rows` × `cols`
 * cells). A sheet that fits its box is read completely in that sync. The rest of a bigger sheet is
 * read afterwards in row blocks sized from the bytes per cell the box actually returned, packed into
 * payload-bounded syncs (batch.ts). Rows partly hidden need one flag per row (one more sync).
 */
import type { MergeArea } from '../../engine/model/workbook';
import { BUDGET, halves, isPayloadError, runItems, type Item } from './batch';
import { payloadBytes } from './cells';
import { SheetBuilder, visibilityOf } from './sheet-builder';
import { mergesSupported } from './support';

const CONTENT = 'values,formulas,valueTypes';
/** Least bytes per cell assumed for values + formulas + valueTypes (numbers take ≈ 25). */
const MIN_BYTES_PER_CELL = 40;
const BYTES_PER_ROW_FLAG = 140;

export interface Box { readonly rows: number; readonly cols: number }
/** Boxes within one sync's budget: 2 × 600 × 50 cells and 10 × 150 × 20 cells ≈ 90,000 cells. */
export const BIG_BOX: Box = { rows: 600, cols: 50 };
export const SMALL_BOX: Box = { rows: 150, cols: 20 };
export const boxCost = (b: Box): number => b.rows * b.cols * MIN_BYTES_PER_CELL;

export interface Shape {
  readonly name: string;
  readonly r: number;
  readonly c: number;
  readonly rows: number;
  readonly cols: number;
}

export interface SheetRead { readonly builder: SheetBuilder; readonly shape: Shape }

function queueMerges(used: Excel.Range): () => MergeArea[] {
  if (!mergesSupported()) return () => [];
  const areas = used.getMergedAreasOrNullObject();
  areas.load('areaCount');
  areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
  return () => (areas.isNullObject ? [] : areas.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 })));
}

function blockItem(shape: Shape, b: SheetBuilder, r: number, rows: number, c: number, cols: number, perCell: number): Item {
  return {
    est: rows * cols * perCell + 300,
    queue(ctx) {
      const range = ctx.workbook.worksheets.getItem(shape.name).getRangeByIndexes(r, c, rows, cols);
      range.load(CONTENT);
      return () => b.addBlock(r, c, range.values, range.formulas, range.valueTypes as string[][]);
    },
    split: () => halves(r, rows)?.map(([r2, n]) => blockItem(shape, b, r2, n, c, cols, perCell)) ?? null,
  };
}

/** Row blocks covering rows [r, r+rows) × cols [c, c+cols), each within the budget. */
function blocks(shape: Shape, b: SheetBuilder, r: number, rows: number, c: number, cols: number, perCell: number): Item[] {
  if (rows <= 0 || cols <= 0) return [];
  const per = Math.max(1, Math.floor((BUDGET - 300) / (cols * perCell)));
  const out: Item[] = [];
  for (let i = r; i < r + rows; i += per) out.push(blockItem(shape, b, i, Math.min(per, r + rows - i), c, cols, perCell));
  return out;
}

/** Per-row hidden flags, for a sheet whose used range has some rows hidden. */
function hiddenRowItem(shape: Shape, b: SheetBuilder, r: number, rows: number): Item {
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

/**
 * Queues the probe of one worksheet proxy. After the sync, the finisher gives the sheet read so
 * far and the items that read the rest (none when the box held it all); null for a null worksheet.
 */
export function queueProbe(ws: Excel.Worksheet, box: Box): () => { read: SheetRead; rest: Item[] } | null {
  ws.load('name,visibility');
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
  const content = used.getIntersectionOrNullObject(ws.getRangeByIndexes(0, 0, box.rows, box.cols));
  content.load(`rowIndex,columnIndex,rowCount,columnCount,${CONTENT}`);
  const merges = queueMerges(used);
  return () => {
    if (ws.isNullObject) return null;
    const shape: Shape = { name: ws.name, r: used.rowIndex, c: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    const b = new SheetBuilder(ws.name, visibilityOf(ws.visibility));
    let perCell = MIN_BYTES_PER_CELL;
    let boxRows = 0, boxCols = 0;
    if (!content.isNullObject) {
      b.addBlock(content.rowIndex, content.columnIndex, content.values, content.formulas, content.valueTypes as string[][]);
      // Size later blocks from what this sheet's cells really cost, with a margin.
      const bytes = payloadBytes(content.values) + payloadBytes(content.formulas) + payloadBytes(content.valueTypes);
      perCell = Math.max(MIN_BYTES_PER_CELL, Math.ceil((1.5 * bytes) / (content.rowCount * content.columnCount)));
      boxRows = content.rowIndex + content.rowCount - shape.r;
      boxCols = content.columnIndex + content.columnCount - shape.c;
    }
    for (const m of merges()) b.addMerge(m);
    const rest: Item[] = [
      // Right of the box, beside it; then everything below it.
      ...blocks(shape, b, shape.r, boxRows, shape.c + boxCols, shape.cols - boxCols, perCell),
      ...blocks(shape, b, shape.r + boxRows, shape.rows - boxRows, shape.c, shape.cols, perCell),
    ];
    if (used.rowHidden === true) b.setHiddenRange(shape.r, shape.rows);
    else if (used.rowHidden === null) rest.push(hiddenRowItem(shape, b, shape.r, shape.rows));
    return { read: { builder: b, shape }, rest };
  };
}

/**
 * Reads the named sheets (missing ones → null) and runs `extra` items: probes and as many extras
 * as fit in the first sync, the rest in payload-bounded syncs. Returns the syncs used.
 */
export async function readNamedSheets(ctx: Excel.RequestContext, names: ReadonlyArray<{ name: string; box: Box }>, extra: readonly Item[]): Promise<{ sheets: Map<string, SheetRead | null>; syncs: number }> {
  try {
    return await readNamedSheetsOnce(ctx, names, extra, null);
  } catch (e) {
    if (isPayloadError(e)) throw e;
  }
  // Some hosts fail a batch that calls methods on a null worksheet (a sheet not there yet):
  // list the sheets first and probe only those that exist.
  const list = ctx.workbook.worksheets;
  list.load('items/name');
  await ctx.sync();
  const have = new Set(list.items.map((w) => w.name.toLowerCase()));
  const r = await readNamedSheetsOnce(ctx, names, extra, have);
  return { sheets: r.sheets, syncs: r.syncs + 2 };
}

async function readNamedSheetsOnce(ctx: Excel.RequestContext, names: ReadonlyArray<{ name: string; box: Box }>, extra: readonly Item[], have: ReadonlySet<string> | null): Promise<{ sheets: Map<string, SheetRead | null>; syncs: number }> {
  const probes = names.map(({ name, box }) => [name, have && !have.has(name.toLowerCase()) ? () => null : queueProbe(ctx.workbook.worksheets.getItemOrNullObject(name), box)] as const);
  let room = BUDGET - names.reduce((n, x) => n + boxCost(x.box), 0);
  const now: Array<() => void> = [];
  const later: Item[] = [];
  for (const item of extra) {
    if (item.est <= room) { now.push(item.queue(ctx)); room -= item.est; } else later.push(item);
  }
  await ctx.sync();
  const sheets = new Map<string, SheetRead | null>();
  const rest: Item[] = [];
  for (const [name, fin] of probes) {
    const got = fin();
    sheets.set(name, got?.read ?? null);
    if (got) rest.push(...got.rest);
  }
  for (const f of now) f();
  const syncs = rest.length + later.length ? await runItems(ctx, [...rest, ...later]) : 0;
  return { sheets, syncs: 1 + syncs };
}
