/**
 * Helpers for the engine's per-unit columns (one typed array or list per field, unit i at entry i:
 * see README.md in this folder for why the engine keeps units as columns, not objects).
 */

/** Indexes i with `flag[i]` 1, in order (the list sized up front: no growing by push). Example: [1, 0, 1] → [0, 2]. */
export function indexesOf(flag: Uint8Array): number[] {
  let n = 0;
  for (let i = 0; i < flag.length; i++) n += flag[i] ?? 0;
  const out = new Array<number>(n);
  for (let i = 0, k = 0; i < flag.length; i++) if (flag[i] === 1) out[k++] = i;
  return out;
}

/**
 * `out[k] = from[at[k]]` for every k: a typed array's `from` with a mapping function is many times
 * slower. Example: pick(Float64Array.of(5, 6, 7), [2, 0], new Float64Array(2)) → [7, 5].
 */
export function pick<T extends Uint8Array | Float64Array>(from: T, at: readonly number[], out: T): T {
  for (let k = 0; k < at.length; k++) out[k] = from[at[k] ?? 0] ?? 0;
  return out;
}
