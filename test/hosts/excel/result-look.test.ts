/**
 * 考核结果 in the Office.js host looks like the .xlsx host's (issue 14; result-look.ts), read back from
 * the Excel double: the merged bold 14 pt title (row height 24), the merged left-aligned 考核单位/日期
 * line, the shaded, bold, centred, wrapped header with its height, thin borders on every header and
 * data cell, wrapped 一票否决 / 备注 cells, the plan's row heights; a rewrite drops the old list's
 * merges and heights; undo gives the earlier list back with its look; below ExcelApi 1.7 plain values.
 */
import { installOfficeDouble, type DoubleWorkbookInit } from '../../office-double';
import { readWorkbook, undoLastWrite, writePlan } from '../../../src/hosts/excel';
import { RECORD_SHEET } from '../../../src/engine/record';
import type { ResultSheetPlan, WritePlan } from '../../../src/engine/model/plan';
import { heightRuns, lookOfCells } from '../../../src/hosts/excel/result-look';
import { plan, workbook } from './fixtures';
import { BOXED, dataCell, headerCell, titleCell } from './result-cells';

const RESULT = '考核结果';
const INFO = '填报单位：XX县委组织部　　日期：2026年12月';
/** 30 CJK characters: 60 units in the 24-wide 备注 column, 22 a line → 3 lines. */
const LONG = '该单位本年度发生一起较大安全生产责任事故造成较大社会影响否决';

/**
 * A five-column list under an info line, laid out as the engine would (result-layout.ts, by hand):
 * 一票否决 and 备注 wrap; 备注 is 24 wide (LONG caps it), so 丙's LONG takes ⌈60 / 22⌉ = 3 lines = 42.75 pt;
 * 未计分（数据有误） is 18 units, one line; every header ≤ 8 units, one line (no header height).
 */
const LIST: Omit<ResultSheetPlan, 'name' | 'replaces'> = {
  title: '2026年度考核结果（公示）', info: INFO, headerRow: 2,
  header: ['序号', '单位名称', '总分', '一票否决', '备注'],
  rows: [[1, '甲', 95, null, null], [2, '乙', null, null, '未计分（数据有误）'], [3, '丙', 60, '是', LONG]],
  widths: [6, 10, 8, 10, 24], wrap: [false, false, false, true, true], headerHeight: null,
  rowHeights: [{ row: 2, points: 42.75 }], groupStarts: [0], numberFormats: [null, null, '0.00', null, null], footer: '第 &P 页 共 &N 页',
};

function withList(list: Partial<ResultSheetPlan>, replaces = false): WritePlan {
  const p = plan(12, { replaces });
  return { ...p, resultSheet: { ...p.resultSheet!, ...LIST, ...list, replaces } };
}

async function write(p: WritePlan): Promise<void> {
  const { fingerprint } = await readWorkbook();
  expect(await writePlan(p, fingerprint)).toMatchObject({ ok: true });
}

const sheetOf = (w: DoubleWorkbookInit, name: string) => w.sheets.find((s) => s.name === name);

