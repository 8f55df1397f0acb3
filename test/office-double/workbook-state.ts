/** The whole fake workbook: sheets in order, API level, counters, selection, events. */
import { type DoubleWorkbookInit, type SheetState, emptySheet, sheetFromInit, sheetToInit } from './state';

export interface Counters {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
}

export interface ChangeEvent {
  readonly sheet: string;
  readonly source: 'Local' | 'Remote';
  readonly changeType: 'RangeEdited';
  /** The runtimes whose handlers heard it (each with events on). */
  readonly runtimes: readonly string[];
}

/** The task pane's runtime: the one every `Excel.run` runs in unless a test says otherwise. */
export const PANE_RUNTIME = 'taskpane';

export class WorkbookState {
  sheets: SheetState[];
  readonly apiVersion: string;
  readonly displayLanguage: string;
  readonly platform: 'PC' | 'Mac' | 'OfficeOnline';
  readonly strictNullObjects: boolean;
  readonly payloadErrors: 'codes' | 'GeneralException';
  readonly maxReadCells: number;
  /**
   * Whether a sync has cleared the user's undo list since install (or `resetCounters`): on Windows,
   * a sync that calls `Range.getMergedAreasOrNullObject` does (office-js issue #5918,
   * https://github.com/OfficeDev/office-js/issues/5918, Excel 2505 on Windows 11).
   */
  undoStackCleared = false;
  counters: Counters = { syncs: 0, requestBytes: [], responseBytes: [] };
  calcSuspended = false;
  /** How many syncs ran with calculation suspended (for tests). */
  suspendedSyncs = 0;
  /**
   * Runtimes whose events are off. `Runtime.enableEvents` (ExcelApi 1.8) "toggles JavaScript events
   * in the current task pane or content add-in", and "events are enabled and disabled at the runtime
   * level" (docs/excel/excel-add-ins-events.md, "Enable and disable events"): turning them off in one
   * runtime (the 快速校验 function file) silences only that runtime's handlers; the open pane, another
   * runtime, still hears every change.
   */
  readonly eventsOff = new Set<string>();
  /** Every runtime the test has used: the pane's, plus those made by `xl.runtime(id)`. */
  readonly runtimes = new Set<string>([PANE_RUNTIME]);
  /** The runtime an `Excel.run` called now belongs to (`xl.runtime(id).run` switches it). */
  currentRuntime: string = PANE_RUNTIME;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /**
   * The user is editing a cell (`startCellEdit`). A batch sent meanwhile fails with
   * `InvalidOperationInCellEditMode` ("The operation isn't available while Excel is in Edit cell
   * mode", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
   * unless its Excel.run asked for `delayForCellEdit` — then it waits until the edit ends
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
   */
  cellEditing = false;
  private editEnded: Array<() => void> = [];
  /** Resolves when the user leaves cell-edit mode. */
  untilEditEnds(): Promise<void> {
    return new Promise((resolve) => { this.editEnded.push(resolve); });
  }
  endCellEdit(): void {
    this.cellEditing = false;
    const waiting = this.editEnded;
    this.editEnded = [];
    for (const w of waiting) w();
  }
  /** Events fired to handlers, in order. */
  readonly fired: ChangeEvent[] = [];
  private changed = new Set<SheetState>();

  constructor(init: DoubleWorkbookInit) {
    this.sheets = init.sheets.map(sheetFromInit);
    if (this.sheets.length === 0) this.sheets.push(emptySheet('Sheet1'));
    this.apiVersion = init.apiVersion ?? '1.20';
    this.displayLanguage = init.displayLanguage ?? 'zh-CN';
    this.platform = init.platform ?? 'PC';
    this.strictNullObjects = init.strictNullObjects ?? false;
    this.payloadErrors = init.payloadErrors ?? 'codes';
    this.maxReadCells = init.maxReadCells ?? 5_000_000;
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  find(name: string): SheetState | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  markChanged(sheet: SheetState): void { this.changed.add(sheet); }

  /** After each sync: the onChanged handlers of every runtime with events on hear of the changes. */
  flushEvents(): void {
    const sheets = [...this.changed];
    this.changed.clear();
    for (const s of sheets) this.fire(s, 'Local');
  }

  /**
   * A change to `sheet` (by the add-in in any runtime, or by the user): each handler hears it unless
   * the runtime that registered it has events off. A handler runs in its own runtime (an `Excel.run`
   * it calls belongs there).
   */
  fire(sheet: SheetState, source: 'Local' | 'Remote'): void {
    const on = [...this.runtimes].filter((r) => !this.eventsOff.has(r));
    if (on.length === 0) return;
    this.fired.push({ sheet: sheet.name, source, changeType: 'RangeEdited', runtimes: on });
    for (const [h, runtime] of sheet.handlers) {
      if (this.eventsOff.has(runtime)) continue;
      setTimeout(() => {
        const was = this.currentRuntime;
        this.currentRuntime = runtime;
        try {
          void h({ type: 'WorksheetChanged', worksheetId: sheet.id, source, changeType: 'RangeEdited', address: '' });
        } finally {
          this.currentRuntime = was;
        }
      }, 0);
    }
  }

  /**
   * The clerk selects `address` on `sheet` (clicking its tab first when it is not the active one):
   * each onSelectionChanged handler of that sheet hears it, unless its runtime has events off.
   */
  selectByUser(sheet: SheetState, address: string): void {
    this.activeSheet = sheet.name;
    this.selection = { sheet: sheet.name, address };
    for (const [h, runtime] of sheet.selectionHandlers) {
      if (this.eventsOff.has(runtime)) continue;
      setTimeout(() => {
        const was = this.currentRuntime;
        this.currentRuntime = runtime;
        try {
          void h({ type: 'WorksheetSelectionChanged', worksheetId: sheet.id, address });
        } finally {
          this.currentRuntime = was;
        }
      }, 0);
    }
  }

  save(): DoubleWorkbookInit {
    return JSON.parse(JSON.stringify({ sheets: this.sheets.map(sheetToInit), apiVersion: this.apiVersion, displayLanguage: this.displayLanguage, platform: this.platform })) as DoubleWorkbookInit;
  }
}
