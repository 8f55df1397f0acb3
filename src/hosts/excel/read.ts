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
import { isPayloadError, runItems, type Item } from './batch';
import { makeFingerprint } from './fingerprint';
import { BIG_BOX, SMALL_BOX, queueProbe, type SheetRead } from './read-sheets';

const MAX_CHAINED = 12;

/** Reads the whole workbook. Example: `const { workbook, fingerprint } = await readWorkbook();` */
export async function readWorkbook(): Promise<{ workbook: WorkbookInput; fingerprint: string }> {
  return Excel.run(async (ctx) => {
    const reads: SheetRead[] = [];
    const rest: Item[] = [];
    const take = (fins: ReadonlyArray<ReturnType<typeof queueProbe>>): void => {
      for (const fin of fins) {
        const got = fin();
        if (got) { reads.push(got.read); rest.push(...got.rest); }
      }
    };
    let ws = ctx.workbook.worksheets.getFirst();
    const probes: Array<ReturnType<typeof queueProbe>> = [];
    for (let i = 0; i < MAX_CHAINED; i++) {
      probes.push(queueProbe(ws, i < 2 ? BIG_BOX : SMALL_BOX));
      ws = ws.getNextOrNullObject();
    }
    ws.load('name');
    let chained = true;
    try {
      await ctx.sync();
    } catch (e) {
      // A host that fails a batch calling methods on null objects (past the last sheet): go by name.
      if (isPayloadError(e)) throw e;
      chained = false;
    }
    if (chained) take(probes);
    if (!chained || !ws.isNullObject) {
      // More sheets than the chain reached, or no chain: find them by name.
      const list = ctx.workbook.worksheets;
      list.load('items/name');
      await ctx.sync();
      const more = list.items.slice(chained ? MAX_CHAINED : 0).map((w, i) => queueProbe(ctx.workbook.worksheets.getItem(w.name), !chained && i < 2 ? BIG_BOX : SMALL_BOX));
      await ctx.sync();
      take(more);
    }
    if (rest.length) await runItems(ctx, rest);
    const workbook: WorkbookInput = { sheets: reads.map((r) => r.builder.toSheetInput()) };
    return { workbook, fingerprint: makeFingerprint(workbook.sheets) };
  });
}
