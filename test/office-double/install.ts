/**
 * Installs the fake `Office` and `Excel` globals on a target (globalThis in jest, window in the
 * browser e2e) and returns a handle for tests: counters, cell inspection, user edits, save/reopen.
 * Plain TypeScript, no Node imports: it bundles into a browser script.
 *
 * Example: `const xl = installOfficeDouble(globalThis, { sheets: [{ name: '考核数据', cells: [['单位名称']] }] });`
 * then call the host, then `xl.cell('考核数据', 'A1')` → `{ v: '单位名称' }`.
 */
import { DContext, versionAtLeast } from './context';
import { DoubleError } from './errors';
import { DWorksheetCollection } from './worksheet';
import { applyInput, isBlank, type Input } from './cell-input';
import { type DoubleCell, type DoubleWorkbookInit, key, rowOf, colOf } from './state';
import { WorkbookState, type ChangeEvent } from './workbook-state';
import { parseA1 } from '../../src/engine/address';

class DRequestContext extends DContext {
  readonly workbook: { worksheets: DWorksheetCollection; application: { suspendApiCalculationUntilNextSync(): void } };
  readonly runtime: { enableEvents: boolean };
  constructor(state: WorkbookState, runtimeId: string, opts: { delayForCellEdit?: boolean } = {}) {
    super(state, runtimeId, opts);
    const push = (json: unknown, run: () => unknown): void => this.push({ json, run });
    const requireApi = (api: string, set: string): void => this.requireApi(api, set);
    const worksheets = new DWorksheetCollection(this, { root: 'worksheets' });
    this.workbook = {
      worksheets,
      application: {
        suspendApiCalculationUntilNextSync(): void {
          push({ m: 'suspendApiCalculationUntilNextSync' }, () => { state.calcSuspended = true; state.suspendedSyncs++; return undefined; });
        },
      },
    };
    this.runtime = {
      get enableEvents(): boolean { throw new DoubleError('PropertyNotLoaded', "The double does not load 'runtime.enableEvents'."); },
      set enableEvents(on: boolean) {
        push({ m: 'runtime.enableEvents', v: on }, () => {
          requireApi('Runtime.enableEvents', '1.8');
          if (on) state.eventsOff.delete(runtimeId); else state.eventsOff.add(runtimeId);
          return undefined;
        });
      },
    };
  }
}

export interface OfficeDouble {
  /** Syncs since install (or the last `resetCounters`). */
  readonly syncs: number;
  /** Request and response bytes of each sync, in order. */
  readonly requestBytes: readonly number[];
  readonly responseBytes: readonly number[];
  /** Syncs that ran with calculation suspended. */
  readonly suspendedSyncs: number;
  /** Whether a sync cleared the user's undo list (Windows, `getMergedAreasOrNullObject`) since install or `resetCounters`. */
  readonly undoStackCleared: boolean;
  resetCounters(): void;
  sheetNames(): string[];
  visibility(sheet: string): 'Visible' | 'Hidden' | 'VeryHidden' | undefined;
  /** A copy of one cell (`null` when blank in every respect). */
  cell(sheet: string, address: string): DoubleCell | null;
  /** Every non-blank cell of a sheet, keyed by A1-free `"row,col"` (0-based), copied. */
  cells(sheet: string): Map<string, DoubleCell>;
  frozenRows(sheet: string): number;
  columnWidth(sheet: string, col: number): number | undefined;
  /** A row's own height in points (0-based row); undefined: the standard height. */
  rowHeight(sheet: string, row: number): number | undefined;
  /** The user starts editing a cell (F2, or typing into it): batches fail or wait (see WorkbookState.cellEditing). */
  startCellEdit(): void;
  /** The user leaves cell-edit mode (Enter, Esc): waiting batches run. */
  endCellEdit(): void;
  /** The user types `value` into a cell (as Excel parses typing) and the change event fires. */
  setValue(sheet: string, address: string, value: string | number | boolean | null): void;
  readonly selection: { sheet: string; address: string } | null;
  /** The clerk selects `address` (`B5`, `B5:D5`, `5:5`) on `sheet`: it becomes the active sheet, and its onSelectionChanged handlers fire. */
  selectByUser(sheet: string, address: string): void;
  /** A sheet's merged areas, 0-based, in the order they were made. */
  merges(sheet: string): Array<{ top: number; left: number; bottom: number; right: number }>;
  /** The sheet whose tab Excel shows (the first sheet at install). */
  readonly activeSheet: string | null;
  /** Change events delivered to the add-in's handlers. */
  readonly events: readonly ChangeEvent[];
  /** The options object of each `Excel.run(options, batch)` call (`null` for the other forms). */
  readonly runOptions: ReadonlyArray<Record<string, unknown> | null>;
  /** Functions registered with `Office.actions.associate`. */
  readonly actions: ReadonlyMap<string, (event: unknown) => unknown>;
  /**
   * The Office.js calls that matter for start-up order, as they happened: `onReady`, `onReady resolved`,
   * `actions.associate quickCheck`, `ui.displayDialogAsync`.
   */
  readonly calls: readonly string[];
  /** Dialogs opened with `Office.context.ui.displayDialogAsync`, in order. */
  readonly dialogs: readonly DoubleDialog[];
  /** The clerk closes dialog `i` with its X: `DialogEventReceived` with error 12006. */
  closeDialog(i: number): void;
  /** The page in dialog `i` calls `Office.context.ui.messageParent(message)`. */
  messageFromDialog(i: number, message: string): void;
  /**
   * Another runtime (e.g. `'commands'`, the ribbon's function file): `run(fn)` runs `fn` with every
   * `Excel.run` it starts in that runtime, so `enableEvents` set there silences only that runtime's
   * handlers. (In a browser each runtime is its own window; jest has one global, so the runtime of an
   * `Excel.run` is the one whose `run` is in progress when it is called, and handlers are called in
   * the runtime that registered them.)
   */
  runtime(id: string): { run<T>(fn: () => Promise<T>): Promise<T> };
  /**
   * Excel runs the ribbon's function command `name` (registered with `Office.actions.associate`) in
   * runtime `runtime` (default `'commands'`). Resolves when the command calls `event.completed()`;
   * that also closes the dialogs this runtime opened.
   */
  invokeCommand(name: string, runtime?: string): Promise<void>;
  /** "Save": the state as a JSON-safe init; install a new double from it to "reopen". */
  save(): DoubleWorkbookInit;
}

