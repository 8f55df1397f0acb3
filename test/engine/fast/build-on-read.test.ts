/** fast/build-on-read.ts: the view reads exactly as the built list, asks for it once and only when read, and refuses writes. */
import { buildOnRead } from '../../../src/engine/fast/build-on-read';

function source(lists: ReadonlyArray<ReadonlyArray<string | null>>) {
  const asked: number[] = [];
  return { asked, detailsOf: (u: number) => (asked.push(u), lists[u] ?? []) };
}

describe('buildOnRead', () => {
  test('nothing is built until the view is read', () => {
    const s = source([['甲', null]]);
    buildOnRead(s, 0);
    expect(s.asked).toEqual([]);
  });

  test('every kind of read gives the built list; it is built once', () => {
    const s = source([[], ['述职评议', null, '民主测评']]);
    const view = buildOnRead(s, 1);
    expect(view.length).toBe(3);
    expect(view[0]).toBe('述职评议');
    expect(view[1]).toBeNull();
    expect([...view]).toEqual(['述职评议', null, '民主测评']);
    expect(JSON.stringify(view)).toBe('["述职评议",null,"民主测评"]');
    expect(Object.keys(view)).toEqual(['0', '1', '2']);
    expect(2 in view).toBe(true);
    expect(view.map((d) => d ?? '—')).toEqual(['述职评议', '—', '民主测评']);
    expect(view).toEqual(['述职评议', null, '民主测评']);
    expect(Array.isArray(view)).toBe(true);
    expect(s.asked).toEqual([1]);
  });

  test('an empty list reads as empty', () => {
    const view = buildOnRead(source([[]]), 0);
    expect([view.length, JSON.stringify(view)]).toEqual([0, '[]']);
  });

  test('writes are refused (TypeError in strict mode) and change nothing', () => {
    const view = buildOnRead(source([['甲']]), 0) as unknown as string[];
    expect(() => { view[0] = '乙'; }).toThrow(TypeError);
    expect(() => view.push('丙')).toThrow(TypeError);
    expect(() => { delete view[0]; }).toThrow(TypeError);
    expect([...view]).toEqual(['甲']);
  });
});
