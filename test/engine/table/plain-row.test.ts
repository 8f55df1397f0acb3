/**
 * `SheetView.plainRow` (table/sheet-view.ts): a row's own cells when no merge covers any of them —
 * then each is what `value` gives (`cells[c] ?? null`) — else null.
 */
import fc from 'fast-check';
import { SheetView } from '../../../src/engine/table/sheet-view';
import type { CellValue, MergeArea } from '../../../src/engine/model/workbook';

test('述职评议 C2:K2 merged: row 2 (0-based 1) is not plain, row 3 is; a missing row is null', () => {
  const cells: CellValue[][] = [['述职评议表'], [null, null, '述职评议', 'x'], ['城关镇', 1, 90, 85]];
  const view = new SheetView({ name: '述职评议', cells, merges: [{ top: 1, left: 2, bottom: 1, right: 10 }] });
  expect(view.plainRow(1)).toBeNull();
  expect(view.plainRow(2)).toBe(cells[2]);
  expect(view.plainRow(0)).toBe(cells[0]); // a row no merge reaches
  expect(view.plainRow(7)).toBeNull();
});

test('a plain row reads as value() reads, for any grid and merges', () => {
  const cell = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string({ maxLength: 3 }));
  const merge = fc.record({ top: fc.nat(5), left: fc.nat(5), h: fc.nat(2), w: fc.nat(2) }).map(({ top, left, h, w }): MergeArea => ({ top, left, bottom: top + h, right: left + w }));
  fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 7 }), fc.array(merge, { maxLength: 3 }), (grid, merges) => {
    const view = new SheetView({ name: 's', cells: grid, merges });
    for (let r = 0; r < 8; r++) {
      const row = view.plainRow(r);
      if (row === null) continue;
      for (let c = 0; c < 9; c++) expect(row[c] ?? null).toBe(view.value(r, c));
    }
  }));
});
