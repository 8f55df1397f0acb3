/**
 * Matching a 来源表's rows to the units (compute/rows.ts, SPEC §8.1) for the common clean sheet: every
 * unit has exactly one row there and every row names a unit. The caller gives each row's folded name
 * exactly as its plain matching reads it (null for a row it skips), and one `Map` from folded unit
 * name to unit (`unitsByName`, made once for all the source sheets): each row is one look-up, with
 * no list of row objects per name and no set of used names. Returns null as
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

/**
 * Folded unit name → unit (`folded[i]`: unit i's name as on the data sheet, folded); null when two
 * units share a folded name (the data sheet's own DUPLICATE_UNIT): the plain matching then.
 */
export function unitsByName(folded: readonly string[]): Map<string, number> | null {
  const units = new Map<string, number>();
  for (let u = 0; u < folded.length; u++) {
    const name = folded[u] ?? '';
    if (units.has(name)) return null;
    units.set(name, u);
  }
  return units;
}

/** Each unit's row (`units` from `unitsByName`), or null when the sheet is not clean. */
export function matchCleanRows(rows: CleanRows, units: ReadonlyMap<string, number>): Int32Array | null {
  const rowOf = new Int32Array(units.size).fill(-1);
  let named = 0;
  for (let row = rows.from; row < rows.to; row++) {
    const folded = rows.nameAt(row);
    if (folded === null) continue;
    const u = units.get(folded);
    // A row naming no unit, or a second row of one unit: not clean.
    if (u === undefined || rowOf[u] !== -1) return null;
    rowOf[u] = row;
    named++;
  }
  return named === units.size ? rowOf : null; // else a unit without a row
}
