/**
 * Matching a 来源表's rows to the units (compute/rows.ts, SPEC §8.1) for the common clean sheet: every
 * unit has exactly one row there and every row names a unit. Reads the names exactly as `matchRows`
 * does (the same tidy / fold and the same rows skipped), but keeps one `Map` from folded name to row
 * instead of a list of row objects per name, and no set of used names. Returns null as soon as the
 * sheet is not clean (a name twice, a unit without a row, a row naming no unit): the caller then runs
 * `matchRows`, which says what is wrong. On a clean sheet both give the same `rowOf` and no issues.
 */
import { fold, tidy } from '../text/fold';
import { cellText, type SheetView } from '../table/sheet-view';
import { MARK_ROWS, isNotUnitLabel } from '../table/read-units';

export interface SourceRows {
  readonly view: SheetView;
  readonly firstDataRow: number;
  readonly unitCol: number;
}

/** The folded name of the unit row at `row`, or null when `matchRows` skips the row. */
export function sourceRowName(view: SheetView, row: number, unitCol: number): string | null {
  const name = tidy(cellText(view.value(row, unitCol)));
  const folded = fold(name);
  if (folded === '' || MARK_ROWS.has(folded) || isNotUnitLabel(folded)) return null;
  if (name.includes(':') || name.includes('：')) return null;
  return folded;
}

/** Each unit's row (`nameOf(i)`: unit i's name as on the data sheet), or null when the sheet is not clean. */
export function matchCleanRows(source: SourceRows, count: number, nameOf: (i: number) => string): Int32Array | null {
  const { view, firstDataRow, unitCol } = source;
  const rowOfName = new Map<string, number>();
  for (let row = firstDataRow; row < view.rowCount; row++) {
    const folded = sourceRowName(view, row, unitCol);
    if (folded === null) continue;
    if (rowOfName.has(folded)) return null;
    rowOfName.set(folded, row);
  }
  const rowOf = new Int32Array(count);
  const taken = new Uint8Array(view.rowCount);
  let named = 0;
  for (let u = 0; u < count; u++) {
    const row = rowOfName.get(fold(nameOf(u)));
    if (row === undefined) return null;
    rowOf[u] = row;
    if (taken[row] === 0) {
      taken[row] = 1;
      named++;
    }
  }
  return named === rowOfName.size ? rowOf : null;
}
