/**
 * End-to-end, in process: `kaoping check|score` on small workbooks built in code; exact JSON
 * reports (validated by ReportSchema), exit codes, and the written cells, fills and notes read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ReportSchema, type Report } from '../../src/cli/report';
import {
  buildWorkbook, capture, CLEAN_ROWS, ERROR_ROWS, readWorkbook, sha256, tempDir, writeWorkbook,
} from '../fixtures/cli/workbooks';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function readReport(file: string): Report {
  return ReportSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/*
 * Clean workbook, by hand:
 *   totals 甲 95, 乙 90, 丙 80, 丁 91 (vetoed 定为末等), 戊 60.
 *   美式 ranks, vetoed last: 甲 1, 乙 2, 丙 3, 戊 4, 丁 5.
 *   N = 5 scored, 优秀 quota floor(5 × 0.4) = 2; candidates ≥ 90 whose cap allows 优秀: 甲, 乙 → both 优秀.
 *   丙 80 → 良好; 戊 60 → 一般; 丁 定为末等 → 较差.
 *   Stars: 甲 95 → 3, 乙 90 → 2, 丙 80 → 1, 戊 60 → none, 丁 vetoed → none.
 *   Subtotals: 党建工作 = 党建 points, 业务工作 = 业务 points.
 */
const CLEAN_REPORT: Report = {
  dataSheet: '考核数据',
  units: [
    { row: 2, name: '甲', group: null, total: 95, subtotals: { 党建工作: 38, 业务工作: 55 }, rank: 1, overallRank: null, grade: '优秀', stars: 3, veto: null, vetoes: [], scores: { 党建: 38, 业务: 55 }, details: {}, flags: [] },
    { row: 3, name: '乙', group: null, total: 90, subtotals: { 党建工作: 36, 业务工作: 54 }, rank: 2, overallRank: null, grade: '优秀', stars: 2, veto: null, vetoes: [], scores: { 党建: 36, 业务: 54 }, details: {}, flags: [] },
    { row: 4, name: '丙', group: null, total: 80, subtotals: { 党建工作: 30, 业务工作: 50 }, rank: 3, overallRank: null, grade: '良好', stars: 1, veto: null, vetoes: [], scores: { 党建: 30, 业务: 50 }, details: {}, flags: [] },
    {
      row: 5, name: '丁', group: null, total: 91, subtotals: { 党建工作: 35, 业务工作: 55 }, rank: 5, overallRank: null, grade: '较差', stars: null,
      veto: { column: '否决', effect: '定为末等', reason: '否决' }, vetoes: [{ column: '否决', effect: '定为末等', reason: '否决' }],
      scores: { 党建: 35, 业务: 55 }, details: {}, flags: [],
    },
    { row: 6, name: '戊', group: null, total: 60, subtotals: { 党建工作: 20, 业务工作: 40 }, rank: 4, overallRank: null, grade: '一般', stars: null, veto: null, vetoes: [], scores: { 党建: 20, 业务: 40 }, details: {}, flags: [] },
  ],
  issues: [],
  summary: { units: 5, scored: 5, errors: 0, warnings: 0 },
};

/*
 * Workbook with errors, by hand:
 *   乙's 党建 is the text '３６' → read as 36 with TEXT_NUMBER (warning); 丙's 业务 is empty → MISSING_VALUE
 *   (error): 丙 gets no total, rank, grade.
 *   Scored: 甲 95, 乙 90, 丁 91 (vetoed), 戊 60 → N = 4, 优秀 quota floor(4 × 0.4) = 1.
 *   Ranks: 甲 1, 乙 2, 戊 3, 丁 4 (vetoed last).
 *   优秀 candidates 甲 95, 乙 90 → 甲 only (no tie at the cut); 乙 falls to 良好 (≥ 80); 戊 一般; 丁 较差.
 *   Issues in sheet order: B3 (row 3) before C4 (row 4).
 */
