/**
 * The double's Range.merge and Worksheet.onSelectionChanged, as the Microsoft pages cited in
 * range.ts and worksheet.ts describe them (and stricter where they are silent), and the pane's
 * selection listener (src/taskpane/sheet-events.ts) over them.
 */
import { installOfficeDouble } from './index';
import { onSelectionChanged } from '../../src/taskpane/sheet-events';

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('Range.merge', () => {
  test('keeps the upper-left value, deletes the others; absorbs merges inside; across merges each row', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a', 'b', 'c'], ['d', 'e', 'f']], merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] }] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:C2').merge();
      await ctx.sync();
    });
    expect(xl.merges('S')).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
    expect([xl.cell('S', 'A1'), xl.cell('S', 'B1'), xl.cell('S', 'C2')]).toEqual([{ v: 'a' }, null, null]);

    const ys = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a', 'b'], ['c', 'd']] }] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B2').merge(true);
      await ctx.sync();
    });
    expect(ys.merges('S')).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 1, left: 0, bottom: 1, right: 1 }]);
    expect([ys.cell('S', 'A2'), ys.cell('S', 'B2')]).toEqual([{ v: 'c' }, null]);
  });

  test('a range cutting through a merged area fails (InvalidOperation) and changes nothing', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a', 'b', 'c']], merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] }] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').merge();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(xl.merges('S')).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
    expect(xl.cell('S', 'B1')).toEqual({ v: 'b' });
  });

  test('needs ExcelApi 1.2', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }], apiVersion: '1.1' });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').merge();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });
});

describe('Worksheet.onSelectionChanged and the pane’s listener', () => {
  test('the clerk’s selection reaches the listener with the sheet and the address; stop removes it', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: '综合考核', cells: [['x']] }, { name: '述职评议', cells: [['y']] }, { name: '隐藏', cells: [], visibility: 'hidden' }] });
    const heard: Array<[string, string]> = [];
    const stop = await onSelectionChanged((sheet, address) => heard.push([sheet, address]));
    expect(stop).not.toBeNull();
    xl.selectByUser('综合考核', 'B3');
    xl.selectByUser('述职评议', 'E3:F3');
    xl.selectByUser('隐藏', 'A1'); // no handler on a hidden sheet
    await tick();
    expect(heard).toEqual([['综合考核', 'B3'], ['述职评议', 'E3:F3']]);
    expect([xl.activeSheet, xl.selection]).toEqual(['隐藏', { sheet: '隐藏', address: 'A1' }]);
    await stop?.();
    xl.selectByUser('综合考核', 'B4');
    await tick();
    expect(heard).toHaveLength(2);
  });

  test('the add-in’s own Range.select() does not raise it (no page says it does: the pane must not rely on it)', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['x']] }] });
    const heard: string[] = [];
    await onSelectionChanged((_s, a) => heard.push(a));
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').select();
      await ctx.sync();
    });
    await tick();
    expect(heard).toEqual([]);
  });

  test('below ExcelApi 1.7 the pane does not listen (null), and the double refuses the registration', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['x']] }], apiVersion: '1.6' });
    expect(await onSelectionChanged(() => undefined)).toBeNull();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onSelectionChanged.add(async () => undefined);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });
});
