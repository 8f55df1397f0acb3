import { parseScheme } from '../../../src/engine/scheme/parse';
import { DEFAULT_ANOMALY_RULES } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS, where } from './helpers';

/** 【异常规则】 in row 5 after the 4 rows of 【指标】; its rows from row 6. */
function rules(...rows: Array<Array<CellValue | undefined>>) {
  return parseScheme(grid([...INDICATORS, ['【异常规则】'], ...rows]));
}

test('no section → the defaults of issue 5', () => {
  expect(parseScheme(grid(INDICATORS)).scheme?.anomaly).toEqual({
    outlierZ: 3.5, outlierMinUnits: 8, outlierMinDiff: 0.15, identicalMinIndicators: 5, jumpPoints: 15, jumpRankFraction: 1 / 3,
    enabled: { OUTLIER: true, IDENTICAL_ROWS: true, ALL_FULL_MARKS: true, NO_SPREAD: true, PERIOD_JUMP: true },
  });
});

test('every key read', () => {
  const r = rules(
    ['离群阈值', 3], ['离群最少单位数', '１０'], ['离群最小分差', '20%'], ['雷同最少指标数', 6], ['突变分差', 20], ['突变名次比例', '1/4'],
    ['离群', '否'], ['雷同', '是'], ['全满分', ' 否 '], ['无区分度', false], ['突变', '停用'],
  );
  expect(r.issues).toEqual([]);
  expect(r.scheme?.anomaly).toEqual({
    outlierZ: 3, outlierMinUnits: 10, outlierMinDiff: 0.2, identicalMinIndicators: 6, jumpPoints: 20, jumpRankFraction: 0.25,
    enabled: { OUTLIER: false, IDENTICAL_ROWS: true, ALL_FULL_MARKS: false, NO_SPREAD: false, PERIOD_JUMP: false },
  });
});

test.each([['1/3', 1 / 3], ['33%', 0.33], [0.33, 0.33], ['０．５', 0.5], [50, 0.5], ['１／２', 0.5]])('突变名次比例 %j reads as %d', (cell, value) => {
  const r = rules(['突变名次比例', cell]);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.anomaly.jumpRankFraction).toBe(value);
});

// 离群最小分差 (issue 14): a share of the indicator's 分值, read like 突变名次比例; 0 turns the rule off.
test.each([['15%', 0.15], ['１５％', 0.15], [0.1, 0.1], [20, 0.2], ['3/20', 0.15], [0, 0], ['100%', 1]])('离群最小分差 %j reads as %d', (cell, value) => {
  const r = rules(['离群最小分差', cell]);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.anomaly.outlierMinDiff).toBe(value);
});

test('blank values keep the defaults', () => {
  const r = rules(['离群阈值', null], ['雷同', '']);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.anomaly).toEqual(DEFAULT_ANOMALY_RULES);
});

test.each([
  [['离群阈值', 0], 'B6', '“离群阈值”应大于 0，现为 0'],
  [['离群阈值', 'abc'], 'B6', '“离群阈值”应为数字，现为“abc”'],
  [['离群最少单位数', 7.5], 'B6', '“离群最少单位数”应为正整数，现为 7.5'],
  [['雷同最少指标数', 0], 'B6', '“雷同最少指标数”应为正整数，现为 0'],
  [['突变分差', -1], 'B6', '“突变分差”不能为负数，现为 -1'],
  [['突变名次比例', '4/3'], 'B6', '“突变名次比例”应为数字或比例（如 1/3、33%、0.33），现为“4/3”'],
  [['突变名次比例', '0%'], 'B6', '“突变名次比例”应大于 0 且不超过 1，现为 0'],
  [['离群最小分差', 'abc'], 'B6', '“离群最小分差”应为分值的比例，在 0 到 100% 之间（如 15%、0.15），现为“abc”'],
  [['离群最小分差', '150%'], 'B6', '“离群最小分差”应为分值的比例，在 0 到 100% 之间（如 15%、0.15），现为“150%”'],
  [['离群最小分差', -0.1], 'B6', '“离群最小分差”应为分值的比例，在 0 到 100% 之间（如 15%、0.15），现为“-0.1”'],
  [['离群', '也许'], 'B6', '“离群”只能填“是”（检查）或“否”（不检查），现为“也许”'],
  [['离群检查', '是'], 'A6', '“离群检查”不是【异常规则】中可识别的项目'],
])('%j is SCHEME_INVALID', (row, cell, text) => {
  const r = rules(row as CellValue[]);
  expect(where(r.issues)).toEqual([`SCHEME_INVALID@${cell}`]);
  expect(r.issues[0]?.message).toContain(text);
});

test('a duplicate key is SCHEME_INVALID at the second', () => {
  expect(where(rules(['离群阈值', 3], ['离群阈值', 4]).issues)).toEqual(['SCHEME_INVALID@A7']);
});
