/**
 * The new columns' look in the Office.js host (issue 14), on golden 01 (two-row header, 仿宋, thin
 * borders, header fill #D9E1F2) run through the Excel double: the headers merged over rows 3–4 in
 * the clerk header's look, the values in their row's look; the same cells as the .xlsx host writes;
 * undo exact; below ExcelApi 1.9 plain cells, no merge.
 */
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { assess } from '../../../src/engine';
import { readWorkbook, undoLastWrite, writePlan } from '../../../src/hosts/excel';
import { applyPlan, loadWorkbookFile, saveWorkbookFile, toWorkbookInput } from '../../../src/hosts/xlsx';
import { installOfficeDouble, type DoubleCell, type DoubleWorkbookInit, type OfficeDouble } from '../../office-double';
import { toDoubleInit } from '../../fixtures/xlsx-host/to-double';
import { removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

const GOLDEN = path.join(__dirname, '..', '..', 'golden', '01-乡镇党建-两级表头-分值行.xlsx');
const SHEET = '考核台账';
const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' };
const box = { top: thin, bottom: thin, left: thin, right: thin };
/** The table's cells: 仿宋 11, thin borders, centred both ways, wrapped (column H, 备注). */
const TABLE = { fontName: '仿宋', borders: box, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true };

async function golden(): Promise<ExcelJS.Workbook> {
  return loadWorkbookFile(GOLDEN);
}

async function scoreInExcel(): Promise<number> {
  const { workbook, fingerprint } = await readWorkbook();
  const a = assess(workbook, { mode: 'score' });
  if (!a.plan) throw new Error('no plan');
  const out = await writePlan(a.plan, fingerprint);
  if (!out.ok) throw new Error('changed');
  return out.syncs;
}

/** The data sheet's cells in columns I..N (8..13), rows 3..14 (2..13). */
function written(cells: ReadonlyMap<string, DoubleCell> | Iterable<[string, DoubleCell]>): Record<string, DoubleCell> {
  const out: Record<string, DoubleCell> = {};
  for (const [k, c] of cells) {
    const [r, col] = k.split(',').map(Number) as [number, number];
    if (r >= 2 && r <= 13 && col >= 8 && col <= 13) out[k] = c;
  }
  return out;
}

function cellsOf(init: DoubleWorkbookInit, sheet: string): Map<string, DoubleCell> {
  const xl = installOfficeDouble(globalThis, init);
  return xl.cells(sheet);
}

describe('the new columns in the clerk table\'s look, in Excel (ExcelApi 1.9+)', () => {
  let xl: OfficeDouble;
  let before: DoubleWorkbookInit;
  let syncs = 0;
  beforeAll(async () => {
    xl = installOfficeDouble(globalThis, toDoubleInit(await golden()));
    before = xl.save();
    syncs = await scoreInExcel();
  });

  test('headers merged over the two-row header block I3:I4 … N3:N4, nothing else merged', () => {
    const merges = xl.save().sheets.find((s) => s.name === SHEET)?.merges ?? [];
    const added = merges.filter((m) => !(before.sheets.find((s) => s.name === SHEET)?.merges ?? []).some((b) => JSON.stringify(b) === JSON.stringify(m)));
    expect(added).toEqual([8, 9, 10, 11, 12, 13].map((c) => ({ top: 2, left: c, bottom: 3, right: c })));
  });

  test('header cells: the clerk header\'s font (bold), fill, borders, alignment and wrap; data cells their row\'s look', () => {
    expect(xl.cell(SHEET, 'I3')).toEqual({ v: '组织建设小计', fill: '#D9E1F2', bold: true, fmt: TABLE });
    expect(xl.cell(SHEET, 'I4')).toEqual({ v: null, fill: '#D9E1F2', bold: true, fmt: TABLE });
    // Row 5 is the 分值 row: bold like its clerk cells, no fill (fills mark flagged cells).
    expect(xl.cell(SHEET, 'I5')).toEqual({ v: null, nf: '0.00', bold: true, fmt: TABLE });
    // 城关镇: 37.5 | 56 | 93.5 | rank 1 | 优秀 — each cell bordered and centred, not jammed together.
    expect(xl.cell(SHEET, 'I6')).toEqual({ v: 37.5, nf: '0.00', fmt: TABLE });
    expect(xl.cell(SHEET, 'L6')).toEqual({ v: 1, fmt: TABLE });
    expect(xl.cell(SHEET, 'M6')).toEqual({ v: '优秀', fmt: TABLE });
    expect(xl.cell(SHEET, 'N6')).toEqual({ v: null, fmt: TABLE });
  });

  test('the same cells as the .xlsx host writes (read back from its file)', async () => {
    const wb = await golden();
    const a = assess(toWorkbookInput(wb), { mode: 'score' });
    if (!a.plan) throw new Error('no plan');
    applyPlan(wb, a.plan);
    const file = path.join(await tmpDir('look'), 'written.xlsx');
    await saveWorkbookFile(wb, file);
    const fromXlsx = toDoubleInit(await loadWorkbookFile(file));
    expect(written(cellsOf(fromXlsx, SHEET))).toEqual(written(xl.cells(SHEET)));
    expect(fromXlsx.sheets.find((s) => s.name === SHEET)?.merges).toEqual(xl.save().sheets.find((s) => s.name === SHEET)?.merges);
  });

  test('the looks ride in the write\'s batches: 3 syncs for the whole plan', () => {
    expect(syncs).toBe(3);
  });

  test('undo gives the workbook back exactly: values, formats, looks, merges', async () => {
    // cellsOf installed another double: put this one back.
    xl = installOfficeDouble(globalThis, xl.save());
    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(xl.save()).toEqual(before);
  });
});

test('below ExcelApi 1.9 (no getCellProperties): plain cells, no merge, undo exact', async () => {
  const xl = installOfficeDouble(globalThis, toDoubleInit(await golden(), { apiVersion: '1.8' }));
  const before = xl.save();
  await scoreInExcel();
  expect(xl.cell(SHEET, 'I3')).toEqual({ v: '组织建设小计' });
  expect(xl.cell(SHEET, 'L6')).toEqual({ v: 1 });
  expect(xl.save().sheets.find((s) => s.name === SHEET)?.merges).toEqual(before.sheets.find((s) => s.name === SHEET)?.merges);
  expect(await undoLastWrite()).toEqual({ ok: true });
  expect(xl.save()).toEqual(before);
});
