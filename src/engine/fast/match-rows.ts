/**
 * Matching a 来源表's rows to the units (compute/rows.ts, SPEC §8.1) for the common clean sheet: every
 * unit has exactly one row there and every row names a unit. The caller gives each row's folded name
 * exactly as its plain matching reads it (null for a row it skips), and one index from folded unit
 * name to unit (`unitsByName`, made once for all the source sheets; a `SlotIndex` over FNV-1a
 * hashes, ~3× faster to fill than a `Map` of 10,000 fresh names): each row is one look-up, with
 * no list of row objects per name and no set of used names. Returns null as
 * soon as the sheet is not clean (a name twice, a unit without a row, a row naming no unit): the
 * caller then runs its plain matching, which says what is wrong. On a clean sheet both give the same
 * rows and no issues (test/engine/fast/match-rows.test.ts).
 */
import { FNV1A_OFFSET, fnv1a, fnv1aInt } from './hash';
import { SlotIndex } from './slot-index';

export interface CleanRows {
  /** First and past-the-last row to read. */
  readonly from: number;
  readonly to: number;
  /** The folded unit name of a row, or null for a row that names no unit (blank, 合计, 填表人：…). */
  readonly nameAt: (row: number) => string | null;
  /** The row's name cell as it is. */
  readonly cellAt: (row: number) => unknown;
}

/**
 * Folded unit name → unit (`folded[i]`: unit i's name as on the data sheet, folded); null when two
 * units share a folded name (the data sheet's own DUPLICATE_UNIT): the plain matching then.
 */
export function unitsByName(folded: readonly string[]): UnitNames | null {
  const index = new SlotIndex(folded.length);
  for (let u = 0; u < folded.length; u++) {
    const name = folded[u] ?? '';
    if (index.addOrFind(u, fnv1a(name), (j) => folded[j] === name) >= 0) return null;
  }
  return { folded, index };
}

/** The units' folded names and their index (`unitsByName`). */
export interface UnitNames {
  readonly folded: readonly string[];
  readonly index: SlotIndex;
}

/**
 * The unit whose folded name is exactly `text`, the row's name cell as it is (most rows: `城关镇党委`),
 * or undefined (then `nameAt` reads the row). Such a row names that unit in the plain reading too:
 * folding is idempotent, a folded name has no space to trim, and a unit's folded name is never empty,
 * a mark row or a 合计 … word (the read step's units: table/read-units.ts `isUnitRow`) — only a colon
 * (`填表人:张三`, a unit on the data sheet when it has scores) makes a source row name no unit.
 * One hash and one comparison, no fold (test/engine/fast/match-rows.test.ts).
 */
function unitWritten(units: UnitNames, text: string): number | undefined {
  const h = fnv1aWithoutColon(text);
  if (Number.isNaN(h)) return undefined;
  const u = units.index.find(h, (j) => units.folded[j] === text);
  return u >= 0 ? u : undefined;
}

/** `fnv1a(text)`, or NaN when the text has a colon: one scan for both (`includes` cost as much as the hash). */
function fnv1aWithoutColon(text: string): number {
  let h = FNV1A_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) return NaN;
    h = fnv1aInt(h, c);
  }
  return h;
}

/** The unit named `name` (folded, hash `h`), or undefined. */
function unitNamed(units: UnitNames, name: string, h: number): number | undefined {
  const u = units.index.find(h, (j) => units.folded[j] === name);
  return u >= 0 ? u : undefined;
}

/** Each unit's row (`units` from `unitsByName`), or null when the sheet is not clean. */
export function matchCleanRows(rows: CleanRows, units: UnitNames): Int32Array | null {
  const count = units.folded.length;
  const rowOf = new Int32Array(count).fill(-1);
  let named = 0;
  for (let row = rows.from; row < rows.to; row++) {
    const cell = rows.cellAt(row);
    let u = typeof cell === 'string' ? unitWritten(units, cell) : undefined;
    if (u === undefined) {
      const folded = rows.nameAt(row);
      if (folded === null) continue;
      u = unitNamed(units, folded, fnv1a(folded));
    }
    // A row naming no unit, or a second row of one unit: not clean.
    if (u === undefined || rowOf[u] !== -1) return null;
    rowOf[u] = row;
    named++;
  }
  return named === count ? rowOf : null; // else a unit without a row
}
