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
import { resultTarget } from './plan/result-target';
import { sheetTitle } from './plan/title';
import { fold } from './text/fold';
import { parseScheme } from './scheme/parse';
import { SheetView } from './table/sheet-view';
import { findTable, type TableLayout } from './table/find';
import { readUnits, type ReadTable } from './table/read-units';
import { indicatorPoints, scoreAll, subtotalRecord, type ScoreTable } from './score/total';
import { computeStandings, type StandingTable } from './grade/standing';
import { indexesOf } from './fast/columns';
import { compareClerkColumns } from './plan/clerk-columns';
import { outputSpecs, ownedColumns, placeColumns, type PlacedColumn } from './plan/columns';
import { buildPlan } from './plan/build';
import { detectAnomalies, type AnomalyUnit } from './anomaly/detect';
import { sortIssues, summarize, unitFlags } from './issues/order';
import { NONE } from './model/empty';

export interface AssessOptions {
  /** `check` validates only (no plan); `score` also plans the write-back. Default `score`. */
  readonly mode?: 'check' | 'score';
  readonly previous?: PreviousPeriod | null;
}

const EMPTY = { units: 0, scored: 0, errors: 0, warnings: 0 };

/** Runs one check-and-score pass over a workbook (SPEC §1–§6). Never throws on bad input. */
export function assess(workbook: WorkbookInput, options: AssessOptions = {}): Assessment {
  const mode = options.mode ?? 'score';
  const schemeSheet = findSheet(workbook, SCHEME_SHEET);
  if (!schemeSheet) {
    const issues = [makeIssue('SHEET_NOT_FOUND', { sheet: SCHEME_SHEET }, {
      name: SCHEME_SHEET,
      fix: '工作簿中没有“考核方案”工作表。请新建名为“考核方案”的工作表，写明【指标】等规则（考评助手任务窗格可插入模板）。',
      fixEn: 'The workbook has no 考核方案 sheet. Add one with the scoring rules (the task pane can insert a template).',
    })];
    return { scheme: null, dataSheet: null, units: [], issues, summary: { ...EMPTY, errors: 1 }, plan: null };
  }
  const parsed = parseScheme(schemeSheet);
  const issues: Issue[] = [...parsed.issues];
  const scheme = parsed.scheme;
  if (!scheme) return finish(null, null, [], issues, null);

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

  const schemeBlocked = issues.some((i) => i.severity === 'error');
  const read = readUnits(view, scheme, layout);
  issues.push(...read.issues);
  // Indexed loops over per-unit lists here and below: see fast/README.md (loops).
  const table = read.units;
  for (let i = 0; i < table.count; i++) {
    const own = table.issues[i] as readonly Issue[];
    for (let k = 0; k < own.length; k++) issues.push(own[k] as Issue);
  }

  const scores = scoreAll(scheme, table, schemeBlocked);
  const tieIndex = scheme.settings.tieBreakers.map((name) => scheme.indicators.findIndex((ind) => fold(ind.name) === fold(name)));
  const tieKeys = tieIndex.length
    ? (i: number): number[] => {
        const own = table.scores[i] as ReadonlyArray<number | null>;
        return tieIndex.map((k) => (k >= 0 ? indicatorPoints(scheme.indicators[k] as Scheme['indicators'][number], own[k] ?? 0) : 0));
      }
    : null;
  const standings = computeStandings(scheme, table, scores.scored, scores.total, tieKeys, dataSheet.name, layout.unitCol);
  issues.push(...standings.issues);
  const units = new Array<UnitResult>(table.count);
  for (let i = 0; i < table.count; i++) units[i] = toResult(table, i, scheme, scores, standings);

  const owned = ownedColumns(record, view, layout.headerRow);
  const placed = placeColumns(outputSpecs(scheme), layout, owned);
  issues.push(...compareClerkColumns(view, placed, units, scheme.settings.decimals));
  if (!schemeBlocked) issues.push(...anomalies(scheme, dataSheet.name, layout, table, scores, standings, options.previous ?? null));

  const target = resultTarget(workbook.sheets.map((s) => s.name), ownedResultSheet(workbook));
  const clerks = target.renamed ? workbook.sheets.find((s) => sameSheetName(s.name, RESULT_SHEET)) : undefined;
  if (clerks) issues.push(makeIssue('RESULT_SHEET_RENAMED', { sheet: clerks.name }, { name: target.name, clerks: clerks.name }));
  const sorted = sortIssues(issues);
  unitFlags(units, sorted);
  const resultScopes = resultOrder(standings.scopes, table);
  const plan = mode === 'score'
    ? buildPlan({
        scheme,
        dataSheet: dataSheet.name,
        headerRow: layout.headerRow,
        firstDataRow: layout.firstDataRow,
        columns: placed,
        droppedColumns: dropped(owned, layout, placed, view.rowCount),
        units,
        subtotals: scores,
        issues: sorted,
        previous: record,
        scopes: resultScopes,
        schemeBlocked,
        resultTarget: target,
        title: sheetTitle(view, layout.headerRow),
      })
    : null;
  return { scheme, dataSheet: dataSheet.name, units, issues: sorted, summary: summarize(units, sorted), plan };
}

