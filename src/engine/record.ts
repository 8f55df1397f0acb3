/**
 * The program's very hidden sheet `_考评记录`: which output columns the program owns (SPEC §5),
 * which cells the last run marked, and the undo snapshot (the prior state of every cell the last
 * write touched). Pure data in, rows of text out — every host stores and reads it the same way.
 *
 * Layout: column A holds a tag, later columns its data. JSON payloads longer than one cell allows
 * are split across columns B, C, … in chunks of `CHUNK` characters.
 *   A1 `kaoping-record` | B1 version
 *   `dataSheet` | name
 *   `column`    | key | header | 0-based col
 *   `mark`      | sheet | 0-based row | 0-based col
 *   `undo-meta` | JSON { createdAt, resultSheetExisted, dataSheet, previousRecord, resultSheetKept? }
 *   `undo`      | JSON chunks of one snapshot row: { s: sheet, r: row, c: leftCol, cells: (CellState|null)[] }
 */
import type { CellValue, WorkbookInput } from './model/workbook';
import type { OutputKey, ProgramRecord } from './model/plan';
import { PROGRAM_SHEET_PREFIX } from './model/scheme';

export const RECORD_SHEET = `${PROGRAM_SHEET_PREFIX}记录`;
export const RECORD_VERSION = 1;
const CHUNK = 30000;

/** Everything about one cell that undo restores. Absent fields mean: none / General / no fill. */
export interface CellState {
  readonly v: CellValue;
  /** Formula text without `=`. */
  readonly f?: string;
  /** Number format, when not General. */
  readonly nf?: string;
  /** Solid fill colour `#RRGGBB`, when filled. */
  readonly fill?: string;
  /** Note (批注) text. */
  readonly note?: string;
  /** Host-specific exact forms the .xlsx host keeps (rich text, hyperlinks, dates; theme or pattern
   * fills; formatted notes; the fill and note a cell had before the program first marked it). */
  readonly xv?: unknown;
  readonly xfill?: unknown;
  readonly xnote?: unknown;
  readonly o?: unknown;
}

/** A horizontal run of cells' prior states; `null` = a cell blank in every respect. */
export interface SnapshotRow {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cells: ReadonlyArray<CellState | null>;
}

export interface UndoSnapshot {
  readonly createdAt: string;
  readonly dataSheet: string;
  /** Whether `考核结果` existed before the write (undo deletes it if not). */
  readonly resultSheetExisted: boolean;
  /**
   * True when the write left `考核结果` alone (its plan's `resultSheet` was null): undo then leaves
   * it alone too. Absent = false (the write rewrote it).
   */
  readonly resultSheetKept?: boolean;
  readonly rows: readonly SnapshotRow[];
  /** The record before the write (undo puts it back). */
  readonly previousRecord: ProgramRecord | null;
}

export interface StoredRecord {
  readonly record: ProgramRecord | null;
  readonly undo: UndoSnapshot | null;
}

const KEYS: readonly OutputKey[] = ['subtotal', 'total', 'rank', 'overallRank', 'grade', 'stars', 'flags'];

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out.length ? out : [''];
}

/** The record sheet's rows (all text), for a host to write from A1. */
export function recordToRows(stored: StoredRecord): string[][] {
  const rows: string[][] = [['kaoping-record', String(RECORD_VERSION)]];
  const rec = stored.record;
  if (rec) {
    rows.push(['dataSheet', rec.dataSheet]);
    for (const c of rec.columns) rows.push(['column', c.key, c.header, String(c.col)]);
    for (const m of rec.marks) rows.push(['mark', m.sheet, String(m.row), String(m.col)]);
  }
  const undo = stored.undo;
  if (undo) {
    const meta = { createdAt: undo.createdAt, dataSheet: undo.dataSheet, resultSheetExisted: undo.resultSheetExisted, previousRecord: undo.previousRecord, ...(undo.resultSheetKept ? { resultSheetKept: true } : {}) };
    rows.push(['undo-meta', ...chunks(JSON.stringify(meta))]);
    for (const r of undo.rows) rows.push(['undo', ...chunks(JSON.stringify({ s: r.sheet, r: r.row, c: r.col, cells: r.cells }))]);
  }
  return rows;
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return '';
  return String(v);
}

function joinJson(row: ReadonlyArray<CellValue | undefined>): unknown {
  let s = '';
  for (let i = 1; i < row.length; i++) s += text(row[i]);
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Reads the record sheet's grid back. Anything unreadable is dropped (the record is advisory). */
export function rowsToRecord(grid: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>): StoredRecord {
  let dataSheet: string | null = null;
  const columns: Array<{ key: OutputKey; header: string; col: number }> = [];
  const marks: Array<{ sheet: string; row: number; col: number }> = [];
  type Meta = { createdAt: string; dataSheet: string; resultSheetExisted: boolean; previousRecord: ProgramRecord | null; resultSheetKept?: boolean };
  let meta: Meta | null = null;
  const undoRows: SnapshotRow[] = [];
  for (const row of grid) {
    if (!row) continue;
    const tag = text(row[0]);
    if (tag === 'dataSheet') dataSheet = text(row[1]);
    else if (tag === 'column') {
      const key = text(row[1]) as OutputKey;
      const col = Number(text(row[3]));
      if (KEYS.includes(key) && Number.isInteger(col) && col >= 0) columns.push({ key, header: text(row[2]), col });
    } else if (tag === 'mark') {
      const r = Number(text(row[2]));
      const c = Number(text(row[3]));
      if (Number.isInteger(r) && Number.isInteger(c)) marks.push({ sheet: text(row[1]), row: r, col: c });
    } else if (tag === 'undo-meta') {
      const m = joinJson(row) as Meta | undefined;
      if (m && typeof m === 'object' && typeof m.dataSheet === 'string') meta = m;
    } else if (tag === 'undo') {
      const u = joinJson(row) as { s: string; r: number; c: number; cells: Array<CellState | null> } | undefined;
      if (u && typeof u.s === 'string' && Array.isArray(u.cells)) undoRows.push({ sheet: u.s, row: u.r, col: u.c, cells: u.cells });
    }
  }
  const record: ProgramRecord | null = dataSheet === null ? null : { dataSheet, columns, marks };
  const undo: UndoSnapshot | null = meta
    ? { createdAt: meta.createdAt, dataSheet: meta.dataSheet, resultSheetExisted: meta.resultSheetExisted, ...(meta.resultSheetKept === true ? { resultSheetKept: true } : {}), previousRecord: meta.previousRecord ?? null, rows: undoRows }
    : null;
  return { record, undo };
}

/** The ownership record a workbook holds now (its `_考评记录` sheet), or null when it has none. */
export function recordOf(workbook: WorkbookInput): ProgramRecord | null {
  const sheet = workbook.sheets.find((s) => s.name === RECORD_SHEET);
  return sheet ? rowsToRecord(sheet.cells).record : null;
}
