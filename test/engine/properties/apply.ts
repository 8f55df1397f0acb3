/**
 * What a host does with a write plan, as far as the engine's next run can see: the planned columns'
 * headers and values written into a copy of the data sheet's grid, and the record sheet's rows.
 */
import { recordToRows, type CellValue, type SheetInput, type WritePlan } from '../../../src/engine';

type Grid = ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;

/** The grid after writing every planned column (a dropped column's empty header is not written). */
export function applyColumns(rows: Grid, plan: WritePlan): Array<Array<CellValue | undefined>> {
  const out: Array<Array<CellValue | undefined>> = rows.map((r) => [...(r ?? [])]);
  const put = (row: number, col: number, v: CellValue): void => {
    while (out.length <= row) out.push([]);
    const line = out[row] as Array<CellValue | undefined>;
    while (line.length <= col) line.push(null);
    line[col] = v;
  };
  for (const c of plan.columns) {
    if (c.header !== '') put(c.headerRow, c.col, c.header);
    c.values.forEach((v, i) => put(c.firstRow + i, c.col, v));
  }
  return out;
}

/** The very hidden `_考评记录` sheet holding the plan's record. */
export function recordSheet(plan: WritePlan): SheetInput {
  return { name: '_考评记录', cells: recordToRows({ record: plan.record, undo: null }), visibility: 'veryHidden' };
}
