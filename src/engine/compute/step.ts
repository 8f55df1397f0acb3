/**
 * The compute step (SPEC §8), between read and score: for every unit and every located computed
 * indicator, the method's score goes into the unit's `scores` (one more per-unit value, scored by §2
 * like a read one), its detail into `details`, its issues into the unit's issues (an error blocks the
 * unit), a 差票 veto into its vetoes. Source sheets are matched to the units once each (rows.ts).
 */
import type { Issue } from '../model/issue';
import type { DetailsLater, IndicatorDetail } from '../model/result';
import type { Scheme } from '../model/scheme';
import type { UnitTable } from '../model/unit-table';
import type { LocatedIndicator, SourceTable } from './locate';
import { matchRows, unitIndex, type RowMatch } from './rows';
import type { UnitNames } from '../fast/match-rows';
import { IDLE_RUNNER, KEPT_FAST, makeRunner, type Fast, type MethodRunner } from './dispatch';
import type { SheetView } from '../table/sheet-view';
import { packSheet } from './packed';
import { IDLE_KEPT, detailsLater, keptValues, type KeptValues, type PackedRows, type RunIndicator } from './details';
import { DETAIL_LATER, type UnitPlace } from './types';

export interface ComputeInput {
  readonly scheme: Scheme;
  /** Read step done: names, rows, scores of the direct indicators (null for these), issues, blocked. */
  readonly table: UnitTable;
  readonly dataSheet: string;
  readonly unitCol: number;
  readonly located: readonly LocatedIndicator[];
  /** The units' folded names and index from the read step (table/read-units.ts `ReadResult.names`); absent: made here. */
  readonly names?: UnitNames | null;
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
  if (bySheet.size === 0) return matches;
  const units = input.names !== undefined ? input.names : unitIndex(input.table); // once for every sheet
  for (const [table, names] of bySheet) matches.set(table, matchRows(table, input.table, input.dataSheet, input.unitCol, names.join('、'), units));
  return matches;
}

/** Runs the step; returns the issues that belong to no unit (SOURCE_UNIT_EXTRA). */
export function computeIndicators(input: ComputeInput): Issue[] {
  if (input.located.length === 0) return [];
  const matches = matchSources(input);
  const withIssues = [...matches.values()].filter((m) => m.unitIssues.size > 0);
  const count = input.table.count;
  const lines: Fast[] = [];
  const runners = input.located.map((l) => makeRunner(l, input.scheme, lines));
  KEPT_FAST.lines = lines;
  const packs = packSheets(input.located, runners);
  const ready: Ready[] = input.located.map((l, i) => {
    const runner = runners[i] ?? makeRunner(l, input.scheme);
    const rowOf = l.table.isData ? null : (matches.get(l.table)?.rowOf ?? new Int32Array(count).fill(-1));
    const pack = packs.get(l.table) ?? NO_PACK;
    const kept = keptValues(count, runner.width, { vals: pack.vals, stride: pack.stride, first: pack.first, cols: runner.columns });
    const built = new Map<number, IndicatorDetail>();
    const sheet = l.table.view.name;
    const clean = cleanScores(runner, pack, l.table.view, rowOf, kept, input.table);
    return { located: l, index: l.index, sheet, runner, kept, built, rowOf, packed: pack.vals, stride: pack.stride, first: pack.first, clean };
  });
  // What details need of each indicator, without `located` (its sheet: the workbook stays collectable).
  const kept: RunIndicator[] = ready.map(({ index, sheet, runner, kept: values, built, rowOf }) => ({ index, sheet, runner, kept: values, built, rowOf }));
  const later = detailsLater(kept, input.table, input.dataSheet, input.scheme.indicators.length);
  // One call per unit rather than one long loop here: V8 then optimizes computeUnit as a function
  // instead of this loop by on-stack replacement, whose code deopted at the first line after the loop.
  for (let u = 0; u < count; u++) computeUnit(input, u, ready, withIssues, later);
  const loose: Issue[] = [];
  for (const m of matches.values()) loose.push(...m.loose);
  return loose;
}

/** A located indicator as the step runs it (details.ts), with its sheet's packed rows (packed.ts) and each unit's score from the fused fast path (NaN: not clean, or no row there). */
interface Ready extends RunIndicator {
  readonly located: LocatedIndicator;
  readonly runner: MethodRunner;
  readonly packed: Float64Array;
  readonly stride: number;
  /** The first column packed: row r's base is `r × stride − first` (packed.ts). */
  readonly first: number;
  readonly clean: Float64Array;
}

/**
 * One of each object the step makes per run, alive as long as this module, for their shapes (fast/README.md,
 * "shapes kept alive"): the unit loop and the fused paths were thrown away when a forced GC between runs
 * collected them.
 */
export const IDLE_READY: unknown = {
  located: null, index: 0, sheet: '', runner: IDLE_RUNNER, kept: IDLE_KEPT, built: new Map(), rowOf: null,
  packed: new Float64Array(0), stride: 0, first: 0, clean: new Float64Array(0),
};

