/**
 * Header cells and their spans (SPEC §8.1), for indicators whose cells are several columns under one
 * header (测评: `民主测评` over `好 | 较好 | 一般 | 差`; 评委: `述职评议` over `评委1 … 评委9`).
 *
 * - The indicator's name is matched against the header block's cells (not columns): a header cell X.
 * - X spans its merged columns; unmerged, itself and the empty cells right of it in its row, up to
 *   the next filled cell or the table's last labelled column (跨列居中 headers look like that).
 * - "The columns under X" are the columns of X's span with a label of their own in a row below X.
 *
 * Example: B3 `述职评议` merged over B3:J3, row 4 `评委1 … 评委9` → span B..J, nine columns under it.
 */
import { fold } from '../text/fold';
import { foldedLabelMatches } from './match';
import type { SheetView } from './sheet-view';
import { cellText, isBlank } from './sheet-view';

/** A header cell, 0-based. */
export interface HeaderCell {
  readonly row: number;
  readonly col: number;
}

/** The header block of a table: rows `headerRow .. firstDataRow − 1`. */
export interface HeaderBlock {
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** Every column's folded labels in the block (as `TableLayout.labels`). */
  readonly labels: ReadonlyMap<number, ReadonlyArray<{ readonly row: number; readonly folded: string }>>;
}

/** A column under a header cell, with its own label (as written, trimmed). */
export interface ColumnUnder {
  readonly col: number;
  /** The row of its label. */
  readonly row: number;
  readonly label: string;
  readonly folded: string;
}

/** Every header-block cell whose label matches `name` (SPEC §1.3 matching), left to right, top to bottom. */
export function matchHeaderCells(block: HeaderBlock, name: string): HeaderCell[] {
  const folded = fold(name);
  const out: HeaderCell[] = [];
  for (const [col, list] of block.labels) {
    for (const l of list) if (foldedLabelMatches(l.folded, folded)) out.push({ row: l.row, col });
  }
  return out.sort((a, b) => a.col - b.col || a.row - b.row);
}

/** The rightmost column that has a label anywhere in the header block (-1 when none). */
export function lastLabelledColumn(block: HeaderBlock): number {
  let last = -1;
  for (const col of block.labels.keys()) if (col > last) last = col;
  return last;
}

/** The columns X spans: its merge's columns, else X and the empty cells right of it in its row. */
export function headerSpan(view: SheetView, block: HeaderBlock, x: HeaderCell): { readonly left: number; readonly right: number } {
  const merge = view.mergeAt(x.row, x.col);
  if (merge) return { left: merge.left, right: merge.right };
  const last = lastLabelledColumn(block);
  let right = x.col;
  // A cell covered by another merge shows that merge's value: it is not empty.
  while (right + 1 <= last && isBlank(view.mergedValue(x.row, right + 1))) right++;
  return { left: x.col, right };
}

/**
 * The columns under X: those of its span with a label of their own in a row below X (the first such
 * label, top down). Example: `民主测评` over C..F with `好 较好 一般 差` in the row below → C, D, E, F.
 */
export function columnsUnder(view: SheetView, block: HeaderBlock, x: HeaderCell): ColumnUnder[] {
  const { left, right } = headerSpan(view, block, x);
  const out: ColumnUnder[] = [];
  for (let col = left; col <= right; col++) {
    for (let row = x.row + 1; row < block.firstDataRow; row++) {
      const v = view.value(row, col);
      if (isBlank(v)) continue;
      const label = cellText(v);
      out.push({ col, row, label, folded: fold(label) });
      break;
    }
  }
  return out;
}
