/**
 * The compute step (SPEC §8), between read and score: for every unit and every located computed
 * indicator, the method's score goes into the unit's `scores` (one more per-unit value, scored by §2
 * like a read one), its detail into `details`, its issues into the unit's issues (an error blocks the
 * unit), a 差票 veto into its vetoes. Source sheets are matched to the units once each (rows.ts).
 */
import type { Issue } from '../model/issue';
import type { IndicatorDetail } from '../model/result';
import type { Scheme } from '../model/scheme';
import type { UnitTable } from '../model/unit-table';
import type { LocatedIndicator, SourceTable } from './locate';
import { matchRows, type RowMatch } from './rows';
import { runMethod } from './dispatch';

export interface ComputeInput {
  readonly scheme: Scheme;
  /** Read step done: names, rows, scores of the direct indicators (null for these), issues, blocked. */
  readonly table: UnitTable;
  readonly dataSheet: string;
  readonly unitCol: number;
  readonly located: readonly LocatedIndicator[];
}

/** Each source sheet's row match (the data sheet needs none: a unit's row is its own). */
function matchSources(input: ComputeInput): Map<SourceTable, RowMatch> {
  const matches = new Map<SourceTable, RowMatch>();
  const bySheet = new Map<SourceTable, string[]>();
  for (const l of input.located) {
    if (l.table.isData) continue;
    const names = bySheet.get(l.table);
    if (names) names.push(l.indicator.name);
    else bySheet.set(l.table, [l.indicator.name]);
  }
  for (const [table, names] of bySheet) matches.set(table, matchRows(table, input.table, input.dataSheet, input.unitCol, names.join('、')));
  return matches;
}

/** Runs the step; returns the issues that belong to no unit (SOURCE_UNIT_EXTRA). */
export function computeIndicators(input: ComputeInput): Issue[] {
  if (input.located.length === 0) return [];
  const matches = matchSources(input);
  const withIssues = [...matches.values()].filter((m) => m.unitIssues.size > 0);
  // One call per unit rather than one long loop here: V8 then optimizes computeUnit as a function
  // instead of this loop by on-stack replacement, whose code deopted at the first line after the loop.
  for (let u = 0; u < input.table.count; u++) computeUnit(input, u, matches, withIssues);
  const loose: Issue[] = [];
  for (const m of matches.values()) loose.push(...m.loose);
  return loose;
}

/** Unit u: every located indicator's method; its scores, details, issues and vetoes into the table. */
function computeUnit(input: ComputeInput, u: number, matches: ReadonlyMap<SourceTable, RowMatch>, withIssues: readonly RowMatch[]): void {
  const { scheme, table, located } = input;
  let extra: Issue[] | null = null; // made at the first issue: most units have none
  for (const m of withIssues) {
    const list = m.unitIssues.get(u);
    if (list) (extra ??= []).push(...list);
  }
  let details: Array<IndicatorDetail | null> | null = null;
  const scores = table.scores[u];
  for (const l of located) {
    const row = l.table.isData ? table.rowOf(u) : (matches.get(l.table)?.rowOf[u] ?? -1);
    if (row < 0) continue;
    const out = runMethod(l, scheme, { sheet: l.table.view.name, dataSheet: input.dataSheet, row, unit: table.nameOf(u), unitRow: table.rowOf(u) });
    if (scores) scores[l.index] = out.score;
    if (out.detail) (details ??= new Array<IndicatorDetail | null>(scheme.indicators.length).fill(null))[l.index] = out.detail;
    if (out.issues.length > 0) (extra ??= []).push(...out.issues);
    if (out.veto) table.vetoes[u] = [...table.vetoesOf(u), out.veto];
  }
  if (details) table.details[u] = details;
  if (extra === null) return;
  table.issues[u] = [...table.issuesOf(u), ...extra];
  if (extra.some((i) => i.severity === 'error')) table.blocked[u] = 1;
}
