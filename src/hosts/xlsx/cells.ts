/**
 * exceljs cells ↔ the engine's plain values and undo cell states. The one place that knows how
 * exceljs represents values, fills and notes.
 *
 * exceljs quirks handled here (see docs/xlsx-host.md):
 * - Cells loaded with the same style share ONE style object: `cell.fill = x` would repaint every
 *   cell of that style. We always give the cell another style object instead (never mutate one).
 * - `cell.note = undefined` does not remove a note (it stores an empty Note), and a loaded cell keeps
 *   a second copy of its note in its value's model: we drop both.
 * - A merged non-master cell reports the master's value; it is read as empty.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/model/workbook';
import type { CellState } from '../../engine/record';

/** exceljs ValueType numbers (declared as an enum in its typings; fixed in its file format code). */
export const VT = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 } as const;

const DAY_MS = 86_400_000;
/** Excel serial 25569 = 1970-01-01 in the 1900 date system; the 1904 system is 1462 days behind. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;

/**
 * A JS Date (as exceljs returns it, UTC-based) → Excel serial number.
 * Example: 2024-01-15T00:00Z → 45306 (1900 system).
 */
export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

function richTextToPlain(rt: ReadonlyArray<{ text?: unknown }>): string {
  let s = '';
  for (const run of rt) if (typeof run.text === 'string') s += run.text;
  return s;
}

/**
 * Any exceljs cell value → the engine's CellValue. A formula value gives its cached result.
 * Rich text and hyperlinks give their text; dates their serial number; `{ error }` stays an error.
 */
export function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return null;
  }
  if (value instanceof Date) return dateToSerial(value, date1904);
  const o = value as Record<string, unknown>;
  if (typeof o['error'] === 'string') return { error: o['error'] };
  if ('formula' in o || 'sharedFormula' in o) return plainValue(o['result'], date1904);
  if (Array.isArray(o['richText'])) return richTextToPlain(o['richText'] as Array<{ text?: unknown }>);
  if ('hyperlink' in o || 'text' in o) {
    const t = o['text'];
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
      return richTextToPlain((t as { richText: Array<{ text?: unknown }> }).richText);
    }
    return t === undefined || t === null ? null : String(t);
  }
  return null;
}

/** A cell's value and formula (without `=`), as the engine reads them. Merged non-master cells are empty. */
export function readCell(cell: ExcelJS.Cell, date1904: boolean): { v: CellValue; f: string | undefined } {
  const type = cell.type as number;
  if (type === VT.Null || type === VT.Merge) return { v: null, f: undefined };
  if (type === VT.Formula) {
    const f = cell.formula;
    return { v: plainValue(cell.result, date1904), f: typeof f === 'string' && f !== '' ? f : undefined };
  }
  return { v: plainValue(cell.value, date1904), f: undefined };
}

/** exceljs ARGB `FFFFC7CE` → `#FFC7CE`. */
export function argbToHex(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

/** `#FFC7CE` → exceljs ARGB `FFFFC7CE` (opaque). */
export function hexToArgb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** The canonical solid fill this host writes for a `#RRGGBB` colour. */
export function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(hex) } };
}

/**
 * The undo snapshot's view of one cell, plus host-only extras that make undo exact where the
 * shared `CellState` fields can not express the cell: `xv` (the exact value), `xfill` (the exact exceljs fill when it is
 * not a plain opaque solid colour, e.g. a theme colour or a pattern), `xnote` (a note with rich
 * text). Extra JSON fields survive `recordToRows` / `rowsToRecord` unchanged.
 */
export interface XlsxCellState extends CellState {
  /** The exact exceljs value when `v`/`f` lose something: rich text, a hyperlink, a date, an array formula. */
  readonly xv?: unknown;
  readonly xfill?: ExcelJS.Fill;
  readonly xnote?: ExcelJS.Comment;
  /**
   * Only on cells the previous run marked: the fill and note the cell had before the program
   * first marked it, carried from run to run so that a later run can unmark it.
   */
  readonly o?: Appearance;
}

/** Fill and note of a cell, as stored in a snapshot. Empty object = no fill, no note. */
export interface Appearance {
  readonly fill?: string;
  readonly xfill?: ExcelJS.Fill;
  readonly note?: string;
  readonly xnote?: ExcelJS.Comment;
}

