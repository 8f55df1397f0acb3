/**
 * The Excel double's `Range.format` looks (range-look.ts, range.ts): borders by BorderIndex, font
 * size, alignment, wrapText, rowHeight and useStandardHeight — strict where Excel is, and read back
 * the same by `getCellProperties` and `save()`.
 */
import { installOfficeDouble } from '.';

const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' };
const book = (apiVersion?: string) => installOfficeDouble(globalThis, {
  sheets: [{ name: 'S', cells: [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]] }],
  ...(apiVersion ? { apiVersion } : {}),
});
const run = (fn: (ws: Excel.Worksheet) => void): Promise<void> => Excel.run(async (ctx) => { fn(ctx.workbook.worksheets.getItem('S')); await ctx.sync(); });

describe('Range.format borders in the double', () => {
  test('edges and inside lines of A1:C2, one call each, land on the right cell edges', async () => {
    const xl = book();
    await run((ws) => {
      const r = ws.getRange('A1:C2');
      for (const name of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
        const b = r.format.borders.getItem(name as Excel.BorderIndex);
        b.style = 'Continuous' as Excel.BorderLineStyle;
        b.weight = 'Thin' as Excel.BorderWeight;
        b.color = '#000000';
      }
    });
    const boxed = { top: thin, bottom: thin, left: thin, right: thin };
    // Every cell of A1:C2 is boxed (the inside lines are both neighbours' edges); row 3 is untouched.
    for (const a of ['A1', 'B1', 'C1', 'A2', 'B2', 'C2']) expect(xl.cell('S', a)?.fmt).toEqual({ borders: boxed });
    expect(xl.cell('S', 'B3')).toEqual({ v: 5 });
    // getCellProperties reads the same state.
    await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('S').getRange('B2').getCellProperties({ format: { borders: { style: true, weight: true } } });
      await ctx.sync();
      const b = (p.value[0]?.[0]?.format as { borders: Record<string, unknown> }).borders;
      expect([b['top'], b['bottom'], b['left'], b['right']]).toEqual(Array(4).fill({ style: 'Continuous', weight: 'Thin' }));
    });
  });

  test('only the edge asked for: EdgeBottom of A1:B2 is the bottom of A2 and B2', async () => {
    const xl = book();
    await run((ws) => { ws.getRange('A1:B2').format.borders.getItem('EdgeBottom' as Excel.BorderIndex).style = 'Double' as Excel.BorderLineStyle; });
    const dbl = { style: 'Double', weight: 'Thin', color: '#000000' };
    expect([xl.cell('S', 'A1')?.fmt, xl.cell('S', 'A2')?.fmt, xl.cell('S', 'B2')?.fmt]).toEqual([undefined, { borders: { bottom: dbl } }, { borders: { bottom: dbl } }]);
  });

  test.each([
    ['an index that is not an Excel.BorderIndex', (ws: Excel.Worksheet) => { ws.getRange('A1').format.borders.getItem('Top' as Excel.BorderIndex).style = 'Continuous' as Excel.BorderLineStyle; }],
    ['a style that is not an Excel.BorderLineStyle', (ws: Excel.Worksheet) => { ws.getRange('A1').format.borders.getItem('EdgeTop' as Excel.BorderIndex).style = 'Solid' as Excel.BorderLineStyle; }],
    ['a weight that is not an Excel.BorderWeight', (ws: Excel.Worksheet) => { ws.getRange('A1').format.borders.getItem('EdgeTop' as Excel.BorderIndex).weight = 'Thinnest' as Excel.BorderWeight; }],
    ['a colour that is no colour (#12345)', (ws: Excel.Worksheet) => { ws.getRange('A1').format.borders.getItem('EdgeTop' as Excel.BorderIndex).color = '#12345'; }],
  ])('%s fails the sync with InvalidArgument', async (_name, fn) => {
    const xl = book();
    const before = xl.save();
    await expect(run(fn)).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(xl.save()).toEqual(before);
  });
});