const ERROR_REPORT: Report = {
  dataSheet: '考核数据',
  units: [
    { row: 2, name: '甲', group: null, total: 95, subtotals: { 党建工作: 38, 业务工作: 55 }, rank: 1, overallRank: null, grade: '优秀', stars: 3, veto: null, vetoes: [], scores: { 党建: 38, 业务: 55 }, details: {}, flags: [] },
    { row: 3, name: '乙', group: null, total: 90, subtotals: { 党建工作: 36, 业务工作: 54 }, rank: 2, overallRank: null, grade: '良好', stars: 2, veto: null, vetoes: [], scores: { 党建: 36, 业务: 54 }, details: {}, flags: ['TEXT_NUMBER'] },
    { row: 4, name: '丙', group: null, total: null, subtotals: {}, rank: null, overallRank: null, grade: null, stars: null, veto: null, vetoes: [], scores: { 党建: 30, 业务: null }, details: {}, flags: ['MISSING_VALUE'] },
    {
      row: 5, name: '丁', group: null, total: 91, subtotals: { 党建工作: 35, 业务工作: 55 }, rank: 4, overallRank: null, grade: '较差', stars: null,
      veto: { column: '否决', effect: '定为末等', reason: '否决' }, vetoes: [{ column: '否决', effect: '定为末等', reason: '否决' }],
      scores: { 党建: 35, 业务: 55 }, details: {}, flags: [],
    },
    { row: 6, name: '戊', group: null, total: 60, subtotals: { 党建工作: 20, 业务工作: 40 }, rank: 3, overallRank: null, grade: '一般', stars: null, veto: null, vetoes: [], scores: { 党建: 20, 业务: 40 }, details: {}, flags: [] },
  ],
  issues: [
    {
      code: 'TEXT_NUMBER', severity: 'warning', sheet: '考核数据', cell: 'B3', unit: '乙',
      message: 'B3：“３６”是以文本形式存储的数字，已按 36 计算。建议改为数字格式（选中单元格 → 转换为数字）。',
      messageEn: 'B3: "３６" is a number stored as text; it was read as 36. Convert it to a number.',
    },
    {
      code: 'MISSING_VALUE', severity: 'error', sheet: '考核数据', cell: 'C4', unit: '丙',
      message: 'C4：“丙”的“业务”为空。请填写 0 到 60 之间的得分；若确为 0 分请填 0。',
      messageEn: 'C4: "业务" of "丙" is empty. Enter a score between 0 and 60; enter 0 if it really is zero.',
    },
  ],
  summary: { units: 5, scored: 4, errors: 1, warnings: 1 },
};

describe('kaoping check', () => {
  test('a clean workbook: exit 0, the exact report, nothing written', async () => {
    const input = await writeWorkbook(path.join(dir, 'check-clean', '考核.xlsx'), buildWorkbook(CLEAN_ROWS));
    const before = sha256(input);
    const c = capture();
    const code = await main(['check', input, '--json', path.join(dir, 'check-clean', 'r.json')], c.io);
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    expect(readReport(path.join(dir, 'check-clean', 'r.json'))).toEqual(CLEAN_REPORT);
    expect(sha256(input)).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'check-clean')).sort()).toEqual(['r.json', '考核.xlsx']);
    expect(c.out()).toContain('单位 5，已评分 5，错误 0，警告 0');
    expect(c.out()).toContain('等次分布：优秀 2，良好 1，一般 1，较差 1');
    expect(c.out()).toContain('前三名：1 甲 95；2 乙 90；3 丙 80');
    expect(c.out()).toContain('一票否决：丁（否决，定为末等）');
  });

  test('a workbook with errors: exit 1, the exact report, the problems table', async () => {
    const input = await writeWorkbook(path.join(dir, 'check-errors', '考核.xlsx'), buildWorkbook(ERROR_ROWS));
    const c = capture(120);
    const code = await main(['check', input, '--json', path.join(dir, 'check-errors', 'r.json')], c.io);
    expect(code).toBe(1);
    expect(readReport(path.join(dir, 'check-errors', 'r.json'))).toEqual(ERROR_REPORT);
    const out = c.out().split('\n');
    // errors first, then warnings, each row: cell, unit, problem, fix
    expect(out[0]).toBe('错误 1 条（有错误的单位不评分）');
    expect(out[3]).toMatch(/^C4 {6}丙 {4}“丙”的“业务”为空。 +请填写 0 到 60 之间的得分；若确为 0 分请填 0。$/);
    expect(out[5]).toBe('警告 1 条（不影响评分，请核实）');
    expect(out[8]).toMatch(/^B3 {6}乙 {4}“３６”是以文本形式存储的数字，已按 36 计算。 +建议改为数字格式（选中单元格 → 转换为数字）。$/);
    expect(c.out()).toContain('单位 5，已评分 4，错误 1，警告 1');
  });
});