function fillOf(cell: ExcelJS.Cell): { fill?: string; xfill?: ExcelJS.Fill } {
  const f = cell.style?.fill;
  if (!f) return {};
  if (f.type === 'pattern' && f.pattern === 'none' && !f.fgColor && !f.bgColor) return {};
  if (f.type === 'pattern' && f.pattern === 'solid') {
    const argb = f.fgColor?.argb;
    if (typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb)) {
      const hex = argbToHex(argb);
      const exact = argb.toUpperCase().startsWith('FF') && Object.keys(f.fgColor ?? {}).length === 1 && !f.bgColor;
      return exact ? { fill: hex } : { fill: hex, xfill: structuredClone(f) };
    }
  }
  return { xfill: structuredClone(f) };
}

function noteOf(cell: ExcelJS.Cell): { note?: string; xnote?: ExcelJS.Comment } {
  const n = cell.note as string | ExcelJS.Comment | undefined;
  if (n === undefined || n === null) return {};
  if (typeof n === 'string') return { note: n };
  const text = richTextToPlain(n.texts ?? []);
  return { note: text, xnote: structuredClone(n) };
}

/** Fill and note of a cell. */
export function appearanceOf(cell: ExcelJS.Cell | undefined): Appearance {
  if (!cell) return {};
  return { ...fillOf(cell), ...noteOf(cell) };
}

const DATE_TAG = '$date';

/**
 * The cell's exact exceljs value, JSON-safe, when the engine's `v`/`f` would lose part of it
 * (rich text runs, a hyperlink, a Date, an array formula); `undefined` otherwise.
 */
export function exactValue(cell: ExcelJS.Cell): unknown {
  const type = cell.type as number;
  if (type === VT.RichText || type === VT.Hyperlink) return structuredClone(cell.value);
  if (type === VT.Date) return { [DATE_TAG]: (cell.value as Date).toISOString() };
  if (type === VT.Formula) {
    const value = cell.value as { shareType?: string; result?: unknown };
    if (value.shareType !== 'array') return undefined;
    const result = value.result instanceof Date ? { [DATE_TAG]: value.result.toISOString() } : value.result;
    return { ...value, result };
  }
  return undefined;
}

function fromExact(x: unknown): unknown {
  if (x && typeof x === 'object' && typeof (x as Record<string, unknown>)[DATE_TAG] === 'string') return new Date((x as Record<string, string>)[DATE_TAG] as string);
  return x;
}

/** An `exactValue` back to an exceljs value. */
export function fromExactValue(xv: unknown): ExcelJS.CellValue {
  const value = fromExact(structuredClone(xv));
  if (value && typeof value === 'object' && 'formula' in value) {
    const f = value as { result?: unknown };
    return { ...f, result: fromExact(f.result) } as ExcelJS.CellValue;
  }
  return value as ExcelJS.CellValue;
}

/**
 * Everything undo restores about a cell, or `null` for a cell blank in every respect
 * (no value, formula, number format, fill or note). Example: an empty cell with only a border → null.
 */
export function cellState(cell: ExcelJS.Cell | undefined, date1904: boolean): XlsxCellState | null {
  if (!cell) return null;
  const { v, f } = readCell(cell, date1904);
  const nf = cell.style?.numFmt;
  const state: { -readonly [K in keyof XlsxCellState]: XlsxCellState[K] } = { v, ...appearanceOf(cell) };
  if (f !== undefined) state.f = f;
  const xv = exactValue(cell);
  if (xv !== undefined) state.xv = xv;
  if (typeof nf === 'string' && nf !== '' && nf !== 'General') state.nf = nf;
  if (v === null && Object.keys(state).length === 1) return null;
  return state;
}

type Style = Partial<ExcelJS.Style>;

/**
 * Derived styles, shared: cells that had the same style and get the same change share the new style
 * object, as exceljs itself shares them after loading. exceljs caches a style's id by object identity
 * when saving, so sharing keeps saving fast; no code here ever mutates a style object in place.
 */
const derived = new WeakMap<object, Map<string, Style>>();
const EMPTY_STYLE_KEY = {};

function deriveStyle(cell: ExcelJS.Cell, change: string, make: (base: Style) => Style): void {
  const base: Style = cell.style ?? {};
  const key = Object.keys(base).length === 0 ? EMPTY_STYLE_KEY : base;
  let byChange = derived.get(key);
  if (!byChange) derived.set(key, (byChange = new Map()));
  let next = byChange.get(change);
  if (!next) byChange.set(change, (next = make({ ...base })));
  cell.style = next;
}

/** Sets the fill of this cell only (never the style object it may share with other cells). */
export function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  deriveStyle(cell, `fill:${JSON.stringify(fill ?? null)}`, (style) => {
    if (fill) style.fill = fill;
    else delete style.fill;
    return style;
  });
}

