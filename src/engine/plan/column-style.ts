/**
 * How the columns a run adds to the data sheet look (issue 14): like the clerk's own columns. The
 * engine says only WHERE the look comes from; each host copies the formats itself.
 * - The header is merged over the table's header block (a two-row header gets two-row program
 *   headers), when the block has more than one row.
 * - The header cell takes the font, fill, borders, alignment and wrap of the table's last clerk
 *   header (`styleColumn`, on the header row); each data cell those of the same row's cell in that
 *   column (font, borders, alignment — not its fill, which marks flagged cells, nor its number format,
 *   which the plan gives).
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
}

/** Where the new columns take their look from (see `tableLook`). */
export interface TableLook {
  /** The clerk column whose cells the new columns copy. */
  readonly styleCol: number;
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
 * The table's look for the new columns. Example: 01's header rows 3–4 (0-based 2–3) with labels on
 * both, last labelled column H → `{ styleCol: 7, headerBottom: 3 }`.
 */
export function tableLook(table: TableShape): TableLook {
  let bottom = table.headerRow;
  for (const list of table.labels.values()) for (const l of list) if (l.row > bottom && l.row < table.firstDataRow) bottom = l.row;
  return { styleCol: styleColumn(table), headerBottom: bottom };
}

/**
 * The look fields of a column this run creates. Example: header rows 2–3, style column 7 →
 * `{ headerMerge: { top: 2, bottom: 3 }, styleFrom: { header: { row: 2, col: 7 }, data: { col: 7 } } }`.
 */
export function columnLook(headerRow: number, look: TableLook | undefined): Pick<PlannedColumn, 'headerMerge' | 'styleFrom'> {
  if (!look) return {};
  const merge = look.headerBottom > headerRow ? { headerMerge: { top: headerRow, bottom: look.headerBottom } } : {};
  const style = look.styleCol >= 0 ? { styleFrom: { header: { row: headerRow, col: look.styleCol }, data: { col: look.styleCol } } } : {};
  return { ...merge, ...style };
}
