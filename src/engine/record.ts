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
 *   `resultSheet` | name of the results sheet the program created (version 2 on)
 *   `undo-meta` | JSON { createdAt, dataSheet, previousRecord, sheetsBefore, createdSheets,
 *                 rewrittenSheets, keptSheets, widths, formats?, merges? } (version 1: { createdAt, dataSheet,
 *                 previousRecord, resultSheetExisted, resultSheetKept? }, read as below)
 *   `undo`      | JSON chunks of one snapshot row: { s: sheet, r: row, c: leftCol, cells: (CellState|null)[] }
 */
import type { CellValue, WorkbookInput } from './model/workbook';
import type { OutputKey, ProgramRecord } from './model/plan';
import { PROGRAM_SHEET_PREFIX, RESULT_SHEET } from './model/scheme';

export const RECORD_SHEET = `${PROGRAM_SHEET_PREFIX}记录`;
export const RECORD_VERSION = 2;
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
  /**
   * The cell's full format (font, fill, borders, alignment), as an index into the snapshot's
   * `formats`, for cells whose format the write changes (the columns a run creates). Absent: the
   * host's plain format (no font, border or alignment of its own).
   */
  readonly fmt?: number;
}

/** A horizontal run of cells' prior states; `null` = a cell blank in every respect. */
export interface SnapshotRow {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cells: ReadonlyArray<CellState | null>;
}

/**
 * What undo needs to put the workbook back as it was before one write (SPEC §5): every touched
 * cell's prior state, and the workbook's sheets — which existed, in which order — with the program
 * sheets the write created or rewrote.
 */
export interface UndoSnapshot {
  readonly createdAt: string;
  readonly dataSheet: string;
  /** The workbook's sheet names in order before the write; empty when unknown (an older record). */
  readonly sheetsBefore: readonly string[];
  /** Sheets the write added (the results sheet on a first run, the record sheet): undo deletes them. */
  readonly createdSheets: readonly string[];
  /**
   * Program sheets the write cleared and rewrote in place (the program's own results sheet on a
   * later run); their prior non-blank cells are in `rows`. Undo clears each and restores those.
   */
  readonly rewrittenSheets: readonly string[];
  /**
   * Program sheets the host set aside whole under another program name (`as`, a very hidden `_考评…`
   * sheet) before writing a new sheet named `name` in their place (the .xlsx host does this for
   * the results sheet): undo deletes the new sheet and puts the old one back, name and place.
   */
  readonly keptSheets: ReadonlyArray<{ readonly name: string; readonly as: string }>;
  /** Column widths the write changed, as they were (null: the sheet's default width). */
  readonly widths: ReadonlyArray<{ readonly sheet: string; readonly col: number; readonly width: number | null }>;
  readonly rows: readonly SnapshotRow[];
  /**
   * The distinct cell formats of `rows` (`CellState.fmt` indexes it), each in its host's own form
   * (an exceljs style, an Office.js cell-properties format): a column of alike cells stores one.
   */
  readonly formats?: readonly unknown[];
  /** Areas the write merged (the new columns' headers over a header block): undo unmerges them. */
  readonly merges?: ReadonlyArray<{ readonly sheet: string; readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }>;
  /** The record before the write (undo puts it back). */
  readonly previousRecord: ProgramRecord | null;
}

export interface StoredRecord {
  readonly record: ProgramRecord | null;
  readonly undo: UndoSnapshot | null;
}

