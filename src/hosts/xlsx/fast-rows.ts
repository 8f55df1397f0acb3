/**
 * The `<row>` elements of a worksheet for `fast-save.ts`: prepared one row at a time (`streamRows`) and
 * rendered as exceljs's RowXform and CellXform render them, but as one string per row (`renderRow`):
 * exceljs pushes every tag, attribute and value as a separate piece and joins millions of them; here
 * the common cells (styled empty, merged, number, boolean, shared string) are written directly, and
 * every other cell is handed to exceljs's own CellXform. The output is the same text
 * (test/hosts/xlsx/stream-save.test.ts compares it with exceljs's, part by part).
 */
import XmlStream from 'exceljs/lib/utils/xml-stream';
import CellXform from 'exceljs/lib/xlsx/xform/sheet/cell-xform';
import { VT } from './cells';

/** A prepared cell model (exceljs `cell.model` after CellXform.prepare). */
interface CellModel {
  readonly type: number;
  readonly address: string;
  readonly styleId?: number;
  readonly value?: unknown;
  readonly ssId?: number;
}

/** A prepared row model (exceljs `row.model` after RowXform.prepare). */
export interface RowModel {
  readonly number: number;
  readonly min: number;
  readonly max: number;
  readonly height?: number;
  readonly hidden?: boolean;
  readonly styleId?: number;
  readonly outlineLevel?: number;
  readonly collapsed?: boolean;
  readonly cells: readonly CellModel[];
}

const cellXform = new CellXform();

/** One cell as exceljs's CellXform writes it; '' for a cell it skips (empty, no style). */
function renderCell(c: CellModel): string {
  const head = c.styleId ? `<c r="${c.address}" s="${c.styleId}"` : `<c r="${c.address}"`;
  switch (c.type) {
    case VT.Null:
      return c.styleId ? `${head}/>` : '';
    case VT.Merge:
      return `${head}/>`;
    case VT.Number:
      if (typeof c.value === 'number') return `${head}><v>${String(c.value)}</v></c>`;
      break;
    case VT.Boolean:
      return `${head} t="b"><v>${c.value ? '1' : '0'}</v></c>`;
    case VT.String:
      if (c.ssId !== undefined) return `${head} t="s"><v>${c.ssId}</v></c>`;
      break;
    default:
      break;
  }
  const xml = new XmlStream();
  cellXform.render(xml, c);
  return xml.xml;
}

/** One `<row>` element exactly as exceljs's RowXform renders it. Example: `<row r="3" spans="1:2" x14ac:dyDescent="0.25"><c r="A3"><v>1</v></c>…</row>`. */
export function renderRow(m: RowModel): string {
  let open = `<row r="${m.number}"`;
  if (m.height) open += ` ht="${String(m.height)}" customHeight="1"`;
  if (m.hidden) open += ' hidden="1"';
  if (m.min > 0 && m.max > 0 && m.min <= m.max) open += ` spans="${m.min}:${m.max}"`;
  if (m.styleId) open += ` s="${m.styleId}" customFormat="1"`;
  open += ' x14ac:dyDescent="0.25"';
  if (m.outlineLevel) open += ` outlineLevel="${String(m.outlineLevel)}"`;
  if (m.collapsed) open += ' collapsed="1"';
  let cells = '';
  for (const c of m.cells) cells += renderCell(c);
  return cells ? `${open}>${cells}</row>` : `${open}/>`;
}

/** Rows joined into one piece of XML at a time (a few MB). */
export const ROWS_PER_CHUNK = 4096;

/** Thrown when rows can not be written one at a time; the caller saves with exceljs's own writer. */
export class NeedsWholeSheet extends Error {}

/** The row-related fields of an exceljs worksheet model being prepared. */
export interface SheetRows {
  /** Given empty; receives the rows' XML, `ROWS_PER_CHUNK` rows per string. */
  rows: string[];
  readonly dimensions: { expand(top: number, left: number, bottom: number, right: number): void };
}

interface PreparedCell extends CellModel {
  readonly formula?: string;
  readonly sharedFormula?: string;
  readonly shareType?: string;
}

/**
 * Prepares and renders the rows of `ws` one at a time, where exceljs prepares every row of the sheet
 * (building a model object per cell, all alive at once) and renders them afterwards. `rowXform` is
 * exceljs's RowXform (its `prepare` registers styles, shared strings, hyperlinks, notes, merges and
 * shared formulas in `options`, exactly as in exceljs); the row is then rendered at once by
 * `renderRow`, and its models become garbage. The same in every case but one: a shared-formula clone
 * whose master, in an earlier row, was not marked shared (exceljs marks it when it meets the clone,
 * before rendering the master) → `NeedsWholeSheet`. Also extends `sheet.dimensions` as exceljs does.
 */
export function streamRows(ws: unknown, sheet: SheetRows, rowXform: { prepare(model: RowModel, options: object): void }, options: { formulae: Record<string, unknown> }): void {
  const rows = (ws as { _rows: Array<{ model: RowModel | null } | undefined> })._rows;
  const plainFormulas = new WeakSet<object>();
  let pending: string[] = [];
  for (const row of rows) {
    const m = row?.model;
    if (!m) continue;
    sheet.dimensions.expand(m.number, m.min, m.number, m.max);
    rowXform.prepare(m, options);
    for (const c of m.cells as readonly PreparedCell[]) {
      if (c.type !== VT.Formula || c.sharedFormula === undefined) continue;
      const master = options.formulae[c.sharedFormula];
      if (master && plainFormulas.has(master)) throw new NeedsWholeSheet(`Shared formula master ${c.sharedFormula} was written before its clone ${c.address}.`);
    }
    pending.push(renderRow(m));
    for (const c of m.cells as readonly PreparedCell[]) {
      if (c.type === VT.Formula && c.formula !== undefined && c.shareType !== 'shared') plainFormulas.add(c);
    }
    if (pending.length >= ROWS_PER_CHUNK) {
      sheet.rows.push(pending.join(''));
      pending = [];
    }
  }
  if (pending.length) sheet.rows.push(pending.join(''));
}

/** Stands in for exceljs's RowXform inside its sheetData ListXform when rendering: the rows are XML already. */
export const renderedRowsXform = {
  render(xmlStream: { writeXml(xml: string): void }, xml: string): void {
    xmlStream.writeXml(xml);
  },
};
