/**
 * The fused fast paths of the computed methods (src/engine/compute/fused/judges.ts, votes.ts, figure.ts) against
 * the plain methods they stand for: on any row — clean, garbage, blank, outliers, vetoes — the fast
 * path either says NaN (the step then runs the plain method) or gives exactly the plain method's score,
 * and then the plain method has no issue, no veto and a detail kept for later. Plus hand-worked cases,
 * and a check that the fast path does take the clean rows (else it would be dead code).
 */
import { commonDenominator } from '../../../src/engine/compute/methods/vote-score';
import fc from 'fast-check';
import { scoreFigure, scoreJudges, scoreVotes } from '../../../src/engine/compute/methods';
import { DETAIL_LATER, type MethodOutcome, type UnitPlace } from '../../../src/engine/compute/types';
import { DEFAULT_LEVELS, ratioValue, type LevelRule, type Settings } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import type { GivenCell } from '../../../src/engine/compute/types';
import { EMPTY, packValue } from '../../../src/engine/compute/packed';
import { judgeLine, judgesClean } from '../../../src/engine/compute/fused/judges';
import { votesClean } from '../../../src/engine/compute/fused/votes';
import { figureClean, figureLine } from '../../../src/engine/compute/fused/figure';
import { ON_SOURCE, cell, cells, indicator, rule, settings } from './method-helpers';

const LATER: UnitPlace = { ...ON_SOURCE, deferDetail: true };

/** The packed row (compute/packed.ts) the given cells sit on (cell c at `c.col`; the other columns empty): what the fast paths read. */
function rowOf(...given: ReadonlyArray<GivenCell | undefined>): Float64Array {
  const row = new Float64Array(Math.max(0, ...given.map((c) => (c ? c.col + 1 : 0)))).fill(EMPTY);
  for (const c of given) if (c) row[c.col] = packValue(c.value);
  return row;
}
const GARBAGE: CellValue[] = ['', ' ', '85', '８５', '85%', '12票', { error: '#N/A' }, true, NaN, Infinity, -1, -0, 1e308, 2.5, 101, 100.5, '-3'];

/** fast === plain's score with nothing else to say, or fast is NaN. Returns whether the fast path took it. */
function agrees(fast: number, plain: MethodOutcome): boolean {
  if (Number.isNaN(fast)) return false;
  expect(plain.issues).toEqual([]);
  expect(plain.veto).toBeNull();
  expect(plain.detail).toBe(DETAIL_LATER);
  expect(Object.is(plain.score, fast)).toBe(true);
  return true;
}

const ratio = fc.oneof(fc.constant({ num: 1, den: 3 }), fc.constant({ num: 1, den: 5 }), fc.integer({ min: 1, max: 40 }).map((p) => ({ num: p, den: 100 })));
const judgeSettings = fc.record({
  dropHighest: fc.integer({ min: 0, max: 2 }), dropLowest: fc.integer({ min: 0, max: 2 }), judgeMinimum: fc.integer({ min: 0, max: 6 }),
  judgeDeviation: ratio, judgeFullMark: fc.constantFrom(null, 10, 100), decimals: fc.integer({ min: 0, max: 3 }), blank: fc.constantFrom('报错' as const, '按0分' as const),
});

