/**
 * SPEC §8.5: 实绩 figures. The figure in D11 of 民主测评 (the indicator's sheet here), a per-unit
 * parameter in E11 (F11 for a second one). Each expected value is the formula worked by hand, with
 * Excel's ROUND to 小数位 (2 unless said).
 */
import { scoreFigure, type FigureMethod, type FigureParams } from '../../../src/engine/compute/methods';
import type { Ratio, Settings } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import { ON_SOURCE, cell, indicator, issuesOf, rule, settings } from './method-helpers';

const run = (method: FigureMethod, figure: CellValue, params: FigureParams, opts: { max?: number; cap?: Ratio; over?: Partial<Settings> } = {}) =>
  scoreFigure(indicator('招商引资', opts.max ?? 20, method), method, cell(3, figure), params, rule({ cap: opts.cap ?? { num: 100, den: 100 } }), settings(opts.over), ON_SOURCE);
const perUnit = (v: CellValue, label = '任务数') => cell(4, v, label);

describe('完成率: 分值 × min(max(实际, 0) / 目标值, 封顶)', () => {
  it('=ROUND(20*29/32,2): 18.125 → 18.13 (half away from zero)', () => {
    const o = run('完成率', 29, { target: 32 });
    expect(o.score).toBe(18.13);
    expect(o.detail).toEqual({ indicator: '招商引资', method: '完成率', text: '实际 29 ÷ 目标 32 = 90.63%', cell: '民主测评!D11', figure: 29, params: { 目标值: 32, 封顶: 1 } });
    expect(o.issues).toEqual([]);
  });
  it('45 of 50 → 18, `实际 45 ÷ 目标 50 = 90%`', () => {
    const o = run('完成率', 45, { target: 50 });
    expect(o.score).toBe(18);
    expect(o.detail?.text).toBe('实际 45 ÷ 目标 50 = 90%');
  });
  it('封顶 120%: 60 of 50 → 24 (above 分值, not OUT_OF_RANGE); 70 of 50 → 140% capped → 24', () => {
    const cap = { num: 120, den: 100 };
    expect(run('完成率', 60, { target: 50 }, { cap }).score).toBe(24);
    const o = run('完成率', 70, { target: 50 }, { cap });
    expect(o.score).toBe(24);
    expect(o.detail?.text).toBe('实际 70 ÷ 目标 50 = 140%，封顶 120%');
    expect(run('完成率', 70, { target: 50 }).score).toBe(20); // default 封顶 100%
  });
  it('a negative figure counts as 0; percent text is read (85% ÷ 90% → =ROUND(20*0.85/0.9,2) = 18.89) with TEXT_NUMBER', () => {
    expect(run('完成率', -5, { target: 50 }).score).toBe(0);
    const o = run('完成率', '85%', { target: 0.9 });
    expect(o.score).toBe(18.89);
    expect(o.detail?.figure).toBe(0.85);
    expect(issuesOf(o)).toEqual([['TEXT_NUMBER', 'warning', 'D11', '民主测评!D11']]);
  });
  it('a per-unit 目标值 is read like the figure: 任务数 ４０ → 45/40 capped → 20', () => {
    const o = run('完成率', 45, { target: perUnit('４０') });
    expect(o.score).toBe(20);
    expect(issuesOf(o)).toEqual([['TEXT_NUMBER', 'warning', 'E11', '民主测评!E11']]);
  });
  it.each<[CellValue, string]>([[0, 'BAD_TARGET'], [-10, 'BAD_TARGET'], ['0%', 'BAD_TARGET'], [null, 'MISSING_VALUE'], ['待定', 'NOT_A_NUMBER'], [{ error: '#REF!' }, 'EXCEL_ERROR']])(
    'per-unit 目标值 %p → %s on its cell E11, no score',
    (v, code) => {
      const o = run('完成率', 45, { target: perUnit(v) });
      expect(o.score).toBeNull();
      expect(issuesOf(o).filter((i) => i[1] === 'error')).toEqual([[code, 'error', 'E11', '民主测评!E11']]);
    },
  );
  it('the messages of BAD_TARGET and of an empty per-unit cell', () => {
    expect(run('完成率', 45, { target: perUnit(0) }).issues[0]?.message).toBe('民主测评!E11：“城关镇党委”的“招商引资”目标值为 0，应大于 0，无法计算得分。请填写正确的目标值。');
    expect(run('完成率', 45, { target: perUnit(null) }).issues[0]?.message).toBe('民主测评!E11：“城关镇党委”的“任务数”为空。请填写该单位的目标值（考核方案【计分规则】中“招商引资”的目标值取自这一列）。');
  });
  it('an empty per-unit cell is MISSING_VALUE even under 按0分', () => {
    expect(issuesOf(run('完成率', 45, { target: perUnit('') }, { over: { blank: '按0分' } }))).toEqual([['MISSING_VALUE', 'error', 'E11', '民主测评!E11']]);
  });
});

