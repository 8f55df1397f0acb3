/**
 * 快速校验 end to end without a browser: the ribbon's `quickCheck` (src/commands/commands.ts) on the
 * Excel test double preloaded with fixtures/workbook.json, with the real engine and Office.js host.
 *
 * The fixture's issues (fixtures/assessment.ts): E4 empty → MISSING_VALUE (error, red #FFC7CE);
 * C11 '２６．５' → TEXT_NUMBER (warning, yellow #FFEB9C); H10 '发生安全生产事故' → VETO_TEXT (warning).
 * Each note is `考评助手 · 【label】` + the Chinese message (Chinese only: the pane's notes are Chinese).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { installOfficeDouble, type DoubleCell, type DoubleWorkbookInit, type OfficeDouble } from '../../office-double';
import { assess } from '../../../src/engine';
import { RECORD_SHEET, rowsToRecord } from '../../../src/engine/record';
import { readWorkbook, undoLastWrite, writePlan } from '../../../src/hosts/excel';

const SHEET = '考核数据';
const E4_NOTE = '考评助手 · 【缺失值】E4：“东关街道”的“基层治理”为空。请填写 0 到 40 之间的得分；若确为 0 分请填 0。';
const C11_NOTE = '考评助手 · 【文本数字】C11：“２６．５”是以文本形式存储的数字，已按 26.5 计算。建议改为数字格式（选中单元格 → 转换为数字）。';

async function fixture(): Promise<DoubleWorkbookInit> {
  return JSON.parse(await fs.readFile(path.join(__dirname, '../fixtures/workbook.json'), 'utf8')) as DoubleWorkbookInit;
}

// commands.ts registers `quickCheck` with Office.actions when it loads: so it is loaded once a double is installed.
installOfficeDouble(globalThis, { sheets: [] });
const { quickCheck } = jest.requireActual<typeof import('../../../src/commands/commands')>('../../../src/commands/commands');

/** Runs the command as Excel would; true when it called `event.completed()`. */
async function runCommand(): Promise<boolean> {
  let completed = false;
  await quickCheck({ completed: () => { completed = true; } } as Office.AddinCommands.Event);
  return completed;
}

function without(cells: Map<string, DoubleCell>, keys: readonly string[]): Map<string, DoubleCell> {
  const m = new Map(cells);
  for (const k of keys) m.delete(k);
  return m;
}

describe('快速校验 on the Excel double', () => {
  test('the function file waits for Office.onReady before it associates quickCheck', async () => {
    const xl = installOfficeDouble(globalThis, await fixture());
    jest.isolateModules(() => { jest.requireActual('../../../src/commands/commands'); });
    expect(xl.calls).toEqual(['onReady']);
    await new Promise((r) => setTimeout(r, 5));
    expect(xl.calls).toEqual(['onReady', 'onReady resolved', 'actions.associate quickCheck']);
    expect(typeof xl.actions.get('quickCheck')).toBe('function');
  });

  test('highlights exactly the three problem cells, selects E4, creates no 考核结果; undo removes it all', async () => {
    const xl = installOfficeDouble(globalThis, await fixture());
    const before = xl.save();
    const data = xl.cells(SHEET);
    const scheme = xl.cells('考核方案');
    expect(await runCommand()).toBe(true);

    expect(xl.selection).toEqual({ sheet: SHEET, address: 'E4' });
    expect(xl.sheetNames()).toEqual([SHEET, '考核方案', RECORD_SHEET]);
    // E4 (3,4), C11 (10,2), H10 (9,7) changed; every other cell of every sheet as it was.
    const changed = ['3,4', '10,2', '9,7'];
    expect(without(xl.cells(SHEET), changed)).toEqual(without(data, changed));
    expect(xl.cells('考核方案')).toEqual(scheme);
    expect(xl.cell(SHEET, 'E4')).toEqual({ v: null, fill: '#FFC7CE', note: E4_NOTE });
    expect(xl.cell(SHEET, 'C11')).toEqual({ v: '２６．５', fill: '#FFEB9C', note: C11_NOTE });
    expect(xl.cell(SHEET, 'H10')?.fill).toBe('#FFEB9C');
    expect(xl.cell(SHEET, 'H10')?.note?.startsWith('考评助手 · 【否决文字】H10：一票否决列“安全事故”的内容“发生安全生产事故”不是标准写法')).toBe(true);
    expect(xl.cell(SHEET, 'I2')).toBeNull();

    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(xl.save()).toEqual(before);
  });

  test('after 写回表格 and a fix: the fixed cell is cleared, the columns and 考核结果 stay, and the next full run reuses the columns', async () => {
    const xl = installOfficeDouble(globalThis, await fixture());
    let read = await readWorkbook();
    const full = assess(read.workbook).plan!;
    expect((await writePlan(full, read.fingerprint)).ok).toBe(true);
    // The clerk fills E4 (东关街道's 基层治理) with 36: only the two warnings remain.
    xl.setValue(SHEET, 'E4', 36);
    const afterFix = xl.save();
    const dataAfterFix = xl.cells(SHEET);
    expect(await runCommand()).toBe(true);

    expect(xl.cell(SHEET, 'E4')).toEqual({ v: 36 }); // its mark cleared: no fill, no note (it had none)
    expect(xl.selection).toEqual({ sheet: SHEET, address: 'H10' }); // the first warning (issues go row by row: H10 is row 10, C11 row 11)
    // Every cell of the data sheet as after the fix but E4's fill and note: I2 总分 etc. still hold
    // the full run's values (东关街道's total stays empty until the next full run).
    expect(xl.cells(SHEET)).toEqual(new Map(dataAfterFix).set('3,4', { v: 36 }));
    const others = (w: DoubleWorkbookInit) => w.sheets.filter((s) => s.name !== RECORD_SHEET && s.name !== SHEET);
    expect(others(xl.save())).toEqual(others(afterFix)); // 考核方案 and 考核结果 as the full run left them
    expect(xl.sheetNames()).toEqual([SHEET, '考核方案', RECORD_SHEET, '考核结果']);

    // The record still owns the full run's columns and now marks only C11 and H10.
    const stored = rowsToRecord(xl.save().sheets.find((s) => s.name === RECORD_SHEET)!.cells);
    expect(stored.record).toEqual({ dataSheet: SHEET, columns: full.record.columns, marks: [{ sheet: SHEET, row: 9, col: 7 }, { sheet: SHEET, row: 10, col: 2 }], resultSheet: '考核结果' });
    read = await readWorkbook();
    const next = assess(read.workbook).plan!;
    expect(next.columns.map((c) => [c.header, c.col, c.isNew])).toEqual(full.columns.map((c) => [c.header, c.col, false]));
  });
});