describe('评委', () => {
  const run = (values: readonly CellValue[], over: Partial<Settings>, max = 20) => {
    const s = settings({ judgeFullMark: 100, ...over });
    const ind = indicator('述职评议', max, '评委');
    const judges = cells(3, values, '评委');
    return { fast: judgesClean(rowOf(...judges), 0, judgeLine(ind, s, judges.map((j) => j.col))), plain: scoreJudges(ind, judges, s, LATER, 3) };
  };

  it('a clean panel: 9 judges, drop 95 and 70, mean of the other 7 = 602/7; ROUND(20 × 86.0 / 100, 2) = 17.2', () => {
    // (80 + 85 + 90 + 88 + 86 + 84 + 89) / 7 = 602 / 7 = 86; 20 × 86 / 100 = 17.2
    const { fast, plain } = run([80, 85, 90, 95, 70, 88, 86, 84, 89], {});
    expect(fast).toBe(17.2);
    expect(agrees(fast, plain)).toBe(true);
  });

  it('an absent judge is clean; a 人情分, a text number, too few judges or no judge are not', () => {
    expect(run([80, null, 90, 95, 70, 88, 86, 84, 89], {}).fast).toBe(excel(20 * ((80 + 90 + 88 + 86 + 84 + 89) / 6) / 100));
    expect(run([80, 85, 90, 95, 20, 88, 86, 84, 89], { judgeDeviation: { num: 1, den: 5 } }).fast).toBeNaN(); // 20 is 66 below the others' median 86.5
    expect(run([80, '85', 90, 95, 70, 88, 86, 84, 89], {}).fast).toBeNaN();
    expect(run([80, 85, 90, 95], {}).fast).toBeNaN(); // 4 < 评委最少人数 5
    expect(run([null, null, null, null, null], { blank: '按0分' }).fast).toBeNaN();
  });

  it('random panels, garbage included: fast is NaN or the plain score with nothing to say', () => {
    let taken = 0;
    // Scores near one level (base ± 15) so that most panels have no outlier, some far ones, some garbage.
    const offset = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: -150, max: 150 }).map((t) => t / 10) }, { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...GARBAGE).map((g) => ({ g })) });
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.array(offset, { minLength: 0, maxLength: 14 }), judgeSettings, (base, offsets, over) => {
      const values = offsets.map((o): CellValue => (o === null ? null : typeof o === 'number' ? Math.min(Math.max(base + o, 0), 120) : o.g));
      const { fast, plain } = run(values, over, 100);
      if (agrees(fast, plain)) taken++;
    }), { numRuns: 3000 });
    expect(taken).toBeGreaterThan(100);
  });
});

const excel = (x: number): number => Math.round(x * 100) / 100; // fine for these hand cases (no half cent)

describe('测评', () => {
  const run = (counts: readonly CellValue[], present: CellValue | undefined, expected: CellValue | undefined, over: Partial<Settings>, levels: readonly LevelRule[] = DEFAULT_LEVELS) => {
    const s = settings(over);
    const ind = indicator('民主测评', 20, '测评');
    const c = cells(3, counts);
    const p = present === undefined ? undefined : cell(1, present);
    const e = expected === undefined ? undefined : cell(2, expected);
    const line = { ind, counts: c.map((x) => x.col), present: p?.col ?? -1, expected: e?.col ?? -1, levels, settings: s, values: new Float64Array(levels.length), den: commonDenominator(levels) };
    const fast = votesClean(rowOf(...c, p, e), 0, line);
    return { fast, plain: scoreVotes(ind, c, levels, s, LATER, { ...(p ? { present: p } : {}), ...(e ? { expected: e } : {}), firstCol: 3 }) };
  };

  it('a clean vote: 好 30 较好 10 一般 5 差 0 of 45 → ROUND(20 × (30 + 10 × 0.8 + 5 × 0.6) / 45, 2) = 18.22', () => {
    const { fast, plain } = run([30, 10, 5, 0], 45, 50, { badVoteVeto: { num: 1, den: 3 } });
    expect(DEFAULT_LEVELS.map((l) => ratioValue(l.rate))).toEqual([1, 0.8, 0.6, 0]);
    expect(fast).toBe(18.22); // 20 × 41 / 45 = 18.2222…
    expect(agrees(fast, plain)).toBe(true);
  });

  it('a veto, no votes, more votes than 实到, an empty 实到 or a quorum miss are not clean', () => {
    expect(run([10, 5, 0, 20], 35, 40, { badVoteVeto: { num: 1, den: 3 } }).fast).toBeNaN(); // 差 20/35 > 1/3
    expect(run([0, null, 0, 0], 10, 10, {}).fast).toBeNaN();
    expect(run([30, 10, 5, 0], 40, 50, {}).fast).toBeNaN();
    expect(run([30, 10, 5, 0], null, 50, {}).fast).toBeNaN();
    expect(run([3, 1, 0, 0], 4, 50, {}).fast).toBeNaN(); // 实到 4 < 应到 50 × 测评最低参评率
  });

  it('random votes, garbage included: fast is NaN or the plain score with nothing to say', () => {
    let taken = 0;
    const count = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...GARBAGE) });
    const head = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 200 }) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(null, ...GARBAGE) });
    const over = fc.record({ badVoteVeto: fc.option(ratio, { nil: null }), voteQuorum: ratio, decimals: fc.integer({ min: 0, max: 3 }), blank: fc.constantFrom('报错' as const, '按0分' as const) });
    fc.assert(fc.property(fc.array(count, { minLength: 4, maxLength: 4 }), head, head, over, (counts, present, expected, s) => {
      const { fast, plain } = run(counts, present, expected, s);
      if (agrees(fast, plain)) taken++;
    }), { numRuns: 3000 });
    expect(taken).toBeGreaterThan(100);
  });
});

