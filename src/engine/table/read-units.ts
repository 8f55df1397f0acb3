/**
 * Reading the units (SPEC §1.2, §1.3): one pass over the data rows that turns every cell of the
 * scheme's columns into a number, a veto or an issue. Mark rows (分值/满分/权重) are compared with
 * the scheme; 合计/备注… rows and empty rows are skipped.
 */
import type { Issue } from '../model/issue';
import type { Indicator, Scheme } from '../model/scheme';
import type { AdjustmentOutcome, VetoOutcome } from '../model/result';
import type { CellValue } from '../model/workbook';
import { makeIssue } from '../issues/make';
import { a1 } from '../address';
import { fold, tidy } from '../text/fold';
import { readNumber, type NumberRead } from '../cells/number';
import { readVeto } from '../cells/veto';
import { sig15 } from '../math/round';
import type { TableLayout } from './find';
import { SheetView, cellText, isBlank } from './sheet-view';
import { sameKeysIndexed } from '../fast/same-keys';
import type { SlotIndex } from '../fast/slot-index';
import type { UnitNames } from '../fast/match-rows';
import { NONE } from '../model/empty';
import { UnitTable } from '../model/unit-table';
import { categoryOrder } from '../scheme/categories';

/** Unit-cell texts of mark rows (SPEC §1.3), folded. */
export const MARK_ROWS: ReadonlySet<string> = new Set(['分值', '满分', '权重']);
const NOT_UNIT_PREFIXES: readonly string[] = ['合计', '总计', '小计', '平均', '备注', '说明', '注:'];

export interface ReadResult {
  /** The unit table, its read columns filled (rows … blocked); see model/unit-table.ts. */
  readonly table: UnitTable;
  /** Issues that belong to no unit (mark rows, rows without a unit name). */
  readonly issues: Issue[];
  /**
   * The units' folded names and their index, as the duplicate check made them (fast/match-rows.ts
   * `unitsByName` would make the same): the matching of 来源表 rows reuses them. Null when two units
   * share a folded name.
   */
  readonly names: UnitNames | null;
}

const shown = (v: CellValue): string => cellText(v).slice(0, 60);

function describe(read: NumberRead): string {
  switch (read.kind) {
    case 'text': return read.text;
    case 'percent': return read.text;
    case 'boolean': return read.value ? 'TRUE' : 'FALSE';
    default: return '';
  }
}

/** Reads the cells of one row at a time; one reader serves a whole sheet (`start` moves it to a row). */
class RowReader {
  private own: Issue[] | null = null;
  blocked = false;
  row = 0;
  private unit = '';
  /** This row's issues so far (the shared empty list while there are none). */
  get issues(): readonly Issue[] {
    return this.own ?? NONE;
  }
  constructor(private readonly sheet: string) {}

  /** Moves to a new row: no issues, not blocked. */
  start(row: number, unit: string): void {
    this.row = row;
    this.unit = unit;
    this.own = null;
    this.blocked = false;
  }

  add(code: Parameters<typeof makeIssue>[0], col: number, params: Record<string, string | number | undefined>, severity?: 'error' | 'warning', where?: string): void {
    const issue = makeIssue(code, { sheet: this.sheet, row: this.row, col, unit: this.unit, unitRow: this.row, ...(where ? { where } : {}) }, params, severity);
    if (issue.severity === 'error') this.blocked = true;
    (this.own ??= []).push(issue);
  }

  /** Reads a cell meant to hold points; returns the number or null after recording any issue. */
  number(v: CellValue, col: number, fixZh: string, fixEn: string): { value: number | null; empty: boolean } {
    const read = readNumber(v);
    switch (read.kind) {
      case 'empty':
        return { value: null, empty: true };
      case 'number':
        if (read.fromText) this.add('TEXT_NUMBER', col, { value: read.text ?? '', number: read.value });
        return { value: read.value, empty: false };
      case 'error':
        this.add('EXCEL_ERROR', col, { value: read.error });
        return { value: null, empty: false };
      case 'percent':
        this.add('NOT_A_NUMBER', col, { value: read.text, fix: `得分应为分数，不是百分比：请把“${read.text}”换算成分数填写（${fixZh}）。`, fixEn: `A score is points, not a percentage: convert "${read.text}" to points (${fixEn}).` });
        return { value: null, empty: false };
      default:
        this.add('NOT_A_NUMBER', col, { value: describe(read) || shown(v), fix: `请改为数字（${fixZh}）。`, fixEn: `Enter a number (${fixEn}).` });
        return { value: null, empty: false };
    }
  }
}

