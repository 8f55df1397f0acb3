/**
 * SPEC §8.3: `测评` — 民主测评 votes. Counts in D..G (好 较好 一般 差) of 民主测评 row 11; 实到 in C11,
 * 应到 in B11. score = ROUND(分值 × Σ(count × 得分率) / votes, 小数位).
 */
import { scoreVotes, type VoteExtra } from '../../../src/engine/compute/methods';
import { DEFAULT_LEVELS, type LevelRule, type Settings } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import { ON_SOURCE, cell, cells, indicator, issuesOf, settings } from './method-helpers';

const ind = indicator('民主测评', 20, '测评');
const run = (counts: readonly CellValue[], over: Partial<Settings> = {}, extra: Partial<VoteExtra> = {}, levels: readonly LevelRule[] = DEFAULT_LEVELS) =>
  scoreVotes(ind, cells(3, counts), levels, settings(over), ON_SOURCE, { firstCol: 3, ...extra });
const present = (v: CellValue) => ({ present: cell(2, v) });
const both = (p: CellValue, e: CellValue) => ({ present: cell(2, p), expected: cell(1, e) });

describe('scoreVotes — the score', () => {
  it('好 30，较好 8，一般 2，差 0: =ROUND(20*(30*1+8*0.8+2*0.6+0*0)/40,2) = 18.8, with the detail', () => {
    const o = run([30, 8, 2, 0]);
    expect(o).toEqual({
      score: 18.8,
      detail: {
        indicator: '民主测评', method: '测评', text: '好 30，较好 8，一般 2，差 0，共 40 票', cell: '民主测评!D11:G11',
        votes: [{ level: '好', count: 30 }, { level: '较好', count: 8 }, { level: '一般', count: 2 }, { level: '差', count: 0 }],
      },
      issues: [],
      veto: null,
    });
  });

  it('=ROUND(20*(25*1+10*0.8+3*0.6+1*0)/39,2) = ROUND(17.846…,2) = 17.85', () => {
    expect(run([25, 10, 3, 1]).score).toBe(17.85);
    expect(run([25, 10, 3, 1], { decimals: 0 }).score).toBe(18);
  });

  it('rates over mixed denominators: 优 100%, 良 2/3, 差 0 — =ROUND(9*(1*1+2*2/3)/3,2) = 7', () => {
    const levels: LevelRule[] = [
      { word: '优', rate: { num: 1, den: 1 }, cell: { row: 1, col: 1 } },
      { word: '良', rate: { num: 2, den: 3 }, cell: { row: 2, col: 1 } },
      { word: '差', rate: { num: 0, den: 100 }, cell: { row: 3, col: 1 } },
    ];
    const nine = indicator('民主测评', 9, '测评');
    const o = scoreVotes(nine, cells(3, [1, 2, 0]), levels, settings(), ON_SOURCE, { firstCol: 3 });
    expect(o.score).toBe(7);
    expect(o.detail?.text).toBe('优 1，良 2，差 0，共 3 票');
  });

  it('an empty count is 0 votes; a text count is read with TEXT_NUMBER', () => {
    expect(run([30, null, '', 0]).score).toBe(20);
    const o = run(['３０', 8, 2, 0]);
    expect(o.score).toBe(18.8);
    expect(issuesOf(o)).toEqual([['TEXT_NUMBER', 'warning', 'D11', '民主测评!D11']]);
  });
});

describe('scoreVotes — bad counts', () => {
  it.each<[CellValue, string]>([
    ['12票', 'VOTE_INVALID'], ['-3', 'VOTE_INVALID'], [-3, 'VOTE_INVALID'], [2.5, 'VOTE_INVALID'], ['2.5', 'VOTE_INVALID'],
    [true, 'VOTE_INVALID'], ['50%', 'VOTE_INVALID'], [1e20, 'VOTE_INVALID'], [{ error: '#N/A' }, 'EXCEL_ERROR'], ['#N/A', 'EXCEL_ERROR'],
  ])('较好 = %p → %s on 民主测评!E11, no score', (v, code) => {
    const o = run([30, v, 2, 0]);
    expect(o.score).toBeNull();
    expect(o.veto).toBeNull();
    expect(issuesOf(o)).toEqual([[code, 'error', 'E11', '民主测评!E11']]);
  });

  it('VOTE_INVALID names the level and the value', () => {
    expect(run([30, '12票', 2, 0]).issues[0]?.message).toBe('民主测评!E11：“城关镇党委”的“较好”票数“12票”不是有效的人数或票数。请填写 0 或正整数（只填数字，不带“票”“人”字）。');
  });
});

describe('scoreVotes — no votes is a blank (on the first cell under the header)', () => {
  it('报错: MISSING_VALUE error on D11', () => {
    const o = run([null, 0, '', null]);
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([['MISSING_VALUE', 'error', 'D11', '民主测评!D11']]);
  });
  it('按0分: 0 with a MISSING_VALUE warning; the detail says so', () => {
    const o = run([0, 0, 0, 0], { blank: '按0分' }, { firstCol: 2 });
    expect(o.score).toBe(0);
    expect(issuesOf(o)).toEqual([['MISSING_VALUE', 'warning', 'C11', '民主测评!C11']]);
    expect(o.detail?.text).toBe('好 0，较好 0，一般 0，差 0，共 0 票，按 0 分计');
  });
});