describe('考核结果 in the Office.js host: the printable look', () => {
  test('title, info line, header, borders, wrap and heights, read back cell by cell', async () => {
    const xl = installOfficeDouble(globalThis, workbook(12));
    await write(withList({ headerHeight: 28.5 }));
    // A1:E1 and A2:E2 merged, in that order.
    expect(xl.merges(RESULT)).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }, { top: 1, left: 0, bottom: 1, right: 4 }]);
    expect(xl.cell(RESULT, 'A1')).toEqual(titleCell('2026年度考核结果（公示）'));
    // A merged area's other cells take its upper-left cell's format (as Excel's merge does).
    expect(xl.cell(RESULT, 'E1')).toEqual({ v: null, bold: true, fmt: { fontSize: 14, horizontalAlignment: 'Center', verticalAlignment: 'Center' } });
    expect(xl.cell(RESULT, 'A2')).toEqual({ v: INFO, fmt: { horizontalAlignment: 'Left', verticalAlignment: 'Center' } });
    expect(xl.cell(RESULT, 'A3')).toEqual(headerCell('序号'));
    expect(xl.cell(RESULT, 'E3')).toEqual(headerCell('备注'));
    // Data: boxed; 总分 in 0.00; 一票否决 and 备注 wrap, blank ones too.
    expect(xl.cell(RESULT, 'B4')).toEqual(dataCell('甲'));
    expect(xl.cell(RESULT, 'C4')).toEqual(dataCell(95, { nf: '0.00' }));
    expect(xl.cell(RESULT, 'D4')).toEqual({ v: null, fmt: { borders: BOXED, wrapText: true } });
    expect(xl.cell(RESULT, 'E6')).toEqual(dataCell(LONG, { wrap: true }));
    // Nothing outside the table: F4 and A7 blank in every respect.
    expect([xl.cell(RESULT, 'F4'), xl.cell(RESULT, 'A7')]).toEqual([null, null]);
    // Heights: the title 24, the header 28.5, 丙's row (6) 42.75; the others Excel's standard.
    expect(sheetOf(xl.save(), RESULT)?.rowHeights).toEqual({ '0': 24, '2': 28.5, '5': 42.75 });
    expect(xl.frozenRows(RESULT)).toBe(3);
  });

  test('a one-column list: no merge, no inside vertical line; a list with no rows: the header boxed alone', async () => {
    const xl = installOfficeDouble(globalThis, workbook(12));
    await write(withList({ info: null, headerRow: 1, header: ['单位名称'], rows: [['甲'], ['乙']], widths: [10], wrap: [false], rowHeights: [], numberFormats: [null] }));
    expect(xl.merges(RESULT)).toEqual([]);
    expect(xl.cell(RESULT, 'A1')).toEqual(titleCell('2026年度考核结果（公示）'));
    expect([xl.cell(RESULT, 'A2'), xl.cell(RESULT, 'A3'), xl.cell(RESULT, 'A4')]).toEqual([headerCell('单位名称'), dataCell('甲'), dataCell('乙')]);
    const empty = installOfficeDouble(globalThis, workbook(12));
    await write(withList({ rows: [], rowHeights: [] }));
    expect([empty.cell(RESULT, 'A3'), empty.cell(RESULT, 'E3'), empty.cell(RESULT, 'A4')]).toEqual([headerCell('序号'), headerCell('备注'), null]);
  });

  test('a rewrite drops the old list\'s merges and heights; undo brings the earlier list back exactly, look and all', async () => {
    const xl = installOfficeDouble(globalThis, workbook(12));
    await write(withList({}));
    const first = xl.save();
    expect(sheetOf(first, RESULT)?.rowHeights).toEqual({ '0': 24, '5': 42.75 });
    // The second list: three columns, no info line, one short row.
    await write(withList({ info: null, headerRow: 1, header: ['序号', '单位名称', '总分'], rows: [[1, '甲', 90]], widths: [6, 10, 8], wrap: [false, false, false], rowHeights: [], numberFormats: [null, null, '0.00'] }, true));
    expect(xl.merges(RESULT)).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheetOf(xl.save(), RESULT)?.rowHeights).toEqual({ '0': 24 });
    expect([xl.cell(RESULT, 'A2'), xl.cell(RESULT, 'C3'), xl.cell(RESULT, 'D3'), xl.cell(RESULT, 'E6')]).toEqual([headerCell('序号'), dataCell(90, { nf: '0.00' }), null, null]);
    expect(await undoLastWrite()).toEqual({ ok: true });
    const others = (w: DoubleWorkbookInit) => w.sheets.filter((s) => s.name !== RECORD_SHEET);
    expect(others(xl.save())).toEqual(others(first));
  });

  test('below ExcelApi 1.7: plain values and a bold header, nothing merged', async () => {
    const xl = installOfficeDouble(globalThis, workbook(12, { apiVersion: '1.6' }));
    await write(withList({}));
    expect(xl.merges(RESULT)).toEqual([]);
    expect([xl.cell(RESULT, 'A1'), xl.cell(RESULT, 'A3'), xl.cell(RESULT, 'E6')]).toEqual([{ v: '2026年度考核结果（公示）' }, { v: '序号', bold: true }, { v: LONG }]);
    expect(sheetOf(xl.save(), RESULT)?.rowHeights).toBeUndefined();
  });
});

describe('the look\'s parts', () => {
  test('heightRuns: one range per run of consecutive rows of one height, in sheet rows', () => {
    expect(heightRuns(3, [{ row: 6, points: 28.5 }, { row: 0, points: 28.5 }, { row: 1, points: 28.5 }, { row: 5, points: 42.75 }])).toEqual([
      { row: 3, n: 2, points: 28.5 }, { row: 8, n: 1, points: 42.75 }, { row: 9, n: 1, points: 28.5 },
    ]);
  });

  test('lookOfCells: undo works the earlier list\'s look out again from its saved cells', () => {
    const cells = new Map<number, { v: string | number | null }>();
    const at = (r: number, c: number) => r * 16384 + c;
    cells.set(at(0, 0), { v: LIST.title });
    cells.set(at(1, 0), { v: INFO });
    LIST.header.forEach((h, c) => cells.set(at(2, c), { v: h }));
    LIST.rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null) cells.set(at(3 + r, c), { v }); }));
    expect(lookOfCells(cells, 2)).toEqual({ width: 5, headerRow: 2, rows: 3, wrap: [false, false, false, true, true], headerHeight: null, rowHeights: [{ row: 2, points: 42.75 }] });
  });
});
