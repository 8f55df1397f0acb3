/**
 * The 考核结果 sheet's print setup in the Office.js host (print-setup.ts), read back from the Excel
 * double: rows 1–2 (title and header) repeated on every page, one page wide and as many tall as
 * needed, A4, centred, portrait while the widths fit (≤ 95 characters), the page-number footer — in
 * the sheet's own setup, no sync more; nothing of it below ExcelApi 1.9.
 */
import { installOfficeDouble, type OfficeDouble } from '../../office-double';
import { readWorkbook, writePlan } from '../../../src/hosts/excel';
import type { WritePlan } from '../../../src/engine/model/plan';
import { plan, workbook } from './fixtures';
import { titleCell } from './result-cells';

const RESULT = '考核结果';

async function write(xl: OfficeDouble, p: WritePlan): Promise<number> {
  const { fingerprint } = await readWorkbook();
  xl.resetCounters();
  const out = await writePlan(p, fingerprint);
  if (!out.ok) throw new Error('changed');
  return out.syncs;
}

const saved = (xl: OfficeDouble, name: string) => xl.save().sheets.find((s) => s.name === name);

describe('the results sheet prints like the .xlsx host\'s', () => {
  test('title rows $1:$2, one page wide (0 tall: automatic), A4 portrait, centred, 第 &P 页 共 &N 页 — in the same 3 syncs', async () => {
    const xl = installOfficeDouble(globalThis, workbook(100));
    expect(await write(xl, plan(100))).toBe(3);
    expect(saved(xl, RESULT)?.print).toEqual({
      titleRows: '$1:$2',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      // Widths 6 + 20 + 10 = 36 characters ≤ 95: portrait.
      orientation: 'Portrait',
      paperSize: 'A4',
      centerHorizontally: true,
    });
    expect(saved(xl, RESULT)?.centerFooter).toBe('第 &P 页 共 &N 页');
    // Read back through the API, as an add-in would.
    await Excel.run(async (ctx) => {
      const page = ctx.workbook.worksheets.getItem(RESULT).pageLayout;
      page.load('zoom,orientation');
      const titles = page.getPrintTitleRowsOrNullObject().load('address');
      await ctx.sync();
      expect([page.zoom, page.orientation, titles.address]).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }, 'Portrait', '考核结果!A1:XFD2']);
    });
  });

  test('columns wider than an A4 page across (96 characters) print landscape', async () => {
    const xl = installOfficeDouble(globalThis, workbook(10));
    const p = plan(10);
    const wide: WritePlan = { ...p, resultSheet: p.resultSheet && { ...p.resultSheet, widths: [6, 60, 30] } };
    await write(xl, wide);
    expect(saved(xl, RESULT)?.print?.orientation).toBe('Landscape');
  });

  test('a rewrite of the program\'s own sheet sets it again (the same setup)', async () => {
    const xl = installOfficeDouble(globalThis, workbook(10));
    await write(xl, plan(10));
    await write(xl, plan(10, { replaces: true }));
    expect(saved(xl, RESULT)?.print).toMatchObject({ titleRows: '$1:$2', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  test('below ExcelApi 1.9: no print setup, no footer, and the write still succeeds', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(10), apiVersion: '1.8' });
    expect(await write(xl, plan(10))).toBe(3);
    expect(saved(xl, RESULT)?.print).toBeUndefined();
    expect(saved(xl, RESULT)?.centerFooter).toBeUndefined();
    // The look (ExcelApi 1.1–1.7) is there all the same.
    expect(xl.cell(RESULT, 'A1')).toEqual(titleCell('2026年度考核结果（公示）'));
  });
});
