/**
 * Where a method's cells are, and the issues it raises there. Every issue of a method goes through
 * `Found.add`, so each carries the unit, its data-sheet row (`unitRow`, for 异常标记) and, for a cell
 * on a 来源表, the sheet-qualified address (`民主测评!D7`) both in `where` and in the message (`place`).
 */
import { a1Cached as a1 } from '../../fast/a1-cache'; // = a1 of address.ts
import { makeIssue } from '../../issues/make';
import type { MessageParams } from '../../issues/catalogue';
import type { Issue, IssueCode, Severity } from '../../model/issue';
import type { IndicatorDetail, VetoOutcome } from '../../model/result';
import { NONE } from '../../model/empty';
import type { GivenCell, MethodOutcome, UnitPlace } from '../types';

/** The cell at `col` of the unit's row as a report names it: `D7` on the data sheet, else `民主测评!D7`. */
export function cellName(place: UnitPlace, col: number): string {
  const cell = a1(place.row, col);
  return place.sheet === place.dataSheet ? cell : `${place.sheet}!${cell}`;
}

/** The cells read, as one name: `D7`, or `D7:G7` from the leftmost to the rightmost (sheet-qualified off the data sheet). */
export function cellsName(place: UnitPlace, cells: readonly GivenCell[]): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of cells) {
    if (c.col < lo) lo = c.col;
    if (c.col > hi) hi = c.col;
  }
  if (lo === Infinity) return '';
  const range = lo === hi ? a1(place.row, lo) : `${a1(place.row, lo)}:${a1(place.row, hi)}`;
  return place.sheet === place.dataSheet ? range : `${place.sheet}!${range}`;
}

/** The issues one method call raises for one unit (no list is made until the first issue). */
export class Found {
  private list: Issue[] | null = null;
  /** True once an error (not a warning) was added. */
  error = false;

  constructor(readonly place: UnitPlace) {}

  /** Adds the issue `code` on the unit's cell at `col`; the code's own severity unless `severity` is given. */
  add(code: IssueCode, col: number, params: MessageParams, severity?: Severity): void {
    const p = this.place;
    const where = p.sheet === p.dataSheet ? undefined : `${p.sheet}!${a1(p.row, col)}`;
    const at = { sheet: p.sheet, row: p.row, col, unit: p.unit, unitRow: p.unitRow, ...(where === undefined ? {} : { where }) };
    const issue = makeIssue(code, at, { place: where, ...params }, severity);
    if (issue.severity === 'error') this.error = true;
    (this.list ??= []).push(issue);
  }

  /** The issues, ordered by column (stable: a cell's issues stay in the order found). */
  get issues(): readonly Issue[] {
    const list = this.list;
    if (list === null) return NONE;
    for (let i = 1; i < list.length; i++) {
      if ((list[i]?.col ?? 0) < (list[i - 1]?.col ?? 0)) return list.slice().sort((a, b) => (a.col ?? 0) - (b.col ?? 0));
    }
    return list;
  }

  /** The outcome of a call that could not compute a score (an error issue says why). */
  failed(): MethodOutcome {
    return { score: null, detail: null, issues: this.issues, veto: null };
  }

  /** The outcome of a call that computed `score`. */
  scored(score: number, detail: IndicatorDetail | null, veto: VetoOutcome | null = null): MethodOutcome {
    return { score, detail, issues: this.issues, veto };
  }
}

/** One `Found` alive as long as this module, for its hidden class (as `IDLE_RUNNER` in dispatch.ts). */
export const IDLE_FOUND = new Found({ sheet: '', dataSheet: '', row: 0, unit: '', unitRow: 0 });