export interface DoubleDialog {
  readonly url: string;
  readonly options: Readonly<Record<string, unknown>> | null;
  readonly runtime: string;
  /** false once closed: by `dialog.close()`, by the clerk (X), or by the command's `event.completed()`. */
  open: boolean;
  closedBy: 'add-in' | 'user' | 'completed' | null;
}

export interface InstallOptions {
  /**
   * The origin of the add-in's pages (task pane, function file): `displayDialogAsync` accepts only a
   * URL of exactly this origin. Default: the page's own origin in a browser, else the manifest's
   * `https://localhost:3000`.
   */
  readonly origin?: string;
}

/** Office's dialog error codes (docs/develop/dialog-handle-errors-events.md, "Errors from displayDialogAsync"). */
const DIALOG_ERRORS: Readonly<Record<number, string>> = {
  12004: 'The domain of the URL is not included in the AppDomains element in the manifest, and is not subdomain of source location.',
  12005: 'The URL passed to displayDialogAsync uses the HTTP protocol. HTTPS is required.',
  12007: 'The operation failed because this add-in already has an active dialog.',
};

export function installOfficeDouble(target: typeof globalThis, workbook: DoubleWorkbookInit, options: InstallOptions = {}): OfficeDouble {
  const state = new WorkbookState(workbook);
  const actions = new Map<string, (event: unknown) => unknown>();
  const runOptions: Array<Record<string, unknown> | null> = [];
  const sheetOf = (name: string) => {
    const s = state.find(name);
    if (!s) throw new Error(`office double: no sheet '${name}'`);
    return s;
  };
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (ctx: DRequestContext) => Promise<T>;
    // Excel.run(batch), Excel.run(options, batch), or Excel.run(context or object, batch) reusing its context.
    const given = a instanceof DRequestContext ? a : (a as { context?: unknown } | null)?.context;
    const options = typeof a === 'object' && a !== null && !(given instanceof DRequestContext) ? { ...(a as Record<string, unknown>) } : null;
    const ctx = given instanceof DRequestContext ? given : new DRequestContext(state, state.currentRuntime, { delayForCellEdit: options?.['delayForCellEdit'] === true });
    runOptions.push(options);
    // RunOptions.mergeUndoGroup (ExcelApi 1.20): the batch is one undo group, where APIs without undo
    // support throw (context.ts requireUndoable). Older Excel ignores the option.
    if (options?.['mergeUndoGroup'] === true && versionAtLeast(state.apiVersion, '1.20')) ctx.mergeUndo = true;
    const out = await batch(ctx);
    if (ctx.pending > 0) throw new Error(`office double: Excel.run ended with ${ctx.pending} queued operations never synced`);
    return out;
  }
  // Start-up. "An Office Add-in cannot successfully call any Office JavaScript APIs until the library
  // has been loaded" (docs/develop/initialize-add-in.md); a function file that never calls
  // Office.onReady() gets its command ignored on Excel for Windows (office-js #3301: the button did
  // nothing on the desktop until the file called Office.onReady(...)), and the APIs fail with "Office.js
  // has not fully loaded. Your app must call "Office.onReady()" as part of it's loading sequence"
  // (office-js #246). The double is stricter than what was observed: `Office.actions.associate` and
  // `Office.context.ui.displayDialogAsync` throw until the promise of an `Office.onReady()` call has
  // resolved, so the function file must associate inside `Office.onReady(() => …)`.
  const calls: string[] = [];
  let ready = false;
  const notLoaded = (api: string): Error =>
    new Error(`Office.js has not fully loaded. Your app must call "Office.onReady()" as part of it's loading sequence (or set the "Office.initialize" function). (${api})`);
  const requireReady = (api: string): void => { if (!ready) throw notLoaded(api); };
  const info = { host: 'Excel', platform: state.platform };
  let readyPromise: Promise<{ host: string; platform: string }> | null = null;

  const location = (target as unknown as { location?: { origin?: string } }).location;
  const origin = options.origin ?? (location?.origin && location.origin !== 'null' ? location.origin : 'https://localhost:3000');
  const dialogs: DoubleDialog[] = [];
  const dialogHandlers = new Map<DoubleDialog, Map<string, Array<(arg: unknown) => void>>>();
  const emit = (d: DoubleDialog, type: string, arg: unknown): void => {
    for (const h of dialogHandlers.get(d)?.get(type) ?? []) h(arg);
  };
  /**
   * `Office.context.ui.displayDialogAsync(url, options, callback)` (DialogApi 1.1). Enforced, from
   * docs/develop/dialog-api-in-office-add-ins.md and dialog-best-practices.md: the URL is a full
   * HTTPS URL ("Relative URLs mustn't be used", the method's reference) — HTTP gives 12005; it is in
   * the exact same domain as the host page (the function file), protocol and port included — else
   * 12004; a host page has one dialog open at a time — a second gives 12007. The callback gets an
   * AsyncResult, asynchronously, as Office calls it.
   */
  function displayDialogAsync(url: string, a?: unknown, b?: unknown): void {
    requireReady('Office.context.ui.displayDialogAsync');
    calls.push('ui.displayDialogAsync');
    const opts = typeof a === 'object' && a !== null ? { ...(a as Record<string, unknown>) } : null;
    const callback = (typeof a === 'function' ? a : b) as ((r: unknown) => void) | undefined;
    const runtime = state.currentRuntime;
    let code = 0;
    let parsed: URL | null = null;
    try { parsed = new URL(url); } catch { parsed = null; }
    if (!parsed) code = 12004;
    else if (parsed.protocol !== 'https:') code = 12005;
    else if (parsed.origin !== origin) code = 12004;
    else if (dialogs.some((d) => d.open && d.runtime === runtime)) code = 12007;
    let result: unknown;
    if (code) {
      result = { status: 'failed', value: undefined, error: { code, name: 'Display Dialog Error', message: DIALOG_ERRORS[code] } };
    } else {
      const d: DoubleDialog = { url, options: opts, runtime, open: true, closedBy: null };
      dialogs.push(d);
      dialogHandlers.set(d, new Map());
      const dialog = {
        addEventHandler(type: string, handler: (arg: unknown) => void): void {
          const byType = dialogHandlers.get(d)!;
          byType.set(type, [...(byType.get(type) ?? []), handler]);
        },
        close(): void { if (d.open) { d.open = false; d.closedBy = 'add-in'; } },
      };
      result = { status: 'succeeded', value: dialog, error: undefined };
    }
    setTimeout(() => callback?.(result), 0);
  }

  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      calls.push('onReady');
      readyPromise ??= new Promise((resolve) => setTimeout(() => {
        ready = true;
        calls.push('onReady resolved');
        resolve(info);
      }, 0));
      return readyPromise.then((i) => { cb?.(i); return i; });
    },
    context: {
      displayLanguage: state.displayLanguage,
      platform: state.platform,
      requirements: {
        isSetSupported(name: string, version?: string | number): boolean {
          // DialogApi 1.1 and 1.2 exist in every Excel that has ExcelApi 1.7, this add-in's minimum
          // (the DialogApi requirement-set page lists 1.1 from Office 2016 and 1.2 from 2021 / 365).
          if (name === 'DialogApi') return versionAtLeast('1.2', version === undefined ? '1.1' : String(version));
          if (name !== 'ExcelApi') return false;
          return versionAtLeast(state.apiVersion, version === undefined ? '1.1' : String(version));
        },
      },
      ui: { displayDialogAsync },
    },
    actions: {
      associate(name: string, fn: (event: unknown) => unknown): void {
        requireReady('Office.actions.associate');
        calls.push(`actions.associate ${name}`);
        actions.set(name, fn);
      },
    },
  };
  const excel = {
    run,
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    RangeValueType: { empty: 'Empty', string: 'String', double: 'Double', boolean: 'Boolean', error: 'Error', integer: 'Integer', unknown: 'Unknown', richValue: 'RichValue' },
    ErrorCodes: { itemNotFound: 'ItemNotFound', requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded' },
  };
  function runtimeOf(id: string): { run<T>(fn: () => Promise<T>): Promise<T> } {
    state.runtimes.add(id);
    return {
      async run<T>(fn: () => Promise<T>): Promise<T> {
        const was = state.currentRuntime;
        state.currentRuntime = id;
        try {
          return await fn();
        } finally {
          state.currentRuntime = was;
        }
      },
    };
  }
  const t = target as unknown as Record<string, unknown>;
  t['Office'] = office;
  t['Excel'] = excel;

  return {
    get syncs() { return state.counters.syncs; },
    get requestBytes() { return state.counters.requestBytes; },
    get responseBytes() { return state.counters.responseBytes; },
    get suspendedSyncs() { return state.suspendedSyncs; },
    get undoStackCleared() { return state.undoStackCleared; },
    resetCounters() { state.counters = { syncs: 0, requestBytes: [], responseBytes: [] }; state.suspendedSyncs = 0; state.undoStackCleared = false; },
    sheetNames: () => state.sheets.map((s) => s.name),
    visibility: (name) => state.find(name)?.visibility,
    cell(sheet, address) {
      const p = parseA1(address);
      if (!p) throw new Error(`office double: bad address ${address}`);
      const c = sheetOf(sheet).cells.get(key(p.row, p.col));
      return c ? { ...c } : null;
    },
    cells(sheet) {
      const out = new Map<string, DoubleCell>();
      for (const [k, c] of sheetOf(sheet).cells) out.set(`${rowOf(k)},${colOf(k)}`, { ...c });
      return out;
    },
    frozenRows: (sheet) => sheetOf(sheet).frozenRows,
    columnWidth: (sheet, col) => sheetOf(sheet).colWidths.get(col),
    rowHeight: (sheet, row) => sheetOf(sheet).rowHeights.get(row),
    startCellEdit() { state.cellEditing = true; },
    endCellEdit() { state.endCellEdit(); },
    setValue(sheet, address, value) {
      const s = sheetOf(sheet);
      const p = parseA1(address);
      if (!p) throw new Error(`office double: bad address ${address}`);
      const k = key(p.row, p.col);
      const cell = s.cells.get(k) ?? { v: null };
      applyInput(cell, value === null ? '' : (value as Input), s.recalc.get(k));
      if (isBlank(cell)) s.cells.delete(k); else s.cells.set(k, cell);
      state.fire(s, 'Local');
    },
    get selection() { return state.selection; },
    selectByUser(sheet, address) { state.selectByUser(sheetOf(sheet), address); },
    merges: (sheet) => sheetOf(sheet).merges.map((m) => ({ ...m })),
    get activeSheet() { return state.activeSheet; },
    calls,
    dialogs,
    closeDialog(i) {
      const d = dialogs[i];
      if (!d?.open) throw new Error(`office double: dialog ${i} is not open`);
      d.open = false;
      d.closedBy = 'user';
      emit(d, office.EventType.DialogEventReceived, { error: 12006 });
    },
    messageFromDialog(i, message) {
      const d = dialogs[i];
      if (!d?.open) throw new Error(`office double: dialog ${i} is not open`);
      emit(d, office.EventType.DialogMessageReceived, { message, origin });
    },
    runtime: runtimeOf,
    invokeCommand(name, runtime = 'commands') {
      const fn = actions.get(name);
      if (!fn) return Promise.reject(new Error(`office double: no function command '${name}' was associated (after Office.onReady)`));
      return runtimeOf(runtime).run(() => new Promise<void>((resolve) => {
        // Completing the command ends its function file's work; the double closes the dialogs it
        // opened then (seen in Outlook for Mac, office-js #428: "event.completed() closes popup opened
        // in ExecuteFunction via displayDialogAsync") — so a command must complete only after its
        // dialog is closed.
        const completed = (): void => {
          for (const d of dialogs) if (d.open && d.runtime === runtime) { d.open = false; d.closedBy = 'completed'; }
          resolve();
        };
        void fn({ completed, source: { id: name } });
      }));
    },
    get events() { return state.fired; },
    actions,
    runOptions,
    save: () => state.save(),
  };
}
