/**
 * Last period's results from a sheet (issue 5, PERIOD_JUMP): a copy of last year's 考核结果, or any
 * sheet with a unit-name column, a `总分` column and a `总排名` or `排名` column. The header row is the
 * first of the first 30 rows that holds the unit-name header; names are matched later by `fold()`.
 * Example: rows [['单位名称','总分','排名'], ['城关镇', 92, 1]] → { units: [{ name: '城关镇', total: 92, rank: 1 }] }.
 */
import type { SheetInput } from './model/workbook';
import type { PreviousPeriod } from './model/previous';
import { readNumber } from './cells/number';
import { fold, tidy } from './text/fold';
import { foldedLabelMatches } from './table/match';
import { SheetView, cellText } from './table/sheet-view';

/** Headers a unit-name column goes by when no scheme says which (the 上期 sheet, a draft scheme). */
export const UNIT_HEADERS = ['单位名称', '被考核单位', '单位'];

function findCol(view: SheetView, row: number, names: readonly string[]): number {
  for (const name of names) {
    const f = fold(name);
    for (let c = 0; c < view.rowWidth(row); c++) {
      if (foldedLabelMatches(fold(cellText(view.value(row, c))), f)) return c;
    }
  }
  return -1;
}

/** Reads last period's units from a sheet; null when the sheet has no unit, 总分 and rank columns. */
export function previousFromSheet(sheet: SheetInput, unitColumn?: string): PreviousPeriod | null {
  const view = new SheetView(sheet);
  const unitNames = unitColumn ? [unitColumn, ...UNIT_HEADERS] : UNIT_HEADERS;
  for (let r = 0; r < Math.min(view.rowCount, 30); r++) {
    const unitCol = findCol(view, r, unitNames);
    if (unitCol < 0) continue;
    const totalCol = findCol(view, r, ['总分']);
    const rankCol = findCol(view, r, ['总排名', '排名', '组内排名']);
    if (totalCol < 0 || rankCol < 0) continue;
    const units: Array<{ name: string; total: number | null; rank: number | null }> = [];
    for (let row = r + 1; row < view.rowCount; row++) {
      const name = tidy(cellText(view.value(row, unitCol)));
      if (name === '') continue;
      const t = readNumber(view.value(row, totalCol));
      const k = readNumber(view.value(row, rankCol));
      units.push({ name, total: t.kind === 'number' ? t.value : null, rank: k.kind === 'number' ? k.value : null });
    }
    return { units };
  }
  return null;
}
