/**
 * Properties of the scoring methods (SPEC §8): a panel does not depend on judge column order; a 测评
 * with every vote in one level gives exactly ROUND(分值 × that level's rate); garbage never throws and
 * each bad cell gives exactly one error issue, on that cell; an outcome has a score or an error, never both.
 */
import fc from 'fast-check';
import { scoreDirect, scoreFigure, scoreJudges, scoreLevel, scoreVotes } from '../../../src/engine/compute/methods';
import type { MethodOutcome } from '../../../src/engine/compute/types';
import { excelRound } from '../../../src/engine/math/round';
import { DEFAULT_LEVELS, type LevelRule } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import { ON_SOURCE, cell, cells, indicator, rule, settings } from './method-helpers';

/** Values no method accepts as a count, a judge's score (0..100), a level word or a 实绩 figure. */
const ALWAYS_BAD: CellValue[] = ['12票', '#N/A', { error: '#N/A' }, { error: '#DIV/0!' }, true, false, 'NaN', 'Infinity', '-Infinity', NaN, Infinity, -Infinity, '１２ 票', '=A1', '1e5'];
/** Bad as a count and as a judge's score out of 100, fine as a figure. */
const BAD_COUNT_OR_SCORE: CellValue[] = ['-3', -3, 1e308, -1e308, 1e20];
/** Bad as a judge's score out of 100 only. */
const BAD_SCORE: CellValue[] = ['101', 100.5];
/** Bad as a count, fine as a score and a figure. */
const BAD_COUNT: CellValue[] = [2.5, '2.5', '85.5分'];

/** Issues about the whole panel or vote (on the first cell or the 实到 cell), not about one cell's value. */
const WHOLE = new Set(['MISSING_VALUE', 'JUDGES_TOO_FEW', 'VOTES_EXCEED', 'VOTE_QUORUM']);
const errorsAt = (o: MethodOutcome, col: number) => o.issues.filter((i) => i.severity === 'error' && i.col === col && !WHOLE.has(i.code));
const errorCols = (o: MethodOutcome) => o.issues.filter((i) => i.severity === 'error').map((i) => i.col);

/** A score xor an error (an error issue says why a score is missing). */
const consistent = (o: MethodOutcome): boolean => {
  const errors = o.issues.some((i) => i.severity === 'error');
  return o.score === null ? errors : !errors && Number.isFinite(o.score);
};

/** Each cell: a good value or a garbage one (tagged). */
const slot = (good: fc.Arbitrary<CellValue>, bad: readonly CellValue[]) =>
  fc.oneof(good.map((v) => ({ v, bad: false })), fc.constantFrom(...bad).map((v) => ({ v, bad: true })));

describe('garbage: never throws, one error per bad cell, on that cell', () => {
  it('评委', () => {
    const good = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null));
    fc.assert(fc.property(fc.array(slot(good, [...ALWAYS_BAD, ...BAD_COUNT_OR_SCORE, ...BAD_SCORE]), { minLength: 1, maxLength: 12 }), (panel) => {
      const o = scoreJudges(indicator('述职评议', 100, '评委'), cells(3, panel.map((p) => p.v), '评委'), settings(), ON_SOURCE, 3);
      panel.forEach((p, i) => expect(errorsAt(o, 3 + i).length).toBe(p.bad ? 1 : 0));
      if (panel.some((p) => p.bad)) expect(o.score).toBeNull();
      expect(consistent(o)).toBe(true);
    }));
  });

  it('测评 (counts and 实到)', () => {
    const good = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(null));
    const bad = [...ALWAYS_BAD, ...BAD_COUNT_OR_SCORE, ...BAD_COUNT];
    fc.assert(fc.property(fc.array(slot(good, bad), { minLength: 4, maxLength: 4 }), slot(fc.integer({ min: 0, max: 300 }), bad), (counts, present) => {
      const o = scoreVotes(indicator('民主测评', 20, '测评'), cells(3, counts.map((p) => p.v)), DEFAULT_LEVELS, settings({ badVoteVeto: { num: 1, den: 3 } }), ON_SOURCE, { present: cell(2, present.v), firstCol: 3 });
      counts.forEach((p, i) => expect(errorsAt(o, 3 + i).length).toBe(p.bad ? 1 : 0));
      if (present.bad) expect(errorsAt(o, 2).length).toBe(1);
      if (counts.some((p) => p.bad) || present.bad) {
        expect(o.score).toBeNull();
        expect(o.veto).toBeNull();
      }
      expect(consistent(o)).toBe(true);
    }));
  });

  it('实绩 figure and a per-unit 目标值', () => {
    const good = fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant('85%'), fc.constant('-3'));
    fc.assert(fc.property(slot(good, ALWAYS_BAD), slot(fc.integer({ min: 1, max: 500 }), ALWAYS_BAD), fc.constantFrom('完成率' as const, '逆向' as const), (figure, target, method) => {
      const o = scoreFigure(indicator('实绩', 20, method), method, cell(3, figure.v), { target: cell(4, target.v, '任务数') }, rule(), settings(), ON_SOURCE);
      expect(errorsAt(o, 3).length).toBe(figure.bad ? 1 : 0);
      expect(errorsAt(o, 4).length).toBe(target.bad ? 1 : 0);
      expect(consistent(o)).toBe(true);
    }));
  });

  it('扣分制 count, 定性 word and 直接 score: each garbage value is one error on its cell', () => {
    for (const v of [...ALWAYS_BAD, ...BAD_COUNT_OR_SCORE, ...BAD_COUNT]) {
      expect(errorCols(scoreFigure(indicator('安全生产', 10, '扣分制'), '扣分制', cell(3, v), { perCount: 2 }, rule(), settings(), ON_SOURCE))).toEqual([3]);
      expect(errorCols(scoreLevel(indicator('作风', 10, '定性'), cell(3, v), DEFAULT_LEVELS, settings(), ON_SOURCE))).toEqual([3]);
    }
    for (const v of [...ALWAYS_BAD, ...BAD_COUNT_OR_SCORE, ...BAD_SCORE]) {
      expect(errorCols(scoreDirect(indicator('日常', 100), cell(3, v), settings(), ON_SOURCE))).toEqual([3]);
    }
  });

  it('any value at all: no method throws, and a score comes with no error', () => {
    const any: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null), fc.double(), fc.integer(), fc.string(), fc.string({ unit: 'binary' }), fc.boolean(),
      fc.string().map((error) => ({ error })), fc.constantFrom('好', '较好', ' ８５ ', '85%', '1,234', '#N/A', '９９分'),
    );
    fc.assert(fc.property(fc.array(any, { minLength: 5, maxLength: 9 }), fc.constantFrom('报错' as const, '按0分' as const), (vs, blank) => {
      const s = settings({ blank, badVoteVeto: { num: 1, den: 3 } });
      const first = vs[0] ?? null;
      const outcomes = [
        scoreDirect(indicator('日常', 10), cell(3, first), s, ON_SOURCE),
        scoreLevel(indicator('作风', 10, '定性'), cell(3, first), DEFAULT_LEVELS, s, ON_SOURCE),
        scoreVotes(indicator('测评', 10, '测评'), cells(3, vs.slice(0, 4)), DEFAULT_LEVELS, s, ON_SOURCE, { present: cell(2, vs[4] ?? null), firstCol: 3 }),
        scoreJudges(indicator('评议', 10, '评委'), cells(3, vs, '评委'), s, ON_SOURCE, 3),
        ...(['完成率', '逆向', '功效系数', '扣分制'] as const).map((m) =>
          scoreFigure(indicator('实绩', 10, m), m, cell(3, first), { target: cell(4, vs[1] ?? null), satisfied: cell(4, vs[1] ?? null), disallowed: cell(5, vs[2] ?? null), perCount: cell(4, vs[1] ?? null) }, rule(), s, ON_SOURCE),
        ),
      ];
      for (const o of outcomes) expect(consistent(o)).toBe(true);
    }));
  });
});

