/**
 * SPEC §8.4: `评委` — a panel's scores. Judges 评委1… in D11 onwards on 民主测评 (here: 述职评议 on its
 * own sheet); 分值 20, 评委满分 100 unless said. With the default drops the score is Excel's
 * =ROUND((SUM(r)-MAX(r)-MIN(r))/(COUNT(r)-2)*分值/评委满分, 小数位).
 */
import { scoreJudges } from '../../../src/engine/compute/methods';
import type { Settings } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import { ON_SOURCE, cells, indicator, issuesOf, settings } from './method-helpers';

const run = (scores: readonly CellValue[], over: Partial<Settings> = {}, max = 20) =>
  scoreJudges(indicator('述职评议', max, '评委'), cells(3, scores, '评委'), settings({ judgeFullMark: 100, ...over }), ON_SOURCE, 3);
const NINE = [95, 88, 86, 90, 70, 84, 85, 87, 83];

describe('scoreJudges — the score and its detail', () => {
  it('9 judges, drop 95 and 70: (603)/7 = 86.142857…; =ROUND(86.142857*20/100,2) = 17.23', () => {
    const o = run(NINE);
    expect(o.score).toBe(17.23);
    expect(o.issues).toEqual([]);
    expect(o.detail?.text).toBe('9 位评委，去掉最高 95、最低 70，其余 7 位平均 86.14');
    expect(o.detail?.cell).toBe('民主测评!D11:L11');
    expect(o.detail?.judges?.map((j) => j.dropped)).toEqual([ 'high', null, null, null, 'low', null, null, null, null]);
    expect(o.detail?.judges?.[4]).toEqual({ label: '评委5', cell: '民主测评!H11', score: 70, dropped: 'low' });
  });

  it('评委满分 defaults to 分值: 9, 8.5, 9.5, 8, 7 of 10 → (9+8.5+8)/3 = 8.5', () => {
    const o = scoreJudges(indicator('现场打分', 10, '评委'), cells(3, [9, 8.5, 9.5, 8, 7], '评委'), settings(), ON_SOURCE, 3);
    expect(o.score).toBe(8.5);
  });

  it('a 评委满分 that is not above 0 (the scheme rejects it) is taken as 分值', () => {
    expect(run([9, 8.5, 9.5, 8, 7], { judgeFullMark: 0 }, 10).score).toBe(8.5);
  });

  it('ties: the leftmost copy is dropped — 90, 95, 95, 70, 70, 80 → drop 评委2 (high) and 评委4 (low); (90+95+70+80)/4 = 83.75', () => {
    const o = run([90, 95, 95, 70, 70, 80], {}, 100);
    expect(o.score).toBe(83.75);
    expect(o.detail?.judges?.map((j) => j.dropped)).toEqual([null, 'high', null, 'low', null, null]);
    expect(o.detail?.text).toBe('6 位评委，去掉最高 95、最低 70，其余 4 位平均 83.75');
  });

  it('all equal: one high and one low copy dropped, leftmost first (评委1 high, 评委2 low)', () => {
    const o = run([80, 80, 80, 80, 80], {}, 100);
    expect(o.score).toBe(80);
    expect(o.detail?.judges?.map((j) => j.dropped)).toEqual(['high', 'low', null, null, null]);
  });

  it('empty cells are judges who did not score (not 0): 5 of 6 scored → (90+85+88)/3 = 87.67 at 100', () => {
    const o = run([90, null, 85, 88, 92, 80], {}, 100);
    expect(o.score).toBe(87.67);
    expect(o.detail?.text).toBe('5 位评委（另有 1 位未打分），去掉最高 92、最低 80，其余 3 位平均 87.67');
    expect(o.detail?.judges?.[1]).toEqual({ label: '评委2', cell: '民主测评!E11', score: null, dropped: null });
  });

  it('two drops a side: sorted 70 83 84 85 86 87 88 90 95 → keep 84..88, mean 86; =ROUND(86*20/100,2) = 17.2', () => {
    const o = run(NINE, { dropHighest: 2, dropLowest: 2 });
    expect(o.score).toBe(17.2);
    expect(o.detail?.text).toBe('9 位评委，去掉最高 2 个（95、90）、最低 2 个（70、83），其余 5 位平均 86');
  });

  it('no drops: 3 judges 80, 90, 85 → mean 85 → 85 at 分值 100', () => {
    const o = run([80, 90, 85], { dropHighest: 0, dropLowest: 0, judgeMinimum: 3 }, 100);
    expect(o.score).toBe(85);
    expect(o.detail?.text).toBe('3 位评委，平均 85');
  });

  it('only the highest dropped: 5 judges 60 70 80 90 100 → (60+70+80+90)/4 = 75', () => {
    const o = run([60, 70, 80, 90, 100], { dropLowest: 0 }, 100);
    expect(o.score).toBe(75);
    expect(o.detail?.text).toBe('5 位评委，去掉最高 100，其余 4 位平均 75');
  });
});

