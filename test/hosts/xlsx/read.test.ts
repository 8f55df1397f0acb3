import * as path from 'path';
import ExcelJS from 'exceljs';
import { toWorkbookInput } from '../../../src/hosts/xlsx/read';
import { dateToSerial, plainValue } from '../../../src/hosts/xlsx/cells';
import type { SheetInput } from '../../../src/engine/model/workbook';
import { buildLedger, DATA, reload, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

let sheets: readonly SheetInput[];
let data: SheetInput;

beforeAll(async () => {
  const dir = await tmpDir('read');
  const wb = await reload(buildLedger(), path.join(dir, 'ledger.xlsx'));
  sheets = toWorkbookInput(wb).sheets;
  data = sheets[1] as SheetInput;
});

describe('toWorkbookInput on the ledger fixture (saved and reopened)', () => {
  test('every sheet, in workbook order, with its visibility', () => {
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['说明', 'visible'], [DATA, 'visible'], ['考核方案', 'visible'], ['旧数据', 'hidden'], ['内部', 'veryHidden'],
    ]);
  });

  test('values: numbers, text, booleans, dates as serials, rich text and hyperlinks as text; merged non-master cells empty', () => {
    // 2026-01-15: 2024-01-01 is serial 45292, +14 → 2024-01-15 = 45306; +366 (2024 leap) → 45672; +365 → 46037.
    expect(data.cells[0]).toEqual(['2026年度综合考核台账']);
    expect(data.cells[1]).toEqual(['填报单位：县考核办', undefined, undefined, undefined, undefined, 46037]);
    expect(data.cells[2]).toEqual(['序号', '单位名称', '分组', '指标A（60分）', '指标B（40分）', '备注']);
    expect(data.cells[3]).toEqual([1, '城关镇', '乡镇', 55, 38, '按时报送']);
    expect(data.cells[4]).toEqual([2, '东关街道', '街道', { error: '#N/A' }, 30, '说明']);
    expect(data.cells[5]).toEqual([3, '西关街道', '街道', '３５', 36.5, '#N/A']);
    expect(data.cells[6]).toEqual([4, '县财政局', '市直', 50, 40]);
    expect(data.cells[7]).toEqual([5, '县教育局', undefined, 48, 38, true]);
    expect(data.cells[8]).toEqual([undefined, '合计', undefined, 153, 182.5, { error: '#DIV/0!' }]);
    expect(data.cells.length).toBe(9);
  });

  test('an Excel error value is distinct from the text "#N/A"', () => {
    expect(data.cells[4]?.[3]).toEqual({ error: '#N/A' });
    expect(data.cells[5]?.[5]).toBe('#N/A');
  });

  test('formulas: cached result as the value, text without "=" keyed "row,col"; shared formulas translated', () => {
    expect([...(data.formulas ?? new Map()).entries()].sort()).toEqual([
      ['7,4', '40-2'],
      ['8,3', 'SUM(D4:D8)'],
      ['8,4', 'SUM(E4:E8)'],
      ['8,5', '1/0'],
    ]);
  });

  test('merged areas 0-based inclusive, hidden rows 0-based', () => {
    // A1:F1 → rows 0..0, cols 0..5; C7:C8 → rows 6..7, col 2.
    expect(data.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 6, left: 2, bottom: 7, right: 2 },
    ]);
    expect(data.hiddenRows).toEqual([6]);
    expect(sheets[0]?.hiddenRows).toEqual([]);
  });
});

describe('cell value conversion', () => {
  test('dates to Excel serials in both date systems', () => {
    // 1900 system: 1970-01-01 = 25569; 1904 system is 1462 days behind: 24107. Noon adds 0.5.
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)), false)).toBe(25569);
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)), true)).toBe(24107);
    expect(dateToSerial(new Date(Date.UTC(2024, 0, 15, 12)), false)).toBe(45306.5);
  });

  test('formula values give their result; hyperlinks with rich text give the text', () => {
    expect(plainValue({ formula: 'A1', result: { error: '#REF!' } }, false)).toEqual({ error: '#REF!' });
    expect(plainValue({ sharedFormula: 'A1', result: 7 }, false)).toBe(7);
    expect(plainValue({ formula: 'A1' }, false)).toBeNull();
    expect(plainValue({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' }, false)).toBe('ab');
    expect(plainValue(new Date(Date.UTC(1900, 0, 1)), false)).toBe(2);
  });

  test('a 1904-system workbook reads dates with its own epoch', () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet('s').getCell('A1').value = new Date(Date.UTC(1904, 0, 2));
    // 1904-01-02 is serial 1 in the 1904 system.
    expect(toWorkbookInput(wb).sheets[0]?.cells[0]).toEqual([1]);
  });
});
