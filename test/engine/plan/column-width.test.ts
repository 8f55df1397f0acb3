/**
 * plan/column-width.ts: `columnWidth` skips formatting a value that cannot be wider than the width so
 * far (`fixedAtMost`); the width must be what formatting every value gives (the plain version below).
 */
import fc from 'fast-check';
import { columnWidth, fixedAtMost } from '../../../src/engine/plan/column-width';
import { textWidth } from '../../../src/engine/plan/result-layout';
import type { OutValue } from '../../../src/engine/model/plan';

/** The plain version: every value of the first 2,000 formatted. */
function widthPlain(header: string, values: readonly OutValue[], decimals: number | null): number {
  let w = textWidth(header);
  for (const v of values.slice(0, 2000)) {
    if (v === null || v === undefined) continue;
    w = Math.max(w, textWidth(typeof v === 'number' && decimals !== null ? v.toFixed(decimals) : String(v)));
  }
  return Math.min(Math.max(w + 2, 6), 40);
}

test('hand cases: 组织建设小计 (12) over 28.5 → 14; 总分 (4) over 9.999 at 2 decimals (`10.00`, 5) → 7; -0.001 at 2 (`-0.00`, 5) → 7', () => {
  expect(columnWidth('组织建设小计', [28.5, 30], 2)).toBe(14);
  expect(columnWidth('总分', [9.999], 2)).toBe(7);
  expect(columnWidth('总分', [-0.001], 2)).toBe(7);
  expect(fixedAtMost(-28.5, 2)).toBe(6);
  expect(fixedAtMost(99.5, 0)).toBe(3); // `100` after the carry: 3
});

test('fixedAtMost is never below the length of toFixed', () => {
  fc.assert(fc.property(fc.oneof(fc.double(), fc.integer().map((i) => i / 1000), fc.constantFrom(9.995, 99.5, -0, -0.004, 999999.9999, 1e15, 1e21)), fc.integer({ min: 0, max: 6 }), (v, d) => {
    expect(fixedAtMost(v, d)).toBeGreaterThanOrEqual(v.toFixed(d).length);
  }));
});

test('columnWidth = formatting every value, for any header, values and decimals', () => {
  const value: fc.Arbitrary<OutValue> = fc.oneof(fc.double(), fc.integer(), fc.integer({ min: -100000, max: 100000 }).map((i) => i / 100), fc.string(), fc.constant('异常标记：缺失值(D7)'), fc.constant(null));
  fc.assert(fc.property(fc.string({ maxLength: 14 }), fc.array(value, { maxLength: 30 }), fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), (header, values, decimals) => {
    expect(columnWidth(header, values, decimals)).toBe(widthPlain(header, values, decimals));
  }));
});
