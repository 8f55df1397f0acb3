/**
 * Finding the table in the data sheet (SPEC §1.3): the header row (the first of the first 30 rows
 * holding the 单位列 header), the header block below it (sub-header rows up to the first data
 * row), each column's labels, and the column of every name the scheme uses.
 */
import type { Issue } from '../model/issue';
import { methodOf, type Scheme } from '../model/scheme';
import { makeIssue } from '../issues/make';
import { a1 } from '../address';
import { fold } from '../text/fold';
import { foldedLabelMatches } from './match';
import { SheetView, cellText, isBlank } from './sheet-view';

export const HEADER_SEARCH_ROWS = 30;
/** A header block is at most this many rows (title rows sit above the header row, not in it). */
export const MAX_HEADER_BLOCK = 6;

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

/** The header block's labels as written (line breaks and （10分） marks dropped), left to right, once each. */
export function headerTexts(view: SheetView, headerRow: number, firstDataRow: number): string[] {
  const out: string[] = [];
  const width = Math.max(0, ...Array.from({ length: Math.max(0, firstDataRow - headerRow) }, (_, i) => view.rowWidth(headerRow + i)));
  for (let c = 0; c < Math.min(width, 16384); c++) {
    for (let r = headerRow; r < firstDataRow; r++) {
      const t = cellText(view.value(r, c)).replace(/\s+/g, '').replace(/[（(][^（）()]*[）)]$/, '');
      if (t !== '' && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

function shortList(list: readonly string[], sep = '、'): string {
  return list.length > 15 ? `${list.slice(0, 15).join(sep)}${sep === '、' ? '等' : ', …'}` : list.join(sep);
}

/** Longest common subsequence of two strings (characters in order, not necessarily adjacent). */
function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, prev[j - 1] ?? 0);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The header a mistyped name most likely meant: the one sharing the longest run of characters in
 * order (at least 2, and at least 60% of the shorter of the two), else null.
 * Example: nearestHeader('书记抓党建履职', ['单位名称', '书记履职', '党建活动']) → '书记履职'.
 */
export function nearestHeader(name: string, headers: readonly string[]): string | null {
  const n = fold(name);
  let best: string | null = null;
  let bestScore = 0;
  for (const h of headers) {
    const f = fold(h);
    const common = lcs(n, f);
    const score = common / Math.min(n.length, f.length);
    if (common >= 2 && score >= 0.6 && (score > bestScore || (score === bestScore && best !== null && f.length < fold(best).length))) {
      best = h;
      bestScore = score;
    }
  }
  return best;
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

/** A table's header block in a sheet: where the unit column is and which rows are headers (SPEC §1.3). */
export interface TableBlock {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly unitCol: number;
  readonly labels: ReadonlyMap<number, ReadonlyArray<{ readonly row: number; readonly folded: string }>>;
}

/** The header row (the first of the first 30 rows holding `unitColumn`), its block and labels; null when none. */
export function findBlock(view: SheetView, unitColumn: string): TableBlock | null {
  const header = findHeaderRow(view, unitColumn);
  if (!header) return null;
  const firstDataRow = findFirstDataRow(view, header.row, header.col);
  return { headerRow: header.row, firstDataRow, unitCol: header.col, labels: collectLabels(view, header.row, firstDataRow) };
}

/**
 * The one column of `view` whose label matches `name` (scheme cell `at`); COLUMN_NOT_FOUND (listing
 * the headers, with the nearest) or DUPLICATE_COLUMN into `issues` otherwise, and col -1.
 */
export function findColumn(view: SheetView, block: TableBlock, name: string, at: { sheet: string; row: number; col: number }, issues: Issue[]): ColumnMatch {
  const hits = matchColumns(block.labels, name);
  if (hits.length === 1 && hits[0]) return hits[0];
  if (hits.length === 0) {
    const headers = headerTexts(view, block.headerRow, block.firstDataRow);
    const near = nearestHeader(name, headers);
    issues.push(makeIssue('COLUMN_NOT_FOUND', at, {
      sheet: view.name, name, schemeCell: a1(at.row, at.col),
      found: headers.length ? `表头中有：${shortList(headers)}。${near ? `是不是“${near}”？` : ''}` : '',
      foundEn: headers.length ? ` The headers are: ${shortList(headers, ', ')}.${near ? ` Did you mean "${near}"?` : ''}` : '',
    }));
  } else {
    issues.push(makeIssue('DUPLICATE_COLUMN', at, {
      name,
      cells: hits.map((h) => `${view.name}!${a1(h.row, h.col)}`).join('、'),
    }));
  }
  return { col: -1, row: block.headerRow };
}

/** COLUMN_NOT_FOUND for a sheet whose table has no 单位列 header (at the 单位列 setting, else on the sheet). */
export function unitColumnMissing(view: SheetView, scheme: Scheme): Issue {
  const unitSettingCell = scheme.settings.cells.单位列;
  return makeIssue('COLUMN_NOT_FOUND', unitSettingCell ? { sheet: scheme.sheet, ...unitSettingCell } : { sheet: view.name }, {
    sheet: view.name,
    name: scheme.settings.unitColumn,
    schemeCell: unitSettingCell ? a1(unitSettingCell.row, unitSettingCell.col) : '【基本设置】单位列（默认“单位名称”）',
  });
}

/** True when the indicator's cells are on the data sheet and its cell is its score (直接, no 来源表). */
export function readsDirectly(ind: Scheme['indicators'][number], dataSheet: string): boolean {
  return methodOf(ind) === '直接' && onSheet(ind, dataSheet);
}

/** True when the indicator's cells are on `sheet` (no 来源表, or one naming it). */
export function onSheet(ind: Scheme['indicators'][number], sheet: string): boolean {
  return ind.source === undefined || ind.source === null || fold(ind.source) === fold(sheet);
}

/**
 * Locates the table; every name that matches no column or two columns becomes an issue. Indicators
 * that are not read directly from the data sheet (SPEC §8) get col -1 here: compute/locate.ts finds
 * their cells.
 */
export function findTable(view: SheetView, scheme: Scheme, ownedAt: (headerRow: number) => ReadonlySet<number>): { layout: TableLayout | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const settings = scheme.settings;
  const block = findBlock(view, settings.unitColumn);
  if (!block) return { layout: null, issues: [unitColumnMissing(view, scheme)] };
  const find = (name: string, at: { row: number; col: number }): ColumnMatch => findColumn(view, block, name, { sheet: scheme.sheet, ...at }, issues);
  const groupCell = settings.cells.分组列;
  const groupCol = settings.groupColumn === null ? null : find(settings.groupColumn, groupCell ?? { row: 0, col: 0 }).col;
  const indicators = scheme.indicators.map((i) => (readsDirectly(i, view.name) ? find(i.name, i.cell) : { col: -1, row: block.headerRow }));
  const adjustments = scheme.adjustments.map((a) => find(a.column, a.cell));
  const vetoes = scheme.vetoes.map((v) => find(v.column, v.cell));
  const layout: TableLayout = {
    headerRow: block.headerRow,
    firstDataRow: block.firstDataRow,
    unitCol: block.unitCol,
    groupCol: groupCol !== null && groupCol >= 0 ? groupCol : null,
    indicators,
    adjustments,
    vetoes,
    rightEdge: rightEdgeOf(view, block.headerRow, ownedAt(block.headerRow)),
    labels: block.labels,
  };
  return { layout, issues };
}
