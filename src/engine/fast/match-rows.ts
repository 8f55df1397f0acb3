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
import { FNV1A_OFFSET, fnv1a, fnv1aInt as fnv1aStep } from './hash';
import { SlotIndex } from './slot-index';

export interface CleanRows {
  /** First and past-the-last row to read. */
  readonly from: number;
  readonly to: number;
  /** The folded unit name of a row, or null for a row that names no unit (blank, 合计, 填表人：…). */
  readonly nameAt: (row: number) => string | null;
  /** The row's name cell as it is. */
  readonly cellAt: (row: number) => unknown;
  /** First characters (char codes) of the words that make a row name no unit (分值, 合计, 注:…). */
  readonly stops: ReadonlySet<number>;
}

/**
 * `fnv1a(s)` when `s` is a unit name that `nameAt` would give back unchanged, found in one scan: not
 * empty, every character one that folding and trimming leave alone (text/fold.ts: visible ASCII but
 * A–Z, CJK ideographs, CJK and typographic punctuation), no colon, and a first character that no word
 * of `stops` begins with; NaN when unsure (`nameAt` then reads the row). Most names: `城关镇党委`.
 * Example: foldedNameHash('城关镇', stops) === fnv1a('城关镇'); foldedNameHash('合计', stops) is NaN.
 */
export function foldedNameHash(s: string, stops: ReadonlySet<number>): number {
  const n = s.length;
  if (n === 0 || stops.has(s.charCodeAt(0))) return NaN;
  let h = FNV1A_OFFSET;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!keptByFold(c) || c === 0x3a) return NaN;
    h = fnv1aStep(h, c);
  }
  return h;
}

/** True for a character `fold` and `tidy` leave as it is (their ALREADY_FOLDED set). */
function keptByFold(c: number): boolean {
  if (c < 0x80) return c >= 0x21 && c <= 0x7e && !(c >= 0x41 && c <= 0x5a);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x303f) || c === 0x2014 || (c >= 0x2018 && c <= 0x201d) || c === 0x2026;
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
    let h = typeof cell === 'string' ? foldedNameHash(cell, rows.stops) : NaN;
    let folded: string | null = h === h ? (cell as string) : null;
    if (folded === null) {
      folded = rows.nameAt(row);
      if (folded === null) continue;
      h = fnv1a(folded);
    }
    const u = unitNamed(units, folded, h);
    // A row naming no unit, or a second row of one unit: not clean.
    if (u === undefined || rowOf[u] !== -1) return null;
    rowOf[u] = row;
    named++;
  }
  return named === count ? rowOf : null; // else a unit without a row
}
