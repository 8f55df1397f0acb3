/**
 * Cell looks in the Office.js host (issue 14): reading and writing font, fill, borders and alignment
 * with `Range.getCellProperties` / `setCellProperties` (ExcelApi 1.9: one call per block, so a column
 * costs one item whatever its length, split in halves only for the payload limit), and merging the
 * new columns' headers (`Range.merge`, ExcelApi 1.2).
 * - The write copies the clerk cells the plan names (`styleFrom`) onto the new columns' cells,
 *   sending per cell only what differs from what the cell has (a new column is mostly blank).
 * - The undo snapshot keeps every such cell's full look (`LookFormat`), and undo sets it back.
 */
import { halves, type Item } from './batch';
import { ACTION_BYTES, PATH_BYTES, payloadBytes } from './cells';

/** The look of one cell as the snapshot keeps it: what `LOOK_LOAD` reads. */
export interface LookFormat {
  readonly font: { readonly name: string; readonly size: number; readonly bold: boolean; readonly italic: boolean; readonly color: string };
  /** `#RRGGBB`, or null for none (Office.js reports none as white). */
  readonly fill: string | null;
  readonly borders: Readonly<Record<Edge, { readonly style: string; readonly color: string; readonly weight: string }>>;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
}

type Edge = 'top' | 'bottom' | 'left' | 'right';
const EDGES: readonly Edge[] = ['top', 'bottom', 'left', 'right'];

/** A look without its fill, as `getCellProperties` is asked for it. */
const WITHOUT_FILL: Excel.CellPropertiesFormatLoadOptions = {
  font: { name: true, size: true, bold: true, italic: true, color: true },
  borders: { style: true, color: true, weight: true },
  horizontalAlignment: true,
  verticalAlignment: true,
  wrapText: true,
};

/** The load options of `getCellProperties` for a look. */
export const LOOK_LOAD: Excel.CellPropertiesLoadOptions = { format: { ...WITHOUT_FILL, fill: { color: true } } };

/**
 * The load options for a value cell's source (`styleFrom.data`): a data cell takes no fill
 * (`lookChange` 'data'), so none is asked for (the look reads as unfilled).
 */
export const DATA_LOOK_LOAD: Excel.CellPropertiesLoadOptions = { format: WITHOUT_FILL };

/** Response bytes per cell of `LOOK_LOAD` (≈ 700 on the wire: the font, fill, 8 border items of 3 fields, 3 alignments, keys), with a margin. */
const LOOK_BYTES = 780;

/** A cell's look from `getCellProperties`. */
export function lookOf(p: Excel.CellProperties | undefined): LookFormat {
  const f = p?.format;
  const font = f?.font;
  const border = (e: Edge) => {
    const b = f?.borders?.[e];
    return { style: String(b?.style ?? 'None'), color: String(b?.color ?? '#000000').toUpperCase(), weight: String(b?.weight ?? 'Thin') };
  };
  const fill = typeof f?.fill?.color === 'string' ? f.fill.color.toUpperCase() : '#FFFFFF';
  return {
    font: { name: String(font?.name ?? ''), size: Number(font?.size ?? 11), bold: font?.bold === true, italic: font?.italic === true, color: String(font?.color ?? '#000000').toUpperCase() },
    fill: fill === '#FFFFFF' ? null : fill,
    borders: { top: border('top'), bottom: border('bottom'), left: border('left'), right: border('right') },
    horizontalAlignment: String(f?.horizontalAlignment ?? 'General'),
    verticalAlignment: String(f?.verticalAlignment ?? 'Bottom'),
    wrapText: f?.wrapText === true,
  };
}

/** Reads the looks of a block, cell by cell: `into(row, col, look)`. Splits in row halves when big. */
export function lookReadItem(sheet: string, r: number, c: number, rows: number, cols: number, into: (row: number, col: number, look: LookFormat) => void, load: Excel.CellPropertiesLoadOptions = LOOK_LOAD): Item {
  return {
    est: rows * cols * LOOK_BYTES + 2 * PATH_BYTES + ACTION_BYTES + 400,
    readOnly: true,
    queue(ctx) {
      const props = ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(r, c, rows, cols).getCellProperties(load);
      return () => props.value.forEach((row, i) => row.forEach((p, j) => into(r + i, c + j, lookOf(p))));
    },
    split: () => halves(r, rows)?.map(([r2, n]) => lookReadItem(sheet, r2, c, n, cols, into, load)) ?? null,
  };
}

