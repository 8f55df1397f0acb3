/**
 * A marks-only plan (`highlightPlan`, 快速校验) on an .xlsx workbook: exactly the fills and notes of
 * the marked cells change, 考核结果 is left alone whether it exists or not, and undo puts all back.
 */
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { undoLastRun } from '../../../src/hosts/xlsx/undo';
import { readStoredRecord } from '../../../src/hosts/xlsx/record-sheet';
import { RECORD_SHEET } from '../../../src/engine/record';
import { highlightPlan } from '../../../src/engine';
import { buildLedger, DATA, ledgerPlan, readXlsx, reload, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';
import { describeWorkbook, type SheetDescription } from '../../fixtures/xlsx-host/describe';

afterAll(removeTmpDirs);

let dir: string;
let original: string;
beforeAll(async () => {
  dir = await tmpDir('highlight');
  original = path.join(dir, 'original.xlsx');
  await buildLedger().xlsx.writeFile(original);
});

/** ledgerPlan's marks: D3 yellow, D5 red, D6 yellow, E6 yellow (E6 had a theme fill and the note 已核实). */
const MARKED: Record<string, { argb: string; note: string }> = {
  D3: { argb: 'FFFFEB9C', note: '指标A 无区分度。' },
  D5: { argb: 'FFFFC7CE', note: 'D5 是 Excel 错误值 #N/A。\nD5 holds the Excel error #N/A.' },
  D6: { argb: 'FFFFEB9C', note: 'D6 是文本数字。' },
  E6: { argb: 'FFFFEB9C', note: 'E6 离群。' },
};

/** The workbook as described before, with the marked cells' fill and note replaced (style otherwise kept). */
function expectedAfter(before: { sheets: SheetDescription[]; definedNames: unknown }): { sheets: SheetDescription[]; definedNames: unknown } {
  return {
    ...before,
    sheets: before.sheets.map((s) => {
      if (s.name !== DATA) return s;
      const cells = { ...s.cells };
      for (const [addr, m] of Object.entries(MARKED)) {
        const was = cells[addr]!;
        const style = { ...(was.style as Record<string, unknown>), fill: { fgColor: { argb: m.argb }, pattern: 'solid', type: 'pattern' } };
        cells[addr] = { ...was, style, note: m.note };
      }
      return { ...s, cells };
    }),
  };
}

async function ledger(withResult: boolean): Promise<ExcelJS.Workbook> {
  const wb = await readXlsx(original);
  if (withResult) {
    const rs = wb.addWorksheet('考核结果');
    rs.getCell('A1').value = '上期结果';
    rs.getCell('A2').value = '名次';
    rs.getCell('B2').value = '单位';
    rs.getCell('A3').value = { formula: '1+0', result: 1 } as ExcelJS.CellFormulaValue;
    rs.getCell('A2').font = { bold: true };
  }
  return wb;
}

describe('applyPlan with a marks-only plan (resultSheet null)', () => {
  test.each([['without', false], ['with', true]])('%s a 考核结果 sheet: only the fills and notes change; undo restores every cell', async (_w, withResult) => {
    const wb = await ledger(withResult);
    const before = describeWorkbook(wb);
    const names = wb.worksheets.map((w) => w.name);
    const h = highlightPlan(ledgerPlan());
    applyPlan(wb, h);

    const after = describeWorkbook(wb);
    expect(after.sheets.map((s) => s.name)).toEqual([...names, RECORD_SHEET]);
    expect({ ...after, sheets: after.sheets.filter((s) => s.name !== RECORD_SHEET) }).toEqual(expectedAfter(before));
    expect(wb.getWorksheet(RECORD_SHEET)?.state).toBe('veryHidden');
    const stored = readStoredRecord(wb);
    // ledgerPlan's columns are all new, so the record owns none; it lists the four marks.
    expect(stored.record).toEqual({ dataSheet: DATA, columns: [], marks: ledgerPlan().record.marks });
    expect(stored.undo?.createdSheets).toEqual([RECORD_SHEET]);
    expect(stored.undo?.keptSheets).toEqual([]);

    expect(undoLastRun(wb)).toEqual({ ok: true });
    expect(describeWorkbook(wb)).toEqual(before);
  });

  test('survives save → reopen → undo: 考核结果 stays, every cell comes back', async () => {
    const baseline = await reload(await ledger(true), path.join(dir, 'baseline.xlsx'));
    const wb = await ledger(true);
    applyPlan(wb, highlightPlan(ledgerPlan()));
    const reopened = await reload(wb, path.join(dir, 'applied.xlsx'));
    expect((reopened.getWorksheet(DATA) as ExcelJS.Worksheet).getCell('E6').note).toBe('E6 离群。');
    expect(reopened.getWorksheet('考核结果')?.getCell('A1').value).toBe('上期结果');
    expect(undoLastRun(reopened)).toEqual({ ok: true });
    const after = await reload(reopened, path.join(dir, 'undone.xlsx'));
    expect(describeWorkbook(after)).toEqual(describeWorkbook(baseline));
  });

  test('after a full run: the stale mark gets back its own fill and note; the columns and 考核结果 stay as the full run left them', async () => {
    const wb = await ledger(false);
    const full = ledgerPlan();
    applyPlan(wb, full);
    const afterFull = describeWorkbook(wb);
    const afterFullBook = await ledger(false);
    applyPlan(afterFullBook, ledgerPlan());
    // Next check: E6 is fine now (stale), the other three stay marked; the columns are reused.
    const next = ledgerPlan({ marks: full.marks.filter((m) => !(m.row === 5 && m.col === 4)), clearMarks: [{ sheet: DATA, row: 5, col: 4 }] });
    const h = highlightPlan({ ...next, columns: next.columns.map((c) => ({ ...c, isNew: false })) });
    applyPlan(wb, h);
    const ws = wb.getWorksheet(DATA) as ExcelJS.Worksheet;
    expect({ fill: ws.getCell('E6').fill, note: ws.getCell('E6').note }).toEqual({ fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 5, tint: 0.6 } }, note: '已核实' });
    // Every other cell of every sheet (考核结果 included) as the full run left it.
    const skipE6 = (s: string): ReadonlySet<string> => new Set(s === DATA ? ['E6'] : []);
    const others = (d: { sheets: SheetDescription[] }): SheetDescription[] => d.sheets.filter((s) => s.name !== RECORD_SHEET);
    expect(others(describeWorkbook(wb, skipE6))).toEqual(others(describeWorkbook(afterFullBook, skipE6)));
    expect(readStoredRecord(wb).record).toEqual({ dataSheet: DATA, columns: full.record.columns, marks: full.record.marks.slice(0, 3) });
    expect(undoLastRun(wb)).toEqual({ ok: true });
    expect(others(describeWorkbook(wb))).toEqual(others(afterFull));
    expect(readStoredRecord(wb)).toEqual({ record: full.record, undo: null });
  });
});
