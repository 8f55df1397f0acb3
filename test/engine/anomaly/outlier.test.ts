import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import { indicators, input, rulesWith, unit } from './fixtures';

/** Eight units in sheet rows 4..11 (names in column B), totals 80..86 and 40. */
const NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
function eight(totals: readonly number[], scores: ReadonlyArray<readonly number[]>, extra: { group?: string } = {}) {
  return totals.map((t, i) => unit(4 + i, NAMES[i % 8]! + (extra.group ?? ''), scores[i] ?? [], { total: t, ...extra }));
}

describe('OUTLIER on totals', () => {
  // Totals 80,81,82,83,84,85,86,40. Sorted 40,80..86 → median (82+83)/2 = 82.5.
  // |x − 82.5| = 2.5,1.5,0.5,0.5,1.5,2.5,3.5,42.5 → sorted 0.5,0.5,1.5,1.5,2.5,2.5,3.5,42.5 → MAD (1.5+2.5)/2 = 2.
  // z(40) = 0.6745·(40 − 82.5)/2 = −14.333125 → −14.33; the largest other, z(86) = 0.6745·3.5/2 = 1.18.
  const totals = [80, 81, 82, 83, 84, 85, 86, 40];

  it('flags the one total beyond ±3.5, on its name cell, with where 总分 and the numbers', () => {
    const issues = detectAnomalies(input({ indicators: [], units: eight(totals, []), rules: rulesWith(['OUTLIER']) }));
    expect(issues).toHaveLength(1);
    const i = issues[0]!;
    expect(i).toMatchObject({
      code: 'OUTLIER', severity: 'warning', sheet: '考核数据', cell: 'B11', row: 10, col: 1,
      unit: '辛', unitRow: 10, where: '总分', label: '离群', // unitRow 0-based: sheet row 11
    });
    // Plain Chinese first; the statistics only in the English text (which the report shows too).
    expect(i.message).toBe('B11：“辛”的总分 40 分，明显低于其他单位（中位数 82.5 分）。请核实。');
    expect(i.messageEn).toBe(
      'B11: the total of "辛", 40, is far below all units (median 82.5, MAD 2, modified z -14.33, threshold ±3.5). Verify the data.',
    );
  });

  it('is not computed below 离群最少单位数 (8 by default)', () => {
    // Seven units 80..85, 40: no OUTLIER at all under the default minimum of 8.
    const seven = eight([80, 81, 82, 83, 84, 85, 40], []);
    expect(detectAnomalies(input({ indicators: [], units: seven, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
    // With the minimum lowered to 7: sorted 40,80..85 → median 82; |x − 82| = 2,1,0,1,2,3,42 →
    // sorted 0,1,1,2,2,3,42 → MAD 2; z(40) = 0.6745·(−42)/2 = −14.1645 → −14.16.
    const issues = detectAnomalies(input({ indicators: [], units: seven, rules: rulesWith(['OUTLIER'], { outlierMinUnits: 7 }) }));
    expect(issues.map((i) => [i.cell, i.where])).toEqual([['B10', '总分']]);
    expect(issues[0]!.messageEn).toContain('(median 82, MAD 2, modified z -14.16, threshold ±3.5)');
  });

  it('uses 离群阈值: at 15 the same unit (|z| 14.33) is not flagged', () => {
    const rules = rulesWith(['OUTLIER'], { outlierZ: 15 });
    expect(detectAnomalies(input({ indicators: [], units: eight(totals, []), rules }))).toEqual([]);
  });

  it('is off when 离群 is 否', () => {
    const rules = rulesWith(['ALL_FULL_MARKS']);
    expect(detectAnomalies(input({ indicators: [], units: eight(totals, []), rules }))).toEqual([]);
  });
});

describe('OUTLIER on indicator scores', () => {
  // 指标1 (column C, 分值 10): 8, 8.5, 9, 9, 9.5, 8, 8.5, 2.
  // Sorted 2,8,8,8.5,8.5,9,9,9.5 → median 8.5; |x − 8.5| = 0.5,0,0.5,0.5,1,0.5,0,6.5 →
  // sorted 0,0,0.5,0.5,0.5,0.5,1,6.5 → MAD 0.5. z(2) = 0.6745·(−6.5)/0.5 = −8.7685 → −8.77;
  // the largest other, z(9.5) = 0.6745·1/0.5 = 1.349.
  // 指标2 (column D, 分值 10): 10,10,10,10,10,10,9,5 → median 10, |x − 10| = 0×6, 1, 5 → MAD 0:
  // fallback MeanAD = 6/8 = 0.75, z(5) = (5 − 10)/(1.253314·0.75) = −5/0.9399855 = −5.3192 → −5.32;
  // z(9) = −1/0.9399855 = −1.06, not flagged. Both flagged scores belong to 辛 (row 11): C11, then D11.
  // Both also pass the distance rules: 6.5 and 5 points from the median ≥ 15% of 分值 10 = 1.5; and
  // with MAD 0, 5 is more than one score step (1: 指标2's scores are whole numbers) from the median,
  // and beyond the cut-off 3.5·0.9399855 = 3.29 plus half a step = 3.79.
  // 指标3 (column E): all 7 → MAD 0 and MeanAD 0: nothing is an outlier.
  // Totals are 90 for all (no total outlier: MAD 0, MeanAD 0).
  const s1 = [8, 8.5, 9, 9, 9.5, 8, 8.5, 2];
  const s2 = [10, 10, 10, 10, 10, 10, 9, 5];
  const scores = s1.map((x, i) => [x, s2[i]!, 7]);
  const units = eight(Array(8).fill(90), scores);
  const inds = indicators([10, 10, 10]);

  it('flags the score cells, without where, with the MAD and the MeanAD fallback in the message', () => {
    const issues = detectAnomalies(input({ indicators: inds, units, rules: rulesWith(['OUTLIER']) }));
    expect(issues.map((i) => [i.cell, i.unit, i.unitRow, i.where])).toEqual([
      ['C11', '辛', 10, undefined], // unitRow 0-based: sheet row 11
      ['D11', '辛', 10, undefined],
    ]);
    expect(issues[1]!.message).toBe('D11：“辛”的“指标2”5 分，明显低于其他单位（中位数 10 分）。请核实。');
    expect(issues[1]!.messageEn).toBe(
      'D11: the score on "指标2" of "辛", 5, is far below all units (median 10, MAD is 0, mean absolute deviation 0.75 used, modified z -5.32, threshold ±3.5; 5 from the median, at least 1.5 = 15% of 分值 10; with MAD 0 and scores in steps of 1: more than one step, and half a step beyond the threshold). Verify the data.',
    );
    expect(issues[0]!.message).toBe('C11：“辛”的“指标1”2 分，明显低于其他单位（中位数 8.5 分）。请核实。');
    expect(issues[0]!.messageEn).toContain(
      'the score on "指标1" of "辛", 2, is far below all units (median 8.5, MAD 0.5, modified z -8.77, threshold ±3.5; 6.5 from the median, at least 1.5 = 15% of 分值 10)',
    );
  });

  it('does not look at an indicator without a data-sheet cell (col −1, a computed score): the others as before', () => {
    // 指标1 computed (col −1): its 2 of 辛 is not flagged; 指标2's 5 (D11) is, with the same numbers.
    const computed = inds.map((ind, j) => (j === 0 ? { ...ind, col: -1 } : ind));
    const issues = detectAnomalies(input({ indicators: computed, units, rules: rulesWith(['OUTLIER']) }));
    expect(issues.map((i) => [i.cell, i.unit])).toEqual([['D11', '辛']]);
    expect(issues[0]!.messageEn).toContain('modified z -5.32');
  });
});

describe('OUTLIER scope: the group when grouped', () => {
  // 乡镇 (rows 4..11): 90,91,92,93,94,95,96,70 → sorted 70,90..96, median (92+93)/2 = 92.5;
  // |x − 92.5| sorted 0.5,0.5,1.5,1.5,2.5,2.5,3.5,22.5 → MAD 2; z(70) = 0.6745·(−22.5)/2 = −7.588 → −7.59.
  // 街道 (rows 12..19): 60..67 → median 63.5, |x − 63.5| = 3.5,2.5,1.5,0.5,0.5,1.5,2.5,3.5 → MAD 2,
  // largest |z| = 0.6745·3.5/2 = 1.18.
  // All 16 together: sorted 60..67,70,90..96 → median (67+70)/2 = 68.5; |x − 68.5| sorted
  // 1.5,1.5,2.5,…,8.5,21.5,… → MAD (7.5+8.5)/2 = 8; largest |z| = 0.6745·27.5/8 = 2.32: no outlier.
  const town = [90, 91, 92, 93, 94, 95, 96, 70].map((t, i) => unit(4 + i, `镇${i}`, [], { total: t, group: '乡镇' }));
  const street = [60, 61, 62, 63, 64, 65, 66, 67].map((t, i) => unit(12 + i, `街${i}`, [], { total: t, group: '街道' }));
  const units = [...town, ...street];

  it('grouped: the 70 among 90..96 of 乡镇 is an outlier of its group', () => {
    const issues = detectAnomalies(input({ indicators: [], units, grouped: true, rules: rulesWith(['OUTLIER']) }));
    expect(issues.map((i) => [i.cell, i.unit])).toEqual([['B11', '镇7']]);
    expect(issues[0]!.message).toBe('B11：“镇7”的总分 70 分，明显低于同组其他单位（同组中位数 92.5 分）。请核实。');
    expect(issues[0]!.messageEn).toContain('is far below the units of group "乡镇" (median 92.5, MAD 2, modified z -7.59');
  });

  it('ungrouped: the same totals hold no outlier', () => {
    expect(detectAnomalies(input({ indicators: [], units, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
  });

  it('grouped: a group smaller than 离群最少单位数 is skipped', () => {
    const small = town.slice(0, 7).concat(town[7]!).map((u, i) => (i < 7 ? u : { ...u, group: '小组' }));
    // 乡镇 now holds 7 units (90..96) and 小组 the one 70: neither has 8 units.
    expect(detectAnomalies(input({ indicators: [], units: small, grouped: true, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
  });
});

describe('OUTLIER on a coarse indicator: with MAD 0, one score step is no outlier (issue 14)', () => {
  // 200 units, one indicator of 分值 3: 170 score 2.5, 20 score 3, 10 score 2 (rows 4..203).
  // Median 2.5; deviations 0 ×170 and 0.5 ×30 → MAD 0; MeanAD = 30·0.5/200 = 0.075;
  // z(3) = 0.5/(1.253314·0.075) = 0.5/0.09399855 = 5.32 and z(2) = −5.32: beyond ±3.5, and 0.5 ≥ 15%
  // of 3 = 0.45 — before issue 14 all 30 were flagged. The scores step by 0.5 (2.5 is not whole), so
  // each of the 30 is one step from the median: none is flagged.
  // Totals are all 50: no spread, no total outlier.
  const scores = [...Array(170).fill(2.5), ...Array(20).fill(3), ...Array(10).fill(2)] as number[];
  const units = scores.map((x, i) => unit(4 + i, `单位${i + 1}`, [x], { total: 50 }));

  it('flags none of the units one step off the common score', () => {
    expect(detectAnomalies(input({ indicators: indicators([3]), units, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
  });

  it('flags a score two steps off: 1.5 among them (row 204)', () => {
    // 201 units: median 2.5, MAD 0; MeanAD = (30·0.5 + 1)/201 = 16/201 = 0.0796;
    // z(1.5) = −1/(1.253314·16/201) = −1/0.0997663 = −10.02; 1 ≥ 0.45, 1 > one step (0.5), and
    // 1 > the cut-off 3.5·0.0997663 = 0.349 plus half a step = 0.599.
    const more = [...units, unit(204, '单位201', [1.5], { total: 50 })];
    const issues = detectAnomalies(input({ indicators: indicators([3]), units: more, rules: rulesWith(['OUTLIER']) }));
    expect(issues.map((i) => i.cell)).toEqual(['C204']);
    expect(issues[0]!.message).toBe('C204：“单位201”的“指标1”1.5 分，明显低于其他单位（中位数 2.5 分）。请核实。');
    expect(issues[0]!.messageEn).toContain('(median 2.5, MAD is 0, mean absolute deviation 0.0796 used, modified z -10.02, threshold ±3.5; 1 from the median, at least 0.45 = 15% of 分值 3; with MAD 0 and scores in steps of 0.5: more than one step, and half a step beyond the threshold)');
  });

  it('whole-number scores step by 1: a score 1 off is one step, 2 off is flagged', () => {
    // 分值 5: 180 score 5, 19 score 4, and one 3 (row 203). Median 5, MAD 0, MeanAD = (19 + 2)/200 = 0.105;
    // z(4) = −1/(1.253314·0.105) = −7.60 and z(3) = −15.20, both beyond ±3.5 and ≥ 0.75 (15% of 5);
    // only the 3 is more than one step (1) from the median (and beyond 3.5·1.253314·0.105 = 0.46 + 0.5).
    const whole = [...Array(180).fill(5), ...Array(19).fill(4), 3] as number[];
    const list = whole.map((x, i) => unit(4 + i, `单位${i + 1}`, [x], { total: 50 }));
    const issues = detectAnomalies(input({ indicators: indicators([5]), units: list, rules: rulesWith(['OUTLIER']) }));
    expect(issues.map((i) => [i.cell, i.unit])).toEqual([['C203', '单位200']]);
    expect(issues[0]!.messageEn).toContain('modified z -15.20');
  });
});

describe('OUTLIER with MAD 0 counts a score from the near edge of its step (issue 14)', () => {
  // 分值 5, whole numbers: 4 ×124, 5 ×36, 3 ×36, 2 ×4 (200 units, rows 4..203). Median 4, MAD 0;
  // MeanAD = (72·1 + 4·2)/200 = 0.4; scale 1.253314·0.4 = 0.501326; z(2) = −2/0.501326 = −3.99.
  // Beyond ±3.5, 2 ≥ 0.75 (15% of 5) and more than one step — but not beyond the cut-off
  // 3.5·0.501326 = 1.7546 plus half a step = 2.2546: not flagged.
  const base = [...Array(124).fill(4), ...Array(36).fill(5), ...Array(36).fill(3), ...Array(4).fill(2)] as number[];
  const list = (xs: readonly number[]) => xs.map((x, i) => unit(4 + i, `单位${i + 1}`, [x], { total: 50 }));

  it('2 among scores of 3, 4 and 5 (z −3.99) is not flagged', () => {
    expect(detectAnomalies(input({ indicators: indicators([5]), units: list(base), rules: rulesWith(['OUTLIER']) }))).toEqual([]);
  });

  it('a 1 (three steps) is: the first 4 made 1, in row 4', () => {
    // 4 ×123, 1 ×1: MeanAD = (72 + 8 + 3)/200 = 0.415, scale 0.520125, cut 1.8204 + 0.5 = 2.3204;
    // the 2s (2 from the median) stay below it; z(1) = −3/0.520125 = −5.77.
    const issues = detectAnomalies(input({ indicators: indicators([5]), units: list([1, ...base.slice(1)]), rules: rulesWith(['OUTLIER']) }));
    expect(issues.map((i) => i.cell)).toEqual(['C4']);
    expect(issues[0]!.messageEn).toContain('modified z -5.77');
  });
});

describe('OUTLIER needs 离群最小分差 (15% of 分值 by default) on an indicator (issue 14)', () => {
  // 指标1: 8, 8, 8, 8, 8.5, 8.5, 8.5 and 10 (辛, row 11). Sorted → median (8 + 8.5)/2 = 8.25;
  // deviations 0.25 ×7 and 1.75 → MAD 0.25; z(10) = 0.6745·1.75/0.25 = 4.72 > 3.5.
  // 1.75 from the median: ≥ 1.5 (15% of 分值 10), < 3 (15% of 分值 20), < 2 (20% of 10).
  const s1 = [8, 8, 8, 8, 8.5, 8.5, 8.5, 10];
  const units = eight(Array(8).fill(90), s1.map((x) => [x]));

  it('分值 10: 1.75 points from the median is enough', () => {
    const issues = detectAnomalies(input({ indicators: indicators([10]), units, rules: rulesWith(['OUTLIER']) }));
    expect(issues.map((i) => i.cell)).toEqual(['C11']);
    expect(issues[0]!.message).toBe('C11：“辛”的“指标1”10 分，明显高于其他单位（中位数 8.25 分）。请核实。');
    expect(issues[0]!.messageEn).toContain('is far above all units (median 8.25, MAD 0.25, modified z 4.72, threshold ±3.5; 1.75 from the median, at least 1.5 = 15% of 分值 10)');
  });

  it('分值 20, or 离群最小分差 20%: the same score is not flagged; 0 turns the rule off', () => {
    expect(detectAnomalies(input({ indicators: indicators([20]), units, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
    expect(detectAnomalies(input({ indicators: indicators([10]), units, rules: rulesWith(['OUTLIER'], { outlierMinDiff: 0.2 }) }))).toEqual([]);
    expect(detectAnomalies(input({ indicators: indicators([20]), units, rules: rulesWith(['OUTLIER'], { outlierMinDiff: 0 }) })).map((i) => i.cell)).toEqual(['C11']);
  });

  it('exactly 15% is enough: 9.75 is 1.5 from the median 8.25 (分值 10); 分值 10.5 asks 1.575', () => {
    // 8 ×4, 8.5 ×3, 9.75: median 8.25, MAD 0.25, z(9.75) = 0.6745·1.5/0.25 = 4.05.
    const edge = eight(Array(8).fill(90), [8, 8, 8, 8, 8.5, 8.5, 8.5, 9.75].map((x) => [x]));
    expect(detectAnomalies(input({ indicators: indicators([10]), units: edge, rules: rulesWith(['OUTLIER']) })).map((i) => i.cell)).toEqual(['C11']);
    expect(detectAnomalies(input({ indicators: indicators([10.5]), units: edge, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
  });

  it('does not apply to totals', () => {
    // Totals 80, 80, 80, 80, 80.5, 80.5, 80.5, 82 → median 80.25, MAD 0.25, z(82) = 0.6745·1.75/0.25 = 4.72: flagged.
    const totals = eight([80, 80, 80, 80, 80.5, 80.5, 80.5, 82], []);
    expect(detectAnomalies(input({ indicators: [], units: totals, rules: rulesWith(['OUTLIER']) })).map((i) => [i.cell, i.where])).toEqual([['B11', '总分']]);
  });
});
