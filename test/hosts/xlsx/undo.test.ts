import * as path from 'path';
import type ExcelJS from 'exceljs';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { undoLastRun } from '../../../src/hosts/xlsx/undo';
import { readStoredRecord } from '../../../src/hosts/xlsx/record-sheet';
import { RECORD_SHEET } from '../../../src/engine/record';
import type { WritePlan } from '../../../src/engine/model/plan';
import { buildLedger, DATA, ledgerPlan, readXlsx, reload, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';
import { describeWorkbook, type SheetDescription } from '../../fixtures/xlsx-host/describe';

afterAll(removeTmpDirs);

let dir: string;
let original: string;
beforeAll(async () => {
  dir = await tmpDir('undo');
  original = path.join(dir, 'original.xlsx');
  await buildLedger().xlsx.writeFile(original);
});

/** In memory, exceljs creates (empty) column objects up to the last column written: compare A..F. */
function clerkView(wb: ExcelJS.Workbook): { sheets: SheetDescription[]; definedNames: unknown } {
  const d = describeWorkbook(wb);
  return { ...d, sheets: d.sheets.map((s) => ({ ...s, columns: s.columns.slice(0, 6) })) };
}

const E6_BEFORE = { fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 5, tint: 0.6 } }, note: '已核实' };

/**
 * A plan that overwrites the clerk's 备注 column F (rows 3..8): rich text, a hyperlink, the text
 * '#N/A', an empty cell, TRUE and the formula =1/0 with its #DIV/0! result — plus the date F2 via a
 * second column on row 1. (An engine would never plan this; it tests that undo puts back anything.)
 */
function overwritePlan(): WritePlan {
  const p = ledgerPlan();
  return {
    ...p,
    columns: [
      { key: 'flags', header: '标记', col: 5, headerRow: 2, isNew: false, numberFormat: '0.00', firstRow: 3, values: [1, 2, 3, 4, 5, 6] },
      { key: 'grade', header: '日期', col: 5, headerRow: 1, isNew: false, numberFormat: null, firstRow: 2, values: [] },
    ],
    marks: [],
  };
}

describe('undoLastRun restores every touched cell exactly', () => {
  test('apply → undo in memory: the workbook equals its state before, the program sheets are gone', async () => {
    const wb = await readXlsx(original);
    const before = clerkView(wb);
    applyPlan(wb, ledgerPlan());
    const cell = (wb.getWorksheet(DATA) as ExcelJS.Worksheet).getCell('E6');
    expect(cell.note).toBe('E6 离群。');
    expect(undoLastRun(wb)).toEqual({ ok: true });
    expect(clerkView(wb)).toEqual(before);
    expect({ fill: cell.fill, note: cell.note }).toEqual(E6_BEFORE);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', DATA, '考核方案', '旧数据', '内部']);
  });

  test('values, formulas, error values, rich text, hyperlinks, dates and number formats come back', async () => {
    const wb = await readXlsx(original);
    const before = clerkView(wb);
    applyPlan(wb, overwritePlan());
    const ws = wb.getWorksheet(DATA) as ExcelJS.Worksheet;
    expect([ws.getCell('F2').value, ws.getCell('F9').value, ws.getCell('F9').numFmt]).toEqual(['日期', 6, '0.00']);
    expect(undoLastRun(wb)).toEqual({ ok: true });
    expect(clerkView(wb)).toEqual(before);
    expect(ws.getCell('F9').value).toEqual({ formula: '1/0', result: { error: '#DIV/0!' } });
    expect(ws.getCell('F4').value).toEqual({ richText: [{ text: '按时', font: { bold: true } }, { text: '报送' }] });
    expect(ws.getCell('F2').value).toEqual(new Date(Date.UTC(2026, 0, 15)));
    expect(ws.getCell('F2').numFmt).toBe('yyyy-mm-dd');
  });

  test('survives save → reopen → undo → save → reopen', async () => {
    const baseline = await reload(await readXlsx(original), path.join(dir, 'baseline.xlsx'));
    const wb = await readXlsx(original);
    applyPlan(wb, ledgerPlan());
    const reopened = await reload(wb, path.join(dir, 'applied.xlsx'));
    expect(undoLastRun(reopened)).toEqual({ ok: true });
    const after = await reload(reopened, path.join(dir, 'undone.xlsx'));
    expect(clerkView(after)).toEqual(clerkView(baseline));
    const e6 = (after.getWorksheet(DATA) as ExcelJS.Worksheet).getCell('E6');
    expect({ fill: e6.fill, note: e6.note }).toEqual(E6_BEFORE);
    expect(after.getWorksheet(RECORD_SHEET)).toBeUndefined();
    expect(after.getWorksheet('考核结果')).toBeUndefined();
  });

  test('a second undo has nothing to undo: ok false, a Chinese reason, nothing changed', async () => {
    const wb = await readXlsx(original);
    applyPlan(wb, ledgerPlan());
    undoLastRun(wb);
    const before = clerkView(wb);
    const second = undoLastRun(wb);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.reasonZh).toContain('没有可以撤销的写回');
      expect(second.reasonEn).toContain('Nothing to undo');
    }
    expect(clerkView(wb)).toEqual(before);
  });

  test('a sheet the snapshot names is gone → ok false naming it, nothing changed', async () => {
    const wb = await readXlsx(original);
    applyPlan(wb, ledgerPlan());
    (wb.getWorksheet(DATA) as ExcelJS.Worksheet).name = '改名了';
    const r = undoLastRun(wb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasonZh).toContain(`“${DATA}”已不存在`);
    expect(wb.getWorksheet(RECORD_SHEET)).toBeDefined();
  });
});

