/**
 * The request context: a queue of operations run on `sync()`, as Office.js batches them.
 * Each sync counts the request bytes (UTF-8 JSON of the queued operations) and the response bytes
 * (UTF-8 JSON of what the loads return), and fails like Excel on the web above 5 MB.
 */
import { DoubleError, apiNotFound, notLoaded } from './errors';
import type { WorkbookState } from './workbook-state';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface Op {
  readonly json: unknown;
  /** Runs the op against the state; returns what a load sends back (for the response size). */
  readonly run: () => unknown;
}

const encoder = new TextEncoder();
export const utf8Bytes = (s: string): number => encoder.encode(s).length;

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number), b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export class DContext {
  private queue: Op[] = [];
  private nextId = 1;
  readonly state: WorkbookState;
  /** `Excel.run({ delayForCellEdit: true }, …)`: this context's batches wait out cell edit. */
  readonly delayForCellEdit: boolean;
  constructor(state: WorkbookState, opts: { delayForCellEdit?: boolean } = {}) {
    this.state = state;
    this.delayForCellEdit = opts.delayForCellEdit === true;
  }

  newId(): number { return this.nextId++; }
  push(op: Op): void { this.queue.push(op); }
  get pending(): number { return this.queue.length; }

  /** Throws ApiNotFound at sync time when the double claims an older API set. */
  requireApi(api: string, set: string): void {
    if (!versionAtLeast(this.state.apiVersion, set)) throw apiNotFound(api, set);
  }

  async sync(): Promise<void> {
    const st = this.state;
    if (st.cellEditing) {
      // Excel.RunOptions.delayForCellEdit: honoured from ExcelApi 1.11 on (the set the host asks
      // for; see src/hosts/excel/support.ts); otherwise the batch fails while the user edits a cell.
      if (this.delayForCellEdit && versionAtLeast(st.apiVersion, '1.11')) await st.untilEditEnds();
      else {
        this.queue = [];
        st.counters.syncs++;
        st.counters.requestBytes.push(0);
        st.counters.responseBytes.push(0);
        throw new DoubleError('InvalidOperationInCellEditMode', "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.");
      }
    }
    const ops = this.queue;
    this.queue = [];
    st.counters.syncs++;
    const reqBytes = utf8Bytes(JSON.stringify(ops.map((o) => o.json)));
    st.counters.requestBytes.push(reqBytes);
    if (reqBytes > PAYLOAD_LIMIT) {
      st.counters.responseBytes.push(0);
      throw new DoubleError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${reqBytes} bytes).`);
    }
    const response: unknown[] = [];
    try {
      for (const op of ops) {
        const out = op.run();
        if (out !== undefined) response.push(out);
      }
    } finally {
      st.calcSuspended = false;
      st.flushEvents();
    }
    const respBytes = utf8Bytes(JSON.stringify(response));
    st.counters.responseBytes.push(respBytes);
    if (respBytes > PAYLOAD_LIMIT) {
      throw new DoubleError('RequestPayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${respBytes} bytes).`);
    }
    await Promise.resolve();
  }
}

/**
 * Base of every proxy. Properties are readable only after `load()` and `sync()`;
 * reading one earlier throws PropertyNotLoaded, as Office.js does.
 */
export abstract class DObj {
  readonly context: DContext;
  readonly _id: number;
  protected readonly _loaded = new Map<string, unknown>();
  constructor(ctx: DContext, json: unknown) {
    this.context = ctx;
    this._id = ctx.newId();
    // `null`: an object made by the double itself during a sync (collection items): nothing to queue.
    if (json !== null) ctx.push({ json: { id: this._id, ...(json as object) }, run: () => { this._resolve(); return undefined; } });
  }
  /** Resolves the target at sync time (in op order). */
  protected abstract _resolve(): void;
  /** Reads a loadable property from the target, at sync time. */
  protected abstract _read(prop: string): unknown;
  protected abstract _isNull(): boolean;
  /** Loadable scalar properties. */
  protected abstract readonly _props: readonly string[];

  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) throw notLoaded(prop);
    return this._loaded.get(prop) as T;
  }

  get isNullObject(): boolean { return this._get<boolean>('isNullObject'); }

  /** Navigation properties (`format`, `fill`, …) for `load('format/fill/color')`. */
  protected _child(_name: string): DObj | null { return null; }

  load(arg?: string | string[] | { select?: string }): this {
    const list = arg === undefined ? [...this._props]
      : typeof arg === 'string' ? arg.split(',')
      : Array.isArray(arg) ? arg : (arg.select ?? '').split(',');
    const own: string[] = [];
    for (const raw of list) {
      const p = raw.trim();
      if (!p) continue;
      const slash = p.indexOf('/');
      if (slash > 0) {
        const child = this._child(p.slice(0, slash));
        if (!child) throw new DoubleError('InvalidArgument', `Unknown navigation property '${p.slice(0, slash)}'.`);
        child.load(p.slice(slash + 1));
      } else if (this._props.includes(p)) own.push(p);
      else throw new DoubleError('PropertyNotFound', `The double does not support loading '${p}'.`);
    }
    this.context.push({
      json: { id: this._id, load: own },
      run: () => {
        const out: Record<string, unknown> = {};
        const isNull = this._isNull();
        this._loaded.set('isNullObject', isNull);
        for (const p of own) { const v = isNull ? null : this._read(p); this._loaded.set(p, v); out[p] = v; }
        return out;
      },
    });
    return this;
  }

  /** Queues a property write or method call. */
  protected _op(json: Record<string, unknown>, run: () => void): void {
    this.context.push({ json: { id: this._id, ...json }, run: () => { run(); return undefined; } });
  }
}
