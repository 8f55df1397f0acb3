import { placeOf, renderProblems, splitMessage, splitMessageEn } from '../../src/cli/problems';
import type { ReportIssue, ReportUnit } from '../../src/cli/report';
import { countsLine, gradeLine, topLines, vetoLine, filesTable, quotaLines } from '../../src/cli/summary';
import { displayWidth } from '../../src/cli/width';

const issue = (over: Partial<ReportIssue>): ReportIssue => ({
  code: 'MISSING_VALUE',
  severity: 'error',
  sheet: '考核数据',
  cell: 'D7',
  unit: '东关街道',
  message: 'D7：“东关街道”的“党建”为空。请填写 0 到 10 之间的得分；若确为 0 分请填 0。',
  messageEn: 'D7: empty.',
  ...over,
});

describe('splitMessage', () => {
  test('the first sentence is the problem, the rest the fix; the cell prefix is dropped', () => {
    expect(splitMessage('D7：“东关街道”的“党建”为空。请填写 0 到 10 之间的得分；若确为 0 分请填 0。', 'D7')).toEqual({
      problem: '“东关街道”的“党建”为空。',
      fix: '请填写 0 到 10 之间的得分；若确为 0 分请填 0。',
    });
  });

  test('a 。 inside quotes or brackets does not end the problem', () => {
    expect(splitMessage('E5：“满分。”不是分数。请改为数字。', 'E5')).toEqual({ problem: '“满分。”不是分数。', fix: '请改为数字。' });
    expect(splitMessage('考核方案 B3：“小数位”应为数字（如 2。）。请修改。', 'B3')).toEqual({ problem: '“小数位”应为数字（如 2。）。', fix: '请修改。' });
  });

  test('a message of one sentence is all problem', () => {
    expect(splitMessage('找不到列“党建”。', null)).toEqual({ problem: '找不到列“党建”。', fix: '' });
  });
});

describe('placeOf', () => {
  test('the cell on the data sheet, sheet!cell elsewhere, the sheet when there is no cell', () => {
    expect(placeOf(issue({}), '考核数据')).toBe('D7');
    expect(placeOf(issue({ sheet: '考核方案', cell: 'B3' }), '考核数据')).toBe('考核方案!B3');
    expect(placeOf(issue({ sheet: '考核方案', cell: null }), '考核数据')).toBe('考核方案');
  });
});

