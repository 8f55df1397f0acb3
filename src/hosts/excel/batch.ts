/**
 * Payload-bounded batching. Excel on the web rejects a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded), and very large ranges fail everywhere; so work is queued as
 * items with an estimated size, packed greedily into syncs of at most `BUDGET` bytes, and an item
 * (or a batch) that still hits the limit is split in halves and retried. A read is side-effect
 * free; a rejected write request was never applied, so retrying its halves is safe.
 */
export const BUDGET = 4_000_000;

export interface Item {
  /** Estimated bytes of the request or the response, whichever is larger. */
  readonly est: number;
  /** Queues the item's proxies/writes; returns what to run after the sync succeeds. */
  queue(ctx: Excel.RequestContext): () => void;
  /** Halves of the item, or null when it can not be split. */
  split(): Item[] | null;
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
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
      if (!isPayloadError(e)) throw e;
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
    for (const f of finals) f();
    hooks.onSync?.();
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
