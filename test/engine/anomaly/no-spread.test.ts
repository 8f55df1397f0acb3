import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import { indicators, input, rulesWith, unit } from './fixtures';

// These scopes are small: lower 离群最少单位数 (which NO_SPREAD shares) to 3 so that they are checked.
const rules = rulesWith(['NO_SPREAD'], { outlierMinUnits: 3 });

describe('NO_SPREAD, ungrouped', () => {
  const inds = indicators([10, 10]); // labels in C3, D3
  const units = [unit(4, '甲', [10, 8]), unit(5, '乙', [10, 9]), unit(6, '丙', [10, 9])];

  it('reports an indicator every unit scores alike once, on its header cell, with no unit', () => {
    const issues = detectAnomalies(input({ indicators: inds, units, rules }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'NO_SPREAD', severity: 'warning', cell: 'C3', row: 2, col: 2, unit: null, label: '无区分度' });
    expect(issues[0]!.unitRow).toBeUndefined();
    expect(issues[0]!.where).toBeUndefined();
    expect(issues[0]!.message).toBe(
      'C3：指标“指标1”在全部 3 个单位的得分都是 10，没有区分度。请检查评分是否照搬，或考虑调整该指标。',
    );
    expect(issues[0]!.messageEn).toBe(
      'C3: the score on "指标1" is 10 for all 3 units; the indicator does not tell units apart. Check whether the scores were copied, or revise the indicator.',
    );
  });

  it('needs at least 3 units', () => {
    expect(detectAnomalies(input({ indicators: inds, units: units.slice(0, 2), rules }))).toEqual([]);
  });

  it('goes on the header row of that column (two-level headers)', () => {
    const deep = [{ name: '党建', max: 10, col: 5, headerRow: 3 }];
    const issues = detectAnomalies(input({ indicators: deep, units: units.map((u) => ({ ...u, scores: [7] })), rules }));
    expect(issues.map((i) => i.cell)).toEqual(['F4']);
  });

  it('by default needs 离群最少单位数 (8) units: 7 alike say nothing, 8 alike are flagged', () => {
    const many = (n: number) => Array.from({ length: n }, (_, k) => unit(4 + k, `单位${k + 1}`, [10, k]));
    const def = rulesWith(['NO_SPREAD']);
    expect(detectAnomalies(input({ indicators: inds, units: many(7), rules: def }))).toEqual([]);
    expect(detectAnomalies(input({ indicators: inds, units: many(8), rules: def })).map((i) => i.cell)).toEqual(['C3']);
  });

  it('is off when 无区分度 is 否', () => {
    expect(detectAnomalies(input({ indicators: inds, units, rules: rulesWith(['OUTLIER']) }))).toEqual([]);
  });
});

describe('NO_SPREAD, grouped: checked per group, one issue per indicator', () => {
  const inds = indicators([10, 10, 10]);
  // 指标1: 乡镇 all 10 (3 units), 街道 all 8 (4 units), 其他 both 5 (2 units: too few to count).
  // 指标2: 9 for every unit of every group → said once for all units.
  // 指标3: 乡镇 all 6, 街道 varied, 其他 varied → only 乡镇.
  const units = [
    unit(4, '镇1', [10, 9, 6], { group: '乡镇' }),
    unit(5, '镇2', [10, 9, 6], { group: '乡镇' }),
    unit(6, '镇3', [10, 9, 6], { group: '乡镇' }),
    unit(7, '街1', [8, 9, 5], { group: '街道' }),
    unit(8, '街2', [8, 9, 6], { group: '街道' }),
    unit(9, '街3', [8, 9, 7], { group: '街道' }),
    unit(10, '街4', [8, 9, 8], { group: '街道' }),
    unit(11, '其1', [5, 9, 1], { group: '其他' }),
    unit(12, '其2', [5, 9, 2], { group: '其他' }),
  ];

  it('names each group in which the indicator does not separate units', () => {
    const issues = detectAnomalies(input({ indicators: inds, units, grouped: true, rules }));
    expect(issues.map((i) => [i.cell, i.message])).toEqual([
      ['C3', 'C3：指标“指标1”在“乡镇”组 3 个单位的得分都是 10，在“街道”组 4 个单位的得分都是 8，没有区分度。请检查评分是否照搬，或考虑调整该指标。'],
      ['D3', 'D3：指标“指标2”在全部 9 个单位的得分都是 9，没有区分度。请检查评分是否照搬，或考虑调整该指标。'],
      ['E3', 'E3：指标“指标3”在“乡镇”组 3 个单位的得分都是 6，没有区分度。请检查评分是否照搬，或考虑调整该指标。'],
    ]);
    expect(issues[0]!.messageEn).toContain('is 10 for all 3 units of group "乡镇"; is 8 for all 4 units of group "街道"');
  });

  it('ungrouped, the same data has spread on 指标1 and 指标3', () => {
    const issues = detectAnomalies(input({ indicators: inds, units, rules }));
    expect(issues.map((i) => i.cell)).toEqual(['D3']);
  });
});