/**
 * One reader alive as long as this module (exported: a module's unexported constant dies with its
 * loading), for the class's hidden class (fast/README.md, "unit table").
 */
export const IDLE_READER: unknown = new RowReader('');

function readScore(reader: RowReader, v: CellValue, col: number, ind: Indicator, scheme: Scheme): number | null {
  // Fast path: a plain number in range (almost every cell of a large sheet).
  if (typeof v === 'number' && v >= 0 && v <= ind.max + 1e-9) return v;
  const range = `0 到 ${ind.max} 之间的分数`;
  const rangeEn = `points between 0 and ${ind.max}`;
  const { value, empty } = reader.number(v, col, range, rangeEn);
  if (empty) {
    if (scheme.settings.blank === '按0分') {
      reader.add('MISSING_VALUE', col, { indicator: ind.name, max: ind.max, fix: '已按 0 分计算（【基本设置】空白处理 = 按0分）；如有得分请补填。', fixEn: 'It was scored 0 (空白处理 = 按0分); fill it in if that is wrong.' }, 'warning');
      return 0;
    }
    reader.add('MISSING_VALUE', col, { indicator: ind.name, max: ind.max });
    return null;
  }
  if (value === null) return null;
  if (value < 0 || value > ind.max + 1e-9) {
    reader.add('OUT_OF_RANGE', col, { indicator: ind.name, value, max: ind.max });
    return null;
  }
  return value;
}

function readAdjustments(reader: RowReader, view: SheetView, scheme: Scheme, cols: Int32Array): readonly AdjustmentOutcome[] {
  let out: AdjustmentOutcome[] | null = null;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i] ?? -1;
    const adj = scheme.adjustments[i];
    if (col < 0 || adj === undefined) continue;
    const cell = view.value(reader.row, col);
    if (cell === null) continue; // empty: 0 points
    // Fast path: a plain non-negative number (no issue to record).
    const value = typeof cell === 'number' && cell >= 0 && cell !== Infinity ? cell : adjustmentValue(reader, cell, col, adj);
    if (value === null) continue;
    let counted = value;
    if (adj.cap !== null && value > adj.cap) {
      counted = adj.cap;
      reader.add('CAPPED', col, { what: `“${adj.column}”`, whatEn: `"${adj.column}"`, value, cap: adj.cap });
    }
    (out ??= []).push({ column: adj.column, kind: adj.kind, raw: value, counted });
  }
  return out ?? NONE;
}

/** A 加扣分 cell that is not a plain non-negative number: its points, or null after recording the issue. */
function adjustmentValue(reader: RowReader, cell: CellValue, col: number, adj: Scheme['adjustments'][number]): number | null {
  const { value } = reader.number(cell, col, `${adj.kind}填正数，没有则留空或填 0`, `${adj.kind === '加分' ? 'bonus' : 'deduction'} points ≥ 0; leave empty for none`);
  if (value === null) return null;
  if (value < 0) {
    reader.add('NEGATIVE_POINTS', col, { column: adj.column, value });
    return null;
  }
  return value;
}

