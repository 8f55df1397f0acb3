/** The `考核结果` sheet: title (row 1), bold header (row 2, frozen with the title), rows from row 3. */
import type { ResultSheetPlan } from '../../engine/model/plan';
import type { Item } from './batch';
import { toOfficeInput } from './cells';
import { blockItem, rectangle } from './write-items';

/** Excel column width in characters → points (7 px per character + 5 px padding, at 0.75 pt/px). */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

export function resultSheetItems(plan: ResultSheetPlan, existed: boolean): Item[] {
  const width = Math.max(1, plan.header.length);
  const setup: Item = {
    est: 600 + plan.widths.length * 80,
    queue(ctx) {
      const ws = existed ? ctx.workbook.worksheets.getItem(plan.name) : ctx.workbook.worksheets.add(plan.name);
      if (existed) ws.getUsedRange().clear();
      ws.getRangeByIndexes(1, 0, 1, width).format.font.bold = true;
      plan.widths.forEach((w, i) => { ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w); });
      ws.freezePanes.freezeRows(2);
      return () => undefined;
    },
    split: () => null,
  };
  const head = rectangle([[plan.title], plan.header].map((r) => r.map((v) => toOfficeInput(v))), width);
  const items: Item[] = [setup, blockItem(plan.name, 0, 0, head)];
  if (plan.rows.length) items.push(blockItem(plan.name, 2, 0, rectangle(plan.rows.map((r) => r.map((v) => toOfficeInput(v))), width)));
  return items;
}
