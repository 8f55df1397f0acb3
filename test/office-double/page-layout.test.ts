/** The double's Worksheet.pageLayout (page-layout.ts): requirement set, arguments as documented, read back. */
import { installOfficeDouble } from './index';

const one = { sheets: [{ name: 'S', cells: [['a'], ['b']] }] };

/** Runs `f` on sheet S in one sync; the error code, or 'ok'. */
async function code(f: (page: Excel.PageLayout, ws: Excel.Worksheet) => void): Promise<string> {
  try {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      f(ws.pageLayout, ws);
      await ctx.sync();
    });
    return 'ok';
  } catch (e) {
    return String((e as { code?: string }).code);
  }
}

describe('Worksheet.pageLayout in the double', () => {
  test('every member needs ExcelApi 1.9', async () => {
    installOfficeDouble(globalThis, { ...one, apiVersion: '1.8' });
    expect(await code((p) => p.setPrintTitleRows('$1:$2'))).toBe('ApiNotFound');
    expect(await code((p) => { p.zoom = { horizontalFitToPages: 1 }; })).toBe('ApiNotFound');
    expect(await code((p) => { p.orientation = 'Landscape'; })).toBe('ApiNotFound');
    installOfficeDouble(globalThis, { ...one, apiVersion: '1.9' });
    expect(await code((p) => p.setPrintTitleRows('$1:$2'))).toBe('ok');
  });

  test('setPrintTitleRows: whole rows only ("The range must span the entire row to be valid")', async () => {
    const xl = installOfficeDouble(globalThis, one);
    expect(await code((p) => p.setPrintTitleRows('A1:C2'))).toBe('InvalidArgument');
    expect(await code((p) => p.setPrintTitleRows('0:1'))).toBe('InvalidArgument');
    expect(await code((p, ws) => p.setPrintTitleRows(ws.getRangeByIndexes(0, 0, 2, 3)))).toBe('InvalidArgument');
    expect(await code((p, ws) => p.setPrintTitleRows(ws.getRangeByIndexes(1, 0, 2, 16384)))).toBe('ok');
    expect(xl.save().sheets[0]?.print).toEqual({ titleRows: '$2:$3' });
    expect(await code((p) => p.setPrintTitleRows('1:2'))).toBe('ok');
    expect(xl.save().sheets[0]?.print).toEqual({ titleRows: '$1:$2' });
  });

  test('zoom: a whole object; scale 10–400; fits whole numbers ≥ 0; not a scale with a fit', async () => {
    const xl = installOfficeDouble(globalThis, one);
    for (const bad of [{}, { scale: 5 }, { scale: 401 }, { scale: 50, horizontalFitToPages: 1 }, { horizontalFitToPages: -1 }, { verticalFitToPages: 1.5 }, { fitToWidth: 1 }]) {
      expect([bad, await code((p) => { p.zoom = bad as Excel.PageLayoutZoomOptions; })]).toEqual([bad, 'InvalidArgument']);
    }
    expect(xl.save().sheets[0]?.print).toBeUndefined();
    expect(await code((p) => { p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }; })).toBe('ok');
    expect(xl.save().sheets[0]?.print).toEqual({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    // Loaded, zoom is a copy: setting a member of it changes nothing (here it throws).
    await Excel.run(async (ctx) => {
      const page = ctx.workbook.worksheets.getItem('S').pageLayout.load('zoom');
      await ctx.sync();
      expect(() => { (page.zoom as { scale?: number }).scale = 50; }).toThrow(TypeError);
    });
  });

  test('orientation and paper size: the enums\' names; defaults read back as A4 portrait at 100 %; saved and reopened', async () => {
    let xl = installOfficeDouble(globalThis, one);
    expect(await code((p) => { p.orientation = 'portrait' as Excel.PageOrientation; })).toBe('InvalidArgument');
    expect(await code((p) => { p.paperSize = 'A7' as Excel.PaperType; })).toBe('InvalidArgument');
    await Excel.run(async (ctx) => {
      const page = ctx.workbook.worksheets.getItem('S').pageLayout.load('orientation,paperSize,zoom,centerHorizontally');
      const titles = page.getPrintTitleRowsOrNullObject().load('address');
      await ctx.sync();
      expect([page.orientation, page.paperSize, page.zoom, page.centerHorizontally, titles.isNullObject]).toEqual(['Portrait', 'A4', { scale: 100 }, false, true]);
    });
    expect(await code((p) => { p.orientation = 'Landscape'; p.paperSize = 'A3'; p.centerHorizontally = true; })).toBe('ok');
    xl = installOfficeDouble(globalThis, xl.save());
    expect(xl.save().sheets[0]?.print).toEqual({ orientation: 'Landscape', paperSize: 'A3', centerHorizontally: true });
  });
});
