import * as path from 'path';
import type ExcelJS from 'exceljs';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { readStoredRecord } from '../../../src/hosts/xlsx/record-sheet';
import { orientationFor } from '../../../src/hosts/xlsx/result-sheet';
import { RECORD_SHEET } from '../../../src/engine/record';
import { buildLedger, DATA, ledgerPlan, reload, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

const NOW = new Date(Date.UTC(2026, 10, 27, 8, 30));
let out: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  const dir = await tmpDir('apply');
  const wb = await reload(buildLedger(), path.join(dir, 'in.xlsx'));
  applyPlan(wb, ledgerPlan(), { now: NOW });
  out = await reload(wb, path.join(dir, 'out.xlsx'));
  ws = out.getWorksheet(DATA) as ExcelJS.Worksheet;
});

describe('applyPlan writes the columns exactly as planned (read back from the saved file)', () => {
  test('headers in the header row, values from firstRow, null leaves the cell empty', () => {
    expect(['G3', 'H3', 'I3', 'J3'].map((a) => ws.getCell(a).value)).toEqual(['总分', '排名', '等次', '异常标记']);
    expect([4, 5, 6, 7, 8, 9].map((r) => ws.getCell(`G${r}`).value)).toEqual([93, null, 71.5, 90, 86, null]);
    expect([4, 5, 6, 7, 8, 9].map((r) => ws.getCell(`H${r}`).value)).toEqual([1, null, 4, 2, 3, null]);
    expect([4, 5, 6, 7, 8, 9].map((r) => ws.getCell(`I${r}`).value)).toEqual(['优秀', null, '合格', '良好', '良好', null]);
  });

  test('number formats where the plan gives one, none where it gives null', () => {
    expect(ws.getCell('G4').numFmt).toBe('0.00');
    expect(ws.getCell('G9').numFmt).toBe('0.00');
    expect(ws.getCell('H6').numFmt).toBe('0');
    expect(ws.getCell('I4').numFmt).toBeUndefined();
    expect(ws.getCell('G3').numFmt).toBeUndefined();
  });

  test('text beginning with = + - @ stays text, never a formula', () => {
    // exceljs ValueType.String = 3; a formula would be 6.
    for (const [addr, text] of [['J4', '=1+1'], ['J5', '+86'], ['J6', '-3'], ['J7', '@x']] as const) {
      expect(ws.getCell(addr).value).toBe(text);
      expect(ws.getCell(addr).type).toBe(3);
      expect(ws.getCell(addr).formula).toBeUndefined();
    }
  });

  test('an empty string empties the cell (as Excel does when "" is written)', () => {
    // J8: the plan's value is ''; exceljs ValueType.Null = 0.
    expect(ws.getCell('J8').value).toBeNull();
    expect(ws.getCell('J8').type).toBe(0);
  });

  test('marks: solid fill FFFFC7CE / FFFFEB9C and the note text', () => {
    expect(ws.getCell('D5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('D5').note).toBe('D5 是 Excel 错误值 #N/A。\nD5 holds the Excel error #N/A.');
    expect(ws.getCell('D6').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(ws.getCell('D6').note).toBe('D6 是文本数字。');
    expect(ws.getCell('E6').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(ws.getCell('E6').note).toBe('E6 离群。');
  });

  test('marking a cell never repaints the other cells that shared its style (exceljs shares style objects)', () => {
    expect(ws.getCell('D3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(ws.getCell('D3').font).toEqual({ bold: true });
    for (const a of ['A3', 'B3', 'C3', 'E3', 'F3']) {
      expect(ws.getCell(a).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    }
  });

  test('the values of marked cells are unchanged', () => {
    expect(ws.getCell('D5').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('D6').value).toBe('３５');
    expect(ws.getCell('E6').value).toBe(36.5);
    expect(ws.getCell('E6').numFmt).toBe('0.0');
  });
});

describe('the 考核结果 sheet', () => {
  let rs: ExcelJS.Worksheet;
  beforeAll(() => {
    rs = out.getWorksheet('考核结果') as ExcelJS.Worksheet;
  });

  test('comes after every clerk sheet, before the very hidden record sheet', () => {
    expect(out.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['说明', 'visible'], [DATA, 'visible'], ['考核方案', 'visible'], ['旧数据', 'hidden'], ['内部', 'veryHidden'],
      ['考核结果', 'visible'], [RECORD_SHEET, 'veryHidden'],
    ]);
  });

  test('row 1: the bold title merged across the header width', () => {
    expect(rs.getCell('A1').value).toBe('2026年度综合考核结果（公示）');
    expect(rs.getCell('A1').font).toMatchObject({ bold: true });
    expect(rs.getCell('C1').isMerged).toBe(true);
    expect(rs.getCell('C1').master.address).toBe('A1');
    expect(rs.getCell('D1').isMerged).toBe(false);
  });

  test('row 2: the bold header with a light fill and thin borders; frozen below it', () => {
    expect(['A2', 'B2', 'C2'].map((a) => rs.getCell(a).value)).toEqual(['排名', '单位名称', '总分']);
    for (const a of ['A2', 'B2', 'C2']) {
      expect(rs.getCell(a).font).toMatchObject({ bold: true });
      expect(rs.getCell(a).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
      expect(rs.getCell(a).border?.bottom?.style).toBe('thin');
    }
    expect(rs.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  test('rows from row 3 in plan order, with borders; widths from the plan', () => {
    const rows = [3, 4, 5, 6, 7].map((r) => ['A', 'B', 'C'].map((c) => rs.getCell(`${c}${r}`).value));
    expect(rows).toEqual([[1, '城关镇', 93], [2, '县财政局', 90], [3, '县教育局', 86], [4, '西关街道', 71.5], [null, '东关街道', null]]);
    expect(rs.getCell('A7').border?.left?.style).toBe('thin');
    expect([1, 2, 3].map((c) => rs.getColumn(c).width)).toEqual([6, 18, 10]);
    expect(rs.rowCount).toBe(7);
  });

  test('print setup: A4, one page wide, rows 1:2 repeated, portrait for a narrow sheet', () => {
    expect(rs.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'portrait', printTitlesRow: '1:2' });
  });

  test('orientation by total width: up to 95 characters portrait, wider landscape', () => {
    expect(orientationFor([6, 18, 10])).toBe('portrait');
    expect(orientationFor([45, 50])).toBe('portrait');
    expect(orientationFor([45, 51])).toBe('landscape');
  });
});

describe('the record sheet', () => {
  test('very hidden, holding the plan record and the undo snapshot of every touched cell', () => {
    const stored = readStoredRecord(out);
    expect(stored.record).toEqual(ledgerPlan().record);
    const undo = stored.undo;
    expect(undo?.createdAt).toBe('2026-11-27T08:30:00.000Z');
    expect(undo?.dataSheet).toBe(DATA);
    expect(undo?.createdSheets).toEqual(['考核结果', RECORD_SHEET]);
    expect(undo?.previousRecord).toBeNull();
    // Touched: row 2 (Excel 3): D3 (mark) and G3:J3 (headers); rows 3..8: G:J; row 4: D5; row 5: D6, E6.
    // Runs are horizontal: D3 | G3:J3 | G4:J4 | D5 | G5:J5 | D6:E6 | G6:J6 | G7:J7 | G8:J8 | G9:J9.
    expect(undo?.rows.map((r) => [r.row, r.col, r.cells.length])).toEqual([
      [2, 3, 1], [2, 6, 4], [3, 6, 4], [4, 3, 1], [4, 6, 4], [5, 3, 2], [5, 6, 4], [6, 6, 4], [7, 6, 4], [8, 6, 4],
    ]);
    const at = (row: number, col: number): unknown => {
      const r = undo?.rows.find((x) => x.row === row && col >= x.col && col < x.col + x.cells.length);
      return r?.cells[col - r.col];
    };
    // D3's font and borders (the header's look) are kept as format 0 of the snapshot's `formats`.
    expect(at(2, 3)).toEqual({ v: '指标A（60分）', fill: '#D9D9D9', fmt: 0 });
    const thin = { style: 'thin', color: { argb: 'FF000000' } };
    expect(undo?.formats?.[0]).toEqual({ font: { bold: true }, border: { top: thin, left: thin, bottom: thin, right: thin } });
    expect(at(4, 3)).toEqual({ v: { error: '#N/A' } });
    expect(at(5, 3)).toEqual({ v: '３５' });
    // E6: a theme colour can not be written as #RRGGBB: the exact exceljs fill is kept as `xfill`.
    // (E6 also keeps the font exceljs gave it on loading, format 1.)
    expect(at(5, 4)).toEqual({ v: 36.5, nf: '0.0', xfill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 5, tint: 0.6 } }, note: '已核实', fmt: 1 });
    expect(at(8, 9)).toBeNull();
  });
});

describe('plans the workbook can not take are refused before anything is written', () => {
  test('an unknown data sheet, or a column inside a merged area', async () => {
    const wb = buildLedger();
    expect(() => applyPlan(wb, ledgerPlan({ dataSheet: '没有' }))).toThrow('没有');
    const into = ledgerPlan();
    const bad = { ...into, columns: [{ ...(into.columns[0] as (typeof into.columns)[number]), col: 2, firstRow: 6, values: [1, 2] }] };
    expect(() => applyPlan(wb, bad)).toThrow('C8');
    expect(wb.getWorksheet('考核结果')).toBeUndefined();
    expect(wb.getWorksheet(RECORD_SHEET)).toBeUndefined();
    expect(wb.getWorksheet(DATA)?.getCell('C7').value).toBe('市直');
  });
});

describe('a mark on an empty cell (e.g. 缺失值)', () => {
  test('keeps its note through save and reopen (exceljs drops notes of blank unstyled cells; the fill makes it styled)', async () => {
    const dir = await tmpDir('apply-empty');
    const wb = await reload(buildLedger(), path.join(dir, 'in.xlsx'));
    const plan = ledgerPlan({
      columns: [],
      marks: [{ sheet: DATA, row: 6, col: 5, fill: '#FFC7CE', note: 'F7 缺少数值。' }],
      record: { dataSheet: DATA, columns: [], marks: [{ sheet: DATA, row: 6, col: 5 }] },
    });
    applyPlan(wb, plan);
    const back = await reload(wb, path.join(dir, 'out.xlsx'));
    const f7 = (back.getWorksheet(DATA) as ExcelJS.Worksheet).getCell('F7');
    expect([f7.value, f7.note, f7.fill]).toEqual([null, 'F7 缺少数值。', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }]);
  });
});

describe('overwriting the master of a shared formula', () => {
  test('its clones keep their formula and result (they become ordinary formulas)', async () => {
    const dir = await tmpDir('apply-shared');
    const wb = await reload(buildLedger(), path.join(dir, 'in.xlsx'));
    // D9 is the master of the shared formula SUM(D4:D8) that E9 clones (fixture); write 0 into D9.
    const plan = ledgerPlan({ columns: [{ key: 'total', header: '指标A（60分）', col: 3, headerRow: 2, isNew: false, numberFormat: null, firstRow: 8, values: [0] }], marks: [] });
    applyPlan(wb, plan);
    const back = (await reload(wb, path.join(dir, 'out.xlsx'))).getWorksheet(DATA) as ExcelJS.Worksheet;
    expect(back.getCell('D9').value).toBe(0);
    expect(back.getCell('E9').value).toEqual({ formula: 'SUM(E4:E8)', result: 182.5 });
  });
});
