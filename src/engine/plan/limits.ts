/** Excel's limit for text in a cell (and in a note). */
export const CELL_TEXT_LIMIT = 32767;

/** Cuts text to what a cell holds, ending with `…` when cut. Example: clip('abc', 2) === 'a…'. */
export function clip(text: string, limit = CELL_TEXT_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