function finish(scheme: Scheme | null, dataSheet: string | null, units: UnitResult[], issues: Issue[], plan: null): Assessment {
  const sorted = sortIssues(issues);
  return { scheme, dataSheet, units, issues: sorted, summary: summarize(units, sorted), plan };
}

function toResult(t: ReadTable, i: number, scheme: Scheme, s: ScoreTable, st: StandingTable): UnitResult {
  const vetoes = t.vetoes[i] ?? NONE;
  const veto = vetoes.length === 0 ? null : vetoes.length === 1 ? (vetoes[0] ?? null) : ([...vetoes].sort((a, b) => effectRank(a.effect) - effectRank(b.effect))[0] ?? null);
  const scored = s.scored[i] === 1;
  const rank = st.rank[i] as number;
  const overallRank = st.overallRank[i] as number;
  const grade = st.grade[i] as number;
  const stars = st.stars[i] as number;
  return {
    row: t.rows[i] ?? -1,
    name: t.names[i] as string,
    group: t.groups[i] ?? null,
    scores: t.scores[i] as ReadonlyArray<number | null>,
    subtotals: subtotalRecord(scheme, s, i),
    base: scored ? (s.base[i] as number) : null,
    bonus: scored ? (s.bonus[i] as number) : null,
    deduction: scored ? (s.deduction[i] as number) : null,
    adjustments: t.adjustments[i] ?? NONE,
    capsApplied: s.caps[i] ?? NONE,
    total: scored ? (s.total[i] as number) : null,
    rank: rank > 0 ? rank : null,
    overallRank: overallRank > 0 ? overallRank : null,
    grade: grade >= 0 ? (scheme.grades[grade]?.name ?? null) : null,
    stars: stars >= 0 ? stars : null,
    veto,
    vetoes,
    gradeReason: st.gradeReason[i] ?? null,
    blocked: !scored,
    // Shared empty lists: unitFlags gives a flagged unit lists of its own.
    flags: NONE,
    flagDetails: NONE,
  };
}

/** The strongest veto is the one reported: 定为末等, then 总分计零, then 取消评优. */
function effectRank(effect: string): number {
  return effect === '定为末等' ? 0 : effect === '总分计零' ? 1 : 2;
}

/** Scopes in rank order, with each group's unscored units appended at the end of their group. */
function resultOrder(scopes: number[][], units: ReadTable): number[][] {
  const seen = new Uint8Array(units.count);
  for (const scope of scopes) for (let k = 0; k < scope.length; k++) seen[scope[k] as number] = 1;
  const groups = scopes.map((s) => ({ key: s.length ? (units.groups[s[0] as number] ?? null) : null, list: s }));
  for (let i = 0; i < units.count; i++) {
    if (seen[i]) continue;
    const key = units.groups[i] ?? null;
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

function anomalies(
  scheme: Scheme,
  sheet: string,
  layout: TableLayout,
  raw: ReadTable,
  scores: ScoreTable,
  standings: StandingTable,
  previous: PreviousPeriod | null,
): Issue[] {
  const grouped = scheme.settings.groupColumn !== null;
  const ranks = grouped ? standings.overallRank : standings.rank;
  const units = indexesOf(scores.scored).map((i): AnomalyUnit => {
    const rank = ranks[i] as number;
    const zeroed = (raw.vetoes[i] ?? NONE).some((v) => v.effect === '总分计零');
    return { row: raw.rows[i] as number, name: raw.names[i] as string, group: raw.groups[i] ?? null, scores: raw.scores[i] as number[], total: zeroed ? NaN : (scores.total[i] as number), rank: rank > 0 ? rank : null };
  });
  return detectAnomalies({
    sheet,
    nameCol: layout.unitCol,
    indicators: scheme.indicators.map((ind, i) => ({ name: ind.name, max: ind.max, col: layout.indicators[i]?.col ?? -1, headerRow: layout.indicators[i]?.row ?? layout.headerRow })),
    units,
    grouped,
    rules: scheme.anomaly,
    previous,
  });
}