describe('实绩', () => {
  type M = '完成率' | '逆向' | '功效系数' | '扣分制';
  const run = (method: M, figure: CellValue, param: CellValue | number, cap = { num: 120, den: 100 }, decimals = 2) => {
    const s = settings({ decimals });
    const ind = indicator('实绩', 10, method);
    const p = typeof param === 'number' ? param : cell(4, param, '任务数');
    const params = method === '功效系数' ? { satisfied: p, disallowed: 10 } : method === '扣分制' ? { perCount: p } : { target: p };
    const f = cell(3, figure);
    return { fast: figureClean(rowOf(f, typeof p === 'number' ? undefined : p), 0, figureLine(f.col, method, params, ind.max, ratioValue(cap), decimals)), plain: scoreFigure(ind, method, f, params, rule({ cap }), s, LATER) };
  };

  it('clean figures: 完成率 45 ÷ 50 → 9; 逆向 5 ÷ 4 = 125%, capped at 120% → 12; 扣分制 3 × 2 → 4; 功效系数 0.6 + 0.4 × (20 − 10) / (30 − 10) = 0.8 → 8', () => {
    const cases: Array<[M, CellValue, CellValue | number, number]> = [['完成率', 45, 50, 9], ['逆向', 4, 5, 12], ['扣分制', 3, 2, 4], ['功效系数', 20, 30, 8]];
    for (const [method, figure, param, want] of cases) {
      const { fast, plain } = run(method, figure, param);
      expect(fast).toBe(want);
      expect(agrees(fast, plain)).toBe(true);
    }
  });

  it('an empty figure, percent text, a bad or empty target are not clean', () => {
    expect(run('完成率', null, 50).fast).toBeNaN();
    expect(run('完成率', '85%', 50).fast).toBeNaN();
    expect(run('完成率', 45, 0).fast).toBeNaN();
    expect(run('逆向', 4, null).fast).toBeNaN();
    expect(run('功效系数', 20, 10).fast).toBeNaN(); // 满意值 = 不允许值
    expect(run('扣分制', 3, -1).fast).toBeNaN();
  });

  it('random figures and parameters, garbage included: fast is NaN or the plain score with nothing to say', () => {
    let taken = 0;
    const value = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -50, max: 500 }) }, { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(null, ...GARBAGE) });
    const method = fc.constantFrom<M>('完成率', '逆向', '功效系数', '扣分制');
    const cap = fc.integer({ min: 50, max: 200 }).map((p) => ({ num: p, den: 100 }));
    fc.assert(fc.property(method, value, fc.oneof(value, fc.double({ noNaN: false })), cap, fc.integer({ min: 0, max: 4 }), (m, figure, param, c, d) => {
      const { fast, plain } = run(m, figure, param, c, d);
      if (agrees(fast, plain)) taken++;
    }), { numRuns: 4000 });
    expect(taken).toBeGreaterThan(200);
  });
});