describe('output options', () => {
  test('-q prints only the summary; --limit 1 shows one row and says how many more', async () => {
    const input = await writeWorkbook(path.join(dir, 'opts', '考核.xlsx'), buildWorkbook(ERROR_ROWS));
    const quiet = capture();
    expect(await main(['check', input, '-q'], quiet.io)).toBe(1);
    expect(quiet.out().split('\n')[0]).toBe('单位 5，已评分 4，错误 1，警告 1');
    const limited = capture();
    expect(await main(['check', input, '--limit', '1'], limited.io)).toBe(1);
    // the one row shown is the error (errors take the places first); the warning is counted below
    expect(limited.out()).toContain('…另有 1 条未显示（0 条错误，1 条警告）。完整列表请用 --json 导出，或用 --limit 0 全部显示。');
    expect(limited.out()).not.toContain('警告 1 条（不影响评分');
  });
});

describe('kaoping score', () => {
  test('writes <name>.评分.xlsx beside the input by default; the input is unchanged', async () => {
    const sub = path.join(dir, 'default-out');
    const input = await writeWorkbook(path.join(sub, '考核.xlsx'), buildWorkbook(CLEAN_ROWS));
    const before = sha256(input);
    const c = capture();
    expect(await main(['score', input], c.io)).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(fs.existsSync(path.join(sub, '考核.评分.xlsx'))).toBe(true);
    expect(c.out()).toContain(`已写出：${path.join(sub, '考核.评分.xlsx')}`);
  });

  test('clean: the written columns, 考核结果 and the hidden record, read back with exceljs', async () => {
    const sub = path.join(dir, 'score-clean');
    const input = await writeWorkbook(path.join(sub, 'in.xlsx'), buildWorkbook(CLEAN_ROWS));
    const out = path.join(sub, 'out', '结果.xlsx'); // the folder does not exist yet: created
    const c = capture();
    expect(await main(['score', input, '-o', out, '--json', path.join(sub, 'r.json')], c.io)).toBe(0);
    expect(readReport(path.join(sub, 'r.json'))).toEqual(CLEAN_REPORT);
    const wb = await readWorkbook(out);
    const ws = wb.getWorksheet('考核数据');
    if (!ws) throw new Error('no data sheet');
    // The table ends at E (否决); the output columns follow from F in SPEC §5's order.
    const row = (r: number): unknown[] => ['F', 'G', 'H', 'I', 'J', 'K'].map((col) => ws.getCell(`${col}${r}`).value);
    expect(row(1)).toEqual(['党建工作小计', '业务工作小计', '总分', '排名', '等次', '星级']);
    expect(ws.getCell('L1').value).toBe('异常标记');
    expect(row(2)).toEqual([38, 55, 95, 1, '优秀', '★★★']);
    expect(row(3)).toEqual([36, 54, 90, 2, '优秀', '★★']);
    expect(row(4)).toEqual([30, 50, 80, 3, '良好', '★']);
    expect(row(5)).toEqual([35, 55, 91, 5, '较差', null]);
    expect(row(6)).toEqual([20, 40, 60, 4, '一般', null]);
    for (let r = 2; r <= 6; r++) expect(ws.getCell(`L${r}`).value ?? '').toBe('');
    // The input cells are as they were.
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'E5'].map((a) => ws.getCell(a).value)).toEqual(['甲', 38, 55, 2, '否', '是']);
    // 考核结果: present; the record sheet: very hidden.
    expect(wb.getWorksheet('考核结果')).toBeDefined();
    expect(wb.getWorksheet('_考评记录')?.state).toBe('veryHidden');
  });

  test('errors: exit 1, the file is still written with fills, notes and 异常标记', async () => {
    const sub = path.join(dir, 'score-errors');
    const input = await writeWorkbook(path.join(sub, 'in.xlsx'), buildWorkbook(ERROR_ROWS));
    const before = sha256(input);
    const out = path.join(sub, 'out.xlsx');
    const c = capture();
    expect(await main(['score', input, '-o', out, '--json', path.join(sub, 'r.json')], c.io)).toBe(1);
    expect(sha256(input)).toBe(before);
    expect(readReport(path.join(sub, 'r.json'))).toEqual(ERROR_REPORT);
    const ws = (await readWorkbook(out)).getWorksheet('考核数据');
    if (!ws) throw new Error('no data sheet');
    const argb = (a: string): string | undefined => {
      const f = ws.getCell(a).fill;
      return f && f.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect(argb('C4')).toBe('FFFFC7CE'); // error fill #FFC7CE
    expect(argb('B3')).toBe('FFFFEB9C'); // warning fill #FFEB9C
    expect(argb('B2')).toBeUndefined();
    const note = (a: string): string => {
      const n = ws.getCell(a).note;
      if (n === undefined) return '';
      return typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
    };
    // Notes in Chinese only (the JSON report keeps both languages).
    expect(note('C4')).toBe(`考评助手 · 【缺失值】${ERROR_REPORT.issues[1]?.message as string}`);
    expect(note('B3')).toBe(`考评助手 · 【文本数字】${ERROR_REPORT.issues[0]?.message as string}`);
    expect(note('B2')).toBe('');
    // 异常标记 (L): label and cell; 丙 blocked: no total, rank, grade.
    expect(ws.getCell('L3').value).toBe('文本数字(B3)');
    expect(ws.getCell('L4').value).toBe('缺失值(C4)');
    expect(['H4', 'I4', 'J4'].map((a) => ws.getCell(a).value ?? null)).toEqual([null, null, null]);
    expect(['H3', 'I3', 'J3'].map((a) => ws.getCell(a).value)).toEqual([90, 2, '良好']);
    expect(c.out()).toContain('已写出：');
  });

  test('--lang en: English on the console and in the notes; the JSON report keeps both languages', async () => {
    const sub = path.join(dir, 'score-en');
    const input = await writeWorkbook(path.join(sub, 'in.xlsx'), buildWorkbook(ERROR_ROWS));
    const out = path.join(sub, 'out.xlsx');
    const c = capture(200);
    expect(await main(['score', input, '-o', out, '--json', path.join(sub, 'r.json'), '--lang', 'en'], c.io)).toBe(1);
    expect(readReport(path.join(sub, 'r.json'))).toEqual(ERROR_REPORT);
    const ws = (await readWorkbook(out)).getWorksheet('考核数据');
    const note = ws?.getCell('C4').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((x) => x.text).join('');
    expect(text).toBe(`kaoping · [MISSING_VALUE] ${ERROR_REPORT.issues[1]?.messageEn as string}`);
    const lines = c.out().split('\n');
    expect(lines[0]).toBe('Errors: 1 (the units concerned are not scored)');
    expect(lines[3]).toMatch(/^C4 {4}丙 {4}"业务" of "丙" is empty\. +Enter a score between 0 and 60; enter 0 if it really is zero\.$/);
    expect(c.out()).toContain('Units 5, scored 4, errors 1, warnings 1');
    expect(c.out()).toContain(`Written: ${out} (results on sheet "考核结果")`);
    expect(c.out()).not.toMatch(/已写出|单位 5|错误 1 条/);
  });

  test('KAOPING_LANG=en gives English too', async () => {
    const input = await writeWorkbook(path.join(dir, 'env-en', 'in.xlsx'), buildWorkbook(CLEAN_ROWS));
    const c = capture();
    expect(await main(['check', input], c.io, { KAOPING_LANG: 'en' })).toBe(0);
    expect(c.out()).toContain('Units 5, scored 5, errors 0, warnings 0');
    expect(c.out()).toContain('Grades: 优秀 2, 良好 1, 一般 1, 较差 1');
  });

  test('-o naming the input itself writes over it (SPEC §7 allows exactly this)', async () => {
    const sub = path.join(dir, 'self');
    const input = await writeWorkbook(path.join(sub, 'in.xlsx'), buildWorkbook(CLEAN_ROWS));
    const before = sha256(input);
    expect(await main(['score', input, '-o', input], capture().io)).toBe(0);
    expect(sha256(input)).not.toBe(before);
    expect((await readWorkbook(input)).getWorksheet('考核数据')?.getCell('H2').value).toBe(95);
  });
});
