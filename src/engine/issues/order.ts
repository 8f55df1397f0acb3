/**
 * Issue order and tallies: scheme problems first (they decide whether anything is scored), then
 * cell problems by row and column, each kept in the order found.
 */
import type { Issue } from '../model/issue';
import { isSchemeError } from '../model/issue';
import type { Summary, UnitResult } from '../model/result';

export function sortIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map((issue, i) => ({ issue, i, scheme: isSchemeError(issue.code) || issue.code === 'SHEET_NOT_FOUND' ? 0 : 1 }));
  keyed.sort((a, b) =>
    a.scheme - b.scheme ||
    (a.scheme === 0 ? 0 : (a.issue.row ?? -1) - (b.issue.row ?? -1) || (a.issue.col ?? -1) - (b.issue.col ?? -1)) ||
    a.i - b.i,
  );
  return keyed.map((k) => k.issue);
}

/** A unit while its run builds it: its flags are set once, in place, by `unitFlags`. */
type Flaggable = { -readonly [K in 'flags' | 'flagDetails']: UnitResult[K] } & Omit<UnitResult, 'flags' | 'flagDetails'>;

/**
 * Gives each unit the codes and 异常标记 details of the issues on its row, in place (units are
 * fresh objects of this run; one without issues keeps its shared empty lists).
 */
export function unitFlags(units: readonly UnitResult[], issues: readonly Issue[]): void {
  const byRow = new Map<number, Issue[]>();
  for (const i of issues) {
    if (i.unitRow === undefined) continue;
    const list = byRow.get(i.unitRow);
    if (list) list.push(i);
    else byRow.set(i.unitRow, [i]);
  }
  if (byRow.size === 0) return;
  const all = units as readonly Flaggable[];
  for (let k = 0; k < all.length; k++) {
    const u = all[k] as Flaggable;
    const list = byRow.get(u.row);
    if (!list) continue;
    const flags: string[] = [];
    for (const i of list) if (!flags.includes(i.code)) flags.push(i.code);
    u.flags = flags;
    u.flagDetails = list.map((i) => ({ code: i.code, label: i.label, where: i.where ?? i.cell ?? '' }));
  }
}

function countScored(units: readonly UnitResult[]): number {
  let n = 0;
  for (let i = 0; i < units.length; i++) if ((units[i] as UnitResult).total !== null) n++;
  return n;
}

export function summarize(units: readonly UnitResult[], issues: readonly Issue[]): Summary {
  let errors = 0;
  for (const i of issues) if (i.severity === 'error') errors++;
  return {
    units: units.length,
    scored: countScored(units),
    errors,
    warnings: issues.length - errors,
  };
}
