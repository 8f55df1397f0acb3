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
}

export class WorkbookState {
  sheets: SheetState[];
  readonly apiVersion: string;
  readonly displayLanguage: string;
  readonly strictNullObjects: boolean;
  readonly platform: 'PC' | 'Mac' | 'OfficeOnline';
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
  enableEvents = true;
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
    this.strictNullObjects = init.strictNullObjects ?? false;
    this.platform = init.platform ?? 'PC';
    this.payloadErrors = init.payloadErrors ?? 'codes';
    this.maxReadCells = init.maxReadCells ?? 5_000_000;
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  find(name: string): SheetState | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  markChanged(sheet: SheetState): void { this.changed.add(sheet); }

  /** After each sync: the add-in's onChanged handlers hear of changes unless events are off. */
  flushEvents(): void {
    const sheets = [...this.changed];
    this.changed.clear();
    if (!this.enableEvents) return;
    for (const s of sheets) this.fire(s, 'Local');
  }

  fire(sheet: SheetState, source: 'Local' | 'Remote'): void {
    if (!this.enableEvents) return;
    const ev: ChangeEvent = { sheet: sheet.name, source, changeType: 'RangeEdited' };
    this.fired.push(ev);
    for (const h of sheet.handlers) {
      setTimeout(() => { void h({ type: 'WorksheetChanged', worksheetId: sheet.id, source, changeType: 'RangeEdited', address: '' }); }, 0);
    }
  }

  save(): DoubleWorkbookInit {
    return JSON.parse(JSON.stringify({ sheets: this.sheets.map(sheetToInit), apiVersion: this.apiVersion, displayLanguage: this.displayLanguage, platform: this.platform })) as DoubleWorkbookInit;
  }
}