/** Sets the number format of this cell only; `undefined` = General. */
export function setNumFmt(cell: ExcelJS.Cell, numFmt: string | undefined): void {
  deriveStyle(cell, `numFmt:${numFmt ?? ''}`, (style) => {
    if (numFmt) style.numFmt = numFmt;
    else delete style.numFmt;
    return style;
  });
}

/** Sets or removes (`undefined`) a cell's note. */
export function setNote(cell: ExcelJS.Cell, note: string | ExcelJS.Comment | undefined): void {
  if (note !== undefined) {
    cell.note = note;
    return;
  }
  // A loaded cell also keeps its comment inside the value's model, which exceljs writes back.
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete inner._comment;
  if (inner._value?.model) delete inner._value.model.comment;
}

/** Restores fill and note from an appearance (absent = none). */
export function setAppearance(cell: ExcelJS.Cell, a: Appearance): void {
  setFill(cell, a.xfill ? structuredClone(a.xfill) : a.fill ? solidFill(a.fill) : undefined);
  setNote(cell, a.xnote ? structuredClone(a.xnote) : a.note);
}

/** The engine's value (+ formula) → an exceljs cell value. Strings stay strings (never formulas). */
export function toExcelValue(v: CellValue, f: string | undefined): ExcelJS.CellValue {
  const plain: ExcelJS.CellValue = v !== null && typeof v === 'object' ? { error: v.error as ExcelJS.CellErrorValue['error'] } : v;
  if (f === undefined) return plain;
  return plain === null ? ({ formula: f } as ExcelJS.CellFormulaValue) : ({ formula: f, result: plain } as ExcelJS.CellFormulaValue);
}

/** The parts of a style that make a cell's look besides its number format and fill. */
export const LOOK_PARTS = ['font', 'border', 'alignment', 'protection'] as const;
export type Look = Pick<Style, (typeof LOOK_PARTS)[number]>;

/** A cell's font, border, alignment and protection (undefined: none of them). */
export function lookOf(cell: ExcelJS.Cell | undefined): Look | undefined {
  const style = cell?.style;
  if (!style) return undefined;
  const look: Record<string, unknown> = {};
  for (const k of LOOK_PARTS) if (style[k] !== undefined) look[k] = style[k];
  return Object.keys(look).length ? (look as Look) : undefined;
}

/** Sets a cell's font, border, alignment and protection to `look` exactly (absent parts removed). */
export function setLook(cell: ExcelJS.Cell, look: Look | undefined): void {
  deriveStyle(cell, `look:${JSON.stringify(look ?? null)}`, (style) => {
    for (const k of LOOK_PARTS) {
      const part = look?.[k];
      if (part !== undefined) (style as Record<string, unknown>)[k] = structuredClone(part);
      else delete style[k];
    }
    return style;
  });
}

/** What a copied look takes: a header cell its fill too; a data cell not (fills mark flagged cells). */
export type CopiedParts = 'header' | 'data';
const COPIED: Record<CopiedParts, ReadonlyArray<keyof Style>> = { header: ['font', 'fill', 'border', 'alignment'], data: ['font', 'border', 'alignment'] };
const copiedStyles = new WeakMap<object, WeakMap<object, Map<CopiedParts, Style>>>();

/**
 * Gives `cell` the font, borders and alignment (and for a header the fill) of `source`'s style:
 * parts the source lacks are removed, the rest of the cell's style (number format, protection) kept.
 * Cells alike share the result, as exceljs shares loaded styles.
 */
export function copyLook(cell: ExcelJS.Cell, source: ExcelJS.Cell | undefined, parts: CopiedParts): void {
  const from: Style = source?.style ?? {};
  const base: Style = cell.style ?? {};
  const baseKey = Object.keys(base).length === 0 ? EMPTY_STYLE_KEY : base;
  const fromKey = Object.keys(from).length === 0 ? EMPTY_STYLE_KEY : from;
  let bySource = copiedStyles.get(baseKey);
  if (!bySource) copiedStyles.set(baseKey, (bySource = new WeakMap()));
  let byParts = bySource.get(fromKey);
  if (!byParts) bySource.set(fromKey, (byParts = new Map()));
  let next = byParts.get(parts);
  if (!next) {
    next = { ...base };
    for (const k of COPIED[parts]) {
      if (from[k] !== undefined) (next as Record<string, unknown>)[k] = from[k];
      else delete next[k];
    }
    byParts.set(parts, next);
  }
  cell.style = next;
}