describe('the figure: blank, bad', () => {
  it('blank: MISSING_VALUE error (报错); 0 with a warning (按0分)', () => {
    expect(issuesOf(run('完成率', null, { target: 50 }))).toEqual([['MISSING_VALUE', 'error', 'D11', '民主测评!D11']]);
    const o = run('逆向', '', { target: 5 }, { over: { blank: '按0分' } });
    expect(o.score).toBe(0);
    expect(issuesOf(o)).toEqual([['MISSING_VALUE', 'warning', 'D11', '民主测评!D11']]);
    expect(o.detail?.text).toBe('空白，按 0 分计');
  });
  it.each<[CellValue, string]>([['约45', 'NOT_A_NUMBER'], [true, 'NOT_A_NUMBER'], [{ error: '#DIV/0!' }, 'EXCEL_ERROR'], ['#div/0!', 'EXCEL_ERROR']])('%p → %s on D11', (v, code) => {
    expect(issuesOf(run('功效系数', v, { satisfied: 8, disallowed: 0 }))).toEqual([[code, 'error', 'D11', '民主测评!D11']]);
  });
  it('a bad figure and a bad parameter: both reported, in column order', () => {
    expect(issuesOf(run('完成率', 'x', { target: perUnit(0) })).map((i) => i[0])).toEqual(['NOT_A_NUMBER', 'BAD_TARGET']);
    expect(issuesOf(run('完成率', 'x', { target: perUnit('y') })).map((i) => i[2])).toEqual(['D11', 'E11']);
  });
  it('an empty figure beside a bad parameter: both reported under 报错 (every bad cell an issue); under 按0分 the blank is no error and only the parameter is', () => {
    expect(issuesOf(run('完成率', null, { target: perUnit(0) }))).toEqual([['MISSING_VALUE', 'error', 'D11', '民主测评!D11'], ['BAD_TARGET', 'error', 'E11', '民主测评!E11']]);
    expect(issuesOf(run('完成率', null, { target: perUnit(null) })).map((i) => i[2])).toEqual(['D11', 'E11']);
    expect(issuesOf(run('完成率', null, { target: perUnit(0) }, { over: { blank: '按0分' } }))).toEqual([['BAD_TARGET', 'error', 'E11', '民主测评!E11']]);
  });
});

describe('逆向: 分值 × min(目标值 / 实际, 封顶); 分值 × 封顶 when 实际 ≤ 0', () => {
  it('目标 5: 实际 8 → 20 × 0.625 = 12.5; 实际 4 → 125% capped → 20; 实际 3 with 封顶 120% → 24 (166.67% capped)', () => {
    expect(run('逆向', 8, { target: 5 }).score).toBe(12.5);
    const o = run('逆向', 4, { target: 5 });
    expect(o.score).toBe(20);
    expect(o.detail?.text).toBe('目标 5 ÷ 实际 4 = 125%，封顶 100%');
    expect(run('逆向', 3, { target: 5 }, { cap: { num: 120, den: 100 } }).score).toBe(24);
  });
  it('实际 0 or negative → 分值 × 封顶', () => {
    const o = run('逆向', 0, { target: 5 });
    expect(o.score).toBe(20);
    expect(o.detail?.text).toBe('实际 0（不大于 0），按封顶 100% 计');
    expect(run('逆向', -2, { target: 5 }, { cap: { num: 110, den: 100 } }).score).toBe(22);
  });
  it('=ROUND(20*7/9,2) = 15.56', () => {
    expect(run('逆向', 9, { target: 7 }).score).toBe(15.56);
  });
  it('per-unit 目标值 ≤ 0 → BAD_TARGET on its cell', () => {
    expect(issuesOf(run('逆向', 9, { target: perUnit(-1) }))).toEqual([['BAD_TARGET', 'error', 'E11', '民主测评!E11']]);
  });
});

