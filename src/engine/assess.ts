/**
 * One run (SPEC §1–§6): parse the scheme, find the table, read every unit, score, rank, grade,
 * flag anomalies, and plan the write-back. Never throws on bad input: every problem is an issue.
 */
import type { Issue } from './model/issue';
import type { Assessment, UnitResult } from './model/result';
import type { Scheme } from './model/scheme';
import type { PreviousPeriod } from './model/previous';
import { RESULT_SHEET, SCHEME_SHEET } from './model/scheme';
import type { WorkbookInput } from './model/workbook';
import { makeIssue } from './issues/make';
import { ownedResultSheet, recordOf, sameSheetName } from './record';
import { findSheet, pickDataSheet } from './data-sheet';
import { resultTarget, type ResultTarget } from './plan/result-target';
import { sheetInfo, sheetTitle } from './plan/title';
import { parseScheme } from './scheme/parse';
import { SheetView } from './table/sheet-view';
import { findTable, type TableLayout } from './table/find';
import { readUnits } from './table/read-units';
import { scoreUnits } from './score/total';
import { locateIndicators } from './compute/locate';
import { computeIndicators } from './compute/step';
import { computeStandings } from './grade/standing';
import { unitResults, type UnitTable } from './model/unit-table';
import { compareClerkColumns } from './plan/clerk-columns';
import { outputSpecs, ownedColumns, placeColumns, type PlacedColumn } from './plan/columns';
import { buildPlan, type NoteLang } from './plan/build';
import { detectAnomalies } from './anomaly/detect';
import { anomalyUnits } from './anomaly/units';
import { flagUnits, sortIssues, summarize } from './issues/order';
import { tableLook } from './plan/column-style';

export interface AssessOptions {
  /** `check` validates only (no plan); `score` also plans the write-back. Default `score`. */
  readonly mode?: 'check' | 'score';
  readonly previous?: PreviousPeriod | null;
  /**
   * The language of the notes the plan writes into cells: Chinese (the default; the task pane) or
   * English (`kaoping --lang en`). Issues always carry both languages.
   */
  readonly noteLang?: NoteLang;
}

const EMPTY = { units: 0, scored: 0, errors: 0, warnings: 0 };

/**
 * The last few runs' schemes and one issue of each code of theirs, alive until later runs push them
 * out, for the shapes of their objects (settings, indicators, levels, issues: built per run, so V8 keeps
 * no shape of theirs alive). Without them a forced GC between two runs let V8 collect those shapes and
 * throw away every optimized function that had one embedded ("weak objects" deopts in readUnits,
 * readScore, resultRows, votesClean, flagUnits…), recompiling them every few runs. A few, not one:
 * schemes of two shapes in turn (the bench's composite and plain runs, a clerk with two workbooks)
 * would otherwise push each other's shapes out (src/engine/fast/README.md, "shapes kept alive").
 */
export const KEPT_SHAPES: { schemes: Scheme[]; issues: Issue[][] } = { schemes: [], issues: [] };
const KEPT_RUNS = 4;

/** One issue of each code among `issues` (the first), for KEPT_SHAPES. */
function oneOfEachCode(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (let k = 0; k < issues.length; k++) {
    const i = issues[k];
    if (i === undefined || seen.has(i.code)) continue;
    seen.add(i.code);
    out.push(i);
  }
  return out;
}

/** Runs one check-and-score pass over a workbook (SPEC §1–§6). Never throws on bad input. */
export function assess(workbook: WorkbookInput, options: AssessOptions = {}): Assessment {
  const mode = options.mode ?? 'score';
  const schemeSheet = findSheet(workbook, SCHEME_SHEET);
  if (!schemeSheet) return noScheme();
  const parsed = parseScheme(schemeSheet);
  const issues: Issue[] = [...parsed.issues];
  const scheme = parsed.scheme;
  if (!scheme) return finish(null, null, [], issues, null);
  KEPT_SHAPES.schemes = [scheme, ...KEPT_SHAPES.schemes.slice(0, KEPT_RUNS - 1)];

  const { sheet: dataSheet, issue: sheetIssue } = pickDataSheet(workbook, scheme);
  if (!dataSheet) {
    if (sheetIssue) issues.push(sheetIssue);
    return finish(scheme, null, [], issues, null);
  }
  const view = new SheetView(dataSheet);
  const record = recordOf(workbook);
  const { layout, issues: tableIssues } = findTable(view, scheme, (headerRow) => new Set(ownedColumns(record, view, headerRow).values()));
  issues.push(...tableIssues);
  if (!layout) return finish(scheme, dataSheet.name, [], issues, null);
  const sources = locateIndicators({ workbook, scheme, data: { view, block: layout } });
  issues.push(...sources.issues);

  const schemeBlocked = issues.some((i) => i.severity === 'error');
  // The steps, each filling its own columns of the unit table (model/unit-table.ts).
  const read = readUnits({ view, scheme, layout });
  issues.push(...read.issues);
  const table = read.table;
  issues.push(...computeIndicators({ scheme, table, dataSheet: dataSheet.name, unitCol: layout.unitCol, located: sources.located, names: read.names }));
  // Indexed loops over per-unit lists here and below: see fast/README.md (loops).
  for (let i = 0; i < table.count; i++) {
    const own = table.issuesOf(i);
    for (let k = 0; k < own.length; k++) {
      const issue = own[k];
      if (issue) issues.push(issue);
    }
  }
  scoreUnits({ scheme, table, schemeBlocked });
  const standings = computeStandings({ scheme, table, sheet: dataSheet.name, unitCol: layout.unitCol });
  issues.push(...standings.issues);

  const owned = ownedColumns(record, view, layout.headerRow);
  const placed = placeColumns(outputSpecs(scheme, dataSheet.name), layout, owned);
  issues.push(...compareClerkColumns(view, placed, table, scheme));
  if (!schemeBlocked) issues.push(...anomalies(scheme, dataSheet.name, layout, table, options.previous ?? null));

  const target = resultTarget(workbook.sheets.map((s) => s.name), ownedResultSheet(workbook));
  const renamed = renamedIssue(workbook, target);
  if (renamed) issues.push(renamed);
  const sorted = sortIssues(issues);
  KEPT_SHAPES.issues = [oneOfEachCode(sorted), ...KEPT_SHAPES.issues.slice(0, KEPT_RUNS - 1)];
  flagUnits(table, sorted);
  // The table is finished: the results are built once, and nothing changes them afterwards.
  const units = unitResults(table);
  const plan = mode === 'score'
    ? buildPlan({
        scheme,
        dataSheet: dataSheet.name,
        headerRow: layout.headerRow,
        firstDataRow: layout.firstDataRow,
        columns: placed,
        droppedColumns: dropped(owned, layout, placed, view.rowCount),
        table,
        issues: sorted,
        previous: record,
        scopes: resultOrder(standings.scopes, table),
        schemeBlocked,
        resultTarget: target,
        title: sheetTitle(view, layout.headerRow),
        info: sheetInfo(view, layout.headerRow),
        noteLang: options.noteLang ?? 'zh',
        look: tableLook(layout),
      })
    : null;
  return { scheme, dataSheet: dataSheet.name, units, issues: sorted, summary: summarize(units, sorted), plan };
}

