/**
 * The write plan (SPEC §5) from a finished assessment: output column values, fills and notes on
 * flagged cells, the stale marks of the previous run, the `考核结果` sheet and the record.
 */
import type { Issue } from '../model/issue';
import type { CellMark, OutValue, PlannedColumn, ProgramRecord, StaleMark, WritePlan } from '../model/plan';
import { ERROR_FILL, WARNING_FILL } from '../model/plan';
import type { Scheme } from '../model/scheme';
import type { UnitTable } from '../model/unit-table';
import type { PlacedColumn } from './columns';
import { buildResultSheet, starText } from './result-sheet';
import { decimalsFormat } from './number-format';
import { resultTitle } from './title';
import { columnWidth } from './column-width';
import { columnLook, type TableLook } from './column-style';
import { flagText } from './flags';
import { clip } from './limits';
import type { ResultTarget } from './result-target';


export interface PlanInput {
  readonly scheme: Scheme;
  readonly dataSheet: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly columns: readonly PlacedColumn[];
  /** Columns the previous run created that this run no longer writes: their cells are cleared. */
  readonly droppedColumns: ReadonlyArray<{ readonly col: number; readonly lastRow: number }>;
  /** The finished unit table (flags included): the one source of every value written. */
  readonly table: UnitTable;
  readonly issues: readonly Issue[];
  readonly previous: ProgramRecord | null;
  /** Scope order for the result sheet: unit indexes per scope in rank order (unranked last). */
  readonly scopes: readonly (readonly number[])[];
  readonly schemeBlocked: boolean;
  /** The data sheet's own title line (above its header), for the 考核结果 title; null when none. */
  readonly title: string | null;
  /** The 考核单位/日期 line of the data sheet's title block (title.ts), for row 2 of 考核结果; absent or null: none. */
  readonly info?: string | null;
  /** Where the results list goes (see result-target.ts). */
  readonly resultTarget: ResultTarget;
  /** The language of the cell notes (default Chinese). */
  readonly noteLang?: NoteLang;
  /** Where the new columns take their look from (column-style.ts); absent: the host's plain cells. */
  readonly look?: TableLook;
}

/** The language of the notes written into cells: Chinese (default) or English (`kaoping --lang en`). */
export type NoteLang = 'zh' | 'en';


/**
 * Column `col`'s values, slot k = row `firstRow + k`: `unitAt[k]` is the unit on that row, or -1
 * (a blank, 合计 or mark row: null clears the cell).
 */
function columnValues(col: PlacedColumn, table: UnitTable, flags: readonly string[], unitAt: Int32Array): OutValue[] {
  const count = unitAt.length;
  const values = new Array<OutValue>(count);
  // One loop per key, each reading one column: see fast/README.md (plan columns).
  switch (col.spec.key) {
    case 'score': {
      const ind = col.spec.indicator ?? -1;
      for (let k = 0; k < count; k++) values[k] = table.scoreOf(unitAt[k] ?? -1, ind);
      break;
    }
    case 'subtotal': {
      const category = col.spec.category !== undefined ? table.shape.categories.indexOf(col.spec.category) : -1;
      for (let k = 0; k < count; k++) values[k] = table.subtotalOf(unitAt[k] ?? -1, category);
      break;
    }
    case 'total':
      for (let k = 0; k < count; k++) values[k] = table.totalOf(unitAt[k] ?? -1);
      break;
    case 'rank':
      for (let k = 0; k < count; k++) values[k] = table.rankOf(unitAt[k] ?? -1);
      break;
    case 'overallRank':
      for (let k = 0; k < count; k++) values[k] = table.overallRankOf(unitAt[k] ?? -1);
      break;
    case 'grade':
      for (let k = 0; k < count; k++) values[k] = table.gradeOf(unitAt[k] ?? -1);
      break;
    case 'stars':
      for (let k = 0; k < count; k++) values[k] = starText(table.starsOf(unitAt[k] ?? -1));
      break;
    case 'flags':
      for (let k = 0; k < count; k++) {
        const i = unitAt[k] ?? -1;
        values[k] = i < 0 ? null : flags[i] || null;
      }
      break;
  }
  return values;
}

