/** writePlan on the Excel double: what is written, what is not, and how. */
import { installOfficeDouble, type DoubleCell, type OfficeDouble } from '../../office-double';
import { readWorkbook, writePlan, selectCell, notesSupported } from '../../../src/hosts/excel';
import { RECORD_SHEET, rowsToRecord } from '../../../src/engine/record';
import { DATA, plan, workbook } from './fixtures';
import { dataCell, headerCell, titleCell } from './result-cells';

/** Cells of a sheet with the planned output (columns I..K, rows 2..) and the marked cells' fill/note left out. */
function outsidePlan(xl: OfficeDouble, sheet: string, marked: Array<[number, number]>): Map<string, DoubleCell> {
  const out = new Map<string, DoubleCell>();
  for (const [k, c] of xl.cells(sheet)) {
    const [r, col] = k.split(',').map(Number) as [number, number];
    if (sheet === DATA && r >= 1 && col >= 8 && col <= 10) continue;
    const cell = { ...c };
    if (marked.some(([mr, mc]) => mr === r && mc === col)) { delete cell.fill; delete cell.note; }
    out.set(k, cell);
  }
  return out;
}

describe('writePlan', () => {
  test('writes the output columns, fills, notes, the result sheet and the record in 3 syncs', async () => {
    const xl = installOfficeDouble(globalThis, workbook(100));
    const { fingerprint } = await readWorkbook();
    xl.resetCounters();
    const marks: Array<[number, number]> = [[2, 2], [3, 2], [4, 2], [6, 5]];
    const result = await writePlan(plan(100, { marks, flagText: (i) => (i === 0 ? '缺失值(C3)' : null) }), fingerprint);
    expect(result).toEqual({ ok: true, syncs: 3 });
    expect(xl.syncs).toBe(3);
    // Unit 1 (row 3): scores 0,3,6,9,12 → total 30; rank 1. Unit 2 (row 4): 7,10,13,16,19 → 65.
    expect(xl.cell(DATA, 'I2')).toEqual({ v: '总分' });
    expect(xl.cell(DATA, 'I3')).toEqual({ v: 30, nf: '0.00' });
    expect(xl.cell(DATA, 'I4')).toEqual({ v: 65, nf: '0.00' });
    expect(xl.cell(DATA, 'J102')).toEqual({ v: 100 });
    expect(xl.cell(DATA, 'K3')).toEqual({ v: '缺失值(C3)' });
    expect(xl.cell(DATA, 'K4')).toBeNull();
    // Marks: C3..C5 alternate red/yellow; F7 red (the 4th mark is yellow: n = 3 is odd).
    expect(xl.cell(DATA, 'C3')).toEqual({ v: 0, fill: '#FFC7CE', note: '问题1：请核对。' });
    expect(xl.cell(DATA, 'C4')).toEqual({ v: 7, fill: '#FFEB9C', note: '问题2：请核对。' });
    expect(xl.cell(DATA, 'F7')).toEqual({ v: score(4, 3), fill: '#FFEB9C', note: '问题4：请核对。' });
    // The result sheet: title (merged A1:C1), shaded header, boxed rows; title + header frozen.
    expect(xl.cell('考核结果', 'A1')).toEqual(titleCell('2026年度考核结果（公示）'));
    expect(xl.cell('考核结果', 'B2')).toEqual(headerCell('单位名称'));
    expect(xl.cell('考核结果', 'C3')).toEqual(dataCell(30, { nf: '0.00', wrap: true })); // 总分 with 小数位 decimals; the fixture's last two columns wrap
    expect(xl.frozenRows('考核结果')).toBe(2);
    expect(xl.columnWidth('考核结果', 1)).toBe(108.75); // (20 × 7 + 5) px × 0.75
    // The record sheet: very hidden, readable by the engine's record format.
    expect(xl.visibility(RECORD_SHEET)).toBe('VeryHidden');
    expect(xl.sheetNames()).toEqual([DATA, '考核方案', RECORD_SHEET, '考核结果']);
    // Calculation suspended in the write sync; no change event reached the pane.
    expect(xl.suspendedSyncs).toBe(1);
    expect(xl.events).toEqual([]);
  });

  test('the record sheet holds the plan record and the undo snapshot', async () => {
    const xl = installOfficeDouble(globalThis, workbook(5));
    const { fingerprint } = await readWorkbook();
    await writePlan(plan(5, { marks: [[2, 2]] }), fingerprint);
    const grid: Array<Array<string | number | null>> = [];
    for (const [k, c] of xl.cells(RECORD_SHEET)) {
      const [r, col] = k.split(',').map(Number) as [number, number];
      (grid[r] ??= [])[col] = c.v as string;
    }
    const stored = rowsToRecord(grid);
    expect(stored.record).toEqual(plan(5, { marks: [[2, 2]] }).record);
    expect(stored.undo?.createdSheets).toEqual(['考核结果', RECORD_SHEET]);
    expect(stored.undo?.sheetsBefore).toEqual([DATA, '考核方案']);
    expect(stored.undo?.previousRecord).toBeNull();
    // Rows 2..7 (header + 5 units) × I..K, all blank before; C3 held 0 with no fill or note.
    expect(stored.undo?.rows).toEqual([
      { sheet: DATA, row: 1, col: 8, cells: [null, null, null] },
      { sheet: DATA, row: 2, col: 2, cells: [{ v: 0 }] },
      { sheet: DATA, row: 2, col: 8, cells: [null, null, null] },
      { sheet: DATA, row: 3, col: 8, cells: [null, null, null] },
      { sheet: DATA, row: 4, col: 8, cells: [null, null, null] },
      { sheet: DATA, row: 5, col: 8, cells: [null, null, null] },
      { sheet: DATA, row: 6, col: 8, cells: [null, null, null] },
    ]);
  });

  test('no cell outside the plan changes', async () => {
    const xl = installOfficeDouble(globalThis, {
      sheets: [
        { ...workbook(30).sheets[0]!, notes: { '3,3': '自己的批注' }, fills: { '5,1': '#DDEBF7' }, numberFormats: { '4,4': '0.0' }, formulas: { '6,7': 'LEN(B7)' } },
        workbook(30).sheets[1]!,
      ],
    });
    const marks: Array<[number, number]> = [[3, 3], [8, 4]];
    const before = { data: outsidePlan(xl, DATA, marks), scheme: xl.cells('考核方案') };
    const { fingerprint } = await readWorkbook();
    await writePlan(plan(30, { marks, flagText: (i) => `标记${i}` }), fingerprint);
    expect(outsidePlan(xl, DATA, marks)).toEqual(before.data);
    expect(xl.cells('考核方案')).toEqual(before.scheme);
  });

  test('text that looks like a formula, a number or a boolean is written as text', async () => {
    const xl = installOfficeDouble(globalThis, workbook(7));
    const { fingerprint } = await readWorkbook();
    const texts = ['=SUM(A1)', '+1', '-3', '@x', '0123', 'TRUE', "'引号"];
    await writePlan(plan(7, { flagText: (i) => texts[i] ?? null }), fingerprint);
    expect(texts.map((_, i) => xl.cell(DATA, `K${i + 3}`))).toEqual(texts.map((t) => ({ v: t })));
  });

  test('a user edit between reading and writing: nothing is written, the answer is "changed"', async () => {
    const xl = installOfficeDouble(globalThis, workbook(10));
    const { fingerprint } = await readWorkbook();
    xl.setValue(DATA, 'D6', 15);
    const before = xl.save();
    expect(await writePlan(plan(10), fingerprint)).toEqual({ ok: false, reason: 'changed' });
    expect(xl.save()).toEqual(before);
  });

  test('an edit of the scheme sheet also counts as a change', async () => {
    const xl = installOfficeDouble(globalThis, workbook(10));
    const { fingerprint } = await readWorkbook();
    xl.setValue('考核方案', 'B3', 25);
    expect(await writePlan(plan(10), fingerprint)).toEqual({ ok: false, reason: 'changed' });
  });

  test('without ExcelApi 1.18 no note is written, fills still are; on 1.7 events are not toggled', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(5), apiVersion: '1.7' });
    expect(notesSupported()).toBe(false);
    const { fingerprint } = await readWorkbook();
    xl.resetCounters();
    expect(await writePlan(plan(5, { marks: [[2, 2]] }), fingerprint)).toEqual({ ok: true, syncs: 2 });
    expect(xl.cell(DATA, 'C3')).toEqual({ v: 0, fill: '#FFC7CE' });
    installOfficeDouble(globalThis, { ...workbook(5), apiVersion: '1.18' });
    expect(notesSupported()).toBe(true);
  });

  test('no merged undo group (it would throw UndoNotSupported on the record sheet), on every platform; progress reported up to 1', async () => {
    for (const platform of ['PC', 'Mac', 'OfficeOnline'] as const) {
      const xl = installOfficeDouble(globalThis, { ...workbook(5), apiVersion: '1.20', platform });
      const { fingerprint } = await readWorkbook();
      const seen: number[] = [];
      expect(await writePlan(plan(5), fingerprint, (f) => seen.push(f))).toMatchObject({ ok: true });
      // The read waits out cell edit (delayForCellEdit, ExcelApi 1.11); the write is a plain run.
      expect(xl.runOptions).toEqual([{ delayForCellEdit: true }, null]);
      expect(xl.visibility(RECORD_SHEET)).toBe('VeryHidden');
      expect(seen[0]).toBe(0.1);
      expect(seen[seen.length - 1]).toBe(1);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    }
  });

  test('selectCell selects the cell and activates its sheet', async () => {
    const xl = installOfficeDouble(globalThis, workbook(5));
    await selectCell(DATA, 'D7');
    expect(xl.selection).toEqual({ sheet: DATA, address: 'D7' });
    expect(xl.activeSheet).toBe(DATA);
  });

  test('selectCell on a sheet that is not active shows that sheet and selects the cell (office-js #5118)', async () => {
    const xl = installOfficeDouble(globalThis, workbook(5));
    expect(xl.activeSheet).toBe(DATA);
    await selectCell('考核方案', 'B3');
    expect([xl.activeSheet, xl.selection]).toEqual(['考核方案', { sheet: '考核方案', address: 'B3' }]);
    await selectCell(DATA, 'C4');
    expect([xl.activeSheet, xl.selection]).toEqual([DATA, { sheet: DATA, address: 'C4' }]);
  });

  test('a host strict about null objects: the first write (no record or result sheet yet) still works', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(5), strictNullObjects: true });
    const { fingerprint } = await readWorkbook();
    xl.resetCounters();
    // The probe sync fails on the missing sheets; 1 sync lists the sheets, 1 probes those there; then write, events.
    expect(await writePlan(plan(5), fingerprint)).toEqual({ ok: true, syncs: 5 });
    expect(xl.syncs).toBe(5);
    expect(xl.cell(DATA, 'I3')).toEqual({ v: 30, nf: '0.00' });
  });
});

function score(i: number, k: number): number {
  return (i * 7 + k * 3) % 21;
}
