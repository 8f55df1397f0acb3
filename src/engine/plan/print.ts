/**
 * How the `考核结果` sheet prints, the same in both hosts (src/hosts/xlsx/result-sheet.ts,
 * src/hosts/excel/print-setup.ts): A4, one page wide, the rows from the title down to the header
 * repeated on every page, portrait when the columns fit across.
 */

/**
 * Widths (in characters) that fit an A4 page in portrait with Excel's default margins
 * (8.27 in − 2 × 0.7 in ≈ 6.9 in ≈ 95 characters of the default font); wider sheets print landscape.
 */
export const PORTRAIT_MAX_WIDTH = 95;

/** Portrait when the columns fit an A4 page across, else landscape. Example: widths [8, 20, 10] → 'portrait'. */
export function orientationFor(widths: readonly number[]): 'portrait' | 'landscape' {
  const total = widths.reduce((s, w) => s + w, 0);
  return total > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait';
}

/**
 * The rows repeated at the top of every printed page: row 1 (the title) down to the header row
 * (0-based `headerRow`), as whole rows in A1 style. Example: headerRow 1 → `$1:$2`.
 */
export function printTitleRows(headerRow: number): string {
  return `$1:$${Math.max(0, headerRow) + 1}`;
}