function readVetoes(reader: RowReader, view: SheetView, scheme: Scheme, cols: Int32Array): readonly VetoOutcome[] {
  let out: VetoOutcome[] | null = null;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i] ?? -1;
    const rule = scheme.vetoes[i];
    if (col < 0 || rule === undefined) continue;
    const v = view.value(reader.row, col);
    if (v === null) continue; // empty: no veto
    const read = readVeto(v);
    if (read.warn) {
      const text = shown(v);
      reader.add('VETO_TEXT', col, {
        column: rule.column,
        value: text,
        // A look-alike (`X`, `✔` …) says which mark it was read as: 已看作“×”，按“不否决”处理.
        decision: (read.mark === null ? '已' : `已看作“${read.mark}”，`) + (read.veto ? `按“否决”处理（${rule.effect}）` : '按“不否决”处理'),
        decisionEn: (read.mark === null ? 'it was taken as ' : `it was read as "${read.mark}", so as `) + (read.veto ? `a veto (${rule.effect})` : 'no veto'),
      });
    }
    if (read.veto) (out ??= []).push({ column: rule.column, effect: rule.effect, reason: read.reason ?? rule.column, cell: a1(reader.row, col) });
  }
  return out ?? NONE;
}

function compareMarkRow(view: SheetView, row: number, kind: string, scheme: Scheme, layout: TableLayout, issues: Issue[]): void {
  scheme.indicators.forEach((ind, i) => {
    const col = layout.indicators[i]?.col ?? -1;
    if (col < 0) return;
    const read = readNumber(view.value(row, col));
    if (read.kind !== 'number' && read.kind !== 'percent') return;
    const expected = kind === '权重' ? (ind.weight ?? ind.max) : ind.max;
    let value: number;
    if (read.kind === 'percent') {
      const n = Number(read.text.replace(/[%％\s]/g, ''));
      if (!Number.isFinite(n)) return;
      value = n;
    } else value = read.value;
    if (sig15(value) === sig15(expected)) return;
    // A 权重 typed as 20% is stored by Excel as the number 0.2.
    if (kind === '权重' && read.kind === 'number' && value <= 1 && sig15(value * 100) === sig15(expected)) return;
    issues.push(makeIssue('MARK_ROW_MISMATCH', { sheet: view.name, row, col }, {
      rowName: kind,
      value: read.kind === 'percent' ? read.text : value,
      indicator: ind.name,
      what: kind === '权重' ? '权重' : '分值',
      expected,
    }));
  });
}

function hasAnyScore(view: SheetView, row: number, layout: TableLayout): boolean {
  for (const m of layout.indicators) if (m.col >= 0 && !isBlank(view.value(row, m.col))) return true;
  for (const m of layout.adjustments) if (m.col >= 0 && !isBlank(view.value(row, m.col))) return true;
  return false;
}

/** Folded text that starts a 合计 / 平均 / 备注 … row. */
export function isNotUnitLabel(folded: string): boolean {
  return folded !== '' && NOT_UNIT_PREFIXES.some((p) => folded.startsWith(p));
}

/** 合计 written left of an empty unit cell (the 序号 column), or in a merge over it. */
function labelledNotUnit(view: SheetView, row: number, unitCol: number): boolean {
  if (isNotUnitLabel(fold(cellText(view.mergedValue(row, unitCol))))) return true;
  for (let c = 0; c < unitCol; c++) if (isNotUnitLabel(fold(cellText(view.value(row, c))))) return true;
  return false;
}

/** The unit's group, tidied; `seen` caches the tidied text per cell value (a sheet has few groups). */
function groupOf(view: SheetView, row: number, col: number | null, seen: Map<CellValue, string | null>): string | null {
  if (col === null) return null;
  const cell = view.mergedValue(row, col);
  let group = seen.get(cell);
  if (group === undefined) {
    const text = tidy(cellText(cell));
    group = text === '' ? null : text;
    if (typeof cell !== 'object' || cell === null) seen.set(cell, group);
  }
  return group;
}

/** The sheet column of each of the scheme's `n` names (-1 where the name matched no column). */
function columnsOf(matches: ReadonlyArray<{ readonly col: number }>, n: number): Int32Array {
  const cols = new Int32Array(n);
  for (let i = 0; i < n; i++) cols[i] = matches[i]?.col ?? -1;
  return cols;
}

export interface ReadInput {
  readonly view: SheetView;
  readonly scheme: Scheme;
  readonly layout: TableLayout;
}

