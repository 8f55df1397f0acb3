import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import { indicators, input, rulesWith, unit } from './fixtures';

const SIX = indicators([10, 10, 20, 20, 20, 20]); // columns C..H
const COPY = [8, 9, 17, 18, 16.5, 19];

describe('IDENTICAL_ROWS', () => {
  const units = [
    unit(5, '甲', [8, 9, 17, 18, 16.5, 18.5]), // differs from COPY in the last score only
    unit(7, '丙', [9, 9, 17, 18, 16.5, 19]), // differs in the first
    unit(9, '乙', COPY),
    unit(12, '丁', [...COPY]),
    unit(15, '己', [...COPY]),
  ];

  it('flags each of the three equal rows on its name cell, naming the other two', () => {
    const issues = detectAnomalies(input({ indicators: SIX, units, rules: rulesWith(['IDENTICAL_ROWS']) }));
    expect(issues.map((i) => [i.code, i.cell, i.unit, i.unitRow, i.where])).toEqual([
      // unitRow is 0-based (sheet rows 9, 12, 15); the texts say sheet rows.
      ['IDENTICAL_ROWS', 'B9', '乙', 8, '同第12、15行'],
      ['IDENTICAL_ROWS', 'B12', '丁', 11, '同第9、15行'],
      ['IDENTICAL_ROWS', 'B15', '己', 14, '同第9、12行'],
    ]);
    expect(issues[0]!.message).toBe(
      'B9：“乙”的全部 6 项指标得分与“丁”（第12行）、“己”（第15行）完全相同，可能存在台账雷同或复制数据。请核实。',
    );
    expect(issues[0]!.messageEn).toBe(
      'B9: all 6 indicator scores of "乙" equal those of "丁" (row 12), "己" (row 15); possibly copied data. Verify.',
    );
    expect(issues.every((i) => i.severity === 'warning' && i.label === '雷同')).toBe(true);
  });

  it('needs 雷同最少指标数 indicators (5 by default)', () => {
    const four = indicators([10, 10, 20, 20]);
    const short = [unit(9, '乙', [8, 9, 17, 18]), unit(12, '丁', [8, 9, 17, 18])];
    expect(detectAnomalies(input({ indicators: four, units: short, rules: rulesWith(['IDENTICAL_ROWS']) }))).toEqual([]);
    const rules = rulesWith(['IDENTICAL_ROWS'], { identicalMinIndicators: 4 });
    expect(detectAnomalies(input({ indicators: four, units: short, rules })).map((i) => i.where)).toEqual(['同第12行', '同第9行']);
  });

  it('compares units across groups', () => {
    const grouped = [unit(9, '乙', COPY, { group: '乡镇' }), unit(12, '丁', COPY, { group: '街道' })];
    const issues = detectAnomalies(input({ indicators: SIX, units: grouped, grouped: true, rules: rulesWith(['IDENTICAL_ROWS']) }));
    expect(issues.map((i) => i.cell)).toEqual(['B9', 'B12']);
  });

  it('leaves rows at full marks everywhere to ALL_FULL_MARKS', () => {
    const full = [10, 10, 20, 20, 20, 20];
    const both = [unit(4, '甲', full), unit(5, '乙', [...full])];
    const issues = detectAnomalies(input({ indicators: SIX, units: both }));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['ALL_FULL_MARKS', 'B4'],
      ['ALL_FULL_MARKS', 'B5'],
    ]);
  });

  it('names at most 5 other rows in 异常标记 and 10 other units in the message', () => {
    // Twelve copies in sheet rows 3..14.
    const many = Array.from({ length: 12 }, (_, k) => unit(3 + k, `单位${k + 1}`, COPY));
    const issues = detectAnomalies(input({ indicators: SIX, units: many, rules: rulesWith(['IDENTICAL_ROWS']) }));
    expect(issues).toHaveLength(12);
    // Row 3: the other 11 are rows 4..14; the first five are shown, then the count.
    expect(issues[0]!.where).toBe('同第4、5、6、7、8行等11行');
    expect(issues[0]!.message).toContain(
      '与“单位2”（第4行）、“单位3”（第5行）、“单位4”（第6行）、“单位5”（第7行）、“单位6”（第8行）、“单位7”（第9行）、“单位8”（第10行）、“单位9”（第11行）、“单位10”（第12行）、“单位11”（第13行）等 11 个单位完全相同',
    );
    // Row 14 (the last): the others are rows 3..13.
    expect(issues[11]!.where).toBe('同第3、4、5、6、7行等11行');
  });

  it('is off when 雷同 is 否', () => {
    expect(detectAnomalies(input({ indicators: SIX, units, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
  });
});
