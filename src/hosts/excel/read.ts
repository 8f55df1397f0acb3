/**
 * readWorkbook: every sheet's used range (values, value types, formulas, merged areas, hidden rows)
 * into the engine's WorkbookInput.
 *
 * Syncs: one, when the workbook has at most MAX_CHAINED sheets, fits Excel's payload limits and has
 * no partly hidden rows: the sheets are reached through `getFirst()` / `getNextOrNullObject()`, so
 * nothing has to be known before the sync. Otherwise: +1 for per-row hidden flags, or the careful
 * path (sheet names, shapes, then payload-bounded row blocks).
 */
import type { WorkbookInput } from '../../engine/model/workbook';
import { isPayloadError, runItems, type Item } from './batch';
import { makeFingerprint } from './fingerprint';
import { hiddenRowItem, queueShape, queueWholeSheet, sheetItems, type SheetRead } from './read-sheets';
import { SheetBuilder, visibilityOf } from './sheet-builder';

const MAX_CHAINED = 12;

async function optimistic(ctx: Excel.RequestContext): Promise<SheetRead[] | null> {
  let ws = ctx.workbook.worksheets.getFirst();
  const fins: Array<() => SheetRead | null> = [];
  for (let i = 0; i < MAX_CHAINED; i++) {
    fins.push(queueWholeSheet(ws));
    ws = ws.getNextOrNullObject();
  }
  ws.load('name');
  try {
    await ctx.sync();
  } catch (e) {
    if (isPayloadError(e)) return null;
    throw e;
  }
  if (!ws.isNullObject) return null;
  const out: SheetRead[] = [];
  for (const f of fins) {
    const s = f();
    if (s) out.push(s);
  }
  const later: Item[] = out.filter((s) => s.shape.rowHidden === null).map((s) => hiddenRowItem(s.shape, s.builder, s.shape.r, s.shape.rows));
  if (later.length) await runItems(ctx, later);
  return out;
}

async function careful(ctx: Excel.RequestContext): Promise<SheetRead[]> {
  const list = ctx.workbook.worksheets;
  list.load('items/name');
  await ctx.sync();
  const fins = list.items.map((w) => queueShape(ctx.workbook.worksheets.getItem(w.name)));
  await ctx.sync();
  const out: SheetRead[] = [];
  const items: Item[] = [];
  for (const f of fins) {
    const shape = f();
    if (!shape) continue;
    const builder = new SheetBuilder(shape.name, visibilityOf(shape.visibility));
    out.push({ builder, shape });
    items.push(...sheetItems(shape, builder));
  }
  await runItems(ctx, items);
  return out;
}

/** Reads the whole workbook. Example: `const { workbook, fingerprint } = await readWorkbook();` */
export async function readWorkbook(): Promise<{ workbook: WorkbookInput; fingerprint: string }> {
  return Excel.run(async (ctx) => {
    const reads = (await optimistic(ctx)) ?? (await careful(ctx));
    const workbook: WorkbookInput = { sheets: reads.map((r) => r.builder.toSheetInput()) };
    return { workbook, fingerprint: makeFingerprint(workbook.sheets) };
  });
}
