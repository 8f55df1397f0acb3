/**
 * The round-trip guarantee (SPEC §5): a run changes nothing but its columns, the fills and notes of
 * flagged cells and the program's own sheets. Compared cell by cell against exceljs's own
 * load → save → load of the same file (what exceljs itself keeps is the baseline; docs/xlsx-host.md).
 */
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { buildLedger, DATA, ledgerPlan, readXlsx, reload, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';
import { describeCell, describeWorkbook, type SheetDescription } from '../../fixtures/xlsx-host/describe';

afterAll(removeTmpDirs);

/** Cells the ledger plan touches: marks D3 D5 D6 E6 and the output columns G3:J9. */
const TOUCHED = new Set(['D3', 'D5', 'D6', 'E6']);
for (const c of 'GHIJ') for (let r = 3; r <= 9; r++) TOUCHED.add(`${c}${r}`);

let baseline: ExcelJS.Workbook;
let applied: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = await tmpDir('roundtrip');
  const original = path.join(dir, 'original.xlsx');
  await buildLedger().xlsx.writeFile(original);
  baseline = await reload(await readXlsx(original), path.join(dir, 'baseline.xlsx'));
  const wb = await readXlsx(original);
  applyPlan(wb, ledgerPlan(), { now: new Date(Date.UTC(2026, 10, 27)) });
  applied = await reload(wb, path.join(dir, 'applied.xlsx'));
});

/**
 * exceljs reads an unstyled cell (xf 0) as style {}, but a cell whose xf names font 0 and border 0
 * explicitly as that font (Calibri 11, theme colour 1) and border {}: the same look, another spelling.
 */
function withoutDefaults(style: unknown): Record<string, unknown> {
  const { fill: _fill, ...rest } = style as Record<string, unknown>;
  if (JSON.stringify(rest['font']) === JSON.stringify({ color: { theme: 1 }, family: 2, name: 'Calibri', scheme: 'minor', size: 11 })) delete rest['font'];
  if (JSON.stringify(rest['border']) === '{}') delete rest['border'];
  return rest;
}

function withoutNewColumns(s: SheetDescription): SheetDescription {
  return { ...s, columns: s.columns.slice(0, 6) };
}

describe('load → apply → save → load keeps everything outside the plan', () => {
  test('every clerk sheet: cells (value, formula, style, note), merges, widths, rows, views, validations, conditional formats, filter', () => {
    const skip = (sheet: string): ReadonlySet<string> => (sheet === DATA ? TOUCHED : new Set());
    const before = describeWorkbook(baseline, skip);
    const after = describeWorkbook(applied, skip);
    expect(after.sheets.length).toBe(before.sheets.length + 2);
    const clerkAfter = after.sheets.slice(0, before.sheets.length).map(withoutNewColumns);
    expect(clerkAfter).toEqual(before.sheets.map(withoutNewColumns));
    expect(after.definedNames).toEqual(before.definedNames);
  });

  test('the new output columns carry no width or hidden flag of their own', () => {
    const ws = applied.getWorksheet(DATA) as ExcelJS.Worksheet;
    for (const c of [7, 8, 9, 10]) {
      expect(ws.getColumn(c).width).toBeUndefined();
      expect(ws.getColumn(c).hidden).toBe(false);
    }
  });

  test('marked cells keep their value, font, border and number format; only fill and note change', () => {
    const b = baseline.getWorksheet(DATA) as ExcelJS.Worksheet;
    const a = applied.getWorksheet(DATA) as ExcelJS.Worksheet;
    expect(describeCell(a.getCell('D3')).style).toMatchObject({ font: { bold: true }, border: { top: { style: 'thin' } } });
    for (const addr of ['D3', 'D5', 'D6', 'E6']) {
      const before = describeCell(b.getCell(addr));
      const after = describeCell(a.getCell(addr));
      expect(after.value).toEqual(before.value);
      expect(after.formula).toEqual(before.formula);
      expect(withoutDefaults(after.style)).toEqual(withoutDefaults(before.style));
    }
  });
});

describe('and the features themselves are there, as built', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(() => {
    ws = applied.getWorksheet(DATA) as ExcelJS.Worksheet;
  });

  test('sheet order and visibility', () => {
    expect(applied.worksheets.slice(0, 5).map((w) => `${w.name}:${w.state}`)).toEqual(['说明:visible', `${DATA}:visible`, '考核方案:visible', '旧数据:hidden', '内部:veryHidden']);
  });

  test('values and formulas, shared ones included', () => {
    expect(ws.getCell('E8').value).toEqual({ formula: '40-2', result: 38 });
    expect(ws.getCell('D9').formula).toBe('SUM(D4:D8)');
    expect(ws.getCell('E9').formula).toBe('SUM(E4:E8)');
    expect(ws.getCell('F9').value).toEqual({ formula: '1/0', result: { error: '#DIV/0!' } });
    expect(ws.getCell('F4').value).toEqual({ richText: [{ text: '按时', font: { bold: true } }, { text: '报送' }] });
    expect(ws.getCell('F5').value).toEqual({ text: '说明', hyperlink: 'https://example.org/a' });
    expect(ws.getCell('F2').value).toEqual(new Date(Date.UTC(2026, 0, 15)));
    expect(ws.getCell('F2').numFmt).toBe('yyyy-mm-dd');
  });

  test('styles, merges, widths, heights, hidden rows, frozen panes', () => {
    expect(ws.getCell('A1').font).toEqual({ bold: true, size: 16 });
    expect(ws.getCell('A3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(ws.getCell('A3').border?.top?.style).toBe('thin');
    expect(Object.keys((ws as unknown as { _merges: object })._merges).sort()).toEqual(['A1', 'C7']);
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width)).toEqual([6, 18, 8, 12, 12, 20]);
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.getRow(7).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  test('defined names, data validation, conditional format, auto filter', () => {
    expect(applied.definedNames.model).toEqual([
      { name: '单位', ranges: [`'${DATA}'!$B$4:$B$8`] },
      { name: '得分', ranges: [`'${DATA}'!$D$4:$E$8`] },
    ]);
    const internal = ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> }; conditionalFormattings: Array<{ ref: string }> };
    expect(JSON.stringify(internal.dataValidations.model)).toContain('乡镇,街道,市直');
    expect(internal.conditionalFormattings.map((c) => c.ref)).toEqual(['D4:E8']);
    expect(ws.autoFilter).toBe('A3:F8');
  });
});
