/**
 * The write plan (SPEC §5) from a finished assessment: output column values, fills and notes on
 * flagged cells, the stale marks of the previous run, the `考核结果` sheet and the record.
 */
import type { Issue } from '../model/issue';
import type { CellMark, OutValue, PlannedColumn, ProgramRecord, StaleMark, WritePlan } from '../model/plan';
import { ERROR_FILL, WARNING_FILL } from '../model/plan';
import type { Scheme } from '../model/scheme';
import type { UnitResult } from '../model/result';
import type { PlacedColumn } from './columns';
import { buildResultSheet, starText } from './result-sheet';
import { decimalsFormat } from './number-format';
import { resultTitle } from './title';
import { columnWidth } from './column-width';
import { flagText } from './flags';
import { clip } from './limits';
import { categoryOrder } from '../scheme/categories';
import type { SubtotalTable } from '../score/total';
import type { ResultTarget } from './result-target';


export interface PlanInput {
  readonly scheme: Scheme;
  readonly dataSheet: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly columns: readonly PlacedColumn[];
  /** Columns the previous run created that this run no longer writes: their cells are cleared. */
  readonly droppedColumns: ReadonlyArray<{ readonly col: number; readonly lastRow: number }>;
  readonly units: readonly UnitResult[];
  /** Per unit (same index): its rounded subtotals in `categoryOrder(scheme)` (see `SubtotalTable`). */
  readonly subtotals: SubtotalTable;
  readonly issues: readonly Issue[];
  readonly previous: ProgramRecord | null;
  /** Scope order for the result sheet: unit indexes per scope in rank order (unranked last). */
  readonly scopes: readonly (readonly number[])[];
  readonly schemeBlocked: boolean;
  /** The data sheet's own title line (above its header), for the 考核结果 title; null when none. */
  readonly title: string | null;
  /** Where the results list goes (see result-target.ts). */
  readonly resultTarget: ResultTarget;
}


/**
 * Column `col`'s values, slot k = row `firstRow + k`: `unitAt[k]` is the unit on that row, or -1
 * (a blank, 合计 or mark row: null clears the cell).
 */
function columnValues(col: PlacedColumn, input: PlanInput, flags: readonly string[], unitAt: Int32Array): OutValue[] {
  const { units, subtotals: table } = input;
  const count = unitAt.length;
  const values = new Array<OutValue>(count);
  // One loop per key, each reading one field: see fast/README.md (plan columns).
  const unit = (k: number): UnitResult | null => {
    const i = unitAt[k] as number;
    return i < 0 ? null : (units[i] as UnitResult);
  };
  switch (col.spec.key) {
    case 'subtotal': {
      const category = col.spec.category !== undefined ? categoryOrder(input.scheme).indexOf(col.spec.category) : -1;
      const K = table.categoryCount;
      for (let k = 0; k < count; k++) {
        const i = unitAt[k] as number;
        values[k] = i >= 0 && category >= 0 && table.scored[i] === 1 ? (table.subtotals[i * K + category] as number) : null;
      }
      break;
    }
    case 'total':
      for (let k = 0; k < count; k++) values[k] = unit(k)?.total ?? null;
      break;
    case 'rank':
      for (let k = 0; k < count; k++) values[k] = unit(k)?.rank ?? null;
      break;
    case 'overallRank':
      for (let k = 0; k < count; k++) values[k] = unit(k)?.overallRank ?? null;
      break;
    case 'grade':
      for (let k = 0; k < count; k++) values[k] = unit(k)?.grade ?? null;
      break;
    case 'stars':
      for (let k = 0; k < count; k++) values[k] = starText(unit(k)?.stars ?? null);
      break;
    case 'flags':
      for (let k = 0; k < count; k++) {
        const i = unitAt[k] as number;
        values[k] = i < 0 ? null : flags[i] || null;
      }
      break;
  }
  return values;
}

function planColumns(input: PlanInput, flags: readonly string[], lastRow: number): PlannedColumn[] {
  const firstRow = input.headerRow + 1;
  const count = Math.max(0, lastRow - firstRow + 1);
  // The unit on each row of the columns (-1: none), computed once for all columns.
  const unitAt = new Int32Array(count).fill(-1);
  input.units.forEach((u, i) => {
    const k = u.row - firstRow;
    if (k >= 0 && k < count) unitAt[k] = i;
  });
  const out: PlannedColumn[] = input.columns.map((c) => {
    const values = columnValues(c, input, flags, unitAt);
    const numeric = c.spec.key === 'total' || c.spec.key === 'subtotal';
    const decimals = input.scheme.settings.decimals;
    const width = c.isNew ? { width: columnWidth(c.header, values, numeric ? decimals : null) } : {};
    return { key: c.spec.key, header: c.header, col: c.col, headerRow: input.headerRow, isNew: c.isNew, numberFormat: numeric ? decimalsFormat(decimals) : null, firstRow, values, ...width };
  });
  for (const d of input.droppedColumns) {
    const values: OutValue[] = [];
    for (let r = firstRow; r <= Math.max(lastRow, d.lastRow); r++) values.push(null);
    out.push({ key: 'flags', header: '', col: d.col, headerRow: input.headerRow, isNew: false, numberFormat: null, firstRow, values });
  }
  return out;
}

function planMarks(issues: readonly Issue[]): CellMark[] {
  const byCell = new Map<string, { sheet: string; row: number; col: number; error: boolean; lines: string[] }>();
  for (const i of issues) {
    if (i.row === undefined || i.col === undefined) continue;
    const key = `${i.sheet}\u0000${i.row},${i.col}`;
    let m = byCell.get(key);
    if (!m) byCell.set(key, (m = { sheet: i.sheet, row: i.row, col: i.col, error: false, lines: [] }));
    if (i.severity === 'error') m.error = true;
    m.lines.push(`【${i.label}】${i.message}\n${i.messageEn}`);
  }
  return [...byCell.values()].map((m) => ({
    sheet: m.sheet,
    row: m.row,
    col: m.col,
    fill: m.error ? ERROR_FILL : WARNING_FILL,
    note: clip(`考评助手 · ${m.lines.join('\n\n')}`),
  }));
}

export function buildPlan(input: PlanInput): WritePlan {
  let lastRow = input.firstDataRow - 1;
  for (let i = 0; i < input.units.length; i++) lastRow = Math.max(lastRow, (input.units[i] as UnitResult).row);
  const flags = input.units.map((u) => flagText(u, input.schemeBlocked));
  const columns = planColumns(input, flags, lastRow);
  const marks = planMarks(input.issues);
  const marked = new Set(marks.map((m) => `${m.sheet}\u0000${m.row},${m.col}`));
  const clearMarks: StaleMark[] = (input.previous?.marks ?? []).filter((m) => !marked.has(`${m.sheet}\u0000${m.row},${m.col}`));
  const record: ProgramRecord = {
    dataSheet: input.dataSheet,
    columns: input.columns.map((c) => ({ key: c.spec.key, header: c.header, col: c.col })),
    marks: marks.map((m) => ({ sheet: m.sheet, row: m.row, col: m.col })),
    resultSheet: input.resultTarget.name,
  };
  const list = buildResultSheet(input.scheme, resultTitle(input.title, input.dataSheet), input.units, input.scopes, flags, input.subtotals);
  return {
    dataSheet: input.dataSheet,
    columns,
    marks,
    clearMarks,
    resultSheet: { ...list, name: input.resultTarget.name, replaces: input.resultTarget.replaces },
    record,
  };
}
