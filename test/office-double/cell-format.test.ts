/** The Excel double's cell looks: getCellProperties, setCellProperties, merge, unmerge (cell-format.ts, range.ts). */
import { installOfficeDouble } from '.';

const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' };
const book = (apiVersion?: string) => installOfficeDouble(globalThis, {
  sheets: [{ name: 'S', cells: [['表头', '乙'], [1, 2], [3, 4]], bold: ['0,0'], fills: { '0,0': '#D9E1F2' }, formats: { '0,0': { fontName: '仿宋', borders: { top: thin } , horizontalAlignment: 'Center', wrapText: true } } }],
  ...(apiVersion ? { apiVersion } : {}),
});

const LOAD = { format: { font: { name: true, size: true, bold: true }, fill: { color: true }, borders: { style: true }, horizontalAlignment: true, verticalAlignment: true, wrapText: true } };

describe('cell looks in the double', () => {
  test('getCellProperties gives every asked-for property, the Normal style where the cell has none, no fill as white', async () => {
    book();
    await Excel.run(async (ctx) => {
      const props = ctx.workbook.worksheets.getItem('S').getRange('A1:B1').getCellProperties(LOAD);
      expect(() => props.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      const none = { style: 'None' };
      expect(props.value[0]?.[0]).toEqual({ format: {
        font: { name: '仿宋', size: 11, bold: true }, fill: { color: '#D9E1F2' },
        borders: { top: { style: 'Continuous' }, bottom: none, left: none, right: none, diagonalDown: none, diagonalUp: none, horizontal: none, vertical: none },
        horizontalAlignment: 'Center', verticalAlignment: 'Bottom', wrapText: true,
      } });
      expect(props.value[0]?.[1]?.format?.font).toEqual({ name: '等线', size: 11, bold: false });
      expect(props.value[0]?.[1]?.format?.fill).toEqual({ color: '#FFFFFF' });
    });
  });

  test('setCellProperties changes only what it is given; a Normal value or a None border is as none', async () => {
    const xl = book();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A2:B2');
      r.setCellProperties([[{ format: { font: { name: '黑体', italic: true }, borders: { bottom: { style: 'Continuous', weight: 'Medium' } } } }, { format: { horizontalAlignment: 'Right' } }]]);
      ctx.workbook.worksheets.getItem('S').getRange('A1').setCellProperties([[{ format: { font: { name: '等线', bold: false }, borders: { top: { style: 'None' } }, wrapText: false } }]]);
      await ctx.sync();
    });
    expect(xl.cell('S', 'A2')).toEqual({ v: 1, fmt: { fontName: '黑体', italic: true, borders: { bottom: { style: 'Continuous', weight: 'Medium', color: '#000000' } } } });
    expect(xl.cell('S', 'B2')).toEqual({ v: 2, fmt: { horizontalAlignment: 'Right' } });
    expect(xl.cell('S', 'A1')).toEqual({ v: '表头', fill: '#D9E1F2', fmt: { horizontalAlignment: 'Center' } });
  });

  test('setCellProperties fails like Excel: a shape that is not the range\'s, an unknown enum name', async () => {
    book();
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2:B2').setCellProperties([[{ format: { wrapText: true } }]]);
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2').setCellProperties([[{ format: { horizontalAlignment: 'Middle' as Excel.HorizontalAlignment } }]]);
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('getCellProperties and setCellProperties need ExcelApi 1.9; merge and unmerge 1.2', async () => {
    book('1.8');
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').getCellProperties(LOAD);
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').setCellProperties([[{ format: { wrapText: true } }]]);
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
    book('1.1');
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A2').merge();
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('merge keeps the upper-left value and gives the area its format; merging it again does nothing; unmerge leaves the format', async () => {
    const xl = book();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:A2');
      r.merge();
      r.merge();
      await ctx.sync();
    });
    expect(xl.save().sheets[0]?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(xl.cell('S', 'A2')).toEqual({ v: null, fill: '#D9E1F2', bold: true, fmt: { fontName: '仿宋', borders: { top: thin }, horizontalAlignment: 'Center', wrapText: true } });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2').unmerge();
      await ctx.sync();
    });
    expect(xl.save().sheets[0]?.merges).toEqual([]);
    expect(xl.cell('S', 'A2')?.fmt?.fontName).toBe('仿宋');
  });

  test('merging a range that overlaps a merged area only in part fails (the double\'s stricter reading)', async () => {
    book();
    await expect(Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:A2').merge();
      ws.getRange('A2:B3').merge();
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  test('values written into a merged area: the upper-left cell alone or the whole area is fine, a covered cell alone fails', async () => {
    const xl = book();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:A2').merge();
      ws.getRange('A1').values = [['新表头']];
      ws.getRange('A1:A3').values = [['整块'], [''], [5]];
      await ctx.sync();
    });
    expect(xl.cell('S', 'A1')?.v).toBe('整块');
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2:A3').values = [[''], [6]];
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
