/**
 * Where each computed indicator's cells are (SPEC §8.1): its sheet (the data sheet or its 来源表,
 * whose table is found as in §1.3 with the same 单位列), and on it the column of its cell, or — for
 * 测评 and 评委 — the header cell X matched by name and the columns under X; plus the columns of
 * per-unit 【计分规则】 parameters and of 测评实到列 / 测评应到列. Every name that can not be found is
 * an issue; such an indicator is left out (no unit gets it: the issue is a scheme error).
 */
import type { Issue } from '../model/issue';
import type { CellRef, Indicator, RuleParam, Scheme, ScoringRule } from '../model/scheme';
import { levelsOf, methodOf } from '../model/scheme';
import type { WorkbookInput } from '../model/workbook';
import { findSheet } from '../data-sheet';
import { makeIssue } from '../issues/make';
import { a1 } from '../address';
import { fold } from '../text/fold';
import { foldedLabelMatches } from '../table/match';
import { SheetView } from '../table/sheet-view';
import { findBlock, findColumn, readsDirectly, unitColumnMissing, type TableBlock } from '../table/find';
import { columnsUnder, matchHeaderCells, type ColumnUnder, type HeaderCell } from '../table/spans';

/** A sheet holding indicator cells, with its table's header block. */
export interface SourceTable {
  readonly view: SheetView;
  readonly block: TableBlock;
  /** True for the data sheet (its rows are the units' own rows). */
  readonly isData: boolean;
}

/** A 【计分规则】 parameter, located: a number, or a column of the indicator's sheet. */
export type LocatedParam = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'column'; readonly col: number };

export type IndicatorCells =
  | { readonly kind: 'column'; readonly col: number }
  /** `first`: the first column under X (a blank or too-few issue goes on the row's cell there). Columns -1: none. */
  | { readonly kind: 'votes'; readonly x: HeaderCell; readonly first: number; readonly levels: readonly ColumnUnder[]; readonly present: number; readonly expected: number }
  | { readonly kind: 'judges'; readonly x: HeaderCell; readonly first: number; readonly judges: readonly ColumnUnder[] };

export interface LocatedIndicator {
  /** Index in `scheme.indicators`. */
  readonly index: number;
  readonly indicator: Indicator;
  readonly table: SourceTable;
  readonly cells: IndicatorCells;
  readonly rule: ScoringRule | null;
  readonly params: {
    readonly target?: LocatedParam;
    readonly satisfied?: LocatedParam;
    readonly disallowed?: LocatedParam;
    readonly perCount?: LocatedParam;
  };
}

/** Column labels under a judges' header that are not judges (SPEC §8.4). */
const NOT_JUDGES = new Set(['合计', '小计', '平均', '平均分', '得分', '最终得分'].map(fold));

export interface LocateInput {
  readonly workbook: WorkbookInput;
  readonly scheme: Scheme;
  /** The data sheet and its table (its layout is a header block). */
  readonly data: { readonly view: SheetView; readonly block: TableBlock };
}

