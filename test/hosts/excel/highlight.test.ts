/**
 * A marks-only plan (`highlightPlan`, 快速校验) on the Excel double: exactly the fills and notes are
 * written, 考核结果 is left alone whether it exists or not, and undo puts everything back.
 */
import { installOfficeDouble, type DoubleCell, type DoubleWorkbookInit, type OfficeDouble } from '../../office-double';
import { readWorkbook, writePlan, undoLastWrite } from '../../../src/hosts/excel';
import { RECORD_SHEET, rowsToRecord } from '../../../src/engine/record';
import { highlightPlan } from '../../../src/engine';
import { DATA, plan, score, workbook } from './fixtures';

/** 12 units; C3 has a fill and a note of the clerk's, J10 (outside the table) only a note. */
function book(extra: DoubleWorkbookInit['sheets'] = []): DoubleWorkbookInit {
  const base = workbook(12);
  return {
    sheets: [
      { ...base.sheets[0]!, fills: { '2,2': '#DDEBF7' }, notes: { '2,2': '原批注', '9,9': 'J10 的批注' } },
      base.sheets[1]!,
      ...extra,
    ],
  };
}

const RESULT = { name: '考核结果', cells: [['上期结果'], ['名次', '单位'], [1, '甲'], [2, '乙']], formulas: { '3,0': 'A3+1' }, fills: { '1,0': '#DDEBF7' } };

/** Marks C3 (row 2, col 2) red 问题1, D4 (3, 3) yellow 问题2, J10 (9, 9) red 问题3 (fixtures.plan). */
const MARKS: Array<[number, number]> = [[2, 2], [3, 3], [9, 9]];

function snapshotCells(xl: OfficeDouble): Map<string, Map<string, DoubleCell>> {
  return new Map(xl.sheetNames().filter((n) => n !== RECORD_SHEET).map((n) => [n, xl.cells(n)]));
}

describe('writePlan with a marks-only plan (resultSheet null)', () => {
  test.each([
    ['without a 考核结果 sheet', [] as DoubleWorkbookInit['sheets']],
    ['with a 考核结果 sheet', [RESULT]],
  ])('%s: writes exactly the fills and notes, leaves 考核结果 as it was, and undo restores everything', async (_name, extra) => {
    const xl = installOfficeDouble(globalThis, book(extra));
    const before = xl.save();
    const cellsBefore = snapshotCells(xl);
    const { fingerprint } = await readWorkbook();
    const h = highlightPlan(plan(12, { marks: MARKS }));
    expect(h.resultSheet).toBeNull();
    expect((await writePlan(h, fingerprint)).ok).toBe(true);

    // Every cell of every sheet but the record: as before, except the three marked cells, which keep
    // their values (C3 = score(0, 0) = 0, D4 = score(1, 1) = 10, J10 blank) and get the fill and note.
    const expected = new Map([...cellsBefore].map(([n, m]) => [n, new Map(m)]));
    const data = expected.get(DATA)!;
    expect(score(0, 0)).toBe(0);
    expect(score(1, 1)).toBe(10);
    data.set('2,2', { v: 0, fill: '#FFC7CE', note: '问题1：请核对。' });
    data.set('3,3', { v: 10, fill: '#FFEB9C', note: '问题2：请核对。' });
    data.set('9,9', { v: null, fill: '#FFC7CE', note: '问题3：请核对。' });
    expect(snapshotCells(xl)).toEqual(expected);
    expect(xl.sheetNames()).toEqual([...before.sheets.map((s) => s.name), RECORD_SHEET]);
    expect(xl.visibility(RECORD_SHEET)).toBe('VeryHidden');
    if (extra.length) expect(xl.save().sheets.find((s) => s.name === '考核结果')).toEqual(before.sheets.find((s) => s.name === '考核结果'));

    // The record: no column (all were new in the full plan), the three marks; the snapshot says
    // whether 考核结果 existed and that this write left it alone.
    const stored = rowsToRecord(xl.save().sheets.find((s) => s.name === RECORD_SHEET)!.cells);
    expect(stored.record).toEqual({ dataSheet: DATA, columns: [], marks: [{ sheet: DATA, row: 2, col: 2 }, { sheet: DATA, row: 3, col: 3 }, { sheet: DATA, row: 9, col: 9 }] });
    expect(stored.undo?.createdSheets).toEqual([RECORD_SHEET]);
    expect(stored.undo?.rewrittenSheets).toEqual([]);

    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(xl.save()).toEqual(before);
  });

  test('after a full write: restores the stale mark, marks the new cell, leaves the columns and 考核结果; undo goes back to the full write', async () => {
    const xl = installOfficeDouble(globalThis, book());
    let { fingerprint } = await readWorkbook();
    const full = plan(12, { marks: [[2, 2], [3, 3]] });
    await writePlan(full, fingerprint);
    const afterFull = xl.save();
    const cellsAfterFull = snapshotCells(xl);
    ({ fingerprint } = await readWorkbook());
    // The next check: C3 is fine now (a stale mark), D4 stays marked and E6 is new (the fixture
    // colours and numbers marks by position: D4 red 问题1, E6 yellow 问题2).
    const h = highlightPlan({ ...plan(12, { marks: [[3, 3], [5, 4]], clearMarks: [[2, 2]] }), columns: full.columns.map((c) => ({ ...c, isNew: false })) });
    expect((await writePlan(h, fingerprint)).ok).toBe(true);

    const expected = new Map([...cellsAfterFull].map(([n, m]) => [n, new Map(m)]));
    const data = expected.get(DATA)!;
    data.set('2,2', { v: 0, fill: '#DDEBF7', note: '原批注' }); // back to the clerk's own fill and note
    data.set('3,3', { v: 10, fill: '#FFC7CE', note: '问题1：请核对。' });
    // E6 = score(3, 2) = (21 + 6) % 21 = 6.
    data.set('5,4', { v: 6, fill: '#FFEB9C', note: '问题2：请核对。' });
    expect(snapshotCells(xl)).toEqual(expected);
    // The record keeps the columns the full write created (the highlight reuses them).
    const stored = rowsToRecord(xl.save().sheets.find((s) => s.name === RECORD_SHEET)!.cells);
    expect(stored.record).toEqual({ dataSheet: DATA, columns: full.record.columns, marks: [{ sheet: DATA, row: 3, col: 3 }, { sheet: DATA, row: 5, col: 4 }] });

    expect(await undoLastWrite()).toEqual({ ok: true });
    const others = (w: DoubleWorkbookInit) => w.sheets.filter((s) => s.name !== RECORD_SHEET);
    expect(others(xl.save())).toEqual(others(afterFull));
    expect(rowsToRecord(xl.save().sheets.find((s) => s.name === RECORD_SHEET)!.cells)).toEqual({ record: full.record, undo: null });
  });
});
