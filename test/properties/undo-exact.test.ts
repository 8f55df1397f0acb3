/**
 * Never lose a clerk's sheet (issue 15, SPEC §1 and §5), in both hosts:
 * - golden cases: a clerk's 考核结果; 考核结果 and 考核结果（考评助手） both the clerk's; a 考核结果 the
 *   program made in an earlier run (reused in place);
 * - a property over generated workbooks: score, then undo, gives the input back exactly — every
 *   sheet, its place, cells, formulas, formats, fills, notes, merges, widths, cell looks (font,
 *   borders, alignment) — and no run changes a sheet it does not own. Also after a first run: run
 *   again, undo → the first run's workbook. The data sheet may be a styled clerk table with a
 *   two-row header (the new columns then take its look and merged headers, issue 14).
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { assess } from '../../src/engine';
import { RECORD_SHEET } from '../../src/engine/record';
import { applyPlan, saveWorkbookFile, toWorkbookInput, undoLastRun } from '../../src/hosts/xlsx';
import { readWorkbook, undoLastWrite, writePlan } from '../../src/hosts/excel';
import { describeSheet, describeWorkbook } from '../fixtures/xlsx-host/describe';
import { removeTmpDirs, tmpDir } from '../fixtures/xlsx-host/build';
import { installOfficeDouble } from '../office-double';
import { bookArb, LOOKS, toDouble, toExceljs, type BookSpec, type LookName, type SheetSpec } from './sheet-model';
import { CLEAN_ROWS, DATA_HEADER, schemeRows } from '../fixtures/cli/workbooks';

afterAll(removeTmpDirs);

let n = 0;
async function roundTrip(wb: ExcelJS.Workbook, dir: string): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, `w${n++}.xlsx`);
  await saveWorkbookFile(wb, file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

/** One full run in the .xlsx host; returns the results sheet it wrote and its issues' codes. */
function scoreXlsx(wb: ExcelJS.Workbook): { resultSheet: string | null; codes: string[] } {
  const a = assess(toWorkbookInput(wb), { mode: 'score' });
  if (a.plan) applyPlan(wb, a.plan);
  return { resultSheet: a.plan?.resultSheet?.name ?? null, codes: a.issues.map((i) => i.code) };
}

async function scoreExcel(): Promise<{ resultSheet: string | null; codes: string[] }> {
  const { workbook, fingerprint } = await readWorkbook();
  const a = assess(workbook, { mode: 'score' });
  if (a.plan) expect(await writePlan(a.plan, fingerprint)).toMatchObject({ ok: true });
  return { resultSheet: a.plan?.resultSheet?.name ?? null, codes: a.issues.map((i) => i.code) };
}

const sheet = (name: string, rows: SheetSpec['rows'], extra: Partial<SheetSpec> = {}): SheetSpec => ({ name, visibility: 'visible', rows, notes: [], fills: [], merges: [], widths: [], ...extra });
const data = sheet('考核数据', [DATA_HEADER, ...CLEAN_ROWS]);
const scheme = sheet('考核方案', schemeRows());
const lastYear = sheet('考核结果', [['2025年度考核结果（公示）'], ['序号', '单位名称', '总分'], [1, '甲', 93.5], [2, '乙', 88]], { notes: [[2, 2, '已公示']], fills: [[1, 0, '#DDEBF7']], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }], widths: [[1, 18]] });

