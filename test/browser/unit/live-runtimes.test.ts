/**
 * 实时校验 and 快速校验 in two runtimes, on the Excel double: the function file's events-off does not
 * silence the open pane (Runtime.enableEvents is per runtime), so the pane hears 快速校验's writes;
 * `checkKey` shows they change nothing a check reads, so the live re-check stops there. A clerk's
 * edit changes the key.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { installOfficeDouble, type DoubleWorkbookInit } from '../../office-double';
import { readWorkbook } from '../../../src/hosts/excel';
import { checkKey } from '../../../src/taskpane/live';
import { onSheetChanged } from '../../../src/taskpane/sheet-events';

const SHEET = '考核数据';
const tick = () => new Promise((r) => setTimeout(r, 10));

beforeAll(() => { Object.defineProperty(globalThis, 'location', { value: new URL('https://localhost:3000/commands.html'), configurable: true }); });
afterAll(() => { Reflect.deleteProperty(globalThis, 'location'); });

test('快速校验 with the pane open: the pane hears it, the key is unchanged; a clerk’s edit changes it', async () => {
  const init = JSON.parse(await fs.readFile(path.join(__dirname, '../fixtures/workbook.json'), 'utf8')) as DoubleWorkbookInit;
  const xl = installOfficeDouble(globalThis, init);
  jest.isolateModules(() => { jest.requireActual('../../../src/commands/commands'); });
  await tick();

  // The pane: a check, then 实时校验 on.
  const before = checkKey((await readWorkbook()).workbook);
  let heard = 0;
  const stop = await onSheetChanged(() => { heard++; });
  expect(stop).not.toBeNull();

  await xl.invokeCommand('quickCheck'); // in the 'commands' runtime, events off there while writing
  await tick();
  expect(xl.cell(SHEET, 'E4')?.fill).toBe('#FFC7CE');
  expect(heard).toBeGreaterThan(0); // the pane's runtime had events on: it heard the write
  expect(xl.events.every((e) => e.runtimes.join() === 'taskpane')).toBe(true);
  expect(checkKey((await readWorkbook()).workbook)).toBe(before); // → no re-check, no flicker

  const n = heard;
  xl.setValue(SHEET, 'E4', 36); // the clerk fixes E4
  await tick();
  expect(heard).toBe(n + 1);
  expect(checkKey((await readWorkbook()).workbook)).not.toBe(before); // → re-check
  await stop?.();
});