function planColumns(input: PlanInput, flags: readonly string[], lastRow: number): PlannedColumn[] {
  // Below the header block: a two-row header's second row lies under the merged program header.
  const firstRow = Math.max(input.headerRow + 1, input.firstDataRow);
  const count = Math.max(0, lastRow - firstRow + 1);
  // The unit on each row of the columns (-1: none), computed once for all columns.
  const unitAt = new Int32Array(count).fill(-1);
  const { table } = input;
  for (let i = 0; i < table.count; i++) {
    const k = table.rowOf(i) - firstRow;
    if (k >= 0 && k < count) unitAt[k] = i;
  }
  const out: PlannedColumn[] = input.columns.map((c) => {
    const values = columnValues(c, table, flags, unitAt);
    const numeric = c.spec.key === 'total' || c.spec.key === 'subtotal' || c.spec.key === 'score';
    const decimals = input.scheme.settings.decimals;
    const width = c.isNew ? { width: columnWidth(c.header, values, numeric ? decimals : null) } : {};
    const look = c.isNew ? columnLook(input.headerRow, input.look) : {};
    return { key: c.spec.key, header: c.header, col: c.col, headerRow: input.headerRow, isNew: c.isNew, numberFormat: numeric ? decimalsFormat(decimals) : null, firstRow, values, ...width, ...look };
  });
  for (const d of input.droppedColumns) {
    const values: OutValue[] = [];
    for (let r = firstRow; r <= Math.max(lastRow, d.lastRow); r++) values.push(null);
    out.push({ key: 'flags', header: '', col: d.col, headerRow: input.headerRow, isNew: false, numberFormat: null, firstRow, values });
  }
  return out;
}

/**
 * One note per marked cell holding every issue on it, in the run's language:
 * `考评助手 · 【缺失值】B3：…` (Chinese), or `kaoping · [MISSING_VALUE] B3: …` (English).
 */
function planMarks(issues: readonly Issue[], lang: NoteLang): CellMark[] {
  const byCell = new Map<string, { sheet: string; row: number; col: number; error: boolean; lines: string[] }>();
  for (const i of issues) {
    if (i.row === undefined || i.col === undefined) continue;
    const key = `${i.sheet}\u0000${i.row},${i.col}`;
    let m = byCell.get(key);
    if (!m) byCell.set(key, (m = { sheet: i.sheet, row: i.row, col: i.col, error: false, lines: [] }));
    if (i.severity === 'error') m.error = true;
    m.lines.push(lang === 'en' ? `[${i.code}] ${i.messageEn}` : `【${i.label}】${i.message}`);
  }
  return [...byCell.values()].map((m) => ({
    sheet: m.sheet,
    row: m.row,
    col: m.col,
    fill: m.error ? ERROR_FILL : WARNING_FILL,
    note: clip(`${lang === 'en' ? 'kaoping' : '考评助手'} · ${m.lines.join('\n\n')}`),
  }));
}

export function buildPlan(input: PlanInput): WritePlan {
  const { table } = input;
  let lastRow = input.firstDataRow - 1;
  for (let i = 0; i < table.count; i++) lastRow = Math.max(lastRow, table.rowOf(i));
  const flags = new Array<string>(table.count);
  for (let i = 0; i < table.count; i++) flags[i] = flagText(table.flagDetailsOf(i), input.schemeBlocked);
  const columns = planColumns(input, flags, lastRow);
  const marks = planMarks(input.issues, input.noteLang ?? 'zh');
  const marked = new Set(marks.map((m) => `${m.sheet}\u0000${m.row},${m.col}`));
  const clearMarks: StaleMark[] = (input.previous?.marks ?? []).filter((m) => !marked.has(`${m.sheet}\u0000${m.row},${m.col}`));
  const record: ProgramRecord = {
    dataSheet: input.dataSheet,
    columns: input.columns.map((c) => ({ key: c.spec.key, header: c.header, col: c.col })),
    marks: marks.map((m) => ({ sheet: m.sheet, row: m.row, col: m.col })),
    resultSheet: input.resultTarget.name,
  };
  const scored = input.columns.flatMap((c) => (c.spec.key === 'score' && c.spec.indicator !== undefined ? [c.spec.indicator] : []));
  const list = buildResultSheet(input.scheme, resultTitle(input.title, input.dataSheet), table, input.scopes, flags, scored, input.info ?? null, input.resultTarget);
  return {
    dataSheet: input.dataSheet,
    columns,
    marks,
    clearMarks,
    resultSheet: list,
    record,
  };
}
