/** SPEC §1.2 / §8.1: `直接` scores on a 来源表, read like read-units reads a data-sheet score. */
import { scoreDirect } from '../../../src/engine/compute/methods';
import { ON_DATA, ON_SOURCE, cell, indicator, issuesOf, settings } from './method-helpers';

const ind = indicator('日常考核', 10);

describe('scoreDirect', () => {
  it('a number in 0..分值 is the score as read (no ROUND), no issue, no detail', () => {
    const o = scoreDirect(ind, cell(3, 8.125), settings(), ON_SOURCE);
    expect(o).toEqual({ score: 8.125, detail: null, issues: [], veto: null });
    expect(scoreDirect(ind, cell(3, 0), settings(), ON_SOURCE).score).toBe(0);
    expect(scoreDirect(ind, cell(3, 10), settings(), ON_SOURCE).score).toBe(10);
  });

  it('text numbers are accepted with TEXT_NUMBER on the source cell (民主测评!D11)', () => {
    const o = scoreDirect(ind, cell(3, '９．５分'), settings(), ON_SOURCE);
    expect(o.score).toBe(9.5);
    expect(issuesOf(o)).toEqual([['TEXT_NUMBER', 'warning', 'D11', '民主测评!D11']]);
    const issue = o.issues[0];
    expect(issue).toMatchObject({ sheet: '民主测评', row: 10, col: 3, unit: '城关镇党委', unitRow: 6 });
    expect(issue?.message.startsWith('民主测评!D11：')).toBe(true);
  });

  it('on the data sheet an issue names the plain cell and has no `where`', () => {
    const o = scoreDirect(ind, cell(3, '9'), settings(), ON_DATA);
    expect(issuesOf(o)).toEqual([['TEXT_NUMBER', 'warning', 'D7', undefined]]);
    expect(o.issues[0]?.message.startsWith('D7：')).toBe(true);
  });

  it.each([
    [11, 'OUT_OF_RANGE'],
    [-1, 'OUT_OF_RANGE'],
    ['85%', 'NOT_A_NUMBER'],
    [true, 'NOT_A_NUMBER'],
    ['优秀', 'NOT_A_NUMBER'],
    [{ error: '#DIV/0!' }, 'EXCEL_ERROR'],
    ['#N/A', 'EXCEL_ERROR'],
  ])('%p → %s on 民主测评!D11, no score', (v, code) => {
    const o = scoreDirect(ind, cell(3, v), settings(), ON_SOURCE);
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([[code, 'error', 'D11', '民主测评!D11']]);
  });

  it('a text number out of range: TEXT_NUMBER then OUT_OF_RANGE, as read-units does', () => {
    const o = scoreDirect(ind, cell(3, '12'), settings(), ON_SOURCE);
    expect(o.issues.map((i) => i.code)).toEqual(['TEXT_NUMBER', 'OUT_OF_RANGE']);
    expect(o.issues[1]?.message).toContain('应在 0 到 10 之间');
  });

  it('an empty cell: MISSING_VALUE error under 报错, 0 with a MISSING_VALUE warning under 按0分', () => {
    const strict = scoreDirect(ind, cell(3, null), settings(), ON_SOURCE);
    expect(strict.score).toBeNull();
    expect(issuesOf(strict)).toEqual([['MISSING_VALUE', 'error', 'D11', '民主测评!D11']]);
    expect(strict.issues[0]?.message).toBe('民主测评!D11：“城关镇党委”的“日常考核”为空。请填写 0 到 10 之间的得分；若确为 0 分请填 0。');
    const lenient = scoreDirect(ind, cell(3, '  '), settings({ blank: '按0分' }), ON_SOURCE);
    expect(lenient.score).toBe(0);
    expect(issuesOf(lenient)).toEqual([['MISSING_VALUE', 'warning', 'D11', '民主测评!D11']]);
  });
});
