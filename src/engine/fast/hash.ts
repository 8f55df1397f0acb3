/**
 * FNV-1a, 32 bits, over UTF-16 code units or integers: the one string hash of the program (the hash
 * index, duplicate names, 雷同 vectors, the Excel host's sheet fingerprints). Values stay signed 32-bit
 * integers (`Math.imul`), which V8 keeps unboxed; `>>> 0` makes one unsigned for display.
 */

export const FNV1A_OFFSET = 0x811c9dc5 | 0;
const FNV1A_PRIME = 0x01000193;

/**
 * FNV-1a of `s`, continuing from `h` (default: the offset basis), as a signed 32-bit integer.
 * Example: (fnv1a('a') >>> 0).toString(16) === 'e40c292c'.
 */
export function fnv1a(s: string, h: number = FNV1A_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV1A_PRIME);
  return h;
}

/** One FNV-1a step over a 32-bit integer `x` (used as one "octet"). */
export function fnv1aInt(h: number, x: number): number {
  return Math.imul(h ^ x, FNV1A_PRIME);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * FNV-1a steps over a finite number: a multiple of 0.5 (the usual score) through the integer 2x, any
 * other number through its two 32-bit halves. Equal numbers hash alike (0 and −0 too).
 */
export function fnv1aNumber(h: number, x: number): number {
  const twice = x * 2;
  if ((twice | 0) === twice) return fnv1aInt(h, twice);
  f64[0] = x;
  return fnv1aInt(fnv1aInt(h, u32[0] ?? 0), u32[1] ?? 0);
}
