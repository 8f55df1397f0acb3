/** Where unit-level anomaly issues go: the unit's name cell, or one of its score cells. */
import type { IssueAt } from '../issues/make';
import type { AnomalyInput } from './input';

/**
 * The name cell of unit `i`, with the unit's row for 异常标记 and, when given, the text that
 * 异常标记 shows in brackets instead of the cell. Example: row 6, nameCol 1 → cell B7, unitRow 6.
 */
export function nameCellAt(input: AnomalyInput, i: number, where?: string): IssueAt {
  const at = cellAt(input, i, input.nameCol);
  return where === undefined ? at : { ...at, where };
}

/** Unit i's cell in column `col` (0-based), with the unit's name and row for 异常标记. */
export function cellAt(input: AnomalyInput, i: number, col: number): IssueAt {
  const row = input.units.rows[i] ?? -1;
  return { sheet: input.sheet, row, col, unit: input.units.names[i] ?? '', unitRow: row };
}
