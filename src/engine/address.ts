/**
 * A1 addresses. Columns: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. Rows: 0-based in, 1-based out.
 * Example: a1(6, 3) === 'D7'.
 */
export function colLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** 'AA' → 26. Returns -1 for anything that is not column letters. */
export function colIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 'D7' → { row: 6, col: 3 }; null when not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const col = colIndex(m[1] as string);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return null;
  return { row, col };
}
