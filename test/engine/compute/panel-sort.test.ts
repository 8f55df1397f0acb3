/** The panel's sort (compute/methods/panel.ts `sortByScore`): insertion for small panels, the built-in sort above. */
import fc from 'fast-check';
import { sortByScore } from '../../../src/engine/compute/methods/panel';

/** The order the comparator of SPEC §8.4's drops asks for: by score, ties in column order. */
const byComparator = (order: number[], scores: number[]): number[] => [...order].sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) || a - b);

test('ties keep column order: scores 90 95 95 70 70 80 → judges 3 4 5 0 1 2', () => {
  const order = [0, 1, 2, 3, 4, 5];
  sortByScore(order, [90, 95, 95, 70, 70, 80]);
  expect([...order]).toEqual([3, 4, 5, 0, 1, 2]);
});

test('equals the comparator sort for any panel, small (insertion) and large (built-in), ties and all', () => {
  // Scores from a small pool make ties common; the judges who scored are any subset (order ascending, as trimPanel gives it).
  const panel = fc.array(fc.constantFrom(60, 70, 70.5, 80, 85, 90, 95, 100, 0), { minLength: 0, maxLength: 80 });
  fc.assert(fc.property(panel, fc.func(fc.boolean()), (scores, skip) => {
    const order = scores.map((_, j) => j).filter((j) => !skip(j));
    const got = [...order];
    sortByScore(got, scores);
    expect([...got]).toEqual(byComparator(order, scores));
  }), { numRuns: 1000 });
});
