/**
 * `a1(row, col)` with each column's letters computed once (the compute step names every judge's
 * and voter's cell of every unit: `述职评议!C4`). Plain: `a1` in address.ts, which it equals.
 * Example: a1Cached(6, 3) === 'D7'.
 */
import { colLetter } from '../address';

const LETTERS: string[] = [];

/** `colLetter(col)`, cached for Excel's 16,384 columns. */
export function colLetterCached(col: number): string {
  if (col < 0 || col >= 16384 || !Number.isInteger(col)) return colLetter(col);
  return (LETTERS[col] ??= colLetter(col));
}

/** Equals `a1(row, col)`. */
export function a1Cached(row: number, col: number): string {
  return colLetterCached(col) + String(row + 1);
}
