/**
 * compute/packed.ts: a sheet's cells packed as numbers for the fused fast paths — a finite number
 * itself, an empty cell EMPTY, anything else NaN (the plain method then runs) — and the values kept for
 * a unit's detail from the packed row equal those `keep` keeps after the runner read the sheet's row.
 */
import { EMPTY, keepPacked, packSheet, packValue } from '../../../src/engine/compute/packed';
import { IN_PACKED, KEPT, NOT_KEPT, keep, keptValues, valuesOf } from '../../../src/engine/compute/details';
import { SheetView } from '../../../src/engine/table/sheet-view';
import type { CellValue } from '../../../src/engine/model/workbook';

describe('packValue', () => {
  it('a finite number is itself (−0 kept), empty is EMPTY, anything else NaN', () => {
    expect(packValue(85.5)).toBe(85.5);
    expect(Object.is(packValue(-0), -0)).toBe(true);
    expect(packValue(null)).toBe(EMPTY);
    expect(packValue(undefined)).toBe(EMPTY);
    for (const v of ['85', '', true, { error: '#N/A' }, NaN, Infinity, -Infinity] as CellValue[]) expect(packValue(v)).toBeNaN();
  });
});

describe('packSheet', () => {
  it('row-major over the stride; a short row is empty past its end; a row under a merge is all NaN', () => {
    // Row 1's B1:B2 merge covers B2 (row 1, col 1): the whole row 1 packs as NaN.
    const view = new SheetView({ name: '评委打分', cells: [[1, '2'], [3, 4, 5], [6]], merges: [{ top: 0, left: 1, bottom: 1, right: 1 }] });
    const p = Array.from(packSheet(view, 3));
    expect(p.slice(0, 3)).toEqual([1, NaN, EMPTY]);
    expect(p.slice(3, 6)).toEqual([NaN, NaN, NaN]);
    expect(p.slice(6, 9)).toEqual([6, EMPTY, EMPTY]);
  });
});

describe('packSheet from a first column', () => {
  it('packs columns first … first + stride − 1: cell (r, c) at r × stride + c − first', () => {
    const view = new SheetView({ name: '述职评议', cells: [['城关镇', 1, 2, 3], ['河口镇', 4, null]] });
    const p = Array.from(packSheet(view, 2, 2)); // columns C and D
    expect(p).toEqual([2, 3, EMPTY, EMPTY]);
    const base = 1 * 2 - 2; // row 1's base: a reader adds the column
    expect(p[base + 2]).toBe(EMPTY);
  });

  it('keeps a clean row of such a pack IN_PACKED and reads it back by column', () => {
    const view = new SheetView({ name: '述职评议', cells: [['城关镇', 1, 2, 3], ['河口镇', 4, 5, 6]] });
    const cols = Int32Array.from([3, 2]);
    const vals = packSheet(view, 2, 2);
    const got = keptValues(2, 2, { vals, stride: 2, first: 2, cols });
    keepPacked(got, 1, vals, 1 * 2 - 2, cols, view, 1);
    expect(got.kept[1]).toBe(IN_PACKED);
    expect(valuesOf(got, 1, 1)).toEqual([6, 5]);
  });
});

describe('keepPacked', () => {
  it('keeps what keep keeps: a clean row as the packed row itself (IN_PACKED), a row with a NaN from the sheet row (KEPT)', () => {
    const view = new SheetView({ name: '实绩', cells: [[0, 7, null, -0], [0, 'x', 2.5, 9]] });
    const cols = Int32Array.from([3, 1, 2]);
    const vals = packSheet(view, 4);
    const cases: Array<[number, number, CellValue[]]> = [
      [0, IN_PACKED, [-0, 7, null]],
      [1, KEPT, [9, 'x', 2.5]],
    ];
    for (const [row, how, values] of cases) {
      const want = keptValues(2, 3);
      const got = keptValues(2, 3, { vals, stride: 4, first: 0, cols });
      const line = view.plainRow(row) ?? [];
      keep(want, 1, Array.from(cols, (c) => ({ value: line[c] ?? null })));
      keepPacked(got, 1, vals, row * 4, cols, view, row);
      expect(got.kept[1]).toBe(how);
      expect(got.kept[0]).toBe(NOT_KEPT);
      expect(valuesOf(got, 1, row)).toEqual(values);
      expect(valuesOf(got, 1, row)).toEqual(valuesOf(want, 1, row));
      expect(Object.is(valuesOf(got, 1, row)[0], row === 0 ? -0 : 9)).toBe(true); // −0 kept as −0
    }
  });

  it('without the packed rows (or at another base) it copies, as keep', () => {
    const view = new SheetView({ name: '实绩', cells: [[0, 7, null, 4]] });
    const cols = Int32Array.from([3, 1]);
    const vals = packSheet(view, 4);
    const got = keptValues(1, 2);
    keepPacked(got, 0, vals, 0, cols, view, 0);
    expect(got.kept[0]).toBe(KEPT);
    expect(valuesOf(got, 0, 0)).toEqual([4, 7]);
  });
});
