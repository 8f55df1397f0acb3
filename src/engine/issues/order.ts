/**
 * Issue order and tallies: scheme problems first (they decide whether anything is scored), then
 * cell problems by row and column, each kept in the order found.
 */
import type { Issue } from '../model/issue';
import { isSchemeError } from '../model/issue';
import type { Summary, UnitResult } from '../model/result';
import type { UnitTable } from '../model/unit-table';

export function sortIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map((issue, i) => ({ issue, i, scheme: isSchemeError(issue.code) || issue.code === 'SHEET_NOT_FOUND' ? 0 : 1 }));
  keyed.sort((a, b) =>
    a.scheme - b.scheme ||
    (a.scheme === 0 ? 0 : (a.issue.row ?? -1) - (b.issue.row ?? -1) || (a.issue.col ?? -1) - (b.issue.col ?? -1)) ||
    a.i - b.i,
  );
  return keyed.map((k) => k.issue);
}

/**
 * The flags step: gives each unit of the table the codes and 异常标记 details of the issues on its
 * row (`issues` sorted, every issue of the run known). A unit without issues keeps the shared
 * empty lists. The `UnitResult`s are built after this, from the table, and never change.
 */
export function flagUnits(table: UnitTable, issues: readonly Issue[]): void {
  const byRow = new Map<number, Issue[]>();
  for (const i of issues) {
    if (i.unitRow === undefined) continue;
    const list = byRow.get(i.unitRow);
    if (list) list.push(i);
    else byRow.set(i.unitRow, [i]);
  }
  if (byRow.size === 0) return;
  for (let u = 0; u < table.count; u++) {
    const list = byRow.get(table.rowOf(u));
    if (!list) continue;
    const flags: string[] = [];
    for (const i of list) if (!flags.includes(i.code)) flags.push(i.code);
    table.flags[u] = flags;
    table.flagDetails[u] = list.map((i) => ({ code: i.code, label: i.label, where: i.where ?? i.cell ?? '' }));
  }
}

function countScored(units: readonly UnitResult[]): number {
  let n = 0;
  for (let i = 0; i < units.length; i++) if ((units[i]?.total ?? null) !== null) n++;
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