describe('快速校验 tells the clerk, in a dialog, what the sheet cannot show', () => {
  // The function file's page: https://localhost:3000/commands.html (the manifest's URL).
  beforeAll(() => { Object.defineProperty(globalThis, 'location', { value: new URL('https://localhost:3000/commands.html'), configurable: true }); });
  afterAll(() => { Reflect.deleteProperty(globalThis, 'location'); });

  async function withCommands(init: DoubleWorkbookInit) {
    const xl = installOfficeDouble(globalThis, init);
    jest.isolateModules(() => { jest.requireActual('../../../src/commands/commands'); });
    await new Promise((r) => setTimeout(r, 5));
    return xl;
  }
  const tick = () => new Promise((r) => setTimeout(r, 5));
  /** Until the command has opened its dialog and Office has called its callback (handlers registered). */
  async function settle(xl: OfficeDouble): Promise<void> {
    for (let i = 0; i < 200 && xl.dialogs.length === 0; i++) await tick();
    await tick();
  }

  test('no 考核方案: a dialog says so and how to fix it; the command completes once the clerk clicks 知道了', async () => {
    const xl = await withCommands({ sheets: [{ name: 'Sheet1', cells: [['单位名称']] }] });
    let completed = false;
    const run = xl.invokeCommand('quickCheck').then(() => { completed = true; });
    await settle(xl);
    expect(xl.dialogs).toHaveLength(1);
    const d = xl.dialogs[0]!;
    const url = new URL(d.url);
    expect([url.origin + url.pathname, d.options, d.runtime, d.open]).toEqual(['https://localhost:3000/quick-check-message.html', { height: 30, width: 30, displayInIframe: true }, 'commands', true]);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      title: '考评助手 · 快速校验',
      text: '快速校验没有标出单元格：找不到工作表“考核方案”。工作簿中没有“考核方案”工作表。请新建名为“考核方案”的工作表，写明【指标】等规则（考评助手任务窗格可插入模板）。',
      ok: '知道了',
      lang: 'zh',
    });
    expect(completed).toBe(false);
    xl.messageFromDialog(0, 'close');
    await run;
    expect([completed, d.open, d.closedBy]).toEqual([true, false, 'add-in']);
    expect(xl.sheetNames()).toEqual(['Sheet1']); // nothing written
  });

  test('problems found: no dialog, the command completes at once with E4 selected', async () => {
    const xl = await withCommands(await fixture());
    await xl.invokeCommand('quickCheck');
    expect(xl.dialogs).toEqual([]);
    expect(xl.selection).toEqual({ sheet: SHEET, address: 'E4' });
  });

  test('a clean sheet: "共 10 个单位，没有发现错误或警告。"; closing it with its X also completes the command', async () => {
    const xl = await withCommands(await fixture());
    xl.setValue(SHEET, 'E4', 36);
    xl.setValue(SHEET, 'C11', 26.5);
    xl.setValue(SHEET, 'H10', null);
    const run = xl.invokeCommand('quickCheck');
    await settle(xl);
    expect(new URL(xl.dialogs[0]!.url).searchParams.get('text')).toBe('共 10 个单位，没有发现错误或警告。');
    xl.closeDialog(0);
    await run;
    expect(xl.dialogs[0]?.closedBy).toBe('user');
  });

  test('in an English Office the dialog is in English', async () => {
    const xl = await withCommands({ sheets: [{ name: 'Sheet1', cells: [['x']] }], displayLanguage: 'en-US' });
    const run = xl.invokeCommand('quickCheck');
    await settle(xl);
    const p = new URL(xl.dialogs[0]!.url).searchParams;
    expect([p.get('title'), p.get('ok'), p.get('lang'), p.get('text')?.startsWith('Quick check marked no cells: Sheet "考核方案" not found.')]).toEqual(['Kaoping · Quick check', 'OK', 'en', true]);
    xl.closeDialog(0);
    await run;
  });
});
