/**
 * The look of the `考核结果` list, the same in both hosts (src/hosts/xlsx/result-sheet.ts,
 * src/hosts/excel/result-look.ts): the values each host writes in its own form.
 */

/** Header shading: a light blue-grey (Excel's "Blue, Accent 1, Lighter 80%"), as ARGB. */
export const RESULT_HEADER_FILL = 'FFDDEBF7';
/** The title's font size (points) and its row's height (points). */
export const TITLE_FONT_SIZE = 14;
export const TITLE_ROW_HEIGHT = 24;
/** Thin black lines around every cell of the header and the data rows, as ARGB. */
export const RESULT_BORDER_COLOR = 'FF000000';

/** ARGB (`FFDDEBF7`) → Office.js colour (`#DDEBF7`). */
export const argbToHex = (argb: string): string => `#${argb.slice(-6).toUpperCase()}`;

/**
 * The columns whose data cells wrap: 一票否决 and the last one (异常标记 / 备注), as the plan builds
 * them (src/engine/plan/result-sheet.ts). Example: wrappedColumns(8) has 6 and 7.
 */
export const wrappedColumns = (width: number): Set<number> => new Set([width - 2, width - 1].filter((c) => c >= 0));