describe('renderProblems', () => {
  test('errors first under their heading, then warnings; columns aligned by display width', () => {
    const lines = renderProblems(
      [
        issue({ code: 'TEXT_NUMBER', severity: 'warning', cell: 'J7', message: 'J7：“１７．５”是以文本形式存储的数字，已按 17.5 计算。建议改为数字格式。' }),
        issue({}),
      ],
      '考核数据',
      { limit: 30, width: 120 },
    );
    expect(lines[0]).toBe('错误 1 条（有错误的单位不评分）');
    // Both tables share the widths. 单元格: 6 (its header); 单位: 8 (东关街道).
    // Curly quotes “ ” are East Asian *ambiguous* width: 1 column, as wcwidth() and most terminals count them.
    // 问题 needs 50: “１７．５” 1 + 8 + 1 + 是以文本形式存储的数字 22 + ， 2 + 已按 4 + ' 17.5 ' 6 + 计算。 6.
    // Width 120 − 6 − 8 − 3 gaps × 2 = 100 for 问题:修改建议 = 3:2 → shares 60 and 40; 问题 needs
    // only 50 ≤ 60 so it takes 50; 修改建议 then has 50 and needs only 46:
    // 请填写 6 + ' 0 ' 3 + 到 2 + ' 10 ' 4 + 之间的得分； 12 + 若确为 6 + ' 0 ' 3 + 分请填 6 + ' 0' 2 + 。 2 = 46.
    expect(lines[1]).toBe('单元格  单位      问题' + ' '.repeat(46 + 2) + '修改建议');
    expect(lines[2]).toBe(['-'.repeat(6), '-'.repeat(8), '-'.repeat(50), '-'.repeat(46)].join('  '));
    // “东关街道”的“党建”为空。 = 1+8+1 + 2 + 1+4+1 + 6 = 24 columns → 26 spaces of padding + the gap of 2
    expect(lines[3]).toBe('D7      东关街道  “东关街道”的“党建”为空。' + ' '.repeat(28) + '请填写 0 到 10 之间的得分；若确为 0 分请填 0。');
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('警告 1 条（不影响评分，请核实）');
    expect(lines[8]).toBe('J7      东关街道  “１７．５”是以文本形式存储的数字，已按 17.5 计算。  建议改为数字格式。');
    expect(lines).toHaveLength(9);
  });

  test('long messages wrap inside their column; no line is wider than the terminal', () => {
    const long = issue({ message: `D7：${'很长的问题说明'.repeat(8)}。${'修改建议内容'.repeat(8)}。` });
    const lines = renderProblems([long], '考核数据', { limit: 30, width: 80 });
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines.slice(1)) expect(displayWidth(l)).toBeLessThanOrEqual(80);
  });

  test('at most `limit` rows, errors taking the places first, then …另有 K 条 with the --json hint', () => {
    const many = [
      ...Array.from({ length: 4 }, (_, i) => issue({ cell: `D${i + 6}` })),
      ...Array.from({ length: 3 }, (_, i) => issue({ severity: 'warning', code: 'TEXT_NUMBER', cell: `E${i + 6}` })),
    ];
    const lines = renderProblems(many, '考核数据', { limit: 5, width: 200 });
    // 4 errors shown, 1 warning shown, 2 warnings hidden
    expect(lines.filter((l) => /^D\d/.test(l))).toHaveLength(4);
    expect(lines.filter((l) => /^E\d/.test(l))).toHaveLength(1);
    expect(lines[lines.length - 1]).toBe('…另有 2 条未显示（0 条错误，2 条警告）。完整列表请用 --json 导出，或用 --limit 0 全部显示。');
    expect(lines.some((l) => /[A-Za-z]{3,}/.test(l.replace(/--json|--limit/g, '')))).toBe(false);
    expect(renderProblems(many, '考核数据', { limit: 0, width: 200 }).filter((l) => /^[DE]\d/.test(l))).toHaveLength(7);
  });

  test('no issues, no lines', () => {
    expect(renderProblems([], '考核数据', { limit: 30, width: 100 })).toEqual([]);
  });

  test('--lang en: English headings, columns and messages only', () => {
    const en = issue({ messageEn: 'D7: "党建" of "东关街道" is empty. Enter a score between 0 and 10; enter 0 if it really is zero.' });
    const lines = renderProblems([en, en, en], '考核数据', { limit: 2, width: 200, lang: 'en' });
    expect(lines[0]).toBe('Errors: 3 (the units concerned are not scored)');
    expect(lines[1]?.startsWith('Cell  Unit      Problem')).toBe(true);
    expect(lines[1]).toContain('How to fix');
    expect(lines[3]).toBe('D7    东关街道  "党建" of "东关街道" is empty.  Enter a score between 0 and 10; enter 0 if it really is zero.');
    expect(lines[lines.length - 1]).toBe('…and 1 more not shown (1 error, 0 warnings). Use --json for the full list, or --limit 0 to show all.');
    expect(lines.join('\n')).not.toMatch(/[错警单问]/);
  });
});

describe('splitMessageEn', () => {
  test('the first sentence outside quotes and brackets is the problem; the cell prefix is dropped', () => {
    expect(splitMessageEn('D7: "a. b" is not a number (e.g. 9. 5). Enter a number.', 'D7')).toEqual({ problem: '"a. b" is not a number (e.g. 9. 5).', fix: 'Enter a number.' });
    expect(splitMessageEn('Scheme cell B3: 小数位 must be 0–4. Fix the 考核方案 sheet and check again.', 'B3')).toEqual({ problem: '小数位 must be 0–4.', fix: 'Fix the 考核方案 sheet and check again.' });
    expect(splitMessageEn('Column "党建" not found.', null)).toEqual({ problem: 'Column "党建" not found.', fix: '' });
  });
});