describe('golden cases: which sheet the results go to, in both hosts', () => {
  const cases: Array<{ name: string; book: BookSpec; target: string; renamed: boolean }> = [
    { name: 'no 考核结果 yet', book: { sheets: [data, scheme] }, target: '考核结果', renamed: false },
    { name: 'a clerk\'s 考核结果 (last year\'s list)', book: { sheets: [lastYear, data, scheme] }, target: '考核结果（考评助手）', renamed: true },
    {
      name: '考核结果 and 考核结果（考评助手） both the clerk\'s',
      book: { sheets: [data, lastYear, sheet('考核结果（考评助手）', [['手工']]), scheme] },
      target: '考核结果（2）',
      renamed: true,
    },
  ];

  test.each(cases)('$name → $target; the clerk\'s sheets untouched; undo gives the workbook back', async ({ book, target, renamed }) => {
    const dir = await tmpDir('golden');
    const original = await roundTrip(toExceljs(book), dir);
    const wb = await roundTrip(toExceljs(book), dir);
    const run = scoreXlsx(wb);
    expect(run.resultSheet).toBe(target);
    expect(run.codes.includes('RESULT_SHEET_RENAMED')).toBe(renamed);
    const written = await roundTrip(wb, dir);
    for (const s of book.sheets.filter((x) => x.name !== '考核数据')) {
      expect(describeSheet(written.getWorksheet(s.name) as ExcelJS.Worksheet)).toEqual(describeSheet(original.getWorksheet(s.name) as ExcelJS.Worksheet));
    }
    expect(written.worksheets.map((w) => w.name)).toEqual([...book.sheets.map((s) => s.name), target, RECORD_SHEET]);
    // The new columns fit their headers: F 党建工作小计 (12 units: CJK counts 2) + 2; H 总分 over 95.00 → 7.
    const ws = written.getWorksheet('考核数据') as ExcelJS.Worksheet;
    expect([ws.getColumn(6).width, ws.getColumn(8).width]).toEqual([14, 7]);
    // The 公示 list prints with page numbers.
    expect(written.getWorksheet(target)?.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(undoLastRun(written)).toEqual({ ok: true });
    expect(describeWorkbook(await roundTrip(written, dir))).toEqual(describeWorkbook(original));

    const xl = installOfficeDouble(globalThis, toDouble(book));
    const before = xl.save();
    const inExcel = await scoreExcel();
    expect(inExcel.resultSheet).toBe(target);
    expect([xl.columnWidth('考核数据', 5), xl.columnWidth('考核数据', 7)]).toEqual([77.25, 40.5]);
    expect(xl.save().sheets.find((s) => s.name === target)?.centerFooter).toBe('第 &P 页 共 &N 页'); // (14 × 7 + 5) × 0.75, (7 × 7 + 5) × 0.75
    for (const s of before.sheets) expect(xl.save().sheets.find((x) => x.name === s.name && s.name !== '考核数据') ?? s).toEqual(s);
    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(xl.save()).toEqual(before);
  });

  test('a 考核结果 the program made in an earlier run is rewritten in place; undo brings back the earlier list exactly', async () => {
    const dir = await tmpDir('golden');
    const book: BookSpec = { sheets: [data, scheme, sheet('附表', [['保留']])] };
    const wb = await roundTrip(toExceljs(book), dir);
    expect(scoreXlsx(wb).resultSheet).toBe('考核结果');
    const first = await roundTrip(wb, dir);
    // The clerk corrects 甲's 党建: 38 → 30, so 甲's total is 30 + 55 + 2 = 87.
    (first.getWorksheet('考核数据') as ExcelJS.Worksheet).getCell('B2').value = 30;
    const afterFirst = await roundTrip(first, dir);
    const again = await roundTrip(first, dir);
    const run = scoreXlsx(again);
    expect(run).toMatchObject({ resultSheet: '考核结果' });
    expect(run.codes).not.toContain('RESULT_SHEET_RENAMED');
    const second = await roundTrip(again, dir);
    expect(second.worksheets.map((w) => w.name)).toEqual(['考核数据', '考核方案', '附表', '考核结果', RECORD_SHEET, '_考评上次结果']);
    const listed = (w: ExcelJS.Workbook): unknown[][] => ((w.getWorksheet('考核结果') as ExcelJS.Worksheet).getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(listed(second).some((r) => r.includes('甲') && r.includes(87))).toBe(true);
    expect(listed(afterFirst).some((r) => r.includes('甲') && r.includes(95))).toBe(true);
    expect(undoLastRun(second)).toEqual({ ok: true });
    const undone = await roundTrip(second, dir);
    const clerkAndResult = (w: ExcelJS.Workbook) => ({ ...describeWorkbook(w), sheets: describeWorkbook(w).sheets.filter((s) => s.name !== RECORD_SHEET) });
    expect(clerkAndResult(undone)).toEqual(clerkAndResult(afterFirst));
    expect(undone.worksheets.map((w) => w.name)).toEqual(afterFirst.worksheets.map((w) => w.name));
    // One step: the second undo says so.
    expect(undoLastRun(undone)).toMatchObject({ ok: false });
  });
});

describe('golden case: a styled clerk table with a two-row header, in both hosts', () => {
  // 单位名称 | 党建 | 业务 | 加分 | 否决 over 得分 | 得分 under 党建 and 业务; A, D, E merged down; header
  // look on rows 1–2, data look below, 丙's 业务 (C5) in the odd look; 甲's 党建 (B3) has a note.
  const rows = [DATA_HEADER, [null, '得分', '得分', null, null], ...CLEAN_ROWS];
  const looks: Array<readonly [number, number, LookName]> = [];
  rows.forEach((_r, r) => { for (let c = 0; c < 5; c++) looks.push([r, c, r < 2 ? 'header' : r === 4 && c === 2 ? 'odd' : 'data']); });
  const styled = sheet('考核数据', rows, { looks, notes: [[2, 1, '已核实']], merges: [0, 3, 4].map((c) => ({ top: 0, left: c, bottom: 1, right: c })) });
  const book: BookSpec = { sheets: [styled, scheme] };

  // The run adds F 党建工作小计, G 业务工作小计, H 总分, I 排名, J 等次, K 星级, L 异常标记.
  test('.xlsx host: F1:F2 … L1:L2 merged, header look on F1, E\'s look on each row; undo exact after save and reopen', async () => {
    const dir = await tmpDir('styled');
    const original = await roundTrip(toExceljs(book), dir);
    const wb = await roundTrip(toExceljs(book), dir);
    scoreXlsx(wb);
    const written = await roundTrip(wb, dir);
    const ws = written.getWorksheet('考核数据') as ExcelJS.Worksheet;
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    expect(merges).toEqual(['A1', 'D1', 'E1', 'F1', 'G1', 'H1', 'I1', 'J1', 'K1', 'L1']);
    expect(ws.getCell('F1').value).toBe('党建工作小计');
    expect(ws.getCell('F1').style).toMatchObject(LOOKS.header.xlsx);
    expect(ws.getCell('F2').isMerged).toBe(true);
    // 甲's total (H3, 38 + 55 + 2) in E3's look (data), no fill; 丙's rank (I5) in E5's (the odd cell is C5).
    expect(ws.getCell('H3').value).toBe(95);
    expect(ws.getCell('H3').style).toMatchObject({ ...LOOKS.data.xlsx, numFmt: '0.00' });
    expect(ws.getCell('H3').style.fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(ws.getCell('I5').style).toMatchObject(LOOKS.data.xlsx);
    expect(undoLastRun(written)).toEqual({ ok: true });
    expect(describeWorkbook(await roundTrip(written, dir))).toEqual(describeWorkbook(original));
  });

  test('Office.js host on the Excel double: the same look; undo exact', async () => {
    const xl = installOfficeDouble(globalThis, toDouble(book));
    const before = xl.save();
    await scoreExcel();
    const merges = xl.save().sheets.find((s) => s.name === '考核数据')?.merges ?? [];
    expect(merges.map((m) => [m.top, m.left, m.bottom, m.right])).toEqual([0, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => [0, c, 1, c]));
    expect(xl.cell('考核数据', 'F1')).toEqual({ v: '党建工作小计', fill: '#D9E1F2', bold: true, fmt: LOOKS.header.fmt });
    expect(xl.cell('考核数据', 'H3')).toEqual({ v: 95, nf: '0.00', fmt: LOOKS.data.fmt });
    expect(xl.cell('考核数据', 'I5')).toEqual({ v: 3, fmt: LOOKS.data.fmt });
    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(xl.save()).toEqual(before);
  });
});

/**
 * The undone workbook equals the one before the run. After an earlier run (`twice`) the record sheet
 * keeps one step — its undo part is gone — so it is left out; every other sheet, and the order, exact.
 */
function expectBack<W extends { readonly sheets: ReadonlyArray<{ readonly name: string }> }>(undone: W, before: W, twice: boolean): void {
  if (!twice) {
    expect(undone).toEqual(before);
    return;
  }
  const noRecord = (w: W) => w.sheets.filter((s) => s.name !== RECORD_SHEET);
  expect(noRecord(undone)).toEqual(noRecord(before));
  expect(undone.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
}

describe('property: score then undo is exact, and no run changes a sheet it does not own', () => {
  test('.xlsx host (saved and reopened between steps)', async () => {
    const dir = await tmpDir('undo-prop');
    await fc.assert(
      fc.asyncProperty(bookArb, fc.boolean(), async (book, twice) => {
        let wb = await roundTrip(toExceljs(book), dir);
        if (twice) {
          scoreXlsx(wb);
          wb = await roundTrip(wb, dir);
        }
        const before = describeWorkbook(wb);
        const owned = new Set([...(twice ? ['考核结果', '考核结果（考评助手）', '考核结果（2）'] : []), RECORD_SHEET, '考核数据', '_考评上次结果']);
        const run = scoreXlsx(wb);
        const after = await roundTrip(wb, dir);
        // Every sheet the program does not own is as it was.
        for (const s of before.sheets) {
          if (owned.has(s.name) || s.name === run.resultSheet) continue;
          expect(describeSheet(after.getWorksheet(s.name) as ExcelJS.Worksheet)).toEqual(s);
        }
        expect(undoLastRun(after)).toEqual({ ok: true });
        expectBack(describeWorkbook(await roundTrip(after, dir)), before, twice);
      }),
      { numRuns: 12, seed: 20261203 },
    );
  }, 120_000);

  test('Office.js host on the Excel double', async () => {
    await fc.assert(
      fc.asyncProperty(bookArb, fc.boolean(), fc.constantFrom('PC', 'Mac', 'OfficeOnline'), async (book, twice, platform) => {
        const xl = installOfficeDouble(globalThis, { ...toDouble(book), platform });
        if (twice) await scoreExcel();
        const before = xl.save();
        const run = await scoreExcel();
        const owned = new Set([RECORD_SHEET, '考核数据', ...(run.resultSheet ? [run.resultSheet] : [])]);
        for (const s of before.sheets) if (!owned.has(s.name)) expect(xl.save().sheets.find((x) => x.name === s.name)).toEqual(s);
        expect(await undoLastWrite()).toEqual({ ok: true });
        expectBack(xl.save(), before, twice);
      }),
      { numRuns: 60, seed: 20261203 },
    );
  });
});
