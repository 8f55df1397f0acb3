/**
 * The `<row>` elements of a worksheet, rendered as exceljs's RowXform and CellXform render them but as
 * one string per row: exceljs pushes every tag, attribute and value as a separate piece and joins
 * millions of them; here the common cells (styled empty, merged, number, boolean, shared string) are
 * written directly, and every other cell is handed to exceljs's own CellXform. The output is the same
 * text (test/hosts/xlsx/stream-save.test.ts compares it with exceljs's, part by part).
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

/** A stand-in for exceljs's RowXform inside its sheetData ListXform: each row is one piece of XML. */
export const fastRowXform = {
  render(xmlStream: { writeXml(xml: string): void }, model: RowModel): void {
    xmlStream.writeXml(renderRow(model));
  },
};