/**
 * The fast path (src/engine/fast/README.md, "fused methods") for every unit of one indicator: a clean
 * unit's score, its values kept (as its packed row); NaN for the others, which the plain method then
 * scores in `computeUnit`. One indicator at a time: the loop calls one fused method throughout.
 */
function cleanScores(runner: MethodRunner, pack: Pack, view: SheetView, rowOf: Int32Array | null, kept: KeptValues, table: UnitTable): Float64Array {
  const count = table.count;
  const out = new Float64Array(count).fill(NaN);
  const { vals: packed, stride, first } = pack;
  // In the sheet's row order: the packed rows are read front to back (a 来源表's rows are in any order).
  // Two units on one row (twins on the data sheet) leave the first NaN here: the plain method scores it.
  const unitOf = unitsByRow(rowOf, table, stride > 0 ? packed.length / stride : 0);
  for (let row = 0; row < unitOf.length; row++) {
    const u = unitOf[row] ?? -1;
    if (u < 0) continue;
    const base = row * stride - first;
    const score = runner.cleanScore(packed, base);
    out[u] = score;
    if (!Number.isNaN(score)) runner.keepPacked(kept, u, packed, base, view, row);
  }
  return out;
}

/** The unit on each row of the sheet (−1: none), from each unit's row there (`rowOf`; null: its data-sheet row). */
function unitsByRow(rowOf: Int32Array | null, table: UnitTable, rows: number): Int32Array {
  const unitOf = new Int32Array(rows).fill(-1);
  for (let u = 0; u < table.count; u++) {
    const row = rowOf === null ? table.rowOf(u) : (rowOf[u] ?? -1);
    if (row >= 0 && row < rows) unitOf[row] = u;
  }
  return unitOf;
}

/** A sheet's packed rows (packed.ts): what an indicator's kept values point into, less its columns. */
type Pack = Omit<PackedRows, 'cols'>;
const NO_PACK: Pack = { vals: new Float64Array(0), stride: 0, first: 0 }; // also keeps a pack's shape alive

/** Each sheet of a computed indicator, packed once (packed.ts) over the columns its indicators read (first to last). */
function packSheets(located: readonly LocatedIndicator[], runners: readonly MethodRunner[]): Map<SourceTable, Pack> {
  const spans = new Map<SourceTable, { first: number; end: number }>();
  located.forEach((l, i) => {
    const runner = runners[i];
    if (runner === undefined || runner.width === 0) return;
    const span = spans.get(l.table) ?? { first: Infinity, end: 0 };
    spans.set(l.table, { first: Math.min(span.first, runner.firstColumn), end: Math.max(span.end, runner.stride) });
  });
  const packs = new Map<SourceTable, Pack>();
  for (const [table, { first, end }] of spans) packs.set(table, { vals: packSheet(table.view, end - first, first), stride: end - first, first });
  return packs;
}

/** Unit u: every located indicator's method; its scores, issues and vetoes into the table, its details kept for later. */
function computeUnit(input: ComputeInput, u: number, ready: readonly Ready[], withIssues: readonly RowMatch[], later: DetailsLater): void {
  const { table, dataSheet } = input;
  let extra: Issue[] | null = null; // made at the first issue: most units have none
  for (const m of withIssues) {
    const list = m.unitIssues.get(u);
    if (list) (extra ??= []).push(...list);
  }
  let details = false;
  const scores = table.scores[u];
  const unit = table.nameOf(u);
  const unitRow = table.rowOf(u);
  for (let k = 0; k < ready.length; k++) {
    const r = ready[k];
    if (r === undefined) continue;
    const l = r.located;
    const row = r.rowOf === null ? unitRow : (r.rowOf[u] ?? -1);
    if (row < 0) continue;
    const runner = r.runner;
    const view = l.table.view;
    // A clean unit (cleanScores): its score; its values are kept already. Else the plain method on its cells.
    const clean = r.clean[u] ?? NaN;
    if (!Number.isNaN(clean)) {
      if (scores) scores[l.index] = clean;
      details = true;
      continue;
    }
    runner.read(view, row);
    const place: UnitPlace = { sheet: l.table.view.name, dataSheet, row, unit, unitRow, deferDetail: true };
    const out = runner.finish(place);
    if (scores) scores[l.index] = out.score;
    if (out.detail) {
      details = true;
      if (out.detail === DETAIL_LATER) runner.keep(r.kept, u);
      else r.built.set(u, out.detail);
    }
    if (out.issues.length > 0) (extra ??= []).push(...out.issues);
    if (out.veto) table.vetoes[u] = [...table.vetoesOf(u), out.veto];
  }
  if (details) table.details[u] = later;
  if (extra === null) return;
  table.issues[u] = [...table.issuesOf(u), ...extra];
  if (extra.some((i) => i.severity === 'error')) table.blocked[u] = 1;
}
