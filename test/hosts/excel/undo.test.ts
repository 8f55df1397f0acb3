/** undoLastWrite on the Excel double: every touched cell comes back exactly, also after save and reopen. */
import { installOfficeDouble, type DoubleWorkbookInit } from '../../office-double';
import { readWorkbook, writePlan, undoLastWrite } from '../../../src/hosts/excel';
import { RECORD_SHEET, rowsToRecord } from '../../../src/engine/record';
import { DATA, plan, workbook } from './fixtures';
import { headerCell, titleCell } from './result-cells';
import { widthPoints } from '../../../src/hosts/excel/result-sheet';

/** 12 units, with prior content where the plan writes: I..K values, a formula, formats, fills, notes. */
function busyBook(): DoubleWorkbookInit {
  const base = workbook(12);
  const data = base.sheets[0]!;
  const cells = data.cells.map((r) => [...(r ?? [])]);
  cells[1]![8] = '旧总分';          // I2 header the clerk typed
  cells[2]![8] = 30;                // I3 a formula's cached value
  cells[3]![9] = '第一';            // J4 text
  cells[4]![10] = '=不是公式';      // K5 text that looks like a formula
  cells[5]![10] = '95';             // K6 a number stored as text
  cells[6]![10] = { error: '#DIV/0!' }; // K7 an error value
  return {
    sheets: [
      {
        ...data, cells,
        formulas: { '2,8': 'SUM(C3:G3)' },
        numberFormats: { '2,8': '0.0', '4,10': '@', '7,9': '0%' },
        fills: { '3,9': '#00B050', '2,2': '#DDEBF7' },
        notes: { '2,2': '原批注', '9,9': 'J10 的批注' },
      },
      base.sheets[1]!,
    ],
  };
}

const MARKS: Array<[number, number]> = [[2, 2], [3, 3], [9, 9]];

