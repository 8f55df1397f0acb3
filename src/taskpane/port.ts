/**
 * Everything the task pane asks of Excel, as one interface. Components receive an `ExcelPort`
 * as a prop and never touch `Office` or `Excel`; `excel-port.ts` implements it over
 * `src/hosts/excel`, and the tests pass their own.
 */
import type { WorkbookInput, WritePlan } from '../engine';
import type { ReadWarning } from '../hosts/excel/merges';

export type { ReadWarning };

export interface ReadResult {
  readonly workbook: WorkbookInput;
  /** Opaque: what the sheet looked like when read; `writePlan` refuses to write if it changed. */
  readonly fingerprint: string;
  /** What could not be read (merged areas beyond Excel's 512); absent = none. */
  readonly warnings?: readonly ReadWarning[];
}

export interface ReadRequest {
  /**
   * A live re-check (实时校验) after an edit: the host reuses the merged areas of the last full
   * read instead of reading them (on Windows that read clears Excel's undo list).
   */
  readonly live?: boolean;
}

export type WriteOutcome = { readonly ok: true; readonly syncs: number } | { readonly ok: false; readonly reason: 'changed' };
export type UndoOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: 'nothing' };

/** Fraction done, 0..1. */
export type ProgressListener = (fraction: number) => void;

export interface ExcelPort {
  readWorkbook(request?: ReadRequest): Promise<ReadResult>;
  writePlan(plan: WritePlan, fingerprint: string, onProgress?: ProgressListener): Promise<WriteOutcome>;
  undoLastWrite(): Promise<UndoOutcome>;
  /** Activates `sheet` and selects `address` (A1) in it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Adds a template to the open workbook: `basic` (default) a `考核方案` and a sample data sheet;
   * `dual` the 双述双评 template's sheets. Resolves to the names the sheets got (names never collide).
   */
  insertTemplate(kind?: TemplateKind): Promise<readonly string[] | void>;
  /** The templates this pane can insert; absent = `basic` only. */
  templates?(): readonly TemplateKind[];
  /** Whether the host can write notes (批注); without them flagged cells are only filled. */
  notesSupported(): boolean;
  /**
   * Calls `listener` whenever a worksheet's cells change. Resolves to a function that stops
   * listening, or to null when the host cannot report changes.
   */
  onSheetChanged(listener: () => void): Promise<(() => Promise<void>) | null>;
  /**
   * Calls `listener` with the sheet and the address (`B5`, `B5:D5`, `5:5`) whenever the clerk selects
   * cells in a visible sheet. Resolves to a function that stops listening, or to null when the host
   * cannot report selections. Absent = never.
   */
  onSelectionChanged?(listener: (sheet: string, address: string) => void): Promise<(() => Promise<void>) | null>;
}

/** The templates 插入模板 offers: `basic` (直接 scores) and `dual` (双述双评, SPEC §8). */
export type TemplateKind = 'basic' | 'dual';