/** The same plan on a workbook where the program's 考核结果 exists: rewritten, not added. */
function rerun(p: WritePlan): WritePlan {
  return { ...p, resultSheet: p.resultSheet && { ...p.resultSheet, replaces: true } };
}

/**
 * Run 2 of the ledger: same columns (reused), new values; D5 still an error; D3, D6, E6 no longer
 * marked (stale marks) — they get back what they had before run 1 marked them.
 */
function secondRun(): WritePlan {
  const p = rerun(ledgerPlan());
  return {
    ...p,
    columns: p.columns.map((c) => ({ ...c, isNew: false, values: c.key === 'total' ? [94, 80, 72, 91, 85, null] : c.values })),
    marks: [{ sheet: DATA, row: 4, col: 3, fill: '#FFC7CE', note: 'D5 仍是错误值。' }],
    clearMarks: [{ sheet: DATA, row: 2, col: 3 }, { sheet: DATA, row: 5, col: 3 }, { sheet: DATA, row: 5, col: 4 }],
    record: { ...p.record, marks: [{ sheet: DATA, row: 4, col: 3 }] },
  };
}

describe('reruns', () => {
  test('stale marks get back their fill and note from before the program marked them', async () => {
    const wb = await reload(await readXlsx(original), path.join(dir, 'r0.xlsx'));
    applyPlan(wb, ledgerPlan());
    const again = await reload(wb, path.join(dir, 'r1.xlsx'));
    applyPlan(again, secondRun());
    const ws = (await reload(again, path.join(dir, 'r2.xlsx'))).getWorksheet(DATA) as ExcelJS.Worksheet;
    expect({ fill: ws.getCell('E6').fill, note: ws.getCell('E6').note }).toEqual(E6_BEFORE);
    expect({ fill: ws.getCell('D6').fill, note: ws.getCell('D6').note }).toEqual({ fill: undefined, note: undefined });
    expect({ fill: ws.getCell('D3').fill, note: ws.getCell('D3').note }).toEqual({ fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }, note: undefined });
    expect({ fill: ws.getCell('D5').fill, note: ws.getCell('D5').note }).toEqual({ fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }, note: 'D5 仍是错误值。' });
    expect([4, 5, 6].map((r) => ws.getCell(`G${r}`).value)).toEqual([94, 80, 72]);
  });

  test('a cell marked by runs 1 and 2 and cleared by run 3 gets back its fill and note from before run 1', async () => {
    const wb = await readXlsx(original);
    applyPlan(wb, ledgerPlan());
    applyPlan(wb, rerun(ledgerPlan()));
    // Run 2's snapshot holds E6 as run 1 left it (the mark) and, carried, what it was before run 1.
    const e6 = readStoredRecord(wb).undo?.rows.find((r) => r.row === 5 && r.col === 3)?.cells[1];
    expect(e6).toMatchObject({ fill: '#FFEB9C', note: 'E6 离群。', o: { xfill: E6_BEFORE.fill, note: '已核实' } });
    applyPlan(wb, secondRun());
    const cell = (wb.getWorksheet(DATA) as ExcelJS.Worksheet).getCell('E6');
    expect({ fill: cell.fill, note: cell.note }).toEqual(E6_BEFORE);
  });

  test('apply twice then undo gives back the first run’s state; one more undo has nothing to undo', async () => {
    const wb = await readXlsx(original);
    applyPlan(wb, ledgerPlan());
    const afterRun1 = clerkView(wb);
    const again = await reload(wb, path.join(dir, 'twice-1.xlsx'));
    applyPlan(again, secondRun());
    const reopened = await reload(again, path.join(dir, 'twice-2.xlsx'));
    expect(undoLastRun(reopened)).toEqual({ ok: true });
    const undone = await reload(reopened, path.join(dir, 'twice-3.xlsx'));
    const clerk = (d: { sheets: SheetDescription[] }): SheetDescription[] => d.sheets.filter((s) => s.name !== '考核结果' && s.name !== RECORD_SHEET);
    // Compare what exceljs reads back from run 1's file with the undone file.
    const run1File = await readXlsx(path.join(dir, 'twice-1.xlsx'));
    expect(clerk(clerkView(undone))).toEqual(clerk(clerkView(run1File)));
    expect(clerk(afterRun1).map((s) => s.name)).toEqual(clerk(clerkView(undone)).map((s) => s.name));
    const stored = readStoredRecord(undone);
    expect(stored.record).toEqual(ledgerPlan().record);
    expect(stored.undo).toBeNull();
    expect(undone.getWorksheet('考核结果')).toBeDefined();
    expect(undoLastRun(undone).ok).toBe(false);
  });
});