/** Reads every data row of the table into a new unit table (the read step; see model/unit-table.ts). */
export function readUnits({ view, scheme, layout }: ReadInput): ReadResult {
  // Sized for every row up front and cut at the end: growing a 100,000-entry list by push
  // reallocates it a dozen times (measured ~3× slower).
  const most = Math.max(0, view.rowCount - layout.firstDataRow);
  const table = UnitTable.withCapacity(most, { categories: categoryOrder(scheme), grades: scheme.grades.map((g) => g.name) });
  const foldedNames = new Array<string>(most);
  let count = 0;
  const loose: Issue[] = [];
  const indicators = scheme.indicators;
  const indicatorCols = columnsOf(layout.indicators, indicators.length);
  const adjustmentCols = columnsOf(layout.adjustments, scheme.adjustments.length);
  const vetoCols = columnsOf(layout.vetoes, scheme.vetoes.length);
  const groups = new Map<CellValue, string | null>();
  const reader = new RowReader(view.name);
  for (let row = layout.firstDataRow; row < view.rowCount; row++) {
    const name = tidy(cellText(view.value(row, layout.unitCol)));
    const folded = fold(name);
    if (!isUnitRow(view, row, name, folded, { scheme, layout, loose })) continue;
    reader.start(row, name);
    const scores: Array<number | null> = new Array<number | null>(indicators.length);
    for (let i = 0; i < indicators.length; i++) {
      const col = indicatorCols[i] ?? -1;
      const ind = indicators[i];
      scores[i] = col < 0 || ind === undefined ? null : readScore(reader, view.value(row, col), col, ind, scheme);
    }
    table.adjustments[count] = readAdjustments(reader, view, scheme, adjustmentCols);
    table.vetoes[count] = readVetoes(reader, view, scheme, vetoCols);
    table.rows[count] = row;
    table.names[count] = name;
    table.groups[count] = groupOf(view, row, layout.groupCol, groups);
    table.scores[count] = scores;
    table.issues[count] = reader.issues;
    table.blocked[count] = reader.blocked ? 1 : 0;
    foldedNames[count] = folded;
    count++;
  }
  foldedNames.length = count;
  const units = table.cut(count);
  const index = markDuplicates(view.name, units, foldedNames, layout.unitCol);
  return { table: units, issues: loose, names: index === null ? null : { folded: foldedNames, index } };
}

/**
 * False for a row that holds no unit: a mark row (compared with the scheme here), a 合计 / 备注 …
 * row, a 填表人：… footer, an empty row (MISSING_UNIT when it has scores but no name).
 */
function isUnitRow(view: SheetView, row: number, name: string, folded: string, at: { scheme: Scheme; layout: TableLayout; loose: Issue[] }): boolean {
  const { scheme, layout, loose } = at;
  if (MARK_ROWS.has(folded)) {
    compareMarkRow(view, row, folded, scheme, layout, loose);
    return false;
  }
  if (isNotUnitLabel(folded)) return false;
  // A footer line such as 填表人：张三 or 审核: 李四 — a label with a colon and no score — is no unit.
  if ((name.includes(':') || name.includes('：')) && !hasAnyScore(view, row, layout)) return false;
  if (name === '') {
    if (!labelledNotUnit(view, row, layout.unitCol) && hasAnyScore(view, row, layout)) {
      loose.push(makeIssue('MISSING_UNIT', { sheet: view.name, row, col: layout.unitCol, unitRow: row }, { row: row + 1 }));
    }
    return false;
  }
  return true;
}

/** Two rows with the same unit name (after folding; `folded[i]` is unit i's) are both DUPLICATE_UNIT errors. */
function markDuplicates(sheet: string, table: UnitTable, folded: readonly string[], unitCol: number): SlotIndex | null {
  const { lists, index } = sameKeysIndexed(folded);
  for (const same of lists) {
    const cells = same.map((i) => a1(table.rowOf(i), unitCol)).join('、');
    for (const i of same) {
      const row = table.rowOf(i);
      table.issues[i] = [makeIssue('DUPLICATE_UNIT', { sheet, row, col: unitCol, unit: table.nameOf(i), unitRow: row }, { cells }), ...table.issuesOf(i)];
      table.blocked[i] = 1;
    }
  }
  return lists.length === 0 ? index : null;
}
