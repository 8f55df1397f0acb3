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

export class KeptDetail implements DeferredDetail {
  constructor(
    private readonly runner: MethodRunner,
    private readonly place: UnitPlace,
    private readonly values: readonly CellValue[],
  ) {}

  build(): IndicatorDetail | null {
    const p = this.place;
    return this.runner.runOn(this.values, { sheet: p.sheet, dataSheet: p.dataSheet, row: p.row, unit: p.unit, unitRow: p.unitRow }).detail;
  }
}
