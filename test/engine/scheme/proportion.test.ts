/** 比例上限 and other ratios: `20%`, `0.2`, `20`, `1/5`, and the obvious “不超过20%” / “≤20%” (issue 13). */
import { readProportion } from '../../../src/engine/scheme/values';

test.each([
  ['20%', 0.2], [0.2, 0.2], [20, 0.2], ['1/5', 0.2],
  ['不超过20%', 0.2], ['≤20%', 0.2], ['<= 20%', 0.2], ['最多 30%', 0.3], ['不高于０．２', 0.2],
] as const)('%s → %s', (cell, expected) => {
  expect(readProportion(cell)).toBeCloseTo(expected, 12);
});

test('other text is no proportion', () => {
  expect(readProportion('大约两成')).toBeNaN();
  expect(readProportion('不超过')).toBeNaN();
});
