/**
 * Matching a 来源表's rows to the units (compute/rows.ts, SPEC §8.1) for the common clean sheet: every
 * unit has exactly one row there and every row names a unit. The caller gives each row's folded name
 * exactly as its plain matching reads it (null for a row it skips); this keeps one `Map` from folded
 * name to row instead of a list of row objects per name, and no set of used names. Returns null as
 * soon as the sheet is not clean (a name twice, a unit without a row, a row naming no unit): the
 * caller then runs its plain matching, which says what is wrong. On a clean sheet both give the same
 * rows and no issues (test/engine/fast/match-rows.test.ts).
 */
export interface CleanRows {
  /** First and past-the-last row to read. */
  readonly from: number;
  readonly to: number;
  /** The folded unit name of a row, or null for a row that names no unit (blank, 合计, 填表人：…). */
  readonly nameAt: (row: number) => string | null;
}

/** Each unit's row (`folded[i]`: unit i's name as on the data sheet, folded), or null when the sheet is not clean. */
export function matchCleanRows(rows: CleanRows, folded: readonly string[]): Int32Array | null {
  const count = folded.length;
  const rowOfName = new Map<string, number>();
  for (let row = rows.from; row < rows.to; row++) {
    const folded = rows.nameAt(row);
    if (folded === null) continue;
    if (rowOfName.has(folded)) return null;
    rowOfName.set(folded, row);
  }
  const rowOf = new Int32Array(count);
  const taken = new Uint8Array(Math.max(rows.to, 0));
  let named = 0;
  for (let u = 0; u < count; u++) {
    const row = rowOfName.get(folded[u] ?? '');
    if (row === undefined) return null;
    rowOf[u] = row;
    if (taken[row] === 0) {
      taken[row] = 1;
      named++;
    }
  }
  return named === rowOfName.size ? rowOf : null;
}