describe('scoreVotes — 实到 / 应到', () => {
  it('votes ≤ 实到 is fine; votes > 实到 is VOTES_EXCEED on the 实到 cell', () => {
    expect(run([30, 8, 2, 0], {}, present(40)).issues).toEqual([]);
    const o = run([30, 8, 2, 0], {}, present(39));
    expect(o.score).toBeNull();
    expect(issuesOf(o)).toEqual([['VOTES_EXCEED', 'error', 'C11', '民主测评!C11']]);
    expect(o.issues[0]?.message).toBe('民主测评!C11：“城关镇党委”的“民主测评”各档票数合计 40 票，多于实到 39 人。请核对各档票数和实到人数。');
  });

  it('an empty 实到 is MISSING_VALUE; text is VOTE_INVALID; both on C11', () => {
    expect(issuesOf(run([30, 8, 2, 0], { votePresentColumn: '实到人数' }, present(null)))).toEqual([['MISSING_VALUE', 'error', 'C11', '民主测评!C11']]);
    expect(issuesOf(run([30, 8, 2, 0], {}, present('四十')))).toEqual([['VOTE_INVALID', 'error', 'C11', '民主测评!C11']]);
    expect(issuesOf(run([1, 0, 0, 0], {}, both(1, '')))).toEqual([['MISSING_VALUE', 'error', 'B11', '民主测评!B11']]);
  });

  it('quorum 2/3 (default), exactly: 26 of 39 is valid (26 × 3 = 2 × 39); 25 of 38 is not (75 < 76)', () => {
    const ok = run([20, 4, 2, 0], {}, both(26, 39));
    expect(ok.issues).toEqual([]);
    expect(ok.score).toBe(18.77); // =ROUND(20*(20*1+4*0.8+2*0.6)/26,2) = ROUND(18.769…,2)
    const short = run([20, 4, 1, 0], {}, both(25, 38));
    expect(short.score).toBeNull();
    expect(issuesOf(short)).toEqual([['VOTE_QUORUM', 'error', 'C11', '民主测评!C11']]);
    expect(short.issues[0]?.message).toBe('民主测评!C11：“城关镇党委”实到 25 人，少于应到 38 人的 2/3（【基本设置】测评最低参评率），这次测评无效。请核对人数，或按规定重新组织测评。');
  });

  it('quorum 80%: 40 of 50 is valid, 39 of 50 is not', () => {
    const rate = { voteQuorum: { num: 80, den: 100 } };
    expect(run([30, 8, 2, 0], rate, both(40, 50)).issues).toEqual([]);
    expect(issuesOf(run([30, 8, 1, 0], rate, both(39, 50)))).toEqual([['VOTE_QUORUM', 'error', 'C11', '民主测评!C11']]);
  });

  it('VOTES_EXCEED and VOTE_QUORUM can both hold (two errors on the 实到 cell)', () => {
    expect(run([30, 8, 2, 0], {}, both(30, 50)).issues.map((i) => i.code)).toEqual(['VOTES_EXCEED', 'VOTE_QUORUM']);
  });
});

describe('scoreVotes — 差票否决 (lowest level above 差票否决比例 of the votes, exactly)', () => {
  const third = { badVoteVeto: { num: 1, den: 3 } };
  it('差 13 of 39 is exactly 1/3: not over the 1/3 line, no veto', () => {
    expect(run([20, 4, 2, 13], third).veto).toBeNull();
  });
  it('差 14 of 40 is over 1/3 (14 × 3 = 42 > 40): veto 取消评优 on the 差 cell', () => {
    const o = run([20, 4, 2, 14], third);
    expect(o.veto).toEqual({ column: '民主测评', effect: '取消评优', reason: '差票 14/40', cell: '民主测评!G11', source: '差票' });
    expect(o.score).toBe(12.2); // =ROUND(20*(20*1+4*0.8+2*0.6+14*0)/40,2): the vetoed unit keeps its score
  });
  it('the effect is 差票否决效果; a 30% line: 12 of 40 is not over, 13 of 40 is', () => {
    const line = { badVoteVeto: { num: 3, den: 10 }, badVoteEffect: '定为末等' as const };
    expect(run([20, 6, 2, 12], line).veto).toBeNull();
    expect(run([20, 5, 2, 13], line).veto).toMatchObject({ effect: '定为末等', reason: '差票 13/40' });
  });
  it('no veto without 差票否决比例, nor for an invalid vote', () => {
    expect(run([0, 0, 0, 40]).veto).toBeNull();
    const o = run([0, 0, 0, 40], third, both(40, 100));
    expect(o.issues.map((i) => i.code)).toEqual(['VOTE_QUORUM']);
    expect(o.veto).toBeNull();
  });
});