/** Locates every indicator that is not read directly from the data sheet. */
export function locateIndicators({ workbook, scheme, data }: LocateInput): { located: LocatedIndicator[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const tables = new Map<string, SourceTable | null>();
  tables.set(fold(data.view.name), { view: data.view, block: data.block, isData: true });
  const located: LocatedIndicator[] = [];
  scheme.indicators.forEach((indicator, index) => {
    if (readsDirectly(indicator, data.view.name)) return;
    const table = tableOf(indicator, { workbook, scheme, tables, issues, dataSheet: data.view.name });
    if (!table) return;
    const one = locateOne(indicator, index, table, scheme, issues);
    if (one) located.push(one);
  });
  return { located, issues };
}

/** The indicator's sheet and table (found once per sheet); null after an issue. */
function tableOf(ind: Indicator, at: { workbook: WorkbookInput; scheme: Scheme; tables: Map<string, SourceTable | null>; issues: Issue[]; dataSheet: string }): SourceTable | null {
  const name = ind.source ?? at.dataSheet;
  const key = fold(name);
  if (at.tables.has(key)) return at.tables.get(key) ?? null;
  const sheet = findSheet(at.workbook, name);
  let table: SourceTable | null = null;
  if (!sheet) {
    const cell = ind.sourceCell ?? ind.cell;
    at.issues.push(makeIssue('SHEET_NOT_FOUND', { sheet: at.scheme.sheet, ...cell }, {
      name,
      fix: `考核方案 ${a1(cell.row, cell.col)} 的来源表“${name}”不在工作簿中。请核对工作表标签的名称，或把来源表改为已有的工作表。`,
      fixEn: `The 来源表 "${name}" (scheme cell ${a1(cell.row, cell.col)}) is not in the workbook. Check the sheet tab's name.`,
    }));
  } else {
    const view = new SheetView(sheet);
    const block = findBlock(view, at.scheme.settings.unitColumn);
    if (block) table = { view, block, isData: false };
    else at.issues.push(unitColumnMissing(view, at.scheme));
  }
  at.tables.set(key, table);
  return table;
}

function schemeAt(scheme: Scheme, cell: CellRef): { sheet: string; row: number; col: number } {
  return { sheet: scheme.sheet, row: cell.row, col: cell.col };
}

function locateOne(ind: Indicator, index: number, table: SourceTable, scheme: Scheme, issues: Issue[]): LocatedIndicator | null {
  const method = methodOf(ind);
  const rule = (scheme.rules ?? []).find((r) => fold(r.indicator) === fold(ind.name)) ?? null;
  const before = issues.length;
  let cells: IndicatorCells | null;
  if (method === '测评') cells = voteCells(ind, table, scheme, issues);
  else if (method === '评委') cells = judgeCells(ind, table, scheme, issues);
  else {
    const col = findColumn(table.view, table.block, ind.name, schemeAt(scheme, ind.cell), issues).col;
    cells = col >= 0 ? { kind: 'column', col } : null;
  }
  const params = rule ? locateParams(rule, table, scheme, issues) : {};
  if (!cells || issues.length > before) return null;
  return { index, indicator: ind, table, cells, rule, params };
}

/** The one header cell X named `ind.name` (none: COLUMN_NOT_FOUND, two: DUPLICATE_COLUMN). */
function headerCell(ind: Indicator, table: SourceTable, scheme: Scheme, issues: Issue[]): HeaderCell | null {
  const hits = matchHeaderCells(table.block, ind.name);
  if (hits.length === 1 && hits[0]) return hits[0];
  if (hits.length === 0) {
    // The column finder says it best (the headers found, the nearest one).
    findColumn(table.view, table.block, ind.name, schemeAt(scheme, ind.cell), issues);
  } else {
    issues.push(makeIssue('DUPLICATE_COLUMN', schemeAt(scheme, ind.cell), {
      name: ind.name,
      cells: hits.map((h) => `${table.view.name}!${a1(h.row, h.col)}`).join('、'),
    }));
  }
  return null;
}

function voteCells(ind: Indicator, table: SourceTable, scheme: Scheme, issues: Issue[]): IndicatorCells | null {
  const x = headerCell(ind, table, scheme, issues);
  if (!x) return null;
  const under = columnsUnder(table.view, table.block, x);
  const levels: ColumnUnder[] = [];
  for (const level of levelsOf(scheme)) {
    const word = fold(level.word);
    const hits = under.filter((u) => foldedLabelMatches(u.folded, word));
    const hit = hits[0];
    if (hits.length === 1 && hit) {
      levels.push(hit);
      continue;
    }
    const found = under.map((u) => u.label).join('、');
    issues.push(hits.length === 0
      ? makeIssue('COLUMN_NOT_FOUND', { sheet: table.view.name, row: x.row, col: x.col }, {
        sheet: table.view.name, name: `${ind.name} / ${level.word}`, schemeCell: a1(ind.cell.row, ind.cell.col),
        found: found ? `“${ind.name}”下面的列有：${found}。` : `“${ind.name}”下面没有带表头的列。`,
        foundEn: found ? ` The columns under "${ind.name}" are: ${found}.` : ` "${ind.name}" has no labelled columns under it.`,
      })
      : makeIssue('DUPLICATE_COLUMN', { sheet: table.view.name, row: x.row, col: x.col }, {
        name: `${ind.name} / ${level.word}`, cells: hits.map((h) => `${table.view.name}!${a1(h.row, h.col)}`).join('、'),
      }));
  }
  if (levels.length !== levelsOf(scheme).length) return null;
  const s = scheme.settings;
  const present = s.votePresentColumn === null ? -1 : settingColumn(s.votePresentColumn, s.cells.测评实到列, table, scheme, issues);
  const expected = s.voteExpectedColumn === null ? -1 : settingColumn(s.voteExpectedColumn, s.cells.测评应到列, table, scheme, issues);
  return { kind: 'votes', x, first: under[0]?.col ?? x.col, levels, present, expected };
}

function settingColumn(header: string, cell: CellRef | undefined, table: SourceTable, scheme: Scheme, issues: Issue[]): number {
  return findColumn(table.view, table.block, header, schemeAt(scheme, cell ?? { row: 0, col: 0 }), issues).col;
}

function judgeCells(ind: Indicator, table: SourceTable, scheme: Scheme, issues: Issue[]): IndicatorCells | null {
  const x = headerCell(ind, table, scheme, issues);
  if (!x) return null;
  const under = columnsUnder(table.view, table.block, x);
  const judges = under.filter((u) => !NOT_JUDGES.has(u.folded));
  if (judges.length === 0) {
    issues.push(makeIssue('COLUMN_NOT_FOUND', { sheet: table.view.name, row: x.row, col: x.col }, {
      sheet: table.view.name, name: `${ind.name}的评委列`, schemeCell: a1(ind.cell.row, ind.cell.col),
      found: `“${ind.name}”下面没有评委列：请在它下面一行给每位评委一列，写上表头（如“评委1”“评委2”…），并让“${ind.name}”合并（或跨列居中）在这些列之上。`,
      foundEn: ` "${ind.name}" has no judge columns under it: give each judge a labelled column in the row below, under the merged "${ind.name}".`,
    }));
    return null;
  }
  return { kind: 'judges', x, first: under[0]?.col ?? x.col, judges };
}

const PARAM_KEYS = ['target', 'satisfied', 'disallowed', 'perCount'] as const;

function locateParams(rule: ScoringRule, table: SourceTable, scheme: Scheme, issues: Issue[]): LocatedIndicator['params'] {
  const out: { -readonly [K in (typeof PARAM_KEYS)[number]]?: LocatedParam } = {};
  for (const key of PARAM_KEYS) {
    const p: RuleParam | null = rule[key];
    if (!p) continue;
    if (p.kind === 'number') out[key] = { kind: 'number', value: p.value };
    else {
      const col = findColumn(table.view, table.block, p.header, schemeAt(scheme, p.cell), issues).col;
      if (col >= 0) out[key] = { kind: 'column', col };
    }
  }
  return out;
}
