/** The Excel double behaves like Office.js where the host depends on it. */
import { installOfficeDouble, PAYLOAD_LIMIT } from '.';

const book = () => installOfficeDouble(globalThis, {
  sheets: [{ name: 'S', cells: [['a', 1], [null, { error: '#N/A' }]], formulas: { '1,0': 'B1*2' }, notes: { '0,0': '旧批注' }, fills: { '0,1': '#00B050' } }],
});

describe('office double', () => {
  test('a property read before load() and sync() throws PropertyNotLoaded', async () => {
    book();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      // B1 = 1; A2 holds the formula B1*2 whose loaded value was null (no cached value given).
      expect(r.values).toEqual([['a', 1], ['', '#N/A']]);
      expect(() => r.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('values, formulas, valueTypes, numberFormat and fill as Office.js reports them', async () => {
    book();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B2').load('values,formulas,valueTypes,numberFormat');
      const fill = ctx.workbook.worksheets.getItem('S').getRange('B1').format.fill.load('color');
      const none = ctx.workbook.worksheets.getItem('S').getRange('A1').format.fill.load('color');
      const mixed = ctx.workbook.worksheets.getItem('S').getRange('A1:B1').format.fill.load('color');
      await ctx.sync();
      expect(r.formulas).toEqual([['a', 1], ['=B1*2', '#N/A']]);
      expect(r.valueTypes).toEqual([['String', 'Double'], ['Empty', 'Error']]);
      expect(r.numberFormat).toEqual([['General', 'General'], ['General', 'General']]);
      expect([fill.color, none.color, mixed.color]).toEqual(['#00B050', '#FFFFFF', null]);
    });
  });

  test('a string beginning with = written to values becomes a formula; a quote prefix or text format keeps text', async () => {
    const xl = book();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('C1:C6').values = [['=SUM(A1)'], ["'=SUM(A1)"], ['+5'], ['-x'], ['0123'], ['85%']];
      ws.getRange('D1').numberFormat = [['@']];
      ws.getRange('D1').values = [['=SUM(A1)']];
      await ctx.sync();
    });
    expect(xl.cell('S', 'C1')).toEqual({ v: { error: '#NAME?' }, f: 'SUM(A1)' });
    expect(xl.cell('S', 'C2')).toEqual({ v: '=SUM(A1)' });
    expect(xl.cell('S', 'C3')).toEqual({ v: 5 });
    expect(xl.cell('S', 'C4')).toEqual({ v: { error: '#NAME?' }, f: '-x' });
    expect(xl.cell('S', 'C5')).toEqual({ v: 123 });
    expect(xl.cell('S', 'C6')).toEqual({ v: 0.85, nf: '0%' });
    expect(xl.cell('S', 'D1')).toEqual({ v: '=SUM(A1)', nf: '@' });
  });

  test('a formula written back to its own cell recalculates to the result it had', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [[2, 4]], formulas: { '0,1': 'A1*2' } }] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1').values = [[7]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('B1').formulas = [['=A1*2']];
      await ctx.sync();
    });
    expect(xl.cell('S', 'B1')).toEqual({ v: 4, f: 'A1*2' });
  });

  test('counts request/response bytes on Office.js\'s wire format, and rejects a request over 5 MB (nothing of it applied)', async () => {
    const xl = book();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
      const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
      ctx.workbook.worksheets.getItem('S').getRange('A1:A6000').values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(xl.syncs).toBe(2);
    // Object paths 1 (worksheets), 2 (getItem), 3 (getRange), each instantiated; then the query.
    const request = '{"AutoKeepReference":false,"Actions":['
      + '{"Id":4,"ActionType":1,"Name":"","ObjectPathId":1},{"Id":5,"ActionType":1,"Name":"","ObjectPathId":2},'
      + '{"Id":6,"ActionType":1,"Name":"","ObjectPathId":3},'
      + '{"Id":7,"ActionType":2,"Name":"","ObjectPathId":3,"QueryInfo":{"Select":["values"],"Expand":[]}}],'
      + '"ObjectPaths":{"1":{"Id":1,"ObjectPathType":4,"Name":"worksheets","ParentObjectPathId":0},'
      + '"2":{"Id":2,"ObjectPathType":3,"Name":"getItem","ParentObjectPathId":1,"ArgumentInfo":{"Arguments":["S"]}},'
      + '"3":{"Id":3,"ObjectPathType":3,"Name":"getRange","ParentObjectPathId":2,"ArgumentInfo":{"Arguments":["A1"]}}}}';
    const response = '{"Results":[{"ActionId":4,"Value":{"IsNull":false}},{"ActionId":5,"Value":{"IsNull":false}},'
      + '{"ActionId":6,"Value":{"IsNull":false}},{"ActionId":7,"Value":{"values":[["a"]]}}]}';
    expect([xl.requestBytes[0], xl.responseBytes[0]]).toEqual([request.length, response.length]);
    expect([request.length, response.length]).toEqual([596, 175]);
    expect(xl.requestBytes[1]).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(xl.cell('S', 'A1')).toEqual({ v: 'a', note: '旧批注' });
  });

  test('a response over 5 MB fails with ResponsePayloadSizeLimitExceeded; older builds say GeneralException for both', async () => {
    const cells = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    for (const [payloadErrors, req, resp] of [[undefined, 'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'], ['GeneralException', 'GeneralException', 'GeneralException']] as const) {
      installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells }], ...(payloadErrors ? { payloadErrors } : {}) });
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A6000').load('values');
        await expect(ctx.sync()).rejects.toMatchObject({ code: resp });
        ctx.workbook.worksheets.getItem('S').getRange('B1:B6000').values = cells;
        await expect(ctx.sync()).rejects.toMatchObject({ code: req });
      });
    }
  });

  test('a range over the read limit (5,000,000 cells) loads null values, formulas, value types and formats, without an error', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a', 'b'], ['c', 'd']] }], maxReadCells: 3 });
    await Excel.run(async (ctx) => {
      const big = ctx.workbook.worksheets.getItem('S').getRange('A1:B2').load('values,formulas,valueTypes,numberFormat,rowCount');
      const ok = ctx.workbook.worksheets.getItem('S').getRange('A1:C1').load('values');
      await ctx.sync();
      expect([big.values, big.formulas, big.valueTypes, big.numberFormat, big.rowCount]).toEqual([null, null, null, null, 2]);
      expect(ok.values).toEqual([['a', 'b', '']]);
    });
  });

  test('notes need ExcelApi 1.18, events toggling 1.8, merged areas 1.13', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }], apiVersion: '1.17' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.17')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').notes.add('A1', 'x');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }], apiVersion: '1.7' });
    await Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
      ctx.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject().load('areaCount');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  test('getUsedRange: valuesOnly needs ExcelApi 1.2; without it formatted cells count; a blank sheet gives A1', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [[null, null], [null, 'x']] }, { name: 'B', cells: [] }], apiVersion: '1.1' });
    await Excel.run(async (ctx) => {
      const plain = ctx.workbook.worksheets.getItem('S').getUsedRange().load('address');
      const blank = ctx.workbook.worksheets.getItem('B').getUsedRange().load('address');
      await ctx.sync();
      expect([plain.address, blank.address]).toEqual(['S!B2', 'B!A1']);
      ctx.workbook.worksheets.getItem('S').getUsedRange(true).load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [[null, null], [null, 'x']] }] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1').format.fill.color = '#FFEB9C';
      const all = ws.getUsedRange(false).load('address');
      const values = ws.getUsedRange(true).load('address');
      await ctx.sync();
      expect([all.address, values.address]).toEqual(['S!A1:B2', 'S!B2']);
    });
  });

  test('getRowProperties (ExcelApi 1.9): a ClientResult, readable only after the sync, one entry per row', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a'], ['b'], ['c']], hiddenRows: [1] }] });
    await Excel.run(async (ctx) => {
      const flags = ctx.workbook.worksheets.getItem('S').getRange('A1:B3').getRowProperties({ rowIndex: true, rowHidden: true });
      expect(() => flags.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(flags.value).toEqual([{ rowIndex: 0, rowHidden: false }, { rowIndex: 1, rowHidden: true }, { rowIndex: 2, rowHidden: false }]);
    });
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }], apiVersion: '1.8' });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').getRowProperties({ rowHidden: true });
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  test('very hidden sheets, null objects, and the change event for user edits', async () => {
    const xl = book();
    const heard: unknown[] = [];
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('_h');
      ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
      const missing = ctx.workbook.worksheets.getItemOrNullObject('nope').load('name');
      ctx.workbook.worksheets.getItem('S').onChanged.add(async (e) => { heard.push(e); });
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(xl.visibility('_h')).toBe('VeryHidden');
    xl.setValue('S', 'B2', 9);
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toHaveLength(1);
    expect(xl.events).toEqual([{ sheet: 'S', source: 'Local', changeType: 'RangeEdited', runtimes: ['taskpane'] }]);
  });

  test('a handler is removed through Excel.run(result.context, …), as Office.js does it', async () => {
    const xl = book();
    let heard = 0;
    const result = await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').onChanged.add(async () => { heard++; });
      await ctx.sync();
      return r;
    });
    await Excel.run(result.context, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
    xl.setValue('S', 'B2', 9);
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toBe(0);
  });

  test('writes with events off reach no handler', async () => {
    const xl = book();
    let heard = 0;
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onChanged.add(async () => { heard++; });
      await ctx.sync();
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('S').getRange('C1').values = [[1]];
      await ctx.sync();
      ctx.runtime.enableEvents = true;
      ctx.workbook.worksheets.getItem('S').getRange('C2').values = [[2]];
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toBe(1);
    expect(xl.events).toHaveLength(1);
  });

  test('inside a merged undo group (ExcelApi 1.20), APIs without undo support throw UndoNotSupported', async () => {
    for (const platform of ['PC', 'Mac', 'OfficeOnline'] as const) {
      installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }, { name: 'T', cells: [['b']] }], platform });
      // Plain cell writes are undoable everywhere.
      await Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('B1').values = [[1]];
        await ctx.sync();
      });
      // Worksheet.visibility: undoable on the web only.
      await Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, async (ctx) => {
        const ws = ctx.workbook.worksheets.add('新表');
        ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
        if (platform === 'OfficeOnline') await ctx.sync();
        else await expect(ctx.sync()).rejects.toMatchObject({ code: 'UndoNotSupported' });
      });
      // Worksheet.delete: undoable nowhere.
      await Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, async (ctx) => {
        ctx.workbook.worksheets.getItem('T').delete();
        await expect(ctx.sync()).rejects.toMatchObject({ code: 'UndoNotSupported' });
      });
      // Outside a group, or before ExcelApi 1.20 (the option is ignored), both work.
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('T').delete();
        await ctx.sync();
      });
    }
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }, { name: 'T', cells: [] }], apiVersion: '1.19' });
    await Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, async (ctx) => {
      ctx.workbook.worksheets.getItem('T').delete();
      await ctx.sync();
    });
  });

  test('Range.clear() clears everything in the range: values, formulas, formats, fills and notes', async () => {
    const xl = book();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B2').clear();
      await ctx.sync();
    });
    expect(xl.cells('S').size).toBe(0);
  });

  test('page footers (pageLayout) need ExcelApi 1.9', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').pageLayout.headersFooters.defaultForAllPages.centerFooter = '第 &P 页';
      await ctx.sync();
    });
    expect(xl.save().sheets[0]?.centerFooter).toBe('第 &P 页');
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }], apiVersion: '1.8' });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').pageLayout.headersFooters.defaultForAllPages.centerFooter = '第 &P 页';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  test('a very hidden sheet can not be deleted (InvalidOperation) until it is made hidden', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }, { name: '_考评记录', cells: [['x']], visibility: 'veryHidden' }] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('_考评记录').delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      const ws = ctx.workbook.worksheets.getItem('_考评记录');
      ws.visibility = 'Hidden' as Excel.SheetVisibility;
      ws.delete();
      await ctx.sync();
    });
    expect(xl.sheetNames()).toEqual(['S']);
  });

  test('an Excel.run that leaves operations unsynced is a host bug the double reports', async () => {
    book();
    await expect(Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]]; })).rejects.toThrow(/never synced/);
  });

  describe('getMergedAreasOrNullObject, as Excel does it', () => {
    const merged = (merges: Array<{ top: number; left: number; bottom: number; right: number }>, platform?: 'PC' | 'Mac' | 'OfficeOnline') =>
      installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['x']], merges }], ...(platform ? { platform } : {}) });
    const areasOf = async (address: string): Promise<string[] | null> => Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('S').getRange(address).getMergedAreasOrNullObject();
      a.load('areaCount');
      a.areas.load('items/address');
      await ctx.sync();
      return a.isNullObject ? null : a.areas.items.map((r) => r.address);
    });

    test('only the areas whose top-left cell is in the range (office-js #3611)', async () => {
      merged([{ top: 0, left: 0, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 2, right: 4 }]);
      expect(await areasOf('A1:E5')).toEqual(['S!A1:B4', 'S!C3:E3']);
      // B2:E5 overlaps A1:B4 but does not hold its top-left cell.
      expect(await areasOf('B2:E5')).toEqual(['S!C3:E3']);
      expect(await areasOf('D1:E5')).toBeNull();
    });

    test('more than 512 areas in the range fail the sync; 512 do not', async () => {
      merged(Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 })));
      expect((await areasOf('A1:B512'))?.length).toBe(512);
      await expect(areasOf('A1:B513')).rejects.toMatchObject({ code: 'GeneralException' });
    });

    test('on Windows (the default platform) the sync clears the undo list (office-js #5918); not on the web or Mac', async () => {
      let xl = merged([]);
      expect(xl.undoStackCleared).toBe(false);
      await areasOf('A1');
      expect(xl.undoStackCleared).toBe(true);
      xl.resetCounters();
      expect(xl.undoStackCleared).toBe(false);
      for (const p of ['OfficeOnline', 'Mac'] as const) {
        xl = merged([], p);
        await areasOf('A1');
        expect(xl.undoStackCleared).toBe(false);
      }
    });
  });
});
