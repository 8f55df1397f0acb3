/** SPEC §8.2: `定性` — a level word of 【等级分】; score = ROUND(分值 × 得分率, 小数位). */
import { scoreLevel } from '../../../src/engine/compute/methods';
import { DEFAULT_LEVELS, type LevelRule } from '../../../src/engine/model/scheme';
import { ON_DATA, ON_SOURCE, cell, indicator, issuesOf, settings } from './method-helpers';

const ind = indicator('作风建设', 10, '定性');
const at = (row: number) => ({ row, col: 1 });
/** A 【等级分】 of the scheme: A 100%, B 2/3, C 85%, D 0. */
const LETTERS: LevelRule[] = [
  { word: 'A', rate: { num: 100, den: 100 }, cell: at(30) },
  { word: 'B', rate: { num: 2, den: 3 }, cell: at(31) },
  { word: 'C', rate: { num: 85, den: 100 }, cell: at(32) },
  { word: 'D', rate: { num: 0, den: 100 }, cell: at(33) },
];

describe('scoreLevel', () => {
  it('较好 of the default levels: 10 × 80% = 8, with the detail', () => {
    const o = scoreLevel(ind, cell(4, '较好'), DEFAULT_LEVELS, settings(), ON_SOURCE);
    expect(o).toEqual({
      score: 8,
      detail: { indicator: '作风建设', method: '定性', text: '定性“较好”（80%）', cell: '民主测评!E11', word: '较好' },
      issues: [],
      veto: null,
    });
  });

  it('words are folded: spaces, line breaks, full width, case', () => {
    expect(scoreLevel(ind, cell(4, ' 一 般\n'), DEFAULT_LEVELS, settings(), ON_SOURCE).score).toBe(6); // 10 × 60%
    expect(scoreLevel(ind, cell(4, 'ａ'), LETTERS, settings(), ON_SOURCE).score).toBe(10);
  });

  it('ROUND(分值 × 得分率, 小数位): =ROUND(10*2/3,2) = 6.67; =ROUND(7*85%,2) = 5.95; =ROUND(7*85%,1) = 6 (5.95 up)', () => {
    const b = scoreLevel(ind, cell(4, 'B'), LETTERS, settings(), ON_SOURCE);
    expect(b.score).toBe(6.67);
    expect(b.detail?.text).toBe('定性“B”（2/3）');
    const seven = indicator('作风建设', 7, '定性');
    expect(scoreLevel(seven, cell(4, 'C'), LETTERS, settings(), ON_SOURCE).score).toBe(5.95);
    expect(scoreLevel(seven, cell(4, 'C'), LETTERS, settings({ decimals: 1 }), ON_SOURCE).score).toBe(6);
    expect(scoreLevel(seven, cell(4, 'D'), LETTERS, settings(), ON_SOURCE).score).toBe(0);
  });

  it.each([['优秀', '优秀'], [90, '90'], [true, 'TRUE']])('%p is UNKNOWN_LEVEL listing the allowed words', (v, shown) => {
    const o = scoreLevel(ind, cell(4, v), DEFAULT_LEVELS, settings(), ON_SOURCE);
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([['UNKNOWN_LEVEL', 'error', 'E11', '民主测评!E11']]);
    expect(o.issues[0]?.message).toBe(`民主测评!E11：“城关镇党委”的“作风建设”填了“${shown}”，不是可用的等级。可用的等级：好、较好、一般、差。请改为其中之一（或在考核方案【等级分】中加上这个等级）。`);
  });

  it.each([[{ error: '#N/A' }], ['#n/a'], ['#REF!']])('%p is EXCEL_ERROR', (v) => {
    const o = scoreLevel(ind, cell(4, v), DEFAULT_LEVELS, settings(), ON_DATA);
    expect(issuesOf(o)).toEqual([['EXCEL_ERROR', 'error', 'E7', undefined]]);
  });

  it('an empty cell: MISSING_VALUE (error, names the words) or 0 under 按0分', () => {
    const strict = scoreLevel(ind, cell(4, null), DEFAULT_LEVELS, settings(), ON_SOURCE);
    expect(strict.score).toBeNull();
    expect(issuesOf(strict)).toEqual([['MISSING_VALUE', 'error', 'E11', '民主测评!E11']]);
    expect(strict.issues[0]?.message).toContain('请填写等级（好、较好、一般、差）。');
    const lenient = scoreLevel(ind, cell(4, ''), DEFAULT_LEVELS, settings({ blank: '按0分' }), ON_SOURCE);
    expect(lenient.score).toBe(0);
    expect(issuesOf(lenient)).toEqual([['MISSING_VALUE', 'warning', 'E11', '民主测评!E11']]);
  });
});
