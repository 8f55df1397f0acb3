/**
 * readWorkbook: every sheet's used range (values, value types, formulas, hidden rows), and the
 * merged areas where the engine uses them (`mergeNeeds`: the data sheet's and each 来源表's columns
 * up to the unit and group columns, and the header rows of a sheet holding a 测评 / 评委 header), into
 * the engine's WorkbookInput.
 *
 * One sync reads a workbook of up to MAX_CHAINED sheets whole (read-sheets.ts): the sheets are
 * reached through `getFirst()` / `getNextOrNullObject()`, so nothing has to be known before that
 * sync. Only when Excel refuses it (a response over 5 MB on the web, a range too large) does the
 * read fall back to probe boxes and payload-bounded row blocks, in more syncs.
 */
import type { WorkbookInput } from '../../engine/model/workbook';
import { mergeNeeds } from '../../engine/table/merge-needs';
import { runItems, type Item } from './batch';
import { makeFingerprint } from './fingerprint';
import { bandsOf, cachedMerges, readMerges, rememberMerges, type ReadWarning, type SheetMerges } from './merges';
import { BIG_BOX, SMALL_BOX, afterFirstSyncFailure, cellsOf, learnSize, queueProbe, tryWhole, type SheetRead } from './read-sheets';
import { runRead } from './support';

export type { ReadWarning } from './merges';

export interface ReadOptions {
  /**
   * Merged areas: `'read'` (default) reads them, in one more sync after the cells (merges.ts);
   * `'cached'` (the pane's live check) reads none and reuses those of the last full read of each
   * sheet whose used range still starts at the same cell with the same width — on Windows reading
   * them clears the user's undo list (office-js #5918), which must not happen while the clerk types.
   */
  readonly merges?: 'read' | 'cached';
  /**
   * Wait while the user edits a cell instead of failing (`delayForCellEdit`, where supported; see
   * `runRead`). Default true.
   */
  readonly waitForCellEdit?: boolean;
}

export interface ReadOutcome {
  readonly workbook: WorkbookInput;
  readonly fingerprint: string;
  /** What could not be read (e.g. merged areas beyond Excel's 512), for the pane to say. */
  readonly warnings: readonly ReadWarning[];
}

const MAX_CHAINED = 12;

type Finisher = ReturnType<typeof queueProbe>;
interface Chain { readonly probes: Finisher[]; readonly last: Excel.Worksheet }

/** Queues the first MAX_CHAINED sheets through getFirst() / getNextOrNullObject(), whole or probed. */
function queueChain(ctx: Excel.RequestContext, whole: boolean): Chain {
  let w = ctx.workbook.worksheets.getFirst();
  const probes: Finisher[] = [];
  for (let i = 0; i < MAX_CHAINED; i++) {
    probes.push(queueProbe(w, whole ? null : i < 2 ? BIG_BOX : SMALL_BOX));
    w = w.getNextOrNullObject();
  }
  w.load('name');
  return { probes, last: w };
}

/**
 * Reads the whole workbook. Example: `const { workbook, fingerprint, warnings } = await readWorkbook();`
 * Syncs: 1 for the cells of a workbook that fits one response, 1 more for the merged areas
 * (ExcelApi 1.13+, `merges: 'read'`).
 */
export async function readWorkbook(opts: ReadOptions = {}): Promise<ReadOutcome> {
  return runRead(async (ctx) => {
    const reads: SheetRead[] = [];
    const rest: Item[] = [];
    const take = (fins: readonly Finisher[]): void => {
      for (const fin of fins) {
        const got = fin();
        if (got) { reads.push(got.read); rest.push(...got.rest); }
      }
    };
    // Every sheet whole in one sync; when that is refused for size, probe boxes; when the chain
    // itself fails, by name (afterFirstSyncFailure).
    let whole = tryWhole();
    let chain: Chain | null = null;
    for (;;) {
      const attempt = queueChain(ctx, whole);
      try {
        await ctx.sync();
        // A sheet whose grids came back null (over the read limit) throws TooBig: probe instead.
        take(attempt.probes);
        chain = attempt;
        break;
      } catch (e) {
        reads.length = 0;
        rest.length = 0;
        if (afterFirstSyncFailure(e, whole) === 'by-name') break;
        whole = false;
      }
    }
    if (!chain || !chain.last.isNullObject) {
      // More sheets than the chain reached, or no chain: find them by name.
      const list = ctx.workbook.worksheets;
      list.load('items/name');
      await ctx.sync();
      const more = list.items.slice(chain ? MAX_CHAINED : 0).map((w, i) => queueProbe(ctx.workbook.worksheets.getItem(w.name), !chain && i < 2 ? BIG_BOX : SMALL_BOX));
      await ctx.sync();
      take(more);
    }
    if (rest.length) await runItems(ctx, rest);
    if (!chain || !whole) learnSize(cellsOf(reads));
    const shapes = reads.map((r) => r.shape);
    let merges: ReadonlyMap<string, SheetMerges>;
    if (opts.merges === 'cached') {
      const m = new Map<string, SheetMerges>();
      for (const shape of shapes) {
        const got = cachedMerges(shape);
        if (got) m.set(shape.name, got);
      }
      merges = m;
    } else {
      // Only where the engine uses merges (mergeNeeds, bandsOf); none at all — no sync, the undo list left alone — when it needs none.
      const cells: WorkbookInput = { sheets: reads.map((r) => r.builder.toSheetInput()) };
      const needed = mergeNeeds(cells).flatMap((need) => {
        const shape = shapes.find((s) => s.name === need.sheet);
        return shape ? bandsOf(shape, need) : [];
      });
      merges = needed.length ? await readMerges(ctx, needed) : new Map<string, SheetMerges>();
      rememberMerges(shapes, merges);
    }
    const warnings: ReadWarning[] = [];
    for (const r of reads) {
      const m = merges.get(r.shape.name);
      if (!m) continue;
      for (const area of m.merges) r.builder.addMerge(area);
      if (m.warning) warnings.push(m.warning);
    }
    const workbook: WorkbookInput = { sheets: reads.map((r) => r.builder.toSheetInput()) };
    return { workbook, fingerprint: makeFingerprint(workbook.sheets), warnings };
  }, { waitForCellEdit: opts.waitForCellEdit ?? true });
}
