/**
 * End to end, in Debian's Chromium: the production build of the add-in, served on 127.0.0.1, with
 * office.js routed to the Excel test double preloaded with fixtures/workbook.json, and every
 * other outside request blocked (no test needs the network).
 * Click-through: 校验 → click an issue (its cell is selected) → 计算 → 写回表格 (cells written)
 * → 撤销上次写回 (cells restored), with a screenshot of each step in docs/screenshots/.
 *
 * Expected values, worked out by hand from the fixture (see fixtures/assessment.ts for the working):
 * the table is A2:H12, so the program's columns start at I: I2 总分, J2 排名, K2 等次, L2 星级, M2 异常标记.
 * 城关镇 (row 3): 28 + 27 + 37 + 加分 2 = 94, rank 2, 优秀. 西关街道 (row 5): 29 + 28 + 38 = 95, rank 1.
 * 东关街道 (row 4): E4 empty → MISSING_VALUE (error): no total; E4 filled #FFC7CE.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { DoubleCell, DoubleWorkbookInit } from '../office-double';
import { QINGSHI_JUMP, withPreviousSheets } from './fixtures/previous';
import { ADDIN_DIR, buildAll, DOUBLE_FILE, ROOT } from './support/build';
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from './support/chromium';
import { serve, type Served } from './support/serve';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SHOTS = path.join(ROOT, 'docs/screenshots');
const SHEET = '考核数据';

const run = browserAvailable();
const describeBrowser = run ? describe : describe.skip;

async function fixture(): Promise<DoubleWorkbookInit> {
  return JSON.parse(await fs.readFile(path.join(__dirname, 'fixtures/workbook.json'), 'utf8')) as DoubleWorkbookInit;
}

describeBrowser('the add-in in Chromium, on the Excel test double', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Served;
  let double: string;
  const blocked: string[] = [];

  beforeAll(async () => {
    await buildAll();
    double = await fs.readFile(DOUBLE_FILE, 'utf8');
    server = await serve(ADDIN_DIR);
    await fs.mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(page: string, init: DoubleWorkbookInit): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 360, height: 720 }, deviceScaleFactor: 2, locale: 'zh-CN', serviceWorkers: 'block' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: double });
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await context.addInitScript({ content: `window.__KAOPING_FIXTURE__ = ${JSON.stringify(init)};` });
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${server.origin}/${page}`);
    expect(errors).toEqual([]);
    return p;
  }

  const cell = (page: Page, sheet: string, address: string): Promise<DoubleCell | null> =>
    page.evaluate(([s, a]) => window.__KAOPING_DOUBLE__?.cell(s as string, a as string) ?? null, [sheet, address]);
  const selection = (page: Page) => page.evaluate(() => window.__KAOPING_DOUBLE__?.selection ?? null);
  const sheets = (page: Page) => page.evaluate(() => window.__KAOPING_DOUBLE__?.sheetNames() ?? []);
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name) });
  /** Polls `read` until it returns `expected` (deep-equal), for at most 5 s; then asserts the last value. */
  async function until<T>(read: () => Promise<T>, expected: T): Promise<void> {
    let last = await read();
    for (let i = 0; i < 50 && JSON.stringify(last) !== JSON.stringify(expected); i++) {
      await new Promise((r) => setTimeout(r, 100));
      last = await read();
    }
    expect(last).toEqual(expected);
  }

  afterEach(async () => {
    await context?.close();
  });

  test('check → select an issue → score → write back → undo', async () => {
    const page = await open('taskpane.html', await fixture());

    // 校验: the pane checks on open; 1 error (E4), 2 warnings (C11 text number, H10 veto text).
    await page.getByText('共 10 个单位：1 个错误，2 个警告。').waitFor();
    const items = page.locator('button[data-cell]');
    await expect(items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-cell')]))).resolves.toEqual([
      ['MISSING_VALUE', 'E4'],
      ['TEXT_NUMBER', 'C11'],
      ['VETO_TEXT', 'H10'],
    ]);
    await shot(page, '01-check.png');

    // Click an issue: Excel selects its cell.
    await page.locator('button[data-cell="E4"]').click();
    await until(() => selection(page), { sheet: SHEET, address: 'E4' });
    // And by keyboard: focus another issue, press Enter.
    await page.locator('button[data-cell="C11"]').focus();
    await page.keyboard.press('Enter');
    await until(() => selection(page), { sheet: SHEET, address: 'C11' });
    await page.locator('button[data-cell="E4"]').click();
    await until(() => selection(page), { sheet: SHEET, address: 'E4' });
    await shot(page, '02-select.png');

    // 计算: 10 units, 9 scored, 1 blocked; top five begins with 西关街道 95.
    await page.getByRole('tab', { name: '计算' }).click();
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('heading', { name: '前 5 名' }).waitFor();
    await expect(page.getByTestId('count-units').textContent()).resolves.toBe('10');
    await expect(page.getByTestId('count-scored').textContent()).resolves.toBe('9');
    await expect(page.getByTestId('count-blocked').textContent()).resolves.toBe('1');
    const firstRow = page.getByRole('table', { name: '前 5 名' }).locator('tbody tr').first();
    await expect(firstRow.locator('td').allTextContents()).resolves.toEqual(['1', '西关街道', '95', '优秀']);
    await shot(page, '03-compute.png');

    // 写回表格: the columns appear right of the table, the error cell is filled.
    expect(await cell(page, SHEET, 'I2')).toBeNull();
    await page.getByRole('button', { name: '写回表格' }).click();
    await page.getByText(/已写回 9 个单位的结果/).waitFor();
    expect((await cell(page, SHEET, 'I2'))?.v).toBe('总分');
    expect((await cell(page, SHEET, 'I3'))?.v).toBe(94);
    expect((await cell(page, SHEET, 'I5'))?.v).toBe(95);
    expect((await cell(page, SHEET, 'J3'))?.v).toBe(2);
    expect((await cell(page, SHEET, 'K3'))?.v).toBe('优秀');
    expect((await cell(page, SHEET, 'I4'))?.v ?? null).toBeNull(); // blocked: no total (the column's format only)
    expect((await cell(page, SHEET, 'E4'))?.fill).toBe('#FFC7CE');
    expect(await sheets(page)).toContain('考核结果');
    await shot(page, '04-writeback.png');

    // 撤销上次写回: every written cell back as it was, the result sheet gone.
    await page.getByRole('button', { name: '撤销上次写回' }).click();
    await page.getByText('已撤销上次写回，单元格已还原。').waitFor();
    expect(await cell(page, SHEET, 'I2')).toBeNull();
    expect(await cell(page, SHEET, 'I3')).toBeNull();
    expect(await cell(page, SHEET, 'E4')).toBeNull();
    expect((await cell(page, SHEET, 'C3'))?.v).toBe(28);
    expect(await sheets(page)).not.toContain('考核结果');
    await shot(page, '05-undo.png');

    expect(blocked).toEqual([]);
  }, 120_000);

  test('a sheet edited between 计算 and 写回表格 is not written; 重新计算 then writes the new total', async () => {
    const page = await open('taskpane.html', await fixture());
    await page.getByText('共 10 个单位：1 个错误，2 个警告。').waitFor();
    await page.getByRole('tab', { name: '计算' }).click();
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('heading', { name: '前 5 名' }).waitFor();

    // The clerk corrects 城关镇's 组织建设 from 28 to 29 while the results are on screen.
    await page.evaluate(() => window.__KAOPING_DOUBLE__?.setValue('考核数据', 'C3', 29));
    await page.getByRole('button', { name: '写回表格' }).click();
    await page.getByText('读取之后工作表已被修改，为免覆盖新内容，本次没有写回。请点击“重新计算”，再写回。').waitFor();
    expect(await cell(page, SHEET, 'I2')).toBeNull();
    await shot(page, '06-changed.png');

    // The message bar's own 重新计算 button reruns; then the write goes through with 29 + 27 + 37 + 2 = 95.
    await page.locator('.fui-MessageBar').getByRole('button', { name: '重新计算' }).click();
    await page.getByRole('heading', { name: '前 5 名' }).waitFor();
    await until(() => page.locator('.fui-MessageBar').filter({ hasText: '读取之后' }).count(), 0);
    await page.getByRole('button', { name: '写回表格' }).click();
    await page.getByText(/已写回 9 个单位的结果/).waitFor();
    expect((await cell(page, SHEET, 'I3'))?.v).toBe(95);
    expect(blocked).toEqual([]);
  }, 60_000);

  test('实时校验: with the switch on, fixing E4 re-checks by itself (debounced)', async () => {
    const page = await open('taskpane.html', await fixture());
    await page.getByText('共 10 个单位：1 个错误，2 个警告。').waitFor();
    await page.getByRole('switch', { name: '实时校验' }).check();
    // The clerk fills 东关街道's 基层治理: the only error goes; the two warnings stay.
    await page.waitForTimeout(1000); // the change handlers register asynchronously (Excel.run)
    await page.evaluate(() => window.__KAOPING_DOUBLE__?.setValue('考核数据', 'E4', 36));
    await page.getByText('共 10 个单位：0 个错误，2 个警告。').waitFor({ timeout: 10_000 });
    await expect(page.locator('button[data-code="MISSING_VALUE"]').count()).resolves.toBe(0);
    expect(blocked).toEqual([]);
  }, 60_000);

  test('上期: a sheet chosen on 计算 is compared with; 校验 lists 青石镇’s 突变 (B9) under 异常提示', async () => {
    // fixtures/previous.ts has the working: only 青石镇 moved (96 → 71, 1st → 8th).
    const page = await open('taskpane.html', withPreviousSheets(await fixture()));
    await page.getByText('共 10 个单位：1 个错误，2 个警告。').waitFor();
    await page.getByRole('tab', { name: '计算' }).click();
    const picker = page.getByRole('combobox', { name: '上期结果（可选）' });
    await expect(picker.textContent()).resolves.toBe('不比较上期');

    // Offered: the workbook's other visible sheets (not 考核数据, not 考核方案).
    await picker.click();
    await expect(page.getByRole('option').allTextContents()).resolves.toEqual(['不比较上期', '2025考核结果', '说明']);
    // 说明 has no 单位名称 / 总分 / 排名 header: a warning says what the sheet must contain.
    await page.getByRole('option', { name: '说明' }).click();
    const warning = page.locator('.fui-MessageBar').filter({ hasText: '上期工作表“说明”中找不到单位、总分和排名列' });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain('含单位列“单位名称”、“总分”和“排名”（或“总排名”）');
    await shot(page, '09-previous-warning.png');

    // 2025考核结果, then 开始计算: the warning goes, the results are computed against it.
    await picker.click();
    await page.getByRole('option', { name: '2025考核结果' }).click();
    await until(() => warning.count(), 0);
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('heading', { name: '前 5 名' }).waitFor();
    await expect(page.getByTestId('count-scored').textContent()).resolves.toBe('9');

    // 校验: one more warning, listed under 异常提示 with its cell; a click selects it.
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByText('共 10 个单位：1 个错误，3 个警告。').waitFor();
    await expect(page.locator('section[data-section] h3').allTextContents()).resolves.toEqual(['错误（1）', '警告（2）', '异常提示（1）']);
    const anomalies = page.locator('section[data-section="anomaly"] button[data-cell]');
    await expect(anomalies.evaluateAll((els) => els.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-cell')]))).resolves.toEqual([['PERIOD_JUMP', 'B9']]);
    await expect(anomalies.first().textContent()).resolves.toBe(`B9青石镇${QINGSHI_JUMP}`);
    await anomalies.first().click();
    await until(() => selection(page), { sheet: SHEET, address: 'B9' });
    await shot(page, '08-previous.png');

    // The choice is kept for the session: back on 计算 it still reads 2025考核结果.
    await page.getByRole('tab', { name: '计算' }).click();
    await expect(page.getByRole('combobox', { name: '上期结果（可选）' }).textContent()).resolves.toBe('2025考核结果');
    expect(blocked).toEqual([]);
  }, 90_000);

  test('in an English Office the pane speaks English, with the Chinese issue text kept', async () => {
    const page = await open('taskpane.html', { ...(await fixture()), displayLanguage: 'en-US' });
    await page.getByText('10 units. Errors: 1; warnings: 2.').waitFor();
    await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual(['Scheme', 'Check', 'Score']);
    const e4 = page.locator('button[data-cell="E4"]');
    await expect(e4.textContent()).resolves.toContain('E4：“东关街道”的“基层治理”为空。');
    await expect(e4.textContent()).resolves.toContain('E4: "基层治理" of "东关街道" is empty.');
    await shot(page, '07-english.png');
    expect(blocked).toEqual([]);
  }, 60_000);

  test('快速校验 (the ribbon command) highlights the problem cells, selects the first error cell and completes', async () => {
    const page = await open('commands.html', await fixture());
    const completed = await page.evaluate(async () => {
      const fn = window.__KAOPING_DOUBLE__?.actions.get('quickCheck');
      if (!fn) return 'not registered';
      let done = false;
      await fn({ completed: () => { done = true; } });
      return done;
    });
    expect(completed).toBe(true);
    expect(await selection(page)).toEqual({ sheet: SHEET, address: 'E4' });
    // Fills and notes only (fixtures/assessment.ts): E4 error red, C11 and H10 warnings yellow;
    // no output column (I2 stays empty) and no 考核结果.
    expect((await cell(page, SHEET, 'E4'))?.fill).toBe('#FFC7CE');
    expect((await cell(page, SHEET, 'E4'))?.note?.startsWith('考评助手 · 【缺失值】E4：“东关街道”的“基层治理”为空。')).toBe(true);
    expect((await cell(page, SHEET, 'C11'))?.fill).toBe('#FFEB9C');
    expect((await cell(page, SHEET, 'H10'))?.fill).toBe('#FFEB9C');
    expect(await cell(page, SHEET, 'I2')).toBeNull();
    expect(await sheets(page)).toEqual([SHEET, '考核方案', '_考评记录']);
    expect(blocked).toEqual([]);
  }, 60_000);
});
