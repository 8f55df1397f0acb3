/**
 * Details kept for later (SPEC §8.6 `details`): in the compute step's own run a method that scored
 * returns `DETAIL_LATER` instead of its detail (UnitPlace.deferDetail), and the step keeps the cell
 * values the method read, in one column per indicator (numbers in a Float64Array: no object per unit,
 * nothing for the collector to copy). `build` runs the same method on those values — the one way
 * every detail is made — so the report and the pane get exactly the detail the method would have
 * built at once. The unit table calls it when a reader first asks (`UnitTable.detailsOf`).
 */
import type { DetailsLater, IndicatorDetail } from '../model/result';
import type { CellValue } from '../model/workbook';
import type { MethodOutcome, UnitPlace } from './types';

/** packed.ts's EMPTY (−∞), written here: packed.ts imports this file. */
const PACKED_EMPTY = -Infinity;

/** Kept-value tags (packed.ts writes them too). */
export const NUMBER = 0;
export const EMPTY = 1;
const OTHER = 2;

/** How unit u's values are kept (`KeptValues.kept[u]`). */
export const NOT_KEPT = 0;
/** In `numbers` / `tags` at `u × width`. */
export const KEPT = 1;
/** In the sheet's packed rows (compute/packed.ts), at the unit's row: a clean unit's, nothing copied. */
export const IN_PACKED = 2;

/** A sheet's packed rows (compute/packed.ts) and the indicator's cells' columns on them. */
export interface PackedRows {
  readonly vals: Float64Array;
  readonly stride: number;
  /** The first column packed: cell (r, c) is at `r × stride + c − first` (packed.ts). */
  readonly first: number;
  readonly cols: Int32Array;
}

/** One indicator's kept values: unit u's cell k at `u × width + k`. */
export interface KeptValues {
  readonly width: number;
  readonly count: number;
  /** NOT_KEPT, KEPT or IN_PACKED, by unit. */
  readonly kept: Uint8Array;
  /** Made at the first unit KEPT (empty until then: most units are IN_PACKED). */
  numbers: Float64Array;
  /** NUMBER, EMPTY (null or undefined) or OTHER (in `others`). */
  tags: Uint8Array;
  readonly others: Map<number, CellValue>;
  /** Where IN_PACKED units' values are; null when none can be. */
  readonly packed: PackedRows | null;
}

/** One kept-values column alive as long as this module, for its object shape (fast/README.md, "shapes kept alive"). */
export const IDLE_KEPT: unknown = keptValues(0, 0, { vals: new Float64Array(0), stride: 0, first: 0, cols: new Int32Array(0) });

export function keptValues(count: number, width: number, packed: PackedRows | null = null): KeptValues {
  return { width, count, kept: new Uint8Array(count), numbers: new Float64Array(0), tags: new Uint8Array(0), others: new Map(), packed };
}

/** Unit u's values are about to be KEPT: the columns exist. */
function slots(into: KeptValues, u: number): number {
  if (into.numbers.length === 0) {
    into.numbers = new Float64Array(into.count * into.width);
    into.tags = new Uint8Array(into.count * into.width);
  }
  into.kept[u] = KEPT;
  return u * into.width;
}

/** Keeps one value at slot `at` of the kept values. */
function keepOne(into: KeptValues, at: number, v: CellValue | undefined): void {
  if (typeof v === 'number') {
    into.numbers[at] = v;
    into.tags[at] = NUMBER;
  } else if (v === null || v === undefined) {
    into.tags[at] = EMPTY;
  } else {
    into.tags[at] = OTHER;
    into.others.set(at, v);
  }
}

/** Keeps unit u's values (`values`, in the runner's cell order). */
export function keep(into: KeptValues, u: number, values: ArrayLike<{ readonly value: CellValue }>): void {
  const base = slots(into, u);
  for (let k = 0; k < into.width; k++) keepOne(into, base + k, values[k]?.value);
}

/** Keeps unit u's values read from a sheet row: cell k is `row[cols[k]] ?? null` (as `keep` after the runner read that row). */
export function keepRow(into: KeptValues, u: number, row: ReadonlyArray<CellValue | undefined>, cols: Int32Array): void {
  const base = slots(into, u);
  for (let k = 0; k < into.width; k++) keepOne(into, base + k, row[cols[k] ?? -1]);
}

/** Unit u's kept values (its `row` on the indicator's sheet), as `MethodRunner.runOn` takes them. */
export function valuesOf(from: KeptValues, u: number, row: number): CellValue[] {
  const out = new Array<CellValue>(from.width);
  const packed = from.packed;
  if (from.kept[u] === IN_PACKED && packed !== null) {
    const at = row * packed.stride - packed.first;
    for (let k = 0; k < from.width; k++) {
      const v = packed.vals[at + (packed.cols[k] ?? 0)] ?? NaN;
      out[k] = v === PACKED_EMPTY ? null : v;
    }
    return out;
  }
  const base = u * from.width;
  for (let k = 0; k < from.width; k++) {
    const tag = from.tags[base + k];
    out[k] = tag === NUMBER ? (from.numbers[base + k] ?? 0) : tag === EMPTY ? null : (from.others.get(base + k) ?? null);
  }
  return out;
}

/**
 * One computed indicator as the step ran it: its runner, its kept values, and each unit's row on its
 * sheet. Only what a detail needs: no sheet, so an assessment does not keep its workbook alive.
 */
export interface RunIndicator {
  /** Index in the scheme's indicators. */
  readonly index: number;
  /** The sheet of its cells (the data sheet or its 来源表). */
  readonly sheet: string;
  /** The indicator's method on given values (dispatch.ts `MethodRunner.runOn`). */
  readonly runner: { runOn(values: readonly CellValue[], place: UnitPlace): MethodOutcome };
  readonly kept: KeptValues;
  /** Details a method built at once (none under deferDetail; kept for safety), by unit. */
  readonly built: Map<number, IndicatorDetail>;
  /** Unit u's row on the indicator's sheet; null: the unit's own row (the data sheet). */
  readonly rowOf: Int32Array | null;
}

/** Where a unit is, for `build`: its name and data-sheet row. */
export interface UnitsAt {
  nameOf(u: number): string;
  rowOf(u: number): number;
}

/** The details of every unit of one assessment, built per unit on request (one object per assessment). */
export function detailsLater(indicators: readonly RunIndicator[], units: UnitsAt, dataSheet: string, width: number): DetailsLater {
  return {
    build(u: number): ReadonlyArray<IndicatorDetail | null> {
      const out = new Array<IndicatorDetail | null>(width).fill(null);
      const unit = units.nameOf(u);
      const unitRow = units.rowOf(u);
      for (const r of indicators) {
        const index = r.index;
        const ready = r.built.get(u);
        if (ready) out[index] = ready;
        if (r.kept.kept[u] === NOT_KEPT) continue;
        const row = r.rowOf === null ? unitRow : (r.rowOf[u] ?? -1);
        const place: UnitPlace = { sheet: r.sheet, dataSheet, row, unit, unitRow };
        out[index] = r.runner.runOn(valuesOf(r.kept, u, row), place).detail;
      }
      return out;
    },
  };
}
