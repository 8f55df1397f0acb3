import { columnLook, styleColumn, tableLook } from '../../../src/engine/plan/column-style';

/** Labels by column, each with the rows they sit on. */
const labels = (entries: Array<[number, number[]]>) => new Map(entries.map(([c, rows]) => [c, rows.map((row) => ({ row }))]));

describe('the look of the columns a run adds (issue 14)', () => {
  test('two-row header (rows 3–4, 0-based 2–3), table A..H: merged over rows 2–3, look of H', () => {
    const table = { headerRow: 2, firstDataRow: 4, unitCol: 1, rightEdge: 7, labels: labels([[0, [2]], [1, [2]], [2, [2, 3]], [3, [3]], [7, [2]]]) };
    expect(tableLook(table)).toEqual({ styleCol: 7, headerBottom: 3 });
    expect(columnLook(2, tableLook(table))).toEqual({ headerMerge: { top: 2, bottom: 3 }, styleFrom: { header: { row: 2, col: 7 }, data: { col: 7 } } });
  });

  test('one-row header: no merge', () => {
    const table = { headerRow: 0, firstDataRow: 1, unitCol: 0, rightEdge: 4, labels: labels([[0, [0]], [4, [0]]]) };
    expect(columnLook(0, tableLook(table))).toEqual({ styleFrom: { header: { row: 0, col: 4 }, data: { col: 4 } } });
  });

  test('a blank spacer row below a one-row header is not merged over', () => {
    // Header row 1, blank row 2, data from row 3: no label on row 2.
    const table = { headerRow: 1, firstDataRow: 3, unitCol: 0, rightEdge: 3, labels: labels([[0, [1]], [3, [1]]]) };
    expect(tableLook(table)).toEqual({ styleCol: 3, headerBottom: 1 });
    expect(columnLook(1, tableLook(table)).headerMerge).toBeUndefined();
  });

  test('a stray value right of the last header (right edge 9) does not make column 9 the look: the last labelled column 5 does', () => {
    expect(styleColumn({ headerRow: 0, firstDataRow: 1, unitCol: 0, rightEdge: 9, labels: labels([[0, [0]], [5, [0]]]) })).toBe(5);
  });

  test('labels right of the right edge (the program\'s own columns) are not the look; none at all → the unit column', () => {
    expect(styleColumn({ headerRow: 0, firstDataRow: 1, unitCol: 2, rightEdge: 4, labels: labels([[2, [0]], [3, [0]], [8, [0]]]) })).toBe(3);
    expect(styleColumn({ headerRow: 0, firstDataRow: 1, unitCol: 2, rightEdge: 4, labels: labels([]) })).toBe(2);
  });

  test('no look (a plan built without one): nothing', () => {
    expect(columnLook(3, undefined)).toEqual({});
  });
});
