/**
 * readWorkbook: every sheet's used range (values, value types, formulas, merged areas, hidden rows)
 * into the engine's WorkbookInput.
 *
 * One sync reads a workbook of up to MAX_CHAINED sheets whose sheets fit their probe boxes
 * (read-sheets.ts) and have no partly hidden rows: the sheets are reached through `getFirst()` /
 * `getNextOrNullObject()`, so nothing has to be known before that sync. Bigger sheets take more
 * syncs, each within Excel's payload limits.
 */
import type { WorkbookInput } from '../../engine/model/workbook';
import { runItems, type Item } from './batch';
import { makeFingerprint } from './fingerprint';
import { BIG_BOX, SMALL_BOX, queueProbe, type SheetRead } from './read-sheets';

const MAX_CHAINED = 12;

/** Reads the whole workbook. Example: `const { workbook, fingerprint } = await readWorkbook();` */
export async function readWorkbook(): Promise<{ workbook: WorkbookInput; fingerprint: string }> {
  return Excel.run(async (ctx) => {
    let ws = ctx.workbook.worksheets.getFirst();
    const probes: Array<ReturnType<typeof queueProbe>> = [];
    for (let i = 0; i < MAX_CHAINED; i++) {
      probes.push(queueProbe(ws, i < 2 ? BIG_BOX : SMALL_BOX));
      ws = ws.getNextOrNullObject();
    }
    ws.load('name');
    await ctx.sync();
    const reads: SheetRead[] = [];
    const rest: Item[] = [];
    for (const fin of probes) {
      const got = fin();
      if (got) { reads.push(got.read); rest.push(...got.rest); }
    }
    if (!ws.isNullObject) {
      // More sheets than the chain reached: find them by name.
      const list = ctx.workbook.worksheets;
      list.load('items/name');
      await ctx.sync();
      const more = list.items.slice(MAX_CHAINED).map((w) => queueProbe(ctx.workbook.worksheets.getItem(w.name), SMALL_BOX));
      await ctx.sync();
      for (const fin of more) {
        const got = fin();
        if (got) { reads.push(got.read); rest.push(...got.rest); }
      }
    }
    if (rest.length) await runItems(ctx, rest);
    const workbook: WorkbookInput = { sheets: reads.map((r) => r.builder.toSheetInput()) };
    return { workbook, fingerprint: makeFingerprint(workbook.sheets) };
  });
}
