/**
 * readWorkbook: every sheet's used range (values, value types, formulas, merged areas, hidden rows)
 * into the engine's WorkbookInput.
 *
 * One sync reads a workbook of up to MAX_CHAINED sheets whole (read-sheets.ts): the sheets are
 * reached through `getFirst()` / `getNextOrNullObject()`, so nothing has to be known before that
 * sync. Only when Excel refuses it (a response over 5 MB on the web, a range too large) does the
 * read fall back to probe boxes and payload-bounded row blocks, in more syncs.
 */
import type { WorkbookInput } from '../../engine/model/workbook';
import { isPayloadError, runItems, type Item } from './batch';
import { makeFingerprint } from './fingerprint';
import { BIG_BOX, SMALL_BOX, cellsOf, learnSize, queueProbe, tryWhole, type SheetRead } from './read-sheets';

const MAX_CHAINED = 12;

type Finisher = ReturnType<typeof queueProbe>;

/** Reads the whole workbook. Example: `const { workbook, fingerprint } = await readWorkbook();` */
export async function readWorkbook(): Promise<{ workbook: WorkbookInput; fingerprint: string }> {
  return Excel.run(async (ctx) => {
    const reads: SheetRead[] = [];
    const rest: Item[] = [];
    const take = (fins: readonly Finisher[]): void => {
      for (const fin of fins) {
        const got = fin();
        if (got) { reads.push(got.read); rest.push(...got.rest); }
      }
    };
    // 1. Every sheet whole in one sync; 2. if refused, probe boxes; 3. if the chain itself fails, by name.
    let chained = false;
    let ws: Excel.Worksheet | null = null;
    let probed = false;
    for (const whole of tryWhole() ? [true, false] : [false]) {
      probed = !whole;
      let w = ctx.workbook.worksheets.getFirst();
      const probes: Finisher[] = [];
      for (let i = 0; i < MAX_CHAINED; i++) {
        probes.push(queueProbe(w, whole ? null : i < 2 ? BIG_BOX : SMALL_BOX));
        w = w.getNextOrNullObject();
      }
      w.load('name');
      try {
        await ctx.sync();
      } catch (e) {
        // Whole, too big for one response → probe boxes. Otherwise (a host that fails a batch
        // calling methods on null objects, past the last sheet) → go by name, with probe boxes.
        // (A sheet too big for a response on the desktop fails otherwise: the by-name path probes.)
        if (!whole && isPayloadError(e)) throw e;
        if (whole && isPayloadError(e)) { learnSize('refused'); continue; }
        break;
      }
      take(probes);
      chained = true;
      ws = w;
      break;
    }
    if (!chained || (ws && !ws.isNullObject)) {
      // More sheets than the chain reached, or no chain: find them by name.
      const list = ctx.workbook.worksheets;
      list.load('items/name');
      await ctx.sync();
      const more = list.items.slice(chained ? MAX_CHAINED : 0).map((w, i) => queueProbe(ctx.workbook.worksheets.getItem(w.name), !chained && i < 2 ? BIG_BOX : SMALL_BOX));
      await ctx.sync();
      take(more);
    }
    if (rest.length) await runItems(ctx, rest);
    if (probed || !chained) learnSize(cellsOf(reads));
    const workbook: WorkbookInput = { sheets: reads.map((r) => r.builder.toSheetInput()) };
    return { workbook, fingerprint: makeFingerprint(workbook.sheets) };
  });
}
