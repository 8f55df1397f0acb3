/**
 * The double's selection, start-up, dialogs and runtimes, each as documented Excel behaves (the
 * sources are cited where the double implements them: range.ts select, worksheet.ts activate,
 * install.ts onReady / displayDialogAsync, workbook-state.ts eventsOff).
 */
import { installOfficeDouble } from '.';

const two = () => installOfficeDouble(globalThis, {
  sheets: [{ name: '数据', cells: [['a']] }, { name: '方案', cells: [['b']] }, { name: '藏', cells: [], visibility: 'hidden' }],
});
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('selection (office-js #5118)', () => {
  test('select() on a sheet that is not active does nothing: no sheet switch, selection unchanged', async () => {
    const xl = two();
    expect([xl.activeSheet, xl.selection]).toEqual(['数据', null]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('方案').getRange('B3').select();
      await ctx.sync();
    });
    expect([xl.activeSheet, xl.selection]).toEqual(['数据', null]);
  });

  test('activate() then select() in one batch switches the sheet and selects the cell', async () => {
    const xl = two();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('方案');
      ws.activate();
      ws.getRange('B3').select();
      await ctx.sync();
    });
    expect([xl.activeSheet, xl.selection]).toEqual(['方案', { sheet: '方案', address: 'B3' }]);
  });

  test('a hidden sheet cannot be activated: the sync fails and nothing changes', async () => {
    const xl = two();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('藏').activate();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(xl.activeSheet).toBe('数据');
  });
});

describe('start-up (Office.onReady)', () => {
  test('Office.actions.associate before Office.onReady has resolved throws; after, it registers', async () => {
    const xl = two();
    const fn = () => undefined;
    expect(() => Office.actions.associate('quickCheck', fn)).toThrow(/Office.js has not fully loaded/);
    const ready = Office.onReady();
    expect(() => Office.actions.associate('quickCheck', fn)).toThrow(/Office.js has not fully loaded/);
    await ready;
    Office.actions.associate('quickCheck', fn);
    expect(xl.calls).toEqual(['onReady', 'onReady resolved', 'actions.associate quickCheck']);
    expect(xl.actions.get('quickCheck')).toBe(fn);
  });
});

describe('dialogs (DialogApi 1.1)', () => {
  const open = (url: string, options?: Office.DialogOptions) =>
    new Promise<Office.AsyncResult<Office.Dialog>>((resolve) => Office.context.ui.displayDialogAsync(url, options ?? {}, resolve));

  test('only a full https URL of the add-in’s own origin opens; one dialog at a time per runtime', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [] }] }, { origin: 'https://localhost:3000' });
    expect(() => Office.context.ui.displayDialogAsync('https://localhost:3000/m.html')).toThrow(/not fully loaded/);
    await Office.onReady();
    const codes = async (url: string) => { const r = await open(url); return r.status === Office.AsyncResultStatus.Failed ? r.error.code : 'ok'; };
    expect(await codes('m.html')).toBe(12004);
    expect(await codes('http://localhost:3000/m.html')).toBe(12005);
    expect(await codes('https://localhost:3001/m.html')).toBe(12004);
    expect(await codes('https://example.com/m.html')).toBe(12004);
    expect(await codes('https://localhost:3000/m.html?x=1')).toBe('ok');
    expect(await codes('https://localhost:3000/m.html')).toBe(12007);
    expect(xl.dialogs).toEqual([{ url: 'https://localhost:3000/m.html?x=1', options: {}, runtime: 'taskpane', open: true, closedBy: null }]);
  });

  test('messages and the clerk’s X reach the handlers; close() closes', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [] }] });
    await Office.onReady();
    const r = await open('https://localhost:3000/m.html', { height: 30, width: 20 });
    const heard: unknown[] = [];
    r.value.addEventHandler(Office.EventType.DialogMessageReceived, (a) => heard.push(a));
    r.value.addEventHandler(Office.EventType.DialogEventReceived, (a) => heard.push(a));
    xl.messageFromDialog(0, 'close');
    r.value.close();
    expect(xl.dialogs[0]).toMatchObject({ options: { height: 30, width: 20 }, open: false, closedBy: 'add-in' });
    const s = await open('https://localhost:3000/m.html');
    s.value.addEventHandler(Office.EventType.DialogEventReceived, (a) => heard.push(a));
    xl.closeDialog(1);
    expect(heard).toEqual([{ message: 'close', origin: 'https://localhost:3000' }, { error: 12006 }]);
    expect(xl.dialogs[1]).toMatchObject({ open: false, closedBy: 'user' });
  });
});

describe('runtimes: enableEvents is per runtime (docs/excel/excel-add-ins-events.md)', () => {
  test('events off in the commands runtime silence its own handlers only; the pane still hears the write', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [] }] });
    const heard: string[] = [];
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onChanged.add(async () => { heard.push('pane'); });
      await ctx.sync();
    });
    const commands = xl.runtime('commands');
    await commands.run(() => Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onChanged.add(async () => { heard.push('commands'); });
      await ctx.sync();
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
      await ctx.sync();
    }));
    await tick();
    expect(heard).toEqual(['pane']);
    expect(xl.events).toEqual([{ sheet: 'S', source: 'Local', changeType: 'RangeEdited', runtimes: ['taskpane'] }]);

    // The pane's own write with the pane's events off: the commands runtime (events still off) and
    // the pane hear nothing.
    await Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('S').getRange('A2').values = [[2]];
      await ctx.sync();
    });
    await tick();
    expect(heard).toEqual(['pane']);
    expect(xl.events).toHaveLength(1);
  });

  test('a handler runs in the runtime that registered it', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [] }] });
    let inner: Promise<void> | null = null;
    await xl.runtime('commands').run(() => Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onChanged.add(async () => {
        // Turning events off from inside the handler turns them off in the commands runtime.
        inner = Excel.run(async (c) => { c.runtime.enableEvents = false; await c.sync(); });
      });
      await ctx.sync();
    }));
    xl.setValue('S', 'A1', 1);
    await tick();
    await inner;
    xl.setValue('S', 'A1', 2);
    expect(xl.events.map((e) => e.runtimes)).toEqual([['taskpane', 'commands'], ['taskpane']]);
  });
});
