/**
 * The request context: a queue of operations run on `sync()`, as Office.js batches them.
 * Each sync counts the request and response bytes on a model of Office.js's wire format (`wire`
 * below) and fails like Excel on the web above 5 MB: "Excel on the web has a payload size limit
 * for requests and responses of 5MB" (Resource limits and performance optimization for Office
 * Add-ins, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * with the codes `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded` (Error
 * handling with the application-specific JavaScript APIs,
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Older builds reported an oversized payload as `GeneralException` ("An internal error has
 * occurred": office-js-docs-reference #354, office-js #1314): `payloadErrors: 'GeneralException'`.
 * The double applies the limit on every platform (stricter than Excel, which applies it on the web).
 */
import { DoubleError, apiNotFound, notLoaded } from './errors';
import type { WorkbookState } from './workbook-state';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Office.js's request body, modelled on what its ClientRequest serialises (OfficeDev/office-js,
 * dist/excel-web-16.00.debug.js, `buildRequestMessageBodyAndRequestFlags`):
 * `{"AutoKeepReference":false,"Actions":[…],"ObjectPaths":{"<id>":{…}}}`. Every proxy object is an
 * object path (`{Id, ObjectPathType, Name, ParentObjectPathId, ArgumentInfo:{Arguments}}`) and is
 * instantiated by an action (`{Id, ActionType:1, Name:"", ObjectPathId}`); a load is a Query action
 * with `QueryInfo:{Select,Expand}`, a property write a SetProperty action and a method call a Method
 * action, both with `ArgumentInfo:{Arguments:[…]}` holding the values as JSON. Action ids come
 * from the same counter as object ids. The response is `{"Results":[{"ActionId":n,"Value":…}]}`,
 * one entry per instantiation and per load.
 */
interface Wire { readonly body: { AutoKeepReference: boolean; Actions: unknown[]; ObjectPaths: Record<string, unknown> }; readonly actionIds: number[] }

function wire(ops: readonly Op[], nextId: () => number): Wire {
  const body = { AutoKeepReference: false, Actions: [] as unknown[], ObjectPaths: {} as Record<string, unknown> };
  const actionIds: number[] = [];
  const args = (a: unknown): unknown[] => (a === undefined ? [] : Array.isArray(a) ? a : [a]);
  for (const op of ops) {
    const j = (op.json ?? {}) as { id?: number; parent?: number; root?: string; m?: string; p?: string; a?: unknown; load?: string[]; set?: string; v?: unknown };
    const target = j.id ?? 0;
    const id = nextId();
    actionIds.push(id);
    if (j.parent !== undefined || j.root !== undefined) {
      body.ObjectPaths[String(target)] = j.p !== undefined || j.root !== undefined
        ? { Id: target, ObjectPathType: 4, Name: j.p ?? j.root, ParentObjectPathId: j.parent ?? 0 }
        : { Id: target, ObjectPathType: 3, Name: j.m ?? '', ParentObjectPathId: j.parent, ArgumentInfo: { Arguments: args(j.a) } };
      body.Actions.push({ Id: id, ActionType: 1, Name: '', ObjectPathId: target });
    } else if (j.load !== undefined) {
      body.Actions.push({ Id: id, ActionType: 2, Name: '', ObjectPathId: target, QueryInfo: { Select: j.load, Expand: [] } });
    } else if (j.set !== undefined) {
      body.Actions.push({ Id: id, ActionType: 4, Name: j.set, ObjectPathId: target, ArgumentInfo: { Arguments: [j.v] } });
    } else {
      body.Actions.push({ Id: id, ActionType: 3, Name: j.m ?? '', ObjectPathId: target, ArgumentInfo: { Arguments: j.v !== undefined ? [j.v] : args(j.a) } });
    }
  }
  return { body, actionIds };
}

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
  /** True inside `Excel.run({ mergeUndoGroup: true }, …)` on ExcelApi 1.20+ (one undo group). */
  mergeUndo = false;
  /** The runtime (task pane, function file) this context belongs to: events are toggled per runtime. */
  readonly runtimeId: string;
  /** `Excel.run({ delayForCellEdit: true }, …)`: this context's batches wait out cell edit. */
  readonly delayForCellEdit: boolean;
  constructor(state: WorkbookState, runtimeId: string, opts: { delayForCellEdit?: boolean } = {}) {
    this.state = state;
    this.runtimeId = runtimeId;
    this.delayForCellEdit = opts.delayForCellEdit === true;
  }

  /**
   * An operation that Excel can not undo, inside a merged undo group, throws UndoNotSupported
   * ("Undo capabilities with the Excel JavaScript API", Unsupported APIs:
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
   * `webToo` false: the API supports undo on the web only (e.g. Worksheet.visibility, .name, .position).
   */
  requireUndoable(api: string, webToo: boolean): void {
    if (!this.mergeUndo) return;
    if (!webToo && this.state.platform === 'OfficeOnline') return;
    throw new DoubleError('UndoNotSupported', `${api} does not support undo, so it can not run in a merged undo group.`);
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
    const request = wire(ops, () => this.newId());
    const reqBytes = utf8Bytes(JSON.stringify(request.body));
    st.counters.requestBytes.push(reqBytes);
    const general = st.payloadErrors === 'GeneralException';
    if (reqBytes > PAYLOAD_LIMIT) {
      st.counters.responseBytes.push(0);
      // Nothing of a refused request runs.
      throw new DoubleError(general ? 'GeneralException' : 'RequestPayloadSizeLimitExceeded', general ? 'An internal error has occurred.' : `The request payload size has exceeded the limit (${reqBytes} bytes).`);
    }
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    try {
      ops.forEach((op, i) => {
        const out = op.run();
        const j = op.json as { parent?: unknown; root?: unknown } | null;
        const ActionId = request.actionIds[i] ?? 0;
        if (out !== undefined) results.push({ ActionId, Value: out });
        else if (j && (j.parent !== undefined || j.root !== undefined)) results.push({ ActionId, Value: { IsNull: false } });
      });
    } finally {
      st.calcSuspended = false;
      st.flushEvents();
    }
    const respBytes = utf8Bytes(JSON.stringify({ Results: results }));
    st.counters.responseBytes.push(respBytes);
    if (respBytes > PAYLOAD_LIMIT) {
      // Excel ran the batch but can not send the answer: a read is lost, a write is done.
      throw new DoubleError(general ? 'GeneralException' : 'ResponsePayloadSizeLimitExceeded', general ? 'An internal error has occurred.' : `The response payload size has exceeded the limit (${respBytes} bytes).`);
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