const KEYS: readonly OutputKey[] = ['score', 'subtotal', 'total', 'rank', 'overallRank', 'grade', 'stars', 'flags'];

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
    if (rec.resultSheet !== undefined) rows.push(['resultSheet', rec.resultSheet]);
  }
  const undo = stored.undo;
  if (undo) {
    const meta = {
      createdAt: undo.createdAt, dataSheet: undo.dataSheet, previousRecord: undo.previousRecord, sheetsBefore: undo.sheetsBefore,
      createdSheets: undo.createdSheets, rewrittenSheets: undo.rewrittenSheets, keptSheets: undo.keptSheets, widths: undo.widths,
      ...(undo.formats ? { formats: undo.formats } : {}), ...(undo.merges?.length ? { merges: undo.merges } : {}),
    };
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
  let meta: Meta | null = null;
  let resultSheet: string | null = null;
  const undoRows: SnapshotRow[] = [];
  for (const row of grid) {
    if (!row) continue;
    const tag = text(row[0]);
    if (tag === 'dataSheet') dataSheet = text(row[1]);
    else if (tag === 'resultSheet') resultSheet = text(row[1]) || null;
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
  const record: ProgramRecord | null = dataSheet === null ? null : { dataSheet, columns, marks, ...(resultSheet !== null ? { resultSheet } : {}) };
  return { record, undo: meta ? undoOf(meta, undoRows) : null };
}

interface Meta {
  createdAt: string;
  dataSheet: string;
  previousRecord?: ProgramRecord | null;
  sheetsBefore?: unknown;
  createdSheets?: unknown;
  rewrittenSheets?: unknown;
  keptSheets?: unknown;
  widths?: unknown;
  formats?: unknown;
  merges?: unknown;
  /** Version 1 only. */
  resultSheetExisted?: boolean;
  resultSheetKept?: boolean;
}

type MergeNote = { sheet: string; top: number; left: number; bottom: number; right: number };

const names = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The snapshot from its stored meta. A version-1 meta knew only `考核结果`: the write created it
 * when it did not exist before and was not left alone (`resultSheetKept`), else rewrote it in place.
 */
function undoOf(meta: Meta, rows: SnapshotRow[]): UndoSnapshot {
  const legacy = meta.createdSheets === undefined;
  const rewroteResult = legacy && meta.resultSheetKept !== true && meta.resultSheetExisted === true;
  const createdResult = legacy && meta.resultSheetKept !== true && meta.resultSheetExisted === false;
  const kept = Array.isArray(meta.keptSheets)
    ? meta.keptSheets.filter((k): k is { name: string; as: string } => !!k && typeof k.name === 'string' && typeof k.as === 'string')
    : [];
  const widths = Array.isArray(meta.widths)
    ? meta.widths.filter((w): w is { sheet: string; col: number; width: number | null } => !!w && typeof w.sheet === 'string' && Number.isInteger(w.col) && (w.width === null || typeof w.width === 'number'))
    : [];
  const merges = Array.isArray(meta.merges)
    ? meta.merges.filter((m): m is MergeNote => !!m && typeof m.sheet === 'string' && [m.top, m.left, m.bottom, m.right].every(Number.isInteger))
    : [];
  return {
    createdAt: meta.createdAt,
    dataSheet: meta.dataSheet,
    sheetsBefore: names(meta.sheetsBefore),
    createdSheets: legacy ? (createdResult ? [RESULT_SHEET] : []) : names(meta.createdSheets),
    rewrittenSheets: legacy ? (rewroteResult ? [RESULT_SHEET] : []) : names(meta.rewrittenSheets),
    keptSheets: kept,
    widths,
    rows,
    ...(Array.isArray(meta.formats) ? { formats: meta.formats as unknown[] } : {}),
    ...(merges.length ? { merges } : {}),
    previousRecord: meta.previousRecord ?? null,
  };
}

/** The ownership record a workbook holds now (its `_考评记录` sheet), or null when it has none. */
export function recordOf(workbook: WorkbookInput): ProgramRecord | null {
  const sheet = workbook.sheets.find((s) => s.name === RECORD_SHEET);
  return sheet ? rowsToRecord(sheet.cells).record : null;
}

/**
 * The results sheet the program owns in `workbook`: the one its record names (version 2), or for a
 * version-1 record `考核结果` when that record's last write created it. Null when the program owns
 * none — then a `考核结果` in the workbook is the clerk's (SPEC §1). The sheet must still exist.
 * Example: a workbook whose record names `考核结果` and has that sheet → '考核结果'.
 */
export function ownedResultSheet(workbook: WorkbookInput): string | null {
  const sheet = workbook.sheets.find((s) => s.name === RECORD_SHEET);
  if (!sheet) return null;
  const stored = rowsToRecord(sheet.cells);
  const name = stored.record?.resultSheet ?? (stored.undo?.createdSheets.includes(RESULT_SHEET) ? RESULT_SHEET : null);
  if (name === null) return null;
  return workbook.sheets.find((s) => sameSheetName(s.name, name))?.name ?? null;
}

/** Excel compares sheet names without regard to case. Example: sameSheetName('Sheet1', 'SHEET1') → true. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
