/**
 * One run (SPEC §1–§6): parse the scheme, find the table, read every unit, score, rank, grade,
 * flag anomalies, and plan the write-back. Never throws on bad input: every problem is an issue.
 */
import type { Issue } from './model/issue';
import type { Assessment, UnitResult } from './model/result';
import type { Scheme } from './model/scheme';
import { PROGRAM_SHEET_PREFIX, RESULT_SHEET, SCHEME_SHEET } from './model/scheme';
import type { SheetInput, WorkbookInput } from './model/workbook';
import { makeIssue } from './issues/make';
import { recordOf } from './record';
import { fold } from './text/fold';
import { parseScheme } from './scheme/parse';
import { SheetView } from './table/sheet-view';
import { findTable, type TableLayout } from './table/find';
import { readUnits, type RawUnit } from './table/read-units';
import { indicatorPoints, scoreUnit, type UnitScore } from './score/total';
import { computeStandings, type Standing, type StandingInput } from './score/standing';
import { compareClerkColumns } from './score/compare';
import { outputSpecs, ownedColumns, placeColumns, type PlacedColumn } from './plan/columns';
import { buildPlan } from './plan/build';
import { detectAnomalies, type AnomalyUnit } from './anomaly/detect';
import { sortIssues, summarize, unitFlags } from './issues/order';

/** Last period's results, matched to this period's units by folded name (issue 5, PERIOD_JUMP). */
export interface PreviousPeriod {
  readonly units: ReadonlyArray<{ readonly name: string; readonly total: number | null; readonly rank: number | null }>;
}

export interface AssessOptions {
  /** `check` validates only (no plan); `score` also plans the write-back. Default `score`. */
  readonly mode?: 'check' | 'score';
  readonly previous?: PreviousPeriod | null;
}

function isProgramSheet(name: string): boolean {
  const f = fold(name);
  return f === fold(SCHEME_SHEET) || f === fold(RESULT_SHEET) || f.startsWith(fold(PROGRAM_SHEET_PREFIX));
}

function findSheet(workbook: WorkbookInput, name: string): SheetInput | undefined {
  return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => fold(s.name) === fold(name));
}

function pickDataSheet(workbook: WorkbookInput, scheme: Scheme): { sheet: SheetInput | null; issue: Issue | null } {
  const wanted = scheme.settings.dataSheet;
  if (wanted !== null) {
    const sheet = findSheet(workbook, wanted);
    if (sheet) return { sheet, issue: null };
    const at = scheme.settings.cells.数据表;
    return { sheet: null, issue: makeIssue('SHEET_NOT_FOUND', { sheet: scheme.sheet, ...(at ?? {}) }, { name: wanted }) };
  }
  const sheet = workbook.sheets.find((s) => (s.visibility ?? 'visible') === 'visible' && !isProgramSheet(s.name));
  if (sheet) return { sheet, issue: null };
  return {
    sheet: null,
    issue: makeIssue('SHEET_NOT_FOUND', { sheet: scheme.sheet }, {
      name: '（数据表）',
      fix: '工作簿中除“考核方案”外没有可见的工作表。请加入数据表，或在【基本设置】中用“数据表”指明。',
      fixEn: 'There is no visible sheet besides 考核方案. Add the data sheet, or name it with 数据表 in 【基本设置】.',
    }),
  };
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
  for (const u of read.units) issues.push(...u.issues);

  const scored = scoreAll(scheme, read.units, schemeBlocked);
  const standingInputs: StandingInput[] = [];
  const scoredIndex: number[] = [];
  const tieIndex = scheme.settings.tieBreakers.map((name) => scheme.indicators.findIndex((ind) => fold(ind.name) === fold(name)));
  const noKeys: number[] = [];
  read.units.forEach((u, i) => {
    const s = scored[i];
    if (!s) return;
    scoredIndex.push(i);
    const tieKeys = tieIndex.length ? tieIndex.map((k) => (k >= 0 ? indicatorPoints(scheme.indicators[k] as Scheme['indicators'][number], u.scores[k] ?? 0) : 0)) : noKeys;
    standingInputs.push({ row: u.row, name: u.name, group: u.group, total: s.total, vetoes: u.vetoes, tieKeys });
  });
  const { standings, issues: standingIssues, scopes } = computeStandings(scheme, standingInputs, dataSheet.name, layout.unitCol);
  issues.push(...standingIssues);

  const byUnit: Array<Standing | undefined> = new Array<Standing | undefined>(read.units.length);
  scoredIndex.forEach((unitIndex, k) => (byUnit[unitIndex] = standings[k]));
  let units = read.units.map((u, i) => toResult(u, scored[i] ?? null, byUnit[i] ?? null));

  const owned = ownedColumns(record, view, layout.headerRow);
  const placed = placeColumns(outputSpecs(scheme), layout, owned);
  issues.push(...compareClerkColumns(view, placed, units, scheme.settings.decimals));
  if (!schemeBlocked) issues.push(...anomalies(scheme, dataSheet.name, layout, read.units, scored, byUnit, options.previous ?? null));

  const sorted = sortIssues(issues);
  units = unitFlags(units, sorted);
  const resultScopes = resultOrder(scopes.map((s) => s.map((k) => scoredIndex[k] as number)), read.units);
  const plan = mode === 'score'
    ? buildPlan({
        scheme,
        dataSheet: dataSheet.name,
        headerRow: layout.headerRow,
        firstDataRow: layout.firstDataRow,
        columns: placed,
        droppedColumns: dropped(owned, layout, placed, view.rowCount),
        units,
        subtotals: scored.map((s) => (s ? s.subtotalList : null)),
        issues: sorted,
        previous: record,
        scopes: resultScopes,
        schemeBlocked,
      })
    : null;
  return { scheme, dataSheet: dataSheet.name, units, issues: sorted, summary: summarize(units, sorted), plan };
}

