/**
 * Matching a 来源表's rows to the data sheet's units by name (SPEC §8.1): names folded as headers are
 * (every space and line break removed, width folded).
 * - a unit with no row there: error SOURCE_UNIT_MISSING on the unit's name cell (one per sheet);
 * - a source row naming no unit: warning SOURCE_UNIT_EXTRA on its name cell;
 * - two source rows with one name: both DUPLICATE_UNIT (on that sheet), and the unit gets
 *   SOURCE_UNIT_MISSING.
 * Rows that are no unit on the data sheet are none here either: mark rows (分值…), 合计 / 备注 …
 * rows, `填表人：…` lines and rows without a name.
 */
import type { Issue } from '../model/issue';
import type { UnitTable } from '../model/unit-table';
import { makeIssue } from '../issues/make';
import { a1 } from '../address';
import { fold, tidy } from '../text/fold';
import { cellText } from '../table/sheet-view';
import { MARK_ROWS, isNotUnitLabel } from '../table/read-units';
import type { SourceTable } from './locate';
import { NONE } from '../model/empty';
import { matchCleanRows, unitsByName, type UnitNames } from '../fast/match-rows';

/** Unit i's row on a source sheet (-1: none or ambiguous), and the issues of the matching. */
export interface RowMatch {
  readonly rowOf: Int32Array;
  /** Issues that belong to unit i (SOURCE_UNIT_MISSING, the DUPLICATE_UNITs of its rows), by unit. */
  readonly unitIssues: ReadonlyMap<number, Issue[]>;
  /** Issues on rows that name no unit (SOURCE_UNIT_EXTRA). */
  readonly loose: readonly Issue[];
}

/** A source row's name, tidied, and folded; null for a row that names no unit (as on the data sheet). */
export function rowName(source: SourceTable, row: number): { name: string; folded: string } | null {
  const name = tidy(cellText(source.view.value(row, source.block.unitCol)));
  const folded = fold(name);
  if (folded === '' || MARK_ROWS.has(folded) || isNotUnitLabel(folded)) return null;
  if (name.includes(':') || name.includes('：')) return null; // 填表人：张三, 注：…
  return { name, folded };
}

/**
 * `rowName(source, row)?.folded` with one fold and no tidied name, for the clean matching: fold(tidy(x))
 * is fold(x) (both widths narrowed, every space removed), and a colon of either width is `:` once
 * folded (test/engine/compute/rows.test.ts holds the two to each other).
 */
export function rowFolded(source: SourceTable, row: number): string | null {
  const folded = fold(cellText(source.view.value(row, source.block.unitCol)));
  if (folded === '' || MARK_ROWS.has(folded) || isNotUnitLabel(folded) || folded.includes(':')) return null;
  return folded;
}

/** The names of the source sheet's unit rows: folded name → its rows (in sheet order). */
function sourceRows(source: SourceTable): Map<string, Array<{ row: number; name: string }>> {
  const byName = new Map<string, Array<{ row: number; name: string }>>();
  for (let row = source.block.firstDataRow; row < source.view.rowCount; row++) {
    const read = rowName(source, row);
    if (read === null) continue;
    let list = byName.get(read.folded);
    if (!list) byName.set(read.folded, (list = []));
    list.push({ row, name: read.name });
  }
  return byName;
}

/**
 * Folded unit name → unit, made once for all the source sheets (`matchRows`); null when two units
 * share a folded name (fast/match-rows.ts `unitsByName`).
 */
export function unitIndex(table: UnitTable): UnitNames | null {
  const folded = new Array<string>(table.count);
  for (let u = 0; u < table.count; u++) folded[u] = fold(table.nameOf(u));
  return unitsByName(folded);
}

/**
 * Matches the units of `table` (names on the data sheet's `unitCol`; `units` = `unitIndex(table)`)
 * to the rows of `source`. `indicators` names what the sheet feeds, for the messages (e.g. `民主测评、述职评议`).
 */
export function matchRows(source: SourceTable, table: UnitTable, dataSheet: string, unitCol: number, indicators: string, units: UnitNames | null = unitIndex(table)): RowMatch {
  // A clean sheet (the common case) the fast way; the same rowOf and no issues (fast/match-rows.ts).
  const { view, block } = source;
  const rows = { from: block.firstDataRow, to: view.rowCount, nameAt: (row: number) => rowFolded(source, row), cellAt: (row: number) => view.value(row, block.unitCol) };
  const clean = units === null ? null : matchCleanRows(rows, units);
  if (clean !== null) return { rowOf: clean, unitIssues: NO_ISSUES, loose: NONE };
  return matchRowsPlain(source, table, dataSheet, unitCol, indicators);
}

const NO_ISSUES: ReadonlyMap<number, Issue[]> = new Map();

/** The plain matching, for any sheet: what `matchRows` gives, issues included. */
export function matchRowsPlain(source: SourceTable, table: UnitTable, dataSheet: string, unitCol: number, indicators: string): RowMatch {
  const byName = sourceRows(source);
  const rowOf = new Int32Array(table.count).fill(-1);
  const unitIssues = new Map<number, Issue[]>();
  const used = new Set<string>();
  const sheet = source.view.name;
  const add = (u: number, issue: Issue): void => {
    const list = unitIssues.get(u);
    if (list) list.push(issue);
    else unitIssues.set(u, [issue]);
  };
  for (let u = 0; u < table.count; u++) {
    const name = table.nameOf(u);
    const folded = fold(name);
    const rows = byName.get(folded) ?? [];
    const unitRow = table.rowOf(u);
    const only = rows[0];
    if (rows.length === 1 && only) {
      rowOf[u] = only.row;
    } else {
      const cells = rows.map((r) => `${sheet}!${a1(r.row, source.block.unitCol)}`).join('、');
      if (rows.length > 1 && !used.has(folded)) {
        for (const r of rows) {
          add(u, makeIssue('DUPLICATE_UNIT', { sheet, row: r.row, col: source.block.unitCol, unit: name, unitRow, where: `${sheet}!${a1(r.row, source.block.unitCol)}` }, { cells, place: `${sheet}!${a1(r.row, source.block.unitCol)}` }));
        }
      }
      add(u, makeIssue('SOURCE_UNIT_MISSING', { sheet: dataSheet, row: unitRow, col: unitCol, unit: name, unitRow }, {
        source: sheet, indicators, why: rows.length > 1 ? 'duplicate' : 'missing', cells,
      }));
    }
    used.add(folded);
  }
  const loose: Issue[] = [];
  for (const [folded, rows] of byName) {
    if (used.has(folded)) continue;
    for (const r of rows) {
      const place = `${sheet}!${a1(r.row, source.block.unitCol)}`;
      loose.push(makeIssue('SOURCE_UNIT_EXTRA', { sheet, row: r.row, col: source.block.unitCol }, { name: r.name, dataSheet, place }));
    }
  }
  return { rowOf, unitIssues, loose };
}
