/**
 * Finding the table in the data sheet (SPEC §1.3): the header row (the first of the first 30 rows
 * holding the 单位列 header), the header block below it (sub-header rows up to the first data
 * row), each column's labels, and the column of every name the scheme uses.
 */
import type { Issue } from '../model/issue';
import type { Scheme } from '../model/scheme';
import { makeIssue } from '../issues/make';
import { a1 } from '../address';
import { fold } from '../text/fold';
import { foldedLabelMatches } from './match';
import { SheetView, cellText, isBlank } from './sheet-view';

export const HEADER_SEARCH_ROWS = 30;
/** A header block is at most this many rows (title rows sit above the header row, not in it). */
const MAX_HEADER_BLOCK = 6;

export interface ColumnMatch {
  readonly col: number;
  /** Row of the label that matched (for issues on the header cell). */
  readonly row: number;
}

export interface TableLayout {
  readonly headerRow: number;
  /** First row after the header block. */
  readonly firstDataRow: number;
  readonly unitCol: number;
  readonly groupCol: number | null;
  /** Per scheme indicator, in scheme order. */
  readonly indicators: readonly ColumnMatch[];
  readonly adjustments: readonly ColumnMatch[];
  readonly vetoes: readonly ColumnMatch[];
  /** Rightmost used column at or below the header row, not counting the program's own columns. */
  readonly rightEdge: number;
  /** Every column's folded labels in the header block. */
  readonly labels: ReadonlyMap<number, ReadonlyArray<{ readonly row: number; readonly folded: string }>>;
}

function findHeaderRow(view: SheetView, unitName: string): { row: number; col: number } | null {
  const name = fold(unitName);
  const last = Math.min(view.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const width = Math.min(view.rowWidth(r), 16384);
    for (let c = 0; c < width; c++) {
      const v = view.value(r, c);
      if (typeof v !== 'string') continue;
      if (foldedLabelMatches(fold(v), name)) return { row: r, col: c };
    }
  }
  return null;
}

function rowHasNumber(view: SheetView, row: number): boolean {
  const width = view.rowWidth(row);
  for (let c = 0; c < width; c++) if (typeof view.value(row, c) === 'number') return true;
  return false;
}

function findFirstDataRow(view: SheetView, headerRow: number, unitCol: number): number {
  let r = headerRow + 1;
  const limit = Math.min(view.rowCount, headerRow + MAX_HEADER_BLOCK);
  while (r < limit) {
    if (view.coveredFromAbove(r, unitCol, headerRow)) { r++; continue; }
    if (!isBlank(view.value(r, unitCol)) || rowHasNumber(view, r)) break;
    r++;
  }
  return r;
}

function collectLabels(view: SheetView, headerRow: number, firstDataRow: number): Map<number, Array<{ row: number; folded: string }>> {
  const labels = new Map<number, Array<{ row: number; folded: string }>>();
  for (let r = headerRow; r < firstDataRow; r++) {
    const width = Math.min(view.rowWidth(r), 16384);
    for (let c = 0; c < width; c++) {
      const v = view.value(r, c);
      if (isBlank(v)) continue;
      const folded = fold(cellText(v));
      if (folded === '') continue;
      let list = labels.get(c);
      if (!list) labels.set(c, (list = []));
      list.push({ row: r, folded });
    }
  }
  return labels;
}

/** Every column one of whose labels matches `name`. */
export function matchColumns(labels: TableLayout['labels'], name: string): ColumnMatch[] {
  const folded = fold(name);
  const out: ColumnMatch[] = [];
  for (const [col, list] of labels) {
    const hit = list.find((l) => foldedLabelMatches(l.folded, folded));
    if (hit) out.push({ col, row: hit.row });
  }
  return out.sort((a, b) => a.col - b.col);
}

function rightEdgeOf(view: SheetView, headerRow: number, owned: ReadonlySet<number>): number {
  let edge = -1;
  for (let r = headerRow; r < view.rowCount; r++) {
    const width = view.rowWidth(r);
    for (let c = width - 1; c > edge; c--) {
      if (owned.has(c)) continue;
      if (!isBlank(view.value(r, c))) { edge = c; break; }
    }
  }
  return edge;
}

/** Locates the table; every name that matches no column or two columns becomes an issue. */
export function findTable(view: SheetView, scheme: Scheme, ownedAt: (headerRow: number) => ReadonlySet<number>): { layout: TableLayout | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const settings = scheme.settings;
  const unitSettingCell = settings.cells.单位列;
  const header = findHeaderRow(view, settings.unitColumn);
  if (!header) {
    issues.push(makeIssue('COLUMN_NOT_FOUND', unitSettingCell ? { sheet: scheme.sheet, ...unitSettingCell } : { sheet: view.name }, {
      sheet: view.name,
      name: settings.unitColumn,
      schemeCell: unitSettingCell ? a1(unitSettingCell.row, unitSettingCell.col) : '【基本设置】单位列（默认“单位名称”）',
    }));
    return { layout: null, issues };
  }
  const firstDataRow = findFirstDataRow(view, header.row, header.col);
  const labels = collectLabels(view, header.row, firstDataRow);

  const find = (name: string, at: { row: number; col: number }): ColumnMatch => {
    const hits = matchColumns(labels, name);
    if (hits.length === 1) return hits[0] as ColumnMatch;
    if (hits.length === 0) {
      issues.push(makeIssue('COLUMN_NOT_FOUND', { sheet: scheme.sheet, ...at }, { sheet: view.name, name, schemeCell: a1(at.row, at.col) }));
    } else {
      issues.push(makeIssue('DUPLICATE_COLUMN', { sheet: scheme.sheet, ...at }, {
        name,
        cells: hits.map((h) => `${view.name}!${a1(h.row, h.col)}`).join('、'),
      }));
    }
    return { col: -1, row: header.row };
  };

  const groupCell = settings.cells.分组列;
  const groupCol = settings.groupColumn === null ? null : find(settings.groupColumn, groupCell ?? { row: 0, col: 0 }).col;
  const indicators = scheme.indicators.map((i) => find(i.name, i.cell));
  const adjustments = scheme.adjustments.map((a) => find(a.column, a.cell));
  const vetoes = scheme.vetoes.map((v) => find(v.column, v.cell));
  const layout: TableLayout = {
    headerRow: header.row,
    firstDataRow,
    unitCol: header.col,
    groupCol: groupCol !== null && groupCol >= 0 ? groupCol : null,
    indicators,
    adjustments,
    vetoes,
    rightEdge: rightEdgeOf(view, header.row, ownedAt(header.row)),
    labels,
  };
  return { layout, issues };
}