describe('评委: the result does not depend on judge column order', () => {
  it('same score, same sentence, same judges flagged, same scores dropped', () => {
    const score = fc.oneof(fc.integer({ min: 0, max: 1000 }).map((t) => t / 10), fc.constant(null));
    fc.assert(fc.property(fc.array(score, { minLength: 1, maxLength: 15 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 15, maxLength: 15 }), fc.integer({ min: 0, max: 2 }), (values, keys, drops) => {
      const s = settings({ dropHighest: drops, dropLowest: drops, judgeMinimum: 2 * drops + 1, judgeDeviation: { num: 1, den: 5 } });
      const ind = indicator('述职评议', 100, '评委');
      const labelled = values.map((v, i) => ({ v, label: `评委${i + 1}` }));
      const shuffled = labelled.map((x, i) => ({ x, k: keys[i] ?? 0 })).sort((a, b) => a.k - b.k).map((e) => e.x);
      const run = (list: typeof labelled) => scoreJudges(ind, list.map((x, i) => cell(3 + i, x.v, x.label)), s, ON_SOURCE, 3);
      const a = run(labelled);
      const b = run(shuffled);
      expect(b.score).toBe(a.score);
      expect(b.detail?.text).toBe(a.detail?.text);
      // JUDGE_OUTLIER is per judge (follows its label); a blank or JUDGES_TOO_FEW is on the first column, whoever is there.
      const flagged = (o: MethodOutcome, list: typeof labelled) => o.issues.map((i) => (i.code === 'JUDGE_OUTLIER' ? `${i.code} ${list[(i.col ?? 0) - 3]?.label ?? ''}` : i.code)).sort();
      expect(flagged(b, shuffled)).toEqual(flagged(a, labelled));
      const droppedScores = (o: MethodOutcome) => (o.detail?.judges ?? []).filter((j) => j.dropped).map((j) => `${j.dropped} ${j.score}`).sort();
      expect(droppedScores(b)).toEqual(droppedScores(a));
    }));
  });
});

describe('测评: all votes in one level give exactly ROUND(分值 × that level’s rate)', () => {
  const rate = fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((p) => ({ num: p, den: 100 })),
    fc.integer({ min: 1, max: 9 }).chain((den) => fc.integer({ min: 0, max: den }).map((num) => ({ num, den }))),
    fc.integer({ min: 0, max: 1000 }).map((p) => ({ num: p, den: 1000 })),
  );
  it('for any rates, level, count, 分值 and 小数位', () => {
    fc.assert(fc.property(fc.array(rate, { minLength: 2, maxLength: 6 }), fc.nat(), fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (rates, pick, count, max, decimals, blanks) => {
      const levels: LevelRule[] = rates.map((r, i) => ({ word: `L${i}`, rate: r, cell: { row: i, col: 1 } }));
      const at = pick % levels.length;
      const counts = levels.map((_, i) => (i === at ? count : blanks ? null : 0));
      const o = scoreVotes(indicator('测评', max, '测评'), cells(3, counts), levels, settings({ decimals }), ON_SOURCE, { firstCol: 3 });
      const r = rates[at] ?? { num: 0, den: 1 };
      expect(o.score).toBe(excelRound((max * r.num) / r.den, decimals));
    }), { numRuns: 500 });
  });
});