describe('font size, alignment, wrap and row height in the double', () => {
  test('font size, alignments and wrapText go to every cell of the range, as setCellProperties would put them', async () => {
    const xl = book();
    await run((ws) => {
      const r = ws.getRange('A1:B1');
      r.format.font.size = 14;
      r.format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
      r.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
      r.format.wrapText = true;
    });
    const fmt = { fontSize: 14, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true };
    expect([xl.cell('S', 'A1'), xl.cell('S', 'B1'), xl.cell('S', 'C1')]).toEqual([{ v: 'a', fmt }, { v: 'b', fmt }, { v: 'c' }]);
    // Back to the Normal values: nothing of the cell's own.
    await run((ws) => { const f = ws.getRange('A1').format; f.font.size = 11; f.horizontalAlignment = 'General' as Excel.HorizontalAlignment; f.verticalAlignment = 'Bottom' as Excel.VerticalAlignment; f.wrapText = false; });
    expect(xl.cell('S', 'A1')).toEqual({ v: 'a' });
  });

  test.each([
    ['horizontalAlignment Middle', (ws: Excel.Worksheet) => { ws.getRange('A1').format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment; }],
    ['verticalAlignment Middle', (ws: Excel.Worksheet) => { ws.getRange('A1').format.verticalAlignment = 'Middle' as Excel.VerticalAlignment; }],
    ['font size 0', (ws: Excel.Worksheet) => { ws.getRange('A1').format.font.size = 0; }],
    ['row height 409.5 (over Excel\'s 409 points)', (ws: Excel.Worksheet) => { ws.getRange('A1').format.rowHeight = 409.5; }],
    ['row height −1', (ws: Excel.Worksheet) => { ws.getRange('A1').format.rowHeight = -1; }],
  ])('%s fails with InvalidArgument', async (_name, fn) => {
    book();
    await expect(run(fn)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('rowHeight: set on every row of the range, loaded uniform or null, 0 and 409 allowed, kept by save() and reopen; useStandardHeight drops it', async () => {
    const xl = book();
    await run((ws) => { ws.getRange('A1:C2').format.rowHeight = 28.5; ws.getRange('A3').format.rowHeight = 409; });
    expect([xl.rowHeight('S', 0), xl.rowHeight('S', 1), xl.rowHeight('S', 2), xl.rowHeight('S', 3)]).toEqual([28.5, 28.5, 409, undefined]);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const same = ws.getRange('A1:A2').format.load('rowHeight');
      const mixed = ws.getRange('A2:A3').format.load('rowHeight');
      const none = ws.getRange('A4').format.load('rowHeight');
      await ctx.sync();
      expect([same.rowHeight, mixed.rowHeight, none.rowHeight]).toEqual([28.5, null, 14.25]);
    });
    const saved = xl.save();
    expect(saved.sheets[0]?.rowHeights).toEqual({ '0': 28.5, '1': 28.5, '2': 409 });
    const reopened = installOfficeDouble(globalThis, JSON.parse(JSON.stringify(saved)));
    expect(reopened.save()).toEqual(saved);
    await run((ws) => { ws.getRange('A2:A3').format.useStandardHeight = true; ws.getRange('A4').format.rowHeight = 0; });
    expect([reopened.rowHeight('S', 0), reopened.rowHeight('S', 1), reopened.rowHeight('S', 2), reopened.rowHeight('S', 3)]).toEqual([28.5, undefined, undefined, 0]);
  });

  test('rowHeight needs ExcelApi 1.2, useStandardHeight 1.7', async () => {
    book('1.1');
    await expect(run((ws) => { ws.getRange('A1').format.rowHeight = 20; })).rejects.toMatchObject({ code: 'ApiNotFound' });
    book('1.6');
    await expect(run((ws) => { ws.getRange('A1').format.useStandardHeight = true; })).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