describe('scoreJudges — bad cells and small panels', () => {
  it.each<[CellValue, string]>([
    [105, 'OUT_OF_RANGE'], [-1, 'OUT_OF_RANGE'], ['85%', 'NOT_A_NUMBER'], ['八十', 'NOT_A_NUMBER'], [false, 'NOT_A_NUMBER'], [{ error: '#VALUE!' }, 'EXCEL_ERROR'],
  ])('评委3 = %p → %s on 民主测评!F11, no score and no panel check', (v, code) => {
    const o = run([90, 88, v, 86, 84, 85]);
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([[code, 'error', 'F11', '民主测评!F11']]);
  });

  it('OUT_OF_RANGE names the judge and 评委满分', () => {
    expect(run([90, 88, 105, 86, 84]).issues[0]?.message).toBe('民主测评!F11：“述职评议·评委3”得分 105 超出范围，应在 0 到 100 之间。请核对后改正。');
  });

  it('a text score is read with TEXT_NUMBER', () => {
    const o = run(['９０', 88, 86, 84, 85], {}, 100);
    expect(o.score).toBe(86.33); // (88+86+85)/3 = 86.333…
    expect(issuesOf(o)).toEqual([['TEXT_NUMBER', 'warning', 'D11', '民主测评!D11']]);
  });

  it('4 judges < 评委最少人数 5: JUDGES_TOO_FEW on the first cell under the header', () => {
    const o = run([90, null, 88, 86, 84]);
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([['JUDGES_TOO_FEW', 'error', 'D11', '民主测评!D11']]);
    expect(o.issues[0]?.message).toContain('只有 4 位评委打分，少于评委最少人数 5');
  });

  it('no judge scored: MISSING_VALUE error (报错) or 0 with a warning (按0分), on the first cell', () => {
    expect(issuesOf(run([null, '', null, null, null]))).toEqual([['MISSING_VALUE', 'error', 'D11', '民主测评!D11']]);
    const o = run([null, null, null, null, null], { blank: '按0分' });
    expect(o.score).toBe(0);
    expect(issuesOf(o)).toEqual([['MISSING_VALUE', 'warning', 'D11', '民主测评!D11']]);
    expect(o.detail?.text).toBe('没有评委打分，按 0 分计');
  });
});

describe('scoreJudges — JUDGE_OUTLIER (the other judges’ median, 评委偏离阈值 × 评委满分, exactly)', () => {
  it('评委5 60 vs the others’ median (86+87)/2 = 86.5: 26.5 > 20 → warning on H11; the score stands', () => {
    const o = run([95, 88, 86, 90, 60, 84, 85, 87, 83]);
    expect(o.score).toBe(17.23);
    expect(issuesOf(o)).toEqual([['JUDGE_OUTLIER', 'warning', 'H11', '民主测评!H11']]);
    expect(o.issues[0]?.message).toBe('民主测评!H11：“评委5”给“城关镇党委”打 60 分，其他评委的中位数为 86.5 分，相差 26.5 分，超过评委满分的 20%（【基本设置】评委偏离阈值）。请核实是否为人情分或录入错误。');
  });

  it('NINE: 70 vs median 86.5 differs by 16.5 — no warning', () => {
    expect(run(NINE).issues).toEqual([]);
  });

  it('exactly 20 is not over 20%: 50.2 vs 30.2 (in doubles 20.000000000000004) — no warning; 50.3 is', () => {
    expect(run([50.2, 30.2, 30.2, 30.2, 30.2], {}, 100).issues).toEqual([]);
    expect(issuesOf(run([50.3, 30.2, 30.2, 30.2, 30.2], {}, 100))).toEqual([['JUDGE_OUTLIER', 'warning', 'D11', '民主测评!D11']]);
  });

  it('a 1/3 line of 评委满分 10: 3.34 from the median is over, 3.33 is not', () => {
    const line = { judgeFullMark: 10, judgeDeviation: { num: 1, den: 3 } };
    expect(run([10, 6.66, 6.66, 6.66, 6.66], line, 10).issues.map((i) => i.cell)).toEqual(['D11']);
    expect(run([10, 6.67, 6.67, 6.67, 6.67], line, 10).issues).toEqual([]);
  });

  it('no warnings for a panel that was not scored (too few judges)', () => {
    expect(run([100, 10, 12, null, null]).issues.map((i) => i.code)).toEqual(['JUDGES_TOO_FEW']);
  });
});

describe('scoreJudges — 10,000 judge columns (one sort, then linear)', () => {
  const big = (score: (j: number) => number) => cells(3, Array.from({ length: 10000 }, (_, j) => score(j)), '评委');
  it('runs in well under a second: 61..80 five hundred times each; drop one 80 and one 61 → 704859/9998 = 70.5', () => {
    const judges = big((j) => (j % 20) + 61);
    const start = Date.now();
    const o = scoreJudges(indicator('述职评议', 100, '评委'), judges, settings(), ON_SOURCE, 3);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(o.score).toBe(70.5);
    expect(o.issues).toEqual([]); // the others' median is 70 or 71: nobody is more than 20 away
  });
  it('1..100 a hundred times each: drop one 100 and one 1 → 504899/9998 = 50.5, and every outlier found', () => {
    const o = scoreJudges(indicator('述职评议', 100, '评委'), big((j) => (j % 100) + 1), settings(), ON_SOURCE, 3);
    expect(o.score).toBe(50.5);
    // A score s ≤ 50 sees the others' median 51 (over 20 away for s ≤ 30); s ≥ 51 sees 50 (over for s ≥ 71): 60 values × 100.
    expect(o.issues.length).toBe(100 * (30 + 30));
    expect(o.issues.every((i) => i.code === 'JUDGE_OUTLIER')).toBe(true);
  });
});
