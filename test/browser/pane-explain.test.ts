/**
 * In Debian's Chromium, the preview page (test/browser/preview-entry.tsx: the real pane over the
 * Excel double, with the hand-made 综合评价 assessment of fixtures/composite.ts — the hand working
 * is at its top): the 方案 tab's 计分方法, the unit explanation (from the pane's lists and from the
 * clerk's selection in the sheet), and 插入模板 with its choice of templates. Screenshots in
 * docs/screenshots/pane-*.png.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { DoubleWorkbookInit } from '../office-double';
import { COMPOSITE_WORKBOOK } from './fixtures/composite';
import { buildAll, outputs, ROOT } from './support/build';
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from './support/chromium';
import { serve, type Served } from './support/serve';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SHOTS = path.join(ROOT, 'docs/screenshots');
const OUT = path.join(ROOT, 'test/.tmp/browser-pane');

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser('the pane’s 计分方法, unit explanation and template choice (preview page, Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Served;
  let double: string;
  const blocked: string[] = [];
  /** Errors the page threw since it opened (a throwing effect unmounts the whole pane). */
  let pageErrors: string[] = [];

  beforeAll(async () => {
    await buildAll({ out: OUT, addin: false, preview: true });
    double = await fs.readFile(outputs(OUT).double, 'utf8');
    server = await serve(outputs(OUT).preview);
    await fs.mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const errors = pageErrors;
    await context?.close();
    expect(errors).toEqual([]);
  });

  async function open(query: string, init: DoubleWorkbookInit): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 320, height: 720 }, deviceScaleFactor: 2, locale: 'zh-CN', serviceWorkers: 'block' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: double });
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await context.addInitScript({ content: `window.__KAOPING_FIXTURE__ = ${JSON.stringify(init)};` });
    const p = await context.newPage();
    pageErrors = [];
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(`${server.origin}/preview.html${query}`);
    expect(pageErrors).toEqual([]);
    return p;
  }

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

  test('方案: 计分方法 lists each indicator’s method, 来源表 and parameters', async () => {
    const page = await open('?tab=scheme', COMPOSITE_WORKBOOK);
    const section = page.getByTestId('scheme-methods');
    await section.waitFor();
    await expect(section.locator('h3').textContent()).resolves.toBe('计分方法（8）');
    const items = section.locator('li[data-method]');
    await expect(items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-indicator'), e.getAttribute('data-method')]))).resolves.toEqual([
      ['日常考核', '直接'], ['述职评议', '评委'], ['民主测评', '测评'], ['班子评价', '定性'],
      ['任务完成', '完成率'], ['信访办结', '逆向'], ['经济增速', '功效系数'], ['安全生产', '扣分制'],
    ]);
    const lines = (name: string) => section.locator(`li[data-indicator="${name}"] ul li`).allTextContents();
    await expect(lines('任务完成')).resolves.toEqual(['得分 = 10 × 实际 ÷ 目标值', '目标值 按“任务数”列', '封顶 120%（最高 12 分）']);
    await expect(lines('民主测评')).resolves.toContain('差票否决：“差”票超过 1/3 → 取消评优');
    await expect(lines('述职评议')).resolves.toContain('去掉最高分 1 个、最低分 1 个，其余取平均');
    // 基本设置: 公示异常标记 not written in the scheme → 显示 (SPEC §5's default).
    await expect(page.locator('th', { hasText: '公示异常标记' }).locator('xpath=following-sibling::td').textContent()).resolves.toBe('显示');
    await section.locator('li[data-indicator="日常考核"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[data-testid="scheme-methods"]')?.scrollIntoView({ block: 'start' }));
    await shot(page, 'pane-scheme-methods.png');
    expect(blocked).toEqual([]);
  }, 120_000);

  test('a unit chosen in the list, then in the sheet: judges struck through, the outlier marked, votes, veto and grade reason', async () => {
    const page = await open('?tab=compute', COMPOSITE_WORKBOOK);
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('heading', { name: '前 5 名' }).waitFor();
    await page.getByRole('table', { name: '前 5 名' }).getByRole('button', { name: '城关镇' }).click();
    const ex = page.getByTestId('unit-explain');
    await expect(ex.getAttribute('data-unit')).resolves.toBe('城关镇');
    await expect(ex.locator('h3').first().textContent()).resolves.toBe('城关镇：总分 89.55');

    // 述职评议: 99 (high) and 60 (low) struck through — an <s>, drawn with line-through; 60 also marked as deviating.
    const judges = ex.getByTestId('judges').locator('li');
    await expect(judges.evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-dropped'), e.getAttribute('data-outlier')]))).resolves.toEqual([
      ['评委1 90', '', 'false'], ['评委2 88', '', 'false'], ['评委3 99', 'high', 'false'], ['评委4 60 ⚠', 'low', 'true'],
      ['评委5 89', '', 'false'], ['评委6 91', '', 'false'], ['评委7 87', '', 'false'],
    ]);
    const struck = await judges.evaluateAll((els) => els.map((e) => {
      const s = e.querySelector('s');
      return s ? getComputedStyle(s).textDecorationLine : getComputedStyle(e).textDecorationLine;
    }));
    expect(struck).toEqual(['none', 'none', 'line-through', 'line-through', 'none', 'none', 'none']);
    await expect(judges.nth(3).getAttribute('aria-label')).resolves.toBe('评委4 60 分，去掉的最低分，评分偏离');
    await expect(ex.getByTestId('votes').locator('li').allTextContents()).resolves.toEqual(['好 30', '较好 8', '一般 2', '差 0', '共 40 票']);
    await expect(ex.locator('tr[data-indicator="述职评议"] td').nth(2).textContent()).resolves.toBe('22.25');
    await expect(ex.locator('tr[data-indicator="班子评价"]').textContent()).resolves.toContain('“较好”，得分率 80%');
    await expect(ex.getByTestId('grade-reason').textContent()).resolves.toBe('够“优秀”分数线，但名额已满');
    await ex.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'pane-unit-explain.png');

    // The clerk selects 西河乡's row in the data sheet: its explanation, with the 差票 veto.
    await page.evaluate(() => window.__KAOPING_DOUBLE__?.selectByUser('综合考核', 'C4'));
    await page.locator('[data-testid="unit-explain"][data-unit="西河乡"]').waitFor();
    await until(() => ex.getByTestId('vetoes').locator('li').allTextContents(), ['民主测评：差票 16/40 → 取消评优（民主测评!G4）']);
    await until(() => ex.getByTestId('grade-reason').textContent(), '因否决，最高只能评“良好”');
    await ex.getByTestId('grade-reason').scrollIntoViewIfNeeded();
    await shot(page, 'pane-unit-explain-veto.png');

    // On a 来源表: a judge's cell of 南山镇's row; a cell of no unit changes nothing.
    await page.evaluate(() => window.__KAOPING_DOUBLE__?.selectByUser('述职评议', 'E5'));
    await page.locator('[data-testid="unit-explain"][data-unit="南山镇"]').waitFor();
    await until(() => ex.getByTestId('adjustments').locator('li').allTextContents(), ['指标合计 91.45', '加分 +2', '已按上限计：加分合计上限']);
    await page.evaluate(() => window.__KAOPING_DOUBLE__?.selectByUser('述职评议', 'A1'));
    await page.waitForTimeout(300);
    await expect(ex.getAttribute('data-unit')).resolves.toBe('南山镇');

    // Closing it.
    await page.getByRole('button', { name: '关闭明细' }).click();
    await expect(page.getByTestId('unit-explain').count()).resolves.toBe(0);
    expect(blocked).toEqual([]);
  }, 120_000);

  test('插入模板 offers the plain and the 双述双评 template; 双述双评 adds its sheets with their merges', async () => {
    const page = await open('?tab=scheme', { displayLanguage: 'zh-CN', sheets: [{ name: 'Sheet1', cells: [] }, { name: '述职评议', cells: [['旧表']] }] });
    await page.getByRole('button', { name: '插入模板' }).click();
    await expect(page.getByRole('menuitem').allTextContents()).resolves.toEqual(['基本模板（直接填分）', '双述双评模板（述职评议、民主测评、实绩、定性）']);
    await shot(page, 'pane-insert-template.png');
    await page.getByRole('menuitem', { name: /双述双评/ }).click();
    await page.getByText('已插入“双述双评”模板（考核方案、综合考核、述职评议2、民主测评）。按模板修改后，到“校验”页点击“重新校验”。').waitFor();
    const state = await page.evaluate(() => {
      const xl = window.__KAOPING_DOUBLE__;
      return xl ? { sheets: xl.sheetNames(), merges: xl.merges('述职评议2'), source: xl.cell('考核方案', 'E8'), old: xl.cell('述职评议', 'A1') } : null;
    });
    expect(state).toEqual({
      sheets: ['Sheet1', '述职评议', '考核方案', '综合考核', '述职评议2', '民主测评'],
      merges: [{ top: 0, left: 1, bottom: 0, right: 5 }, { top: 0, left: 0, bottom: 1, right: 0 }],
      source: { v: '述职评议2' },
      old: { v: '旧表' },
    });
    expect(blocked).toEqual([]);
  }, 120_000);
});
