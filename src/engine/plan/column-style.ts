/**
 * How the columns a run adds to the data sheet look (issue 14): like the clerk's own columns. The
 * engine says only WHERE the look comes from; each host copies the formats itself.
 * - The header is merged over the table's header block (a two-row header gets two-row program
 *   headers), when the block has more than one row.
 * - The header cell takes the font, fill, borders, alignment and wrap of the table's last clerk
 *   header (`styleColumn`, on the header row); each data cell those of the same row's cell in the
 *   table's last scored column (`dataColumn`: an indicator, 加扣分 or 否决 column — numbers and
 *   short marks, as the new columns hold, where a 备注 column is often left-aligned text), with font,
 *   borders and alignment — not its fill, which marks flagged cells, nor its number format, which
 *   the plan gives.
 */
import type { PlannedColumn } from '../model/plan';

export interface TableShape {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly unitCol: number;
  /** Rightmost used column of the table, not counting the program's own columns. */
  readonly rightEdge: number;
  /** Every column's labels in the header block, with their rows. */
  readonly labels: ReadonlyMap<number, ReadonlyArray<{ readonly row: number }>>;
  /** The scheme's columns found in the table (col -1: not found or not on this sheet). */
  readonly indicators: ReadonlyArray<{ readonly col: number }>;
  readonly adjustments: ReadonlyArray<{ readonly col: number }>;
  readonly vetoes: ReadonlyArray<{ readonly col: number }>;
}

/** Where the new columns take their look from (see `tableLook`). */
export interface TableLook {
  /** The clerk column whose header cell the new headers copy. */
  readonly styleCol: number;
  /** The clerk column whose cells, row by row, the new value cells copy. */
  readonly dataCol: number;
  /** The header block's last row that holds a label (a blank spacer row below the header is not merged over). */
  readonly headerBottom: number;
}

/**
 * The clerk column whose cells the new columns copy: the rightmost column with a label in the header
 * block that is part of the table (at most `rightEdge`), else the unit column.
 * Example: labels in A..H, right edge H → 7.
 */
export function styleColumn(table: TableShape): number {
  let col = -1;
  for (const c of table.labels.keys()) if (c <= table.rightEdge && c > col) col = c;
  return col >= 0 ? col : table.unitCol;
}

/**
 * The column whose data cells the new value cells copy: the rightmost scheme column of the table
 * (indicator, 加扣分, 否决), else the header's style column. Example: indicators in C..G, 备注 in H → 6.
 */
export function dataColumn(table: TableShape): number {
  let col = -1;
  for (const list of [table.indicators, table.adjustments, table.vetoes]) for (const m of list) if (m.col > col && m.col <= table.rightEdge) col = m.col;
  return col >= 0 ? col : styleColumn(table);
}

/**
 * The table's look for the new columns. Example: 01's header rows 3–4 (0-based 2–3) with labels on
 * both, last labelled column H → `{ styleCol: 7, headerBottom: 3 }`.
 */
export function tableLook(table: TableShape): TableLook {
  let bottom = table.headerRow;
  for (const list of table.labels.values()) for (const l of list) if (l.row > bottom && l.row < table.firstDataRow) bottom = l.row;
  return { styleCol: styleColumn(table), dataCol: dataColumn(table), headerBottom: bottom };
}

/**
 * The look fields of a column this run creates. Example: header rows 2–3, style column 7, data column 6 →
 * `{ headerMerge: { top: 2, bottom: 3 }, styleFrom: { header: { row: 2, col: 7 }, data: { col: 6 } } }`.
 */
export function columnLook(headerRow: number, look: TableLook | undefined): Pick<PlannedColumn, 'headerMerge' | 'styleFrom'> {
  if (!look) return {};
  const merge = look.headerBottom > headerRow ? { headerMerge: { top: headerRow, bottom: look.headerBottom } } : {};
  const style = look.styleCol >= 0 ? { styleFrom: { header: { row: headerRow, col: look.styleCol }, data: { col: look.dataCol } } } : {};
  return { ...merge, ...style };
}