describe('the workbook view’s active tab stays valid', () => {
  test('a rerun keeps 考核结果 active; an undo that deletes it points Excel at the first visible sheet', async () => {
    const wb = await readXlsx(original);
    applyPlan(wb, ledgerPlan());
    // The clerk saved with 考核结果 (index 5: 说明, 考核数据, 考核方案, 旧数据, 内部, 考核结果) active.
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 5, visibility: 'visible' }];
    applyPlan(wb, secondRun());
    expect(wb.views[0]?.activeTab).toBe(5);
    expect(wb.worksheets[5]?.name).toBe('考核结果');
    const reopened = await reload(wb, path.join(dir, 'tab-1.xlsx'));
    expect(reopened.views[0]?.activeTab).toBe(5);
    // Undo of run 2 puts run 1's 考核结果 back in its place: still index 5.
    expect(undoLastRun(reopened)).toEqual({ ok: true });
    expect(reopened.worksheets[5]?.name).toBe('考核结果');
    expect(reopened.views[0]?.activeTab).toBe(5);
  });

  test('an undo that deletes the 考核结果 it created points Excel at the first visible sheet', async () => {
    const reopened = await readXlsx(original);
    applyPlan(reopened, ledgerPlan());
    reopened.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 5, visibility: 'visible' }];
    expect(undoLastRun(reopened)).toEqual({ ok: true });
    // Left: 说明, 考核数据, 考核方案, 旧数据 (hidden), 内部 (very hidden), _考评记录 (very hidden): index 5
    // is the very hidden record sheet → the first visible sheet, 说明 (0).
    expect(reopened.views[0]?.activeTab).toBe(0);
    const back = await reload(reopened, path.join(dir, 'tab-2.xlsx'));
    expect(back.views[0]?.activeTab).toBe(0);
  });
});
