/** Ratios (SPEC §8.1): read like 比例上限 and as `a/b`, kept exact, compared exactly. */
import { readRatio } from '../../../src/engine/scheme/values';
import { compareRatio, isProportion, showRatio } from '../../../src/engine/scheme/ratio';
import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS } from './helpers';

test.each([
  ['2/3', { num: 2, den: 3 }],
  ['66.7%', { num: 667, den: 1000 }],
  [0.8, { num: 8, den: 10 }],
  [80, { num: 80, den: 100 }],
  ['80', { num: 80, den: 100 }],
  ['１/３', { num: 1, den: 3 }],
  ['１／３', { num: 1, den: 3 }],
  [' 2 / 3 ', { num: 2, den: 3 }],
  ['８０％', { num: 80, den: 100 }],
  [1, { num: 1, den: 1 }],
  [0, { num: 0, den: 1 }],
  [1.2, { num: 12, den: 1000 }],
  ['120%', { num: 120, den: 100 }],
])('readRatio(%j) is exactly %j', (v, ratio) => {
  expect(readRatio(v)).toEqual(ratio);
});

test.each([['abc'], [-0.5], ['-1/3'], ['1/0'], [true], [{ error: '#N/A' }], ['2/3%']])('readRatio(%j) is bad', (v) => {
  expect(readRatio(v as CellValue)).toBe('bad');
});

test('a blank cell is no ratio', () => {
  expect(readRatio(null)).toBeNull();
  expect(readRatio('  ')).toBeNull();
});

test('the same readings through a scheme: 【等级分】 得分率 and 基本设置 ratios', () => {
  const r = parseScheme(grid([
    ['【基本设置】'], ['评委偏离阈值', '１/３'],
    ...INDICATORS,
    ['【等级分】'], ['等级', '得分率'], ['a', 0.8], ['b', '2/3'], ['c', '66.7%'], ['d', 60], ['e', '１/３'],
  ]));
  // 66.7% after 2/3 rises (0.667 > 0.6666…): reported, so the readings are checked exactly.
  expect(r.issues.map((i) => i.cell)).toEqual(['B11']); // c, row 11
  expect(r.scheme?.settings.judgeDeviation).toEqual({ num: 1, den: 3 });
  expect(r.scheme?.levels?.map((l) => l.rate)).toEqual([
    { num: 8, den: 10 }, { num: 2, den: 3 }, { num: 667, den: 1000 }, { num: 60, den: 100 }, { num: 1, den: 3 },
  ]);
});

test('compareRatio is exact: 1/3 is above 0.333 and equal to 2/6; large whole numbers do not round', () => {
  expect(compareRatio({ num: 1, den: 3 }, { num: 333, den: 1000 })).toBe(1);
  expect(compareRatio({ num: 333333333, den: 1000000000 }, { num: 1, den: 3 })).toBe(-1);
  expect(compareRatio({ num: 2, den: 6 }, { num: 1, den: 3 })).toBe(0);
  // 999999999/1000000000 vs 999999998/999999999: a·d = 999999999² vs b·c = 999999998·10⁹ (differ by 1).
  expect(compareRatio({ num: 999999999, den: 1000000000 }, { num: 999999998, den: 999999999 })).toBe(1);
});

test('isProportion: 0..100% inclusive', () => {
  expect(isProportion({ num: 0, den: 1 })).toBe(true);
  expect(isProportion({ num: 100, den: 100 })).toBe(true);
  expect(isProportion({ num: 101, den: 100 })).toBe(false);
  expect(isProportion({ num: -1, den: 100 })).toBe(false);
  expect(isProportion({ num: 1, den: 0 })).toBe(false);
});

test('showRatio: a percent for decimal ratios, a/b otherwise', () => {
  expect(showRatio({ num: 12, den: 1000 })).toBe('1.2%');
  expect(showRatio({ num: 667, den: 1000 })).toBe('66.7%');
  expect(showRatio({ num: 1, den: 1 })).toBe('100%');
  expect(showRatio({ num: 2, den: 3 })).toBe('2/3');
});
