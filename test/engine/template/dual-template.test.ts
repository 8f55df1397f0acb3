/**
 * The 双述双评 template (src/engine/template/dual-template.ts): its 考核方案 parses without
 * SCHEME_INVALID, and its sample sheets score cleanly. Needs the SPEC §8 parser and compute step:
 * it fails until they are merged.
 */
import { assess, parseScheme } from '../../../src/engine';
import { DUAL_SHEET_NAMES, dualSchemeRows, dualTemplate, dualTemplateSheets } from '../../../src/engine/template/dual-template';

const asWorkbook = (names = DUAL_SHEET_NAMES) => ({
  sheets: dualTemplate(names).map((s) => ({ name: s.name, cells: s.rows, merges: s.merges ?? [] })),
});

test('the scheme parses: six indicators with their 计分方法 and 来源表, 【等级分】, 【计分规则】, the §8 settings', () => {
  const parsed = parseScheme({ name: '考核方案', cells: dualSchemeRows() });
  expect(parsed.issues.filter((i) => i.code === 'SCHEME_INVALID')).toEqual([]);
  const scheme = parsed.scheme;
  expect(scheme?.indicators.map((i) => [i.name, i.max, i.method ?? '直接', i.source ?? null])).toEqual([
    ['日常考核', 25, '直接', null],
    ['述职评议', 25, '评委', '述职评议'],
    ['民主测评', 25, '测评', '民主测评'],
    ['履职评价', 10, '定性', null],
    ['党建任务', 10, '完成率', '实绩'],
    ['信访件数', 5, '逆向', '实绩'],
  ]);
  expect(scheme?.levels?.map((l) => [l.word, l.rate.num / l.rate.den])).toEqual([['好', 1], ['较好', 0.8], ['一般', 0.6], ['差', 0]]);
  expect(scheme?.rules?.map((r) => [r.indicator, r.target])).toEqual([
    ['党建任务', expect.objectContaining({ kind: 'column', header: '任务数' })],
    ['信访件数', expect.objectContaining({ kind: 'number', value: 3 })],
  ]);
  expect(scheme?.settings).toMatchObject({
    votePresentColumn: '实到人数', voteExpectedColumn: '应到人数', voteQuorum: { num: 2, den: 3 },
    badVoteVeto: { num: 1, den: 3 }, badVoteEffect: '取消评优', judgeFullMark: 100, judgeMinimum: 5,
  });
});

test('the sample sheets score cleanly: 8 units, no error; 城关镇党委 94.31 by hand', () => {
  const r = assess(asWorkbook());
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(r.summary).toMatchObject({ units: 8, scored: 8, errors: 0 });
  // 日常考核 23; 述职评议 (88 90 86 89 87 91 88 = 619; − 91 − 86 = 442 / 5 = 88.4) × 25 / 100 = 22.1;
  // 民主测评 =ROUND(25*SUMPRODUCT({33,4,1,0},{1,0.8,0.6,0})/38,2) = ROUND(25 × 36.8 / 38, 2) = 24.21;
  // 履职评价 好 → 10; 党建任务 12 of 12 → 10; 信访件数 2 ≤ 3 → 5. Total 94.31, first of the 乡镇党委.
  const u = r.units.find((x) => x.name === '城关镇党委');
  expect(u).toMatchObject({ scores: [23, 22.1, 24.21, 10, 10, 5], total: 94.31, rank: 1, grade: '好' });
});

test('other sheet names (a workbook that has 示例数据 already) are named in the scheme', () => {
  const names = { data: '示例数据2', panel: '述职评议2', votes: '民主测评2', figures: '实绩2' };
  const sheets = dualTemplate(names);
  expect(sheets.map((s) => s.name)).toEqual(['考核方案', '示例数据2', '述职评议2', '民主测评2', '实绩2']);
  const rows = sheets[0]?.rows ?? [];
  expect(rows.find((r) => r[0] === '数据表')?.[1]).toBe('示例数据2');
  expect(rows.filter((r) => r[4] === '实绩2').map((r) => r[0])).toEqual(['党建任务', '信访件数']);
});

test('the template is data: merged headers described as areas; 分值 add up to 100', () => {
  const [scheme, data, panel, votes] = dualTemplate();
  const indicators = (scheme?.rows ?? []).slice(20, 26);
  expect(indicators.map((r) => r[1])).toEqual([25, 25, 25, 10, 10, 5]);
  expect(indicators.reduce((a, r) => a + (r[1] as number), 0)).toBe(100);
  // 述职评议 over 评委1…评委7: C2:I2; 序号 and 单位名称 each over rows 2–3.
  expect(panel?.merges).toEqual(expect.arrayContaining([
    { top: 1, left: 2, bottom: 1, right: 8 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 },
  ]));
  expect(panel?.rows[2]).toEqual([null, null, '评委1', '评委2', '评委3', '评委4', '评委5', '评委6', '评委7']);
  // 民主测评 over 好 较好 一般 差: E2:H2.
  expect(votes?.merges).toEqual(expect.arrayContaining([{ top: 1, left: 4, bottom: 1, right: 7 }]));
  expect(votes?.rows[1]).toEqual(['序号', '单位名称', '应到人数', '实到人数', '民主测评', null, null, null]);
  // 类别 merged per group: C3:C6 乡镇党委, C7:C10 县直部门党组织; the cells under a merge are empty.
  expect(data?.merges).toEqual(expect.arrayContaining([{ top: 2, left: 2, bottom: 5, right: 2 }, { top: 6, left: 2, bottom: 9, right: 2 }]));
  expect(data?.rows.slice(2).map((r) => r[2])).toEqual(['乡镇党委', null, null, null, '县直部门党组织', null, null, null]);
});

test('dualTemplateSheets() is the template under its own names, in the shape the pane inserts ({ name, rows, merges? })', () => {
  const sheets: Array<{ name: string; rows: unknown[][]; merges?: Array<{ top: number; left: number; bottom: number; right: number }> }> = dualTemplateSheets();
  expect(sheets.map((s) => s.name)).toEqual(['考核方案', '示例数据', '述职评议', '民主测评', '实绩']);
  expect(sheets).toEqual(dualTemplate());
});
