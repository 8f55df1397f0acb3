import { columnLook, dataColumn, styleColumn, tableLook } from '../../../src/engine/plan/column-style';
import { textWidth } from '../../../src/engine/plan/result-layout';

/** Labels by column, each with the rows they sit on. */
const labels = (entries: Array<[number, number[]]>) => new Map(entries.map(([c, rows]) => [c, rows.map((row) => ({ row }))]));
const cols = (...list: number[]) => list.map((col) => ({ col }));
const NONE = { indicators: [], adjustments: [], vetoes: [] };

describe('the look of the columns a run adds (issue 14)', () => {
  test('golden 01: two-row header (rows 3–4, 0-based 2–3), indicators C..G, 备注 H: merged over rows 2–3, header like H, values like G', () => {
    const table = { headerRow: 2, firstDataRow: 4, unitCol: 1, rightEdge: 7, labels: labels([[0, [2]], [1, [2]], [2, [2, 3]], [3, [3]], [7, [2]]]), indicators: cols(2, 3, 4, 5, 6), adjustments: [], vetoes: [] };
    expect(tableLook(table)).toEqual({ styleCol: 7, dataCol: 6, headerBottom: 3 });
    expect(columnLook(2, tableLook(table))).toEqual({ headerMerge: { top: 2, bottom: 3 }, styleFrom: { header: { row: 2, col: 7 }, data: { col: 6 } } });
  });

  test('one-row header: no merge', () => {
    const table = { headerRow: 0, firstDataRow: 1, unitCol: 0, rightEdge: 4, labels: labels([[0, [0]], [4, [0]]]), ...NONE };
    expect(columnLook(0, tableLook(table))).toEqual({ styleFrom: { header: { row: 0, col: 4 }, data: { col: 4 } } });
  });

  test('a blank spacer row below a one-row header is not merged over', () => {
    // Header row 1, blank row 2, data from row 3: no label on row 2.
    const table = { headerRow: 1, firstDataRow: 3, unitCol: 0, rightEdge: 3, labels: labels([[0, [1]], [3, [1]]]), ...NONE };
    expect(tableLook(table)).toEqual({ styleCol: 3, dataCol: 3, headerBottom: 1 });
    expect(columnLook(1, tableLook(table)).headerMerge).toBeUndefined();
  });

  test('a stray value right of the last header (right edge 9) does not make column 9 the look: the last labelled column 5 does', () => {
    expect(styleColumn({ headerRow: 0, firstDataRow: 1, unitCol: 0, rightEdge: 9, labels: labels([[0, [0]], [5, [0]]]), ...NONE })).toBe(5);
  });

  test('labels right of the right edge (the program\'s own columns) are not the look; none at all → the unit column', () => {
    expect(styleColumn({ headerRow: 0, firstDataRow: 1, unitCol: 2, rightEdge: 4, labels: labels([[2, [0]], [3, [0]], [8, [0]]]), ...NONE })).toBe(3);
    expect(styleColumn({ headerRow: 0, firstDataRow: 1, unitCol: 2, rightEdge: 4, labels: labels([]), ...NONE })).toBe(2);
  });

  test('values copy the last scheme column (indicator, 加扣分 or 否决), not a 备注 column after it', () => {
    const base = { headerRow: 0, firstDataRow: 1, unitCol: 0, rightEdge: 9, labels: labels([[0, [0]], [9, [0]]]) };
    expect(dataColumn({ ...base, indicators: cols(1, 2, -1), adjustments: cols(5), vetoes: cols(7, 8) })).toBe(8);
    expect(dataColumn({ ...base, indicators: cols(1, 2), adjustments: cols(4), vetoes: [] })).toBe(4);
    // None found: the header's column.
    expect(dataColumn({ ...base, indicators: cols(-1), adjustments: [], vetoes: [] })).toBe(9);
  });

  test('no look (a plan built without one): nothing', () => {
    expect(columnLook(3, undefined)).toEqual({});
  });
});

test('widths: ★ and other symbols CJK fonts draw full width count 2, like CJK', () => {
  expect([textWidth('★★★'), textWidth('总分'), textWidth('98.50'), textWidth('●■')]).toEqual([6, 4, 5, 4]);
});
