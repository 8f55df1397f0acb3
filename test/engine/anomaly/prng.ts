/** A small seeded PRNG for realistic test data (not a test file). */

// One seeded generator for the project: the bench's (same seed, same sequence).
export { mulberry32 } from '../../../bench/prng';

/** A standard normal draw by Box–Muller from the given uniform source. */
export function normal(rand: () => number): number {
  const u = 1 - rand(); // (0, 1]
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