function finish(scheme: Scheme | null, dataSheet: string | null, units: UnitResult[], issues: Issue[], plan: null): Assessment {
  const sorted = sortIssues(issues);
  return { scheme, dataSheet, units, issues: sorted, summary: summarize(units, sorted), plan };
}

function scoreAll(scheme: Scheme, units: readonly RawUnit[], schemeBlocked: boolean): Array<UnitScore | null> {
  return units.map((u) => {
    if (schemeBlocked || u.blocked) return null;
    for (let i = 0; i < u.scores.length; i++) if (u.scores[i] === null) return null;
    return scoreUnit(scheme, u.scores as number[], u.adjustments, u.vetoes);
  });
}

/** Shared empty lists (frozen: nothing may push into them). */
const NONE: readonly string[] = Object.freeze([]);
const NO_DETAILS: UnitResult['flagDetails'] = Object.freeze([]);

function toResult(u: RawUnit, s: UnitScore | null, st: Standing | null): UnitResult {
  const veto = u.vetoes.length === 0 ? null : u.vetoes.length === 1 ? (u.vetoes[0] ?? null) : ([...u.vetoes].sort((a, b) => effectRank(a.effect) - effectRank(b.effect))[0] ?? null);
  return {
    row: u.row + 1,
    name: u.name,
    group: u.group,
    scores: u.scores,
    subtotals: s ? s.subtotals : {},
    base: s ? s.base : null,
    bonus: s ? s.bonus : null,
    minus: s ? s.minus : null,
    adjustments: u.adjustments,
    capsApplied: s ? s.capsApplied : NONE,
    total: s ? s.total : null,
    rank: st ? st.rank : null,
    overallRank: st ? st.overallRank : null,
    grade: st ? st.grade : null,
    stars: st ? st.stars : null,
    veto,
    vetoes: u.vetoes,
    gradeReason: st ? st.gradeReason : null,
    blocked: s === null,
    // Shared empty lists: unitFlags gives a flagged unit lists of its own.
    flags: NONE,
    flagDetails: NO_DETAILS,
  };
}

/** The strongest veto is the one reported: 定为末等, then 总分计零, then 取消评优. */
function effectRank(effect: string): number {
  return effect === '定为末等' ? 0 : effect === '总分计零' ? 1 : 2;
}

/** Scopes in rank order, with each group's unscored units appended at the end of their group. */
function resultOrder(scopes: number[][], units: readonly RawUnit[]): number[][] {
  const seen = new Uint8Array(units.length);
  for (const scope of scopes) for (const i of scope) seen[i] = 1;
  const groups = scopes.map((s) => ({ key: s.length ? (units[s[0] as number]?.group ?? null) : null, list: s }));
  units.forEach((u, i) => {
    if (seen[i]) return;
    let g = groups.find((x) => x.key === u.group);
    if (!g) groups.push((g = { key: u.group, list: [] }));
    g.list.push(i);
  });
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
  raw: readonly RawUnit[],
  scored: ReadonlyArray<UnitScore | null>,
  standings: ReadonlyArray<Standing | undefined>,
  previous: PreviousPeriod | null,
): Issue[] {
  const grouped = scheme.settings.groupColumn !== null;
  const units: AnomalyUnit[] = [];
  raw.forEach((u, i) => {
    const s = scored[i];
    const st = standings[i];
    if (s && st) units.push({ row: u.row, name: u.name, group: u.group, scores: u.scores as number[], total: s.total, rank: grouped ? st.overallRank : st.rank });
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
