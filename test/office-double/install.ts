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
  constructor(state: WorkbookState, opts: { delayForCellEdit?: boolean } = {}) {
    super(state, opts);
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
        push({ m: 'runtime.enableEvents', v: on }, () => { requireApi('Runtime.enableEvents', '1.8'); state.enableEvents = on; return undefined; });
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
  /** The user starts editing a cell (F2, or typing into it): batches fail or wait (see WorkbookState.cellEditing). */
  startCellEdit(): void;
  /** The user leaves cell-edit mode (Enter, Esc): waiting batches run. */
  endCellEdit(): void;
  /** The user types `value` into a cell (as Excel parses typing) and the change event fires. */
  setValue(sheet: string, address: string, value: string | number | boolean | null): void;
  readonly selection: { sheet: string; address: string } | null;
  /** Change events delivered to the add-in's handlers. */
  readonly events: readonly ChangeEvent[];
  /** The options object of each `Excel.run(options, batch)` call (`null` for the other forms). */
  readonly runOptions: ReadonlyArray<Record<string, unknown> | null>;
  /** Functions registered with `Office.actions.associate`. */
  readonly actions: ReadonlyMap<string, (event: unknown) => unknown>;
  /** "Save": the state as a JSON-safe init; install a new double from it to "reopen". */
  save(): DoubleWorkbookInit;
}

export function installOfficeDouble(target: typeof globalThis, workbook: DoubleWorkbookInit): OfficeDouble {
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
    const options = typeof a === 'object' && a !== null && !(given instanceof DRequestContext) ? (a as { delayForCellEdit?: boolean }) : {};
    const ctx = given instanceof DRequestContext ? given : new DRequestContext(state, options);
    runOptions.push(typeof a === 'object' && a !== null && !(given instanceof DRequestContext) ? { ...(a as Record<string, unknown>) } : null);
    const out = await batch(ctx);
    if (ctx.pending > 0) throw new Error(`office double: Excel.run ended with ${ctx.pending} queued operations never synced`);
    return out;
  }
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      const info = { host: 'Excel', platform: state.platform };
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: state.displayLanguage,
      platform: state.platform,
      requirements: {
        isSetSupported(name: string, version?: string | number): boolean {
          if (name !== 'ExcelApi') return false;
          return versionAtLeast(state.apiVersion, version === undefined ? '1.1' : String(version));
        },
      },
    },
    actions: { associate(name: string, fn: (event: unknown) => unknown): void { actions.set(name, fn); } },
  };
  const excel = {
    run,
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    RangeValueType: { empty: 'Empty', string: 'String', double: 'Double', boolean: 'Boolean', error: 'Error', integer: 'Integer', unknown: 'Unknown', richValue: 'RichValue' },
    ErrorCodes: { itemNotFound: 'ItemNotFound', requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded' },
  };
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
    get events() { return state.fired; },
    actions,
    runOptions,
    save: () => state.save(),
  };
}
