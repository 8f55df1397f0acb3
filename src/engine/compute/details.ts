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

/** Kept-value tags (packed.ts writes them too). */
export const NUMBER = 0;
export const EMPTY = 1;
const OTHER = 2;

/** One indicator's kept values: unit u's cell k at `u × width + k`. */
export interface KeptValues {
  readonly width: number;
  /** 1 when unit u's detail is kept for later. */
  readonly kept: Uint8Array;
  readonly numbers: Float64Array;
  /** NUMBER, EMPTY (null or undefined) or OTHER (in `others`). */
  readonly tags: Uint8Array;
  readonly others: Map<number, CellValue>;
}

export function keptValues(count: number, width: number): KeptValues {
  return { width, kept: new Uint8Array(count), numbers: new Float64Array(count * width), tags: new Uint8Array(count * width), others: new Map() };
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
  into.kept[u] = 1;
  const base = u * into.width;
  for (let k = 0; k < into.width; k++) keepOne(into, base + k, values[k]?.value);
}

/** Keeps unit u's values read from a sheet row: cell k is `row[cols[k]] ?? null` (as `keep` after the runner read that row). */
export function keepRow(into: KeptValues, u: number, row: ReadonlyArray<CellValue | undefined>, cols: Int32Array): void {
  into.kept[u] = 1;
  const base = u * into.width;
  for (let k = 0; k < into.width; k++) keepOne(into, base + k, row[cols[k] ?? -1]);
}

/** Unit u's kept values, as `MethodRunner.runOn` takes them. */
function valuesOf(from: KeptValues, u: number): CellValue[] {
  const out = new Array<CellValue>(from.width);
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
        if (r.kept.kept[u] !== 1) continue;
        const row = r.rowOf === null ? unitRow : (r.rowOf[u] ?? -1);
        const place: UnitPlace = { sheet: r.sheet, dataSheet, row, unit, unitRow };
        out[index] = r.runner.runOn(valuesOf(r.kept, u), place).detail;
      }
      return out;
    },
  };
}
