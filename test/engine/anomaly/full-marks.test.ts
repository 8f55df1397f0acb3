import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import { indicators, input, rulesWith, unit } from './fixtures';

describe('ALL_FULL_MARKS', () => {
  const THREE = indicators([10, 20, 30]);
  const units = [
    unit(5, '甲', [10, 20, 30]),
    unit(6, '乙', [10, 20, 29.5]),
    unit(7, '丙', [10, 19, 30]),
  ];

  it('flags the unit at 分值 on every indicator, on its name cell', () => {
    const issues = detectAnomalies(input({ indicators: THREE, units, rules: rulesWith(['ALL_FULL_MARKS']) }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'ALL_FULL_MARKS', cell: 'B5', unit: '甲', unitRow: 4 /* 0-based: sheet row 5 */, label: '全满分', severity: 'warning' });
    expect(issues[0]!.where).toBeUndefined();
    expect(issues[0]!.message).toBe('B5：“甲”全部 3 项指标均为满分。请核实评分依据是否充分。');
  });

  it('is off when 全满分 is 否, and says nothing without indicators', () => {
    // Every flag but 全满分: only NO_SPREAD on C3 (指标1 is 10 for all three units) remains.
    const rules = rulesWith(['OUTLIER', 'IDENTICAL_ROWS', 'NO_SPREAD', 'PERIOD_JUMP'], { outlierMinUnits: 3 });
    expect(detectAnomalies(input({ indicators: THREE, units, rules })).map((i) => [i.code, i.cell])).toEqual([['NO_SPREAD', 'C3']]);
    expect(detectAnomalies(input({ indicators: [], units, rules: rulesWith(['ALL_FULL_MARKS']) }))).toEqual([]);
  });

  it('needs every indicator at full marks, compared exactly (9.99 of 10 is not full)', () => {
    const close = [unit(5, '甲', [9.99, 20, 30]), unit(6, '乙', [10, 20])];
    expect(detectAnomalies(input({ indicators: THREE, units: close, rules: rulesWith(['ALL_FULL_MARKS']) }))).toEqual([]);
  });
});