describe('功效系数: 分值 × min(max(0.6 + 0.4 × (实际 − 不允许值) / (满意值 − 不允许值), 0), 封顶)', () => {
  const p = { satisfied: 8, disallowed: 0 };
  it('=ROUND(10*(0.6+0.4*4.3/8),1): 8.1499999… in doubles → 8.2 (15 digits first)', () => {
    const o = run('功效系数', 4.3, p, { max: 10, over: { decimals: 1 } });
    expect(o.score).toBe(8.2);
    expect(o.detail?.text).toBe('0.6 + 0.4 ×（实际 4.3 − 不允许值 0）÷（满意值 8 − 不允许值 0）= 81.5%');
    expect(o.detail?.params).toEqual({ 满意值: 8, 不允许值: 0, 封顶: 1 });
  });
  it('at 不允许值 → 60%; below it falls to 0; above 满意值 it is capped', () => {
    expect(run('功效系数', 0, p, { max: 10 }).score).toBe(6);
    expect(run('功效系数', -10, p, { max: 10 }).score).toBe(1); // 0.6 + 0.4 × (−10)/8 = 0.1
    expect(run('功效系数', -20, p, { max: 10 }).score).toBe(0); // 0.6 − 1 = −0.4 → 0
    expect(run('功效系数', 20, p, { max: 10 }).score).toBe(10); // 1.6 → 封顶 100%
    expect(run('功效系数', 20, p, { max: 10, cap: { num: 120, den: 100 } }).score).toBe(12);
  });
  it('满意值 below 不允许值 means lower is better: 满意 2, 不允许 10, 实际 6 → 0.6 + 0.4 × (−4)/(−8) = 0.8 → 8', () => {
    expect(run('功效系数', 6, { satisfied: 2, disallowed: 10 }, { max: 10 }).score).toBe(8);
  });
  it('per-unit 满意值 = 不允许值 → BAD_TARGET on the 满意值 cell', () => {
    const o = run('功效系数', 6, { satisfied: perUnit(5, '满意值'), disallowed: cell(5, '5') });
    expect(issuesOf(o)).toEqual([['BAD_TARGET', 'error', 'E11', '民主测评!E11'], ['TEXT_NUMBER', 'warning', 'F11', '民主测评!F11']]);
    expect(o.issues[0]?.message).toContain('满意值为 5，与不允许值 5 相同');
  });
});

describe('扣分制: max(分值 − 每次扣分 × count, 0); a count is a whole number ≥ 0, empty = 0', () => {
  const p = { perCount: 2 };
  it('3 times × 2 → 10 − 6 = 4; empty → 10; 6 times → 0 (扣完为止)', () => {
    const o = run('扣分制', 3, p, { max: 10 });
    expect(o.score).toBe(4);
    expect(o.detail?.text).toBe('3 次 × 每次扣 2 分 = 扣 6 分');
    expect(run('扣分制', null, p, { max: 10 }).score).toBe(10);
    expect(run('扣分制', null, p, { max: 10 }).issues).toEqual([]);
    const all = run('扣分制', 6, p, { max: 10 });
    expect(all.score).toBe(0);
    expect(all.detail?.text).toBe('6 次 × 每次扣 2 分 = 扣 12 分，扣完为止');
  });
  it('=ROUND(10-0.3*7,2) = 7.9', () => {
    expect(run('扣分制', 7, { perCount: 0.3 }, { max: 10 }).score).toBe(7.9);
  });
  it.each<[CellValue, string]>([['3次', 'NOT_A_NUMBER'], [2.5, 'NOT_A_NUMBER'], [-1, 'NOT_A_NUMBER'], ['50%', 'NOT_A_NUMBER'], [{ error: '#N/A' }, 'EXCEL_ERROR']])('count %p → %s on D11', (v, code) => {
    const o = run('扣分制', v, p, { max: 10 });
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([[code, 'error', 'D11', '民主测评!D11']]);
  });
  it('the message names what the cell should hold', () => {
    expect(run('扣分制', '3次', p, { max: 10 }).issues[0]?.message).toBe('民主测评!D11：“3次”不是有效的发生次数。发生次数应为 0 或正整数，请只填数字。');
    expect(run('完成率', '约45', { target: 50 }).issues[0]?.message).toBe('民主测评!D11：“约45”不是数字。请改为数字（实际数值，可带 %）。');
  });
  it('a per-unit 每次扣分 below 0 → BAD_TARGET on its cell', () => {
    expect(issuesOf(run('扣分制', 1, { perCount: perUnit(-2, '每次扣分') }, { max: 10 }))).toEqual([['BAD_TARGET', 'error', 'E11', '民主测评!E11']]);
  });
});

describe('parameters the scheme should have given (never computed without them)', () => {
  it('numbers so large the formula overflows (1e308 − (−1e308)) are BAD_TARGET on the figure cell, never NaN', () => {
    const o = run('功效系数', 1e308, { satisfied: cell(4, 1e308), disallowed: cell(5, -1e308) });
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([['BAD_TARGET', 'error', 'D11', '民主测评!D11']]);
  });
  it('a missing or non-finite constant is BAD_TARGET on the figure cell', () => {
    expect(issuesOf(run('完成率', 45, {}))).toEqual([['BAD_TARGET', 'error', 'D11', '民主测评!D11']]);
    expect(issuesOf(run('功效系数', 45, { satisfied: NaN, disallowed: 0 }))).toEqual([['BAD_TARGET', 'error', 'D11', '民主测评!D11']]);
    expect(issuesOf(run('完成率', 45, { target: 0 })).map((i) => i[0])).toEqual(['BAD_TARGET']);
  });
});