/** The run when the workbook has no 考核方案 sheet: one SHEET_NOT_FOUND, nothing scored. */
function noScheme(): Assessment {
  const issues = [makeIssue('SHEET_NOT_FOUND', { sheet: SCHEME_SHEET }, {
    name: SCHEME_SHEET,
    fix: '工作簿中没有“考核方案”工作表。请新建名为“考核方案”的工作表，写明【指标】等规则（考评助手任务窗格可插入模板）。',
    fixEn: 'The workbook has no 考核方案 sheet. Add one with the scoring rules (the task pane can insert a template).',
  })];
  return { scheme: null, dataSheet: null, units: [], issues, summary: { ...EMPTY, errors: 1 }, plan: null };
}

/** RESULT_SHEET_RENAMED on the clerk's own 考核结果 when the list goes to another sheet (SPEC §1). */
function renamedIssue(workbook: WorkbookInput, target: ResultTarget): Issue | null {
  const clerks = target.renamed ? workbook.sheets.find((s) => sameSheetName(s.name, RESULT_SHEET)) : undefined;
  return clerks ? makeIssue('RESULT_SHEET_RENAMED', { sheet: clerks.name }, { name: target.name, clerks: clerks.name }) : null;
}

function finish(scheme: Scheme | null, dataSheet: string | null, units: UnitResult[], issues: Issue[], plan: null): Assessment {
  const sorted = sortIssues(issues);
  return { scheme, dataSheet, units, issues: sorted, summary: summarize(units, sorted), plan };
}

/** Scopes in rank order, with each group's unscored units appended at the end of their group. */
function resultOrder(scopes: number[][], table: UnitTable): number[][] {
  const seen = new Uint8Array(table.count);
  for (const scope of scopes) for (let k = 0; k < scope.length; k++) seen[scope[k] ?? 0] = 1;
  const groups = scopes.map((s) => ({ key: s.length ? table.groupOf(s[0] ?? 0) : null, list: s }));
  for (let i = 0; i < table.count; i++) {
    if (seen[i]) continue;
    const key = table.groupOf(i);
    let g = groups.find((x) => x.key === key);
    if (!g) groups.push((g = { key, list: [] }));
    g.list.push(i);
  }
  return groups.map((g) => g.list);
}

/**
 * Columns the program created earlier and no longer writes (e.g. 星级 left the scheme): cleared, but
 * only while their header still reads what the program wrote and they lie right of every column the
 * scheme reads — a clerk who retitled, refilled or shifted a column keeps it untouched.
 */
function dropped(owned: ReadonlyMap<string, number>, layout: TableLayout, placed: readonly PlacedColumn[], rowCount: number): Array<{ col: number; lastRow: number }> {
  const now = new Set(placed.map((p) => p.col));
  const used = [layout.unitCol, layout.groupCol ?? -1, ...layout.indicators.map((m) => m.col), ...layout.adjustments.map((m) => m.col), ...layout.vetoes.map((m) => m.col)];
  const tableEnd = Math.max(...used);
  return [...owned.values()].filter((col) => !now.has(col) && col > tableEnd).map((col) => ({ col, lastRow: rowCount - 1 }));
}

/**
 * The statistical flags. An indicator whose score is not a data-sheet cell (SPEC §8: computed, or from
 * a 来源表) has no cell here (col -1): its per-indicator flags are dropped — what a clerk typed there
 * is a panel's or a vote's, checked by JUDGE_OUTLIER and the vote rules (docs/decisions.md).
 */
function anomalies(scheme: Scheme, sheet: string, layout: TableLayout, table: UnitTable, previous: PreviousPeriod | null): Issue[] {
  const grouped = scheme.settings.groupColumn !== null;
  return detectAnomalies({
    sheet,
    nameCol: layout.unitCol,
    indicators: scheme.indicators.map((ind, i) => ({ name: ind.name, max: ind.max, col: layout.indicators[i]?.col ?? -1, headerRow: layout.indicators[i]?.row ?? layout.headerRow })),
    units: anomalyUnits(table, grouped),
    grouped,
    rules: scheme.anomaly,
    previous,
  }).filter((i) => i.col === undefined || i.col >= 0);
}
