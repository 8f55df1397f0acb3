/**
 * The Excel double's workbook state: plain data, no Office types. A `DoubleWorkbookInit` is a
 * superset of the engine's `WorkbookInput` (a WorkbookInput *is* a valid init), plus optional
 * number formats, fills and notes, and the API level the fake Excel claims to support.
 * Keyed maps may be `Map`s or plain objects (`{"4,2": "SUM(C5:G5)"}`) so that a JSON fixture loads as is.
 */
import type { CellValue, MergeArea } from '../../src/engine/model/workbook';
import type { DoubleFormat } from './cell-format';

/** `"row,col"` (0-based) → text. */
export type KeyedText = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface DoubleSheetInit {
  readonly name: string;
  readonly cells: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;
  /** Formula text without `=`; the grid holds its cached value. */
  readonly formulas?: KeyedText;
  readonly merges?: readonly MergeArea[];
  readonly hiddenRows?: readonly number[];
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  readonly numberFormats?: KeyedText;
  /** `#RRGGBB` solid fills. */
  readonly fills?: KeyedText;
  readonly notes?: KeyedText;
  /** `"row,col"` keys of bold cells. */
  readonly bold?: readonly string[];
  /** `"row,col"` → the cell's own font, borders and alignment (cell-format.ts). */
  readonly formats?: Readonly<Record<string, DoubleFormat>>;
  /** Rows frozen at the top (freezePanes.freezeRows). */
  readonly frozenRows?: number;
  /** The centre footer of every page (pageLayout), e.g. `第 &P 页 共 &N 页`. */
  readonly centerFooter?: string;
  /** The print setup set through `pageLayout` (page-layout.ts), when any. */
  readonly print?: PrintSetup;
  /** Column widths in points by 0-based column, where not the standard width (see range.ts). */
  readonly columnWidths?: Readonly<Record<string, number>>;
  /** Row heights in points by 0-based row, where not the standard height (range-look.ts); absent when none. */
  readonly rowHeights?: Readonly<Record<string, number>>;
  /**
   * What recalculation gives for formulas known to the double (`"row,col"` → formula and result),
   * kept by `save()` so that a formula restored after "reopen" gets its real result back.
   */
  readonly results?: Readonly<Record<string, { readonly f: string; readonly v: CellValue }>>;
}

/** What `Worksheet.pageLayout` set (page-layout.ts); absent fields: Excel's defaults. */
export interface PrintSetup {
  /** Whole rows, e.g. `$1:$2`. */
  titleRows?: string;
  orientation?: string;
  paperSize?: string;
  centerHorizontally?: boolean;
  zoom?: Record<string, number>;
}

export interface DoubleWorkbookInit {
  readonly sheets: readonly DoubleSheetInit[];
  /** Highest ExcelApi set supported, e.g. `'1.20'` (default) or `'1.7'`. */
  readonly apiVersion?: string;
  /**
   * When true, calling a method of a null object (from `…OrNullObject`) fails the sync with
   * InvalidObjectPath instead of giving another null object — the stricter of the behaviours a
   * host may show; the host must cope with both.
   */
  readonly strictNullObjects?: boolean;
  /** `Office.context.displayLanguage`, default `zh-CN`. */
  readonly displayLanguage?: string;
  /**
   * The Excel the double plays (`Office.context.platform`): Windows (`'PC'`, the default), Mac or
   * the web. Behaviours documented for one platform only follow it (see `undoStackCleared`, and
   * which APIs throw UndoNotSupported inside a merged undo group: context.ts `requireUndoable`).
   */
  readonly platform?: 'PC' | 'Mac' | 'OfficeOnline';
  /**
   * How an oversized request or response is reported: `'codes'` (default, current Excel on the web:
   * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) or `'GeneralException'`
   * (older builds: "An internal error has occurred", office-js-docs-reference #354, office-js #1314).
   */
  readonly payloadErrors?: 'codes' | 'GeneralException';
  /**
   * Most cells a range may have for `values`/`formulas`/`valueTypes`/`numberFormat` to load; above
   * it they load as `null` with no error. Default 5,000,000: "a range is limited to 5,000,000 cells
   * for read operations" (Resource limits … Excel add-ins), and `values` (and `text`) come back
   * null instead of failing (office-js #4783, #6781; office-js-docs-pr PR #5821 documents it). The
   * double also nulls `formulas`, `valueTypes` and `numberFormat` (stricter). Tests lower it to
   * stay small.
   */
  readonly maxReadCells?: number;
}

/** One cell as the double stores it. `f` is formula text without `=`. */
export interface DoubleCell {
  v: CellValue;
  f?: string;
  nf?: string;
  fill?: string;
  note?: string;
  bold?: boolean;
  /** Font name/size/italic/colour, borders, alignment, wrap (cell-format.ts); absent: the Normal style. */
  fmt?: DoubleFormat;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  cells: Map<number, DoubleCell>;
  merges: MergeArea[];
  hiddenRows: Set<number>;
  frozenRows: number;
  centerFooter?: string;
  print?: PrintSetup;
  colWidths: Map<number, number>;
  /** Rows with a height of their own (points), set through `format.rowHeight`. */
  rowHeights: Map<number, number>;
  /** Formula results as loaded: a formula written back to the same cell recalculates to this. */
  recalc: Map<number, { f: string; v: CellValue }>;
  /** onChanged handlers → the runtime that registered each. */
  handlers: Map<(args: unknown) => unknown, string>;
  /** onSelectionChanged handlers → the runtime that registered each. */
  selectionHandlers: Map<(args: unknown) => unknown, string>;
}

