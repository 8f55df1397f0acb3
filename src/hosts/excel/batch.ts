/**
 * Payload-bounded batching. Excel on the web rejects a request or a response over 5 MB
 * (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`; older builds said
 * `GeneralException`), and a range over 5,000,000 cells may load `null` values instead of failing
 * (office-js #4783, #6781); so work is queued as items with an estimated size (on Office.js's wire
 * format: cells.ts `PATH_BYTES` / `ACTION_BYTES`), packed greedily into syncs of at most `BUDGET`
 * bytes (1 MB under the limit: the margin for the estimates), and an item or a batch that still hits
 * the limit is split in halves and retried:
 * - a read (every item `readOnly`) on any of the three codes — `GeneralException` only when the
 *   batch is estimated over GENERAL_MIN_BYTES, where size is the likely cause — and on a `null` grid
 *   (`gridOf`); a read has no side effect, so retrying is always safe;
 * - a write only on `RequestPayloadSizeLimitExceeded`: a refused request was never applied. After a
 *   refused response or a `GeneralException` the write may have run, wholly or in part, so it is not
 *   retried: the error reaches the caller.
 */
export const BUDGET = 4_000_000;
/** A read batch estimated over 1 MB that fails with GeneralException is taken as too big (an older build's payload error). */
export const GENERAL_MIN_BYTES = 1_000_000;

export interface Item {
  /** Estimated bytes of the request or the response, whichever is larger. */
  readonly est: number;
  /** Queues the item's proxies/writes; returns what to run after the sync succeeds. */
  queue(ctx: Excel.RequestContext): () => void;
  /** Halves of the item, or null when it can not be split. */
  split(): Item[] | null;
  /** The item only reads (safe to retry after any failure). */
  readonly readOnly?: boolean;
}

const codeOf = (e: unknown): unknown => (e as { code?: unknown } | null)?.code;

/**
 * Whether a failure says "too big". Example: `isPayloadError(e)` for a read's first sync;
 * `isPayloadError(e, { write: true })` is true only for a refused request.
 */
export function isPayloadError(e: unknown, opts: { write?: boolean; est?: number } = {}): boolean {
  const code = codeOf(e);
  if (code === 'RequestPayloadSizeLimitExceeded') return true;
  if (opts.write) return false;
  if (code === 'ResponsePayloadSizeLimitExceeded' || e instanceof TooBig) return true;
  return code === 'GeneralException' && (opts.est ?? 0) > GENERAL_MIN_BYTES;
}

/** A loaded grid came back null (a range over Excel's read limit): too big, split. */
export class TooBig extends Error {
  readonly code = 'ResponsePayloadSizeLimitExceeded';
  constructor() { super('A range came back without its cells (over the 5,000,000-cell read limit).'); }
}

/** A loaded `values` / `formulas` / `valueTypes` / `numberFormat`, or TooBig when Excel sent null. */
export function gridOf<T>(grid: T[][] | null | undefined): T[][] {
  if (grid === null || grid === undefined) throw new TooBig();
  return grid;
}

function presplit(item: Item): Item[] {
  if (item.est <= BUDGET) return [item];
  const parts = item.split();
  return parts ? parts.flatMap(presplit) : [item];
}

export interface RunHooks {
  /** Queued before each batch's items (e.g. suspend calculation). */
  readonly prologue?: (ctx: Excel.RequestContext, first: boolean) => void;
  /** After each successful sync. */
  readonly onSync?: () => void;
}

/** Runs the items in as few syncs as the budget allows. Returns the number of syncs. */
export async function runItems(ctx: Excel.RequestContext, items: readonly Item[], hooks: RunHooks = {}): Promise<number> {
  const queue = items.flatMap(presplit);
  let syncs = 0;
  let first = true;
  const runBatch = async (batch: Item[]): Promise<void> => {
    hooks.prologue?.(ctx, first);
    const finals = batch.map((i) => i.queue(ctx));
    syncs++;
    try {
      await ctx.sync();
    } catch (e) {
      const write = batch.some((i) => !i.readOnly);
      if (!isPayloadError(e, { write, est: batch.reduce((n, i) => n + i.est, 0) })) throw e;
      if (batch.length > 1) {
        const mid = Math.ceil(batch.length / 2);
        await runBatch(batch.slice(0, mid));
        await runBatch(batch.slice(mid));
        return;
      }
      const parts = batch[0]?.split();
      if (!parts) throw e;
      for (const p of parts) await runBatch([p]);
      return;
    }
    first = false;
    // An item whose grid came back null (over the read limit) is read again in halves.
    const again: Item[] = [];
    finals.forEach((f, i) => {
      try {
        f();
      } catch (e) {
        const parts = e instanceof TooBig ? batch[i]?.split() : null;
        if (!parts) throw e;
        again.push(...parts);
      }
    });
    hooks.onSync?.();
    for (const p of again) await runBatch([p]);
  };
  let batch: Item[] = [];
  let size = 0;
  for (const item of queue) {
    if (batch.length > 0 && size + item.est > BUDGET) {
      await runBatch(batch);
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += item.est;
  }
  if (batch.length > 0) await runBatch(batch);
  return syncs;
}

/** Splits `[start, start+count)` into two halves; null when count is 1. */
export function halves(start: number, count: number): Array<[number, number]> | null {
  if (count <= 1) return null;
  const h = Math.floor(count / 2);
  return [[start, h], [start + h, count - h]];
}
