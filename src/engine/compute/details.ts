/**
 * Details kept for later (SPEC §8.6 `details`): in the compute step's own run a method that scored
 * returns `DETAIL_LATER` instead of its detail (UnitPlace.deferDetail), and the step keeps, per unit
 * and indicator, the cell values the method read. `build` runs the same method on those values —
 * the one way every detail is made, so the report and the pane get exactly the detail the method
 * would have built at once. The unit table calls it when a reader first asks (`detailsOf`).
 */
import type { DeferredDetail, IndicatorDetail } from '../model/result';
import type { CellValue } from '../model/workbook';
import type { MethodRunner } from './dispatch';
import type { UnitPlace } from './types';

interface KeptDetail extends DeferredDetail {
  readonly runner: MethodRunner;
  readonly place: UnitPlace;
  readonly values: readonly CellValue[];
}

/** `build` of every kept detail: one shared function, no closure per unit. */
function buildKept(this: KeptDetail): IndicatorDetail | null {
  const p = this.place;
  return this.runner.runOn(this.values, { sheet: p.sheet, dataSheet: p.dataSheet, row: p.row, unit: p.unit, unitRow: p.unitRow }).detail;
}

/**
 * The detail of the unit at `place`, kept for later: the values `runner` just read. An object literal,
 * not a class instance: a literal's hidden class lives as long as the code (its boilerplate keeps
 * it), where a class's dies in a full GC with no instance alive and takes the optimized code that
 * used it along (fast/README.md, "unit table").
 */
export function keepDetail(runner: MethodRunner, place: UnitPlace, values: readonly CellValue[]): DeferredDetail {
  const kept: KeptDetail = { build: buildKept, runner, place, values };
  return kept;
}
