/**
 * `UnitTable.detailsViewOf` (model/unit-table.ts): a unit's details kept for later are a read-only
 * view that builds them once, at its first read of any kind, and then reads as the built list.
 */
import { UnitTable } from '../../../src/engine/model/unit-table';
import type { IndicatorDetail } from '../../../src/engine/model/result';

const DETAIL: IndicatorDetail = { indicator: '述职评议', method: '评委', text: '9 位评委，平均 86', cell: '述职评议!C4:K4' };

function tableWithLater(): { table: UnitTable; builds: number[] } {
  const table = UnitTable.withCapacity(2, { categories: [], grades: [] });
  const builds: number[] = [];
  const later = { build: (u: number) => (builds.push(u), [null, DETAIL]) };
  table.details[0] = later;
  table.details[1] = later;
  return { table, builds };
}

test('nothing is built until the view is read; then once, whatever the reads', () => {
  const { table, builds } = tableWithLater();
  const view = table.detailsViewOf(1);
  expect(builds).toEqual([]);
  expect(view.length).toBe(2);
  expect(builds).toEqual([1]);
  expect(view[1]).toBe(DETAIL);
  expect([...view]).toEqual([null, DETAIL]);
  expect(JSON.parse(JSON.stringify(view))).toEqual([null, DETAIL]);
  expect(Object.keys(view)).toEqual(['0', '1']);
  expect(builds).toEqual([1]);
});

test('each kind of first read builds: JSON, spread, `in`', () => {
  const a = tableWithLater();
  expect(JSON.stringify(a.table.detailsViewOf(0))).toBe(JSON.stringify([null, DETAIL]));
  const b = tableWithLater();
  expect([...b.table.detailsViewOf(0)]).toEqual([null, DETAIL]);
  const c = tableWithLater();
  expect(1 in c.table.detailsViewOf(0)).toBe(true);
});

test('the view is read-only: a write throws (strict mode) and changes nothing', () => {
  const { table } = tableWithLater();
  const view = table.detailsViewOf(0) as Array<IndicatorDetail | null>;
  expect(() => {
    view[0] = DETAIL;
  }).toThrow(TypeError);
  expect(() => view.push(DETAIL)).toThrow(TypeError);
  expect(() => delete view[1]).toThrow(TypeError);
  expect([...view]).toEqual([null, DETAIL]);
});
