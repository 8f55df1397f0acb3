/**
 * mulberry32: a small seeded pseudo-random generator, so every bench run builds the same workbook.
 * Returns a function giving floats in [0, 1). Example: `const next = mulberry32(42); next()` → 0.6011…
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