describe('summary', () => {
  const unit = (over: Partial<ReportUnit>): ReportUnit => ({
    row: 6, name: 'x', group: null, total: 90, subtotals: {}, rank: 1, overallRank: null, grade: '优秀', stars: null, veto: null, vetoes: [], details: {}, flags: [], ...over,
  });

  test('counts line', () => {
    expect(countsLine({ units: 40, scored: 36, errors: 4, warnings: 7 })).toBe(
      '单位 40，已评分 36，错误 4，警告 7',
    );
  });

  test('grade distribution in the scheme order, zeros shown', () => {
    const units = [unit({ grade: '良好' }), unit({ grade: '优秀' }), unit({ grade: '良好' }), unit({ grade: null })];
    expect(gradeLine(units, ['优秀', '良好', '一般', '较差'])).toBe('等次分布：优秀 1，良好 2，一般 0，较差 0');
    expect(gradeLine([unit({ grade: null })], ['优秀'])).toBeNull();
  });

  test('top three per group by rank', () => {
    const units = [
      unit({ name: '甲', group: '乡镇', rank: 2, total: 91 }),
      unit({ name: '乙', group: '乡镇', rank: 1, total: 95.5 }),
      unit({ name: '丙', group: '部门', rank: 1, total: 88 }),
      unit({ name: '丁', group: '乡镇', rank: 3, total: 90 }),
      unit({ name: '戊', group: '乡镇', rank: 4, total: 80 }),
    ];
    expect(topLines(units)).toEqual(['乡镇 前三名：1 乙 95.5；2 甲 91；3 丁 90', '部门 前三名：1 丙 88']);
  });

  test('vetoed units with column, reason and effect', () => {
    expect(
      vetoLine([
        unit({ name: '县某局', veto: { column: '党风廉政', effect: '定为末等', reason: '党风廉政' } }),
        unit({ name: '白马镇', veto: { column: '安全生产', effect: '取消评优', reason: '发生事故' } }),
      ]),
    ).toBe('一票否决：县某局（党风廉政，定为末等）；白马镇（安全生产，发生事故，取消评优）');
  });

  test('English with --lang en', () => {
    expect(countsLine({ units: 40, scored: 36, errors: 4, warnings: 7 }, 'en')).toBe('Units 40, scored 36, errors 4, warnings 7');
    expect(gradeLine([unit({ grade: '良好' }), unit({ grade: '优秀' })], ['优秀', '良好', '一般'], 'en')).toBe('Grades: 优秀 1, 良好 1, 一般 0');
    expect(topLines([unit({ name: '乙', group: '乡镇', rank: 1, total: 95.5 }), unit({ name: '甲', group: '乡镇', rank: 2, total: 91 })], 'en')).toEqual(['乡镇 top 3: 1 乙 95.5; 2 甲 91']);
    expect(vetoLine([unit({ name: '白马镇', veto: { column: '安全生产', effect: '取消评优', reason: '发生事故' } })], 'en')).toBe('Vetoed: 白马镇 (安全生产, 发生事故, 取消评优)');
    // 16 scored × 20% = 3.2 → 3 (rounded down).
    const sixteen = Array.from({ length: 16 }, (_, i) => unit({ name: `u${i}` }));
    expect(quotaLines(sixteen, { rounding: '向下', grades: [{ name: '优秀', quota: 0.2 }, { name: '良好', quota: null }] }, 'en')).toEqual(['优秀 places: 3 = 16 scored units × 20%, rounded down']);
  });

  test('at most 5 vetoed units are named, the rest counted', () => {
    const many = Array.from({ length: 7 }, (_, i) => unit({ name: `单位${i + 1}`, veto: { column: '否决', effect: '定为末等', reason: '否决' } }));
    expect(vetoLine(many)).toBe(
      '一票否决：单位1（否决，定为末等）；单位2（否决，定为末等）；单位3（否决，定为末等）；单位4（否决，定为末等）；单位5（否决，定为末等）；等共 7 个单位',
    );
  });

  test('files table: one line per file, failures say why', () => {
    const lines = filesTable(
      [
        { file: 'a.xlsx', report: { dataSheet: 's', units: [], issues: [], summary: { units: 3, scored: 3, errors: 0, warnings: 1 } }, output: 'a.评分.xlsx', error: null },
        { file: '空.xlsx', report: null, output: null, error: '文件是空的' },
      ],
      true,
    );
    expect(lines).toEqual([
      '文件     单位数  已评分  错误  警告  输出文件',
      // 文件: 7 (空.xlsx); numbers right-aligned in their header's width 6/6/4/4;
      // 输出文件: 18 (未处理：文件是空的, 9 wide characters)
      '-------  ------  ------  ----  ----  ------------------',
      'a.xlsx        3       3     0     1  a.评分.xlsx',
      '空.xlsx       -       -     -     -  未处理：文件是空的',
    ]);
  });
});
