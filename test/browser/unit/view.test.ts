import { makeIssue } from '../../../src/engine/issues/make';
import { anomalyKey, counts, gradeDistribution, groupIssues, num, percent, rankOrder, schemeIssues, topAndBottom, vetoedUnits } from '../../../src/taskpane/view';
import { CHECK, UNITS } from '../fixtures/assessment';

// Expected values: the hand working at the top of fixtures/assessment.ts.
const names = (us: ReadonlyArray<{ name: string }>) => us.map((u) => u.name);

describe('view models of the hand-made assessment', () => {
  test('issues grouped: errors first, then codes in catalogue order (TEXT_NUMBER before VETO_TEXT)', () => {
    const g = groupIssues(CHECK.issues);
    expect(g.map((s) => [s.severity, s.count, s.kinds.map((k) => [k.code, k.label, k.issues.length])])).toEqual([
      ['error', 1, [['MISSING_VALUE', '缺失值', 1]]],
      ['warning', 2, [['TEXT_NUMBER', '文本数字', 1], ['VETO_TEXT', '否决文字', 1]]],
    ]);
    expect(groupIssues([])).toEqual([]);
  });

  test('the five anomaly codes form their own 异常提示 group after the warnings, in catalogue order', () => {
    const sheet = '考核数据';
    const jump = makeIssue('PERIOD_JUMP', { sheet, row: 8, col: 1, unit: '青石镇', where: '总分、排名' }, { detail: 'x', detailEn: 'x' });
    const outlier = makeIssue('OUTLIER', { sheet, row: 8, col: 2, unit: '青石镇' }, {});
    const noSpread = makeIssue('NO_SPREAD', { sheet, row: 1, col: 3 }, {});
    const g = groupIssues([jump, ...CHECK.issues, noSpread, outlier]);
    expect(g.map((s) => [s.section, s.severity, s.count, s.kinds.map((k) => [k.code, k.label, k.issues.length])])).toEqual([
      ['error', 'error', 1, [['MISSING_VALUE', '缺失值', 1]]],
      ['warning', 'warning', 2, [['TEXT_NUMBER', '文本数字', 1], ['VETO_TEXT', '否决文字', 1]]],
      // OUTLIER, IDENTICAL_ROWS, ALL_FULL_MARKS, NO_SPREAD, PERIOD_JUMP is the catalogue's order.
      ['anomaly', 'warning', 3, [['OUTLIER', '离群', 1], ['NO_SPREAD', '无区分度', 1], ['PERIOD_JUMP', '突变', 1]]],
    ]);
    // Only anomalies: a single 异常提示 group.
    expect(groupIssues([outlier]).map((s) => s.section)).toEqual(['anomaly']);
    expect(g[2]?.kinds[2]?.issues[0]?.cell).toBe('B9');
  });

  test('anomalyKey names the pane catalogue entry of each anomaly code', () => {
    expect(['OUTLIER', 'IDENTICAL_ROWS', 'ALL_FULL_MARKS', 'NO_SPREAD', 'PERIOD_JUMP'].map((c) => anomalyKey(c as 'OUTLIER'))).toEqual([
      'anomaly.OUTLIER', 'anomaly.IDENTICAL_ROWS', 'anomaly.ALL_FULL_MARKS', 'anomaly.NO_SPREAD', 'anomaly.PERIOD_JUMP',
    ]);
  });

  test('counts: 10 units, 9 scored, 1 blocked (东关街道)', () => {
    expect(counts(CHECK)).toEqual({ units: 10, scored: 9, blocked: 1, errors: 1, warnings: 2 });
  });

  test('grade distribution, best first: 优秀 2, 良好 3, 一般 3, 较差 1', () => {
    expect(gradeDistribution(CHECK)).toEqual([
      { grade: '优秀', count: 2 },
      { grade: '良好', count: 3 },
      { grade: '一般', count: 3 },
      { grade: '较差', count: 1 },
    ]);
  });

  test('scored units without a grade get their own bar; no 【等次】 → no chart', () => {
    const units = UNITS.map((u) => (u.name === '白沙镇' ? { ...u, grade: null } : u));
    expect(gradeDistribution({ ...CHECK, units }).slice(2)).toEqual([{ grade: '一般', count: 2 }, { grade: '较差', count: 1 }, { grade: null, count: 1 }]);
    const scheme = CHECK.scheme ? { ...CHECK.scheme, grades: [] } : null;
    expect(gradeDistribution({ ...CHECK, scheme })).toEqual([]);
  });

  test('top and bottom five in rank order; the vetoed 柳林乡 (84) is last, 东关街道 (blocked) absent', () => {
    const { top, bottom } = topAndBottom(UNITS);
    expect(names(top)).toEqual(['西关街道', '城关镇', '河口镇', '桃源乡', '北山乡']);
    expect(names(bottom)).toEqual(['南湖镇', '白沙镇', '青石镇', '柳林乡']);
  });

  test('with 7 scored units, top = ranks 1–5 and bottom = ranks 6–7 (no overlap)', () => {
    const seven = rankOrder(UNITS).slice(0, 7);
    const { top, bottom } = topAndBottom(seven);
    expect(top.map((u) => u.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(bottom.map((u) => u.rank)).toEqual([6, 7]);
  });

  test('units without a rank (不排名) come after ranked ones, by total', () => {
    const units = UNITS.map((u) => (u.name === '柳林乡' ? { ...u, rank: null, overallRank: null } : u));
    expect(names(rankOrder(units)).slice(-2)).toEqual(['青石镇', '柳林乡']);
  });

  test('vetoed units with their reason', () => {
    expect(vetoedUnits(UNITS).map((u) => [u.name, u.veto?.column, u.veto?.effect, u.veto?.reason])).toEqual([
      ['柳林乡', '安全事故', '定为末等', '发生安全生产事故'],
    ]);
  });

  test('scheme issues: scheme-level codes and anything on the 考核方案 sheet', () => {
    expect(schemeIssues(CHECK, '考核方案')).toEqual([]);
    const weight = makeIssue('WEIGHT_SUM', { sheet: '考核方案', row: 5, col: 1 }, { what: '分值', sum: 90, full: 100 });
    expect(schemeIssues({ ...CHECK, issues: [...CHECK.issues, weight] }, '考核方案')).toEqual([weight]);
  });

  test('number display', () => {
    expect(percent(0.3)).toBe('30%');
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(null)).toBeNull();
    expect(num(92.5)).toBe('92.5');
    expect(num(94)).toBe('94');
    expect(num(1 / 3)).toBe('0.33');
    expect(num(null)).toBe('—');
  });
});