describe('undoLastWrite', () => {
  test('restores values, formulas, number formats, fills and notes of every touched cell, and removes what the write added', async () => {
    const xl = installOfficeDouble(globalThis, busyBook());
    const before = xl.save();
    const { fingerprint } = await readWorkbook();
    expect((await writePlan(plan(12, { marks: MARKS, flagText: (i) => `标记${i}` }), fingerprint)).ok).toBe(true);
    expect(xl.cell(DATA, 'I3')).toEqual({ v: 30, nf: '0.00' });
    xl.resetCounters();
    expect(await undoLastWrite()).toEqual({ ok: true });
    // 1 sync to read the record, 1 to see which marked cells hold notes, 1 to write, 1 to turn events back on.
    expect(xl.syncs).toBe(4);
    expect(xl.save()).toEqual(before);
    expect(xl.cell(DATA, 'I3')).toEqual({ v: 30, f: 'SUM(C3:G3)', nf: '0.0' });
    expect(xl.cell(DATA, 'K5')).toEqual({ v: '=不是公式', nf: '@' });
    expect(xl.cell(DATA, 'K6')).toEqual({ v: '95' });
    expect(xl.sheetNames()).toEqual([DATA, '考核方案']);
    expect(xl.events).toEqual([]);
  });

  test('works after the workbook was saved, closed and reopened', async () => {
    const first = installOfficeDouble(globalThis, busyBook());
    const before = first.save();
    const { fingerprint } = await readWorkbook();
    await writePlan(plan(12, { marks: MARKS, flagText: (i) => (i % 3 ? null : `=A${i}`) }), fingerprint);
    const saved = JSON.stringify(first.save());
    const reopened = installOfficeDouble(globalThis, JSON.parse(saved) as DoubleWorkbookInit);
    expect(reopened.visibility(RECORD_SHEET)).toBe('VeryHidden');
    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(reopened.save()).toEqual(before);
  });

  test('a second run restores the marks the first run made and no longer needs; undo goes back to the first run', async () => {
    const xl = installOfficeDouble(globalThis, busyBook());
    const original = xl.save();
    let { fingerprint } = await readWorkbook();
    await writePlan(plan(12, { marks: MARKS }), fingerprint);
    const afterFirst = xl.save();
    ({ fingerprint } = await readWorkbook());
    // Second run: C3 and J10 are fine now (stale marks), D4 stays marked, E6 is new.
    const second = plan(12, { marks: [[3, 3], [5, 4]], clearMarks: [[2, 2], [9, 9]], replaces: true });
    expect((await writePlan(second, fingerprint)).ok).toBe(true);
    // Stale marks get back what they had before the first run.
    expect(xl.cell(DATA, 'C3')).toEqual({ v: 0, fill: '#DDEBF7', note: '原批注' });
    expect(xl.cell(DATA, 'J10')).toEqual({ v: 8, note: 'J10 的批注' });
    expect(xl.cell(DATA, 'D4')).toEqual({ v: 10, fill: '#FFC7CE', note: '问题1：请核对。' });
    expect(await undoLastWrite()).toEqual({ ok: true });
    // Every sheet as after the first run; the record keeps the first run's record but only one
    // write can be undone, so its undo snapshot is gone.
    const others = (w: DoubleWorkbookInit) => w.sheets.filter((s) => s.name !== RECORD_SHEET);
    expect(others(xl.save())).toEqual(others(afterFirst));
    const grid = xl.save().sheets.find((s) => s.name === RECORD_SHEET)!.cells;
    expect(rowsToRecord(grid)).toEqual({ record: plan(12, { marks: MARKS }).record, undo: null });
    expect(await undoLastWrite()).toEqual({ ok: false, reason: 'nothing' });
    expect(xl.save()).not.toEqual(original);
  });

  test('a clerk\'s 考核结果: a plan for 考核结果（考评助手） leaves it untouched, undo removes only the program\'s sheet', async () => {
    const base = busyBook();
    const clerks = { name: '考核结果', cells: [['上期结果'], ['名次', '单位'], [1, '甲'], [2, '乙']], formulas: { '3,0': 'A3+1' }, bold: ['1,0'], columnWidths: { '1': 90 } };
    const xl = installOfficeDouble(globalThis, { sheets: [...base.sheets, clerks] });
    const before = xl.save();
    const { fingerprint } = await readWorkbook();
    // A plan that would add 考核结果 over the clerk's: the workbook has it, so nothing is written.
    expect(await writePlan(plan(12), fingerprint)).toEqual({ ok: false, reason: 'changed' });
    expect(xl.save()).toEqual(before);
    expect((await writePlan(plan(12, { resultSheet: '考核结果（考评助手）' }), fingerprint)).ok).toBe(true);
    expect(xl.sheetNames()).toEqual([...before.sheets.map((s) => s.name), RECORD_SHEET, '考核结果（考评助手）']);
    expect(xl.save().sheets.find((s) => s.name === '考核结果')).toEqual(before.sheets.find((s) => s.name === '考核结果'));
    expect(xl.cell('考核结果（考评助手）', 'A1')).toEqual(titleCell('2026年度考核结果（公示）'));
    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(xl.save()).toEqual(before);
  });

  test('the program\'s own 考核结果 rewritten by a second run comes back exactly: cells, bold header, widths, frozen rows, place', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [...busyBook().sheets, { name: '备注', cells: [['最后一张']] }] });
    let { fingerprint } = await readWorkbook();
    await writePlan(plan(12), fingerprint);
    // New sheets go last: the record sheet (written first), then the results sheet.
    expect(xl.sheetNames().slice(-3)).toEqual(['备注', RECORD_SHEET, '考核结果']);
    const afterFirst = xl.save();
    ({ fingerprint } = await readWorkbook());
    const second = plan(4, { replaces: true });
    expect((await writePlan({ ...second, resultSheet: { ...second.resultSheet!, header: ['名次', '单位名称', '总分', '等次', '星级'], widths: [6, 30, 10, 8, 12], rows: [[1, '单位1', 50, '优秀', '★']] } }, fingerprint)).ok).toBe(true);
    expect(xl.cell('考核结果', 'E2')).toEqual(headerCell('星级'));
    expect(xl.merges('考核结果')).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(xl.columnWidth('考核结果', 4)).toBe(widthPoints(12));
    expect(await undoLastWrite()).toEqual({ ok: true });
    const others = (w: DoubleWorkbookInit) => w.sheets.filter((s) => s.name !== RECORD_SHEET);
    expect(others(xl.save())).toEqual(others(afterFirst));
    expect(xl.sheetNames()).toEqual(afterFirst.sheets.map((s) => s.name));
  });

  test('with nothing written there is nothing to undo', async () => {
    installOfficeDouble(globalThis, workbook(3));
    expect(await undoLastWrite()).toEqual({ ok: false, reason: 'nothing' });
  });
});