export const MAX_COLS = 16384;
export const key = (r: number, c: number): number => r * MAX_COLS + c;
export const rowOf = (k: number): number => Math.floor(k / MAX_COLS);
export const colOf = (k: number): number => k % MAX_COLS;

function entries(m: KeyedText | undefined): Array<[string, string]> {
  if (!m) return [];
  if (m instanceof Map) return [...(m as ReadonlyMap<string, string>).entries()];
  return Object.entries(m as Record<string, string>);
}

function parseKey(k: string): [number, number] {
  const [r, c] = k.split(',').map(Number);
  return [r ?? 0, c ?? 0];
}

let nextId = 1;

export function sheetFromInit(init: DoubleSheetInit): SheetState {
  const cells = new Map<number, DoubleCell>();
  const at = (r: number, c: number): DoubleCell => {
    let cell = cells.get(key(r, c));
    if (!cell) { cell = { v: null }; cells.set(key(r, c), cell); }
    return cell;
  };
  init.cells.forEach((row, r) => row?.forEach((v, c) => { if (v !== undefined && v !== null) at(r, c).v = v; }));
  for (const [k, f] of entries(init.formulas)) { const [r, c] = parseKey(k); at(r, c).f = f; }
  for (const [k, nf] of entries(init.numberFormats)) { const [r, c] = parseKey(k); at(r, c).nf = nf; }
  for (const [k, fill] of entries(init.fills)) { const [r, c] = parseKey(k); at(r, c).fill = fill.toUpperCase(); }
  for (const [k, note] of entries(init.notes)) { const [r, c] = parseKey(k); at(r, c).note = note; }
  for (const k of init.bold ?? []) { const [r, c] = parseKey(k); at(r, c).bold = true; }
  for (const [k, fmt] of Object.entries(init.formats ?? {})) { const [r, c] = parseKey(k); at(r, c).fmt = structuredClone(fmt); }
  const recalc = new Map<number, { f: string; v: CellValue }>();
  for (const [k, known] of Object.entries(init.results ?? {})) { const [r, c] = parseKey(k); recalc.set(key(r, c), known); }
  for (const [k, cell] of cells) if (cell.f !== undefined) recalc.set(k, { f: cell.f, v: cell.v });
  const vis = init.visibility === 'hidden' ? 'Hidden' : init.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible';
  return {
    id: `{sheet-${nextId++}}`, name: init.name, visibility: vis, cells, merges: [...(init.merges ?? [])],
    hiddenRows: new Set(init.hiddenRows ?? []), frozenRows: init.frozenRows ?? 0, ...(init.centerFooter !== undefined ? { centerFooter: init.centerFooter } : {}),
    ...(init.print !== undefined ? { print: structuredClone(init.print) } : {}),
    colWidths: new Map(Object.entries(init.columnWidths ?? {}).map(([c, w]) => [Number(c), w])),
    rowHeights: new Map(Object.entries(init.rowHeights ?? {}).map(([r, h]) => [Number(r), h])), recalc, handlers: new Map(), selectionHandlers: new Map(),
  };
}

export function emptySheet(name: string): SheetState {
  return sheetFromInit({ name, cells: [] });
}

/** The state as a JSON-safe init ("save the workbook"); reopening = installing a double from it. */
export function sheetToInit(s: SheetState): DoubleSheetInit {
  const grid: Array<Array<CellValue | undefined> | undefined> = [];
  const formulas: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const bold: Array<[number, string]> = [];
  const formats: Array<[number, string, DoubleFormat]> = [];
  for (const [k, cell] of s.cells) {
    const r = rowOf(k), c = colOf(k), id = `${r},${c}`;
    if (cell.v !== null) { const row = (grid[r] ??= []); row[c] = cell.v; }
    if (cell.f !== undefined) formulas[id] = cell.f;
    if (cell.nf !== undefined) numberFormats[id] = cell.nf;
    if (cell.fill !== undefined) fills[id] = cell.fill;
    if (cell.note !== undefined) notes[id] = cell.note;
    if (cell.bold) bold.push([k, id]);
    if (cell.fmt) formats.push([k, id, cell.fmt]);
  }
  // JSON turns holes into null; keep the grid dense so a JSON round trip is exact.
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!row) {
      grid[r] = [];
      continue;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  const results: Record<string, { f: string; v: CellValue }> = {};
  for (const [k, known] of s.recalc) results[`${rowOf(k)},${colOf(k)}`] = known;
  const visibility = s.visibility === 'Hidden' ? 'hidden' : s.visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
  const columnWidths: Record<string, number> = {};
  for (const c of [...s.colWidths.keys()].sort((a, b) => a - b)) columnWidths[String(c)] = s.colWidths.get(c) as number;
  // Only when a row has a height of its own: a workbook saved before row heights were modelled reads the same.
  const heights = [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]);
  return {
    name: s.name, cells: grid, formulas, numberFormats, fills, notes, results, merges: [...s.merges], hiddenRows: [...s.hiddenRows].sort((a, b) => a - b), visibility,
    bold: bold.sort((a, b) => a[0] - b[0]).map(([, id]) => id), frozenRows: s.frozenRows, columnWidths,
    formats: Object.fromEntries(formats.sort((a, b) => a[0] - b[0]).map(([, id, f]) => [id, f])),
    ...(s.centerFooter !== undefined ? { centerFooter: s.centerFooter } : {}),
    ...(s.print !== undefined ? { print: structuredClone(s.print) } : {}),
    ...(heights.length ? { rowHeights: Object.fromEntries(heights.map(([r, h]) => [String(r), h])) } : {}),
  };
}