/** A rectangle of 0-based rows and columns, inclusive. */
export interface Area { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }

/**
 * Reads a sheet's used range counting formatted cells (`Worksheet.getUsedRange(false)`, ExcelApi 1.1, the
 * argument 1.2 — both below the manifest's 1.7:
 * "the smallest range that encompasses any cells that have a value or formatting assigned to them",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
 * A cell outside it has no format of its own.
 */
export function formattedAreaItem(sheet: string, into: (area: Area) => void): Item {
  return {
    est: 2 * PATH_BYTES + 2 * ACTION_BYTES + 200,
    readOnly: true,
    queue(ctx) {
      const used = ctx.workbook.worksheets.getItem(sheet).getUsedRange(false).load('rowIndex,columnIndex,rowCount,columnCount');
      return () => into({ top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 });
    },
    split: () => null,
  };
}

/** Which parts a copy takes: a header cell its fill too, a data cell not (fills mark flagged cells). */
export type CopiedParts = 'header' | 'data' | 'all';

/**
 * What to set so that a cell whose look is `have` gets `want`'s parts: only the differences (an
 * empty format when none). `all` (undo) includes the fill; no fill is taken away here — the fill
 * items do that (`RangeFill.clear`), as `setCellProperties` can only set a colour.
 */
export function lookChange(want: LookFormat, have: LookFormat | undefined, parts: CopiedParts): Excel.SettableCellProperties {
  const format: Excel.CellPropertiesFormat = {};
  const font: Excel.CellPropertiesFont = {};
  for (const k of ['name', 'size', 'bold', 'italic', 'color'] as const) if (!have || want.font[k] !== have.font[k]) (font as Record<string, unknown>)[k] = want.font[k];
  if (Object.keys(font).length) format.font = font;
  if (parts !== 'data' && want.fill !== null && want.fill !== have?.fill) format.fill = { color: want.fill };
  const borders: Excel.CellBorderCollection = {};
  for (const e of EDGES) {
    const w = want.borders[e], h = have?.borders[e];
    if (h && w.style === h.style && (w.style === 'None' || (w.color === h.color && w.weight === h.weight))) continue;
    borders[e] = w.style === 'None' ? { style: 'None' } : { style: w.style as Excel.BorderLineStyle, color: w.color, weight: w.weight as Excel.BorderWeight };
  }
  if (Object.keys(borders).length) format.borders = borders;
  if (!have || want.horizontalAlignment !== have.horizontalAlignment) format.horizontalAlignment = want.horizontalAlignment as Excel.HorizontalAlignment;
  if (!have || want.verticalAlignment !== have.verticalAlignment) format.verticalAlignment = want.verticalAlignment as Excel.VerticalAlignment;
  if (!have || want.wrapText !== have.wrapText) format.wrapText = want.wrapText;
  return Object.keys(format).length ? { format } : {};
}

/** Sets per-cell properties on a column block from row `r` (one entry per row). Splits in row halves. */
export function lookWriteItem(sheet: string, r: number, c: number, cells: readonly Excel.SettableCellProperties[]): Item {
  return {
    est: payloadBytes(cells) + cells.length * 4 + 2 * PATH_BYTES + ACTION_BYTES + 200,
    queue(ctx) {
      if (cells.length && cells.some((p) => p.format)) ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(r, c, cells.length, 1).setCellProperties(cells.map((p) => [p]));
      return () => undefined;
    },
    split: () => halves(0, cells.length)?.map(([s, n]) => lookWriteItem(sheet, r + s, c, cells.slice(s, s + n))) ?? null,
  };
}

/** Merges (or unmerges) areas of one sheet: one call each. */
export function mergeItem(sheet: string, areas: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>, unmerge = false): Item {
  return {
    est: areas.length * (2 * PATH_BYTES + ACTION_BYTES) + 200,
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const a of areas) {
        const range = ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
        if (unmerge) range.unmerge();
        else range.merge(false);
      }
      return () => undefined;
    },
    split: () => null,
  };
}

/** A palette of looks: equal looks share one index (the snapshot's `formats`). */
export class LookPalette {
  readonly list: LookFormat[] = [];
  private readonly index = new Map<string, number>();
  add(look: LookFormat): number {
    const key = JSON.stringify(look);
    let i = this.index.get(key);
    if (i === undefined) { this.index.set(key, (i = this.list.length)); this.list.push(look); }
    return i;
  }
}
