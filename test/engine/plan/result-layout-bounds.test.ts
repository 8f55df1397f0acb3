/**
 * plan/result-layout.ts skips making the text of a value that cannot be wider than the widest so far
 * (`shownAtMost`) and counts a short text as one line without measuring it: the layout must be what
 * measuring every value gives (the plain versions below, as the file computed them before).
 */
import fc from 'fast-check';
import { layoutResult, linesIn, shownAtMost, textWidth } from '../../../src/engine/plan/result-layout';
import type { OutValue } from '../../../src/engine/model/plan';

const linesPlain = (text: string, width: number): number => Math.max(1, Math.ceil(textWidth(text) / Math.max(1, width - 2)));

/** The widths as measured value by value (the first 2,000 rows). */
function widthsPlain(header: readonly string[], rows: ReadonlyArray<readonly OutValue[]>, wrapped: ReadonlySet<number>): number[] {
  return header.map((h, c) => {
    let values = 0;
    for (const row of rows.slice(0, 2000)) {
      const v = row[c];
      if (v !== null && v !== undefined) values = Math.max(values, textWidth(String(v)));
    }
    const head = textWidth(h);
    const w = Math.max(values, head <= 8 ? head : Math.ceil(head / 2)) + 2;
    return Math.max(6, Math.min(w, wrapped.has(c) ? 24 : 60));
  });
}

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('缺失值(D25)；离群(E7)', '安全生产：发生较大安全生产事故（取消评优）', '★★★', '𠀀𠀁', ''));
const number = fc.oneof(fc.double(), fc.integer({ min: -1e7, max: 1e7 }).map((i) => i / 100), fc.integer(), fc.constantFrom(-0, 0.05, 99.99, 9.995, 1e15, 1e21, 1e-7, 0.1 + 0.2));

test('hand cases: -28.5 → at least 5 (`-28.5`), 100 → 3, a CJK text 2 a character', () => {
  expect(shownAtMost(-28.5)).toBeGreaterThanOrEqual(5);
  expect(shownAtMost(100)).toBe(3);
  expect(shownAtMost('总分')).toBe(4);
  expect(linesIn('一二三', 8)).toBe(1);
  expect(linesIn('一二三四五六七', 8)).toBe(3);
});

test('shownAtMost is never below the text width', () => {
  fc.assert(fc.property(fc.oneof(text, number), (v) => {
    expect(shownAtMost(v)).toBeGreaterThanOrEqual(textWidth(String(v)));
  }), { numRuns: 3000 });
});

test('linesIn = the measured lines, for any text and width', () => {
  fc.assert(fc.property(text, fc.integer({ min: 0, max: 70 }), (t, w) => {
    expect(linesIn(t, w)).toBe(linesPlain(t, w));
  }));
});

test('layoutResult widths and row heights = measuring every value', () => {
  const value: fc.Arbitrary<OutValue> = fc.oneof(number, text, fc.constant(null));
  fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.array(value, { minLength: 6, maxLength: 6 }), { maxLength: 12 }), fc.uniqueArray(fc.nat(5), { maxLength: 2 }), (header, rows, wrappedList) => {
    const wrapped = new Set(wrappedList);
    const layout = layoutResult(header, rows, wrapped);
    const widths = widthsPlain(header, rows, wrapped);
    expect(layout.widths).toEqual(widths);
    const heights = rows.flatMap((row, r) => {
      let lines = 1;
      for (const c of wrapped) {
        const v = row[c];
        if (typeof v === 'string' && v) lines = Math.max(lines, linesPlain(v, widths[c] ?? 24));
      }
      return lines > 1 ? [{ row: r, points: lines * 14.25 }] : [];
    });
    expect(layout.rowHeights).toEqual(heights);
  }));
});
