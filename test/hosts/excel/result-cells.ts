/**
 * The 考核结果 cells as the Office.js host writes them (result-look.ts), written out by hand from
 * the .xlsx host's look (src/hosts/xlsx/result-sheet.ts): the title bold 14 pt centred, the header
 * shaded #DDEBF7 (ARGB FFDDEBF7), bold, centred both ways, wrapped, thin black borders on header
 * and data cells.
 */
const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' };
export const BOXED = { top: thin, bottom: thin, left: thin, right: thin };

export const titleCell = (v: string) => ({ v, bold: true, fmt: { fontSize: 14, horizontalAlignment: 'Center', verticalAlignment: 'Center' } });
export const headerCell = (v: string) => ({ v, bold: true, fill: '#DDEBF7', fmt: { borders: BOXED, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true } });
/** A data cell: boxed; `wrap` in a wrapped column (一票否决, 异常标记 / 备注). */
export const dataCell = (v: string | number, extra: { nf?: string; wrap?: boolean } = {}) => ({
  v, ...(extra.nf ? { nf: extra.nf } : {}), fmt: { borders: BOXED, ...(extra.wrap ? { wrapText: true } : {}) },
});
/** The 考核单位/日期 line (row 2): merged across, left-aligned. */
export const infoCell = (v: string) => ({ v, fmt: { horizontalAlignment: 'Left', verticalAlignment: 'Center' } });
