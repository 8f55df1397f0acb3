import type { Issue } from '../../../src/engine/model/issue';
import type { CellValue, SheetInput } from '../../../src/engine/model/workbook';

/** A scheme sheet from rows of cells, as a host would hand it over. */
export function grid(rows: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>, name = '考核方案'): SheetInput {
  return { name, cells: rows };
}

/** Issues as `CODE@A1` strings, in the order given. */
export function where(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code}@${i.cell ?? '-'}`);
}

/** A minimal valid 【指标】 section: two indicators of 50 (sum 100 = default 满分). */
export const INDICATORS: ReadonlyArray<ReadonlyArray<CellValue>> = [
  ['【指标】'],
  ['指标名称', '分值'],
  ['党建工作', 50],
  ['经济发展', 50],
];
