/** Where unit-level anomaly issues go: the unit's name cell. */
import type { IssueAt } from '../issues/make';
import type { AnomalyInput, AnomalyUnit } from './input';

/**
 * The name cell of `unit`, with the unit's row for 异常标记 and, when given, the text that
 * 异常标记 shows in brackets instead of the cell. Example: row 6, nameCol 1 → cell B7, unitRow 6.
 */
export function nameCellAt(input: AnomalyInput, unit: AnomalyUnit, where?: string): IssueAt {
  const at = { sheet: input.sheet, row: unit.row, col: input.nameCol, unit: unit.name, unitRow: unit.row };
  return where === undefined ? at : { ...at, where };
}
