/**
 * The `考核结果` sheet (program-owned, rewritten whole on every run), laid out for 公示 printing:
 * row 1 a bold merged title, row 2 a bold shaded header, frozen below row 2, thin borders, the plan's
 * column widths, A4 fitted to one page wide with rows 1:2 repeated on every page.
 */
import type ExcelJS from 'exceljs';
import type { ResultSheetPlan } from '../../engine/model/plan';
import { colLetter } from '../../engine/address';
import { removeSheet } from './record-sheet';
import { orientationFor } from '../../engine/plan/print';

/** Header shading: a light blue-grey (Excel's "Blue, Accent 1, Lighter 80%"). */
export const RESULT_HEADER_FILL = 'FFDDEBF7';
export { PORTRAIT_MAX_WIDTH, orientationFor } from '../../engine/plan/print';

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Deletes the sheet `plan.name` if present and writes it anew at the end of the sheet order. */
export function writeResultSheet(wb: ExcelJS.Workbook, plan: ResultSheetPlan): ExcelJS.Worksheet {
  removeSheet(wb, plan.name);
  const width = Math.max(1, plan.header.length);
  const ws = wb.addWorksheet(plan.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
    pageSetup: {
      paperSize: 9,
      orientation: orientationFor(plan.widths),
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:2',
    },
    headerFooter: { oddFooter: `&C${plan.footer}` },
  });
  for (let c = 0; c < plan.widths.length; c++) ws.getColumn(c + 1).width = plan.widths[c] as number;

  const title = ws.getCell(1, 1);
  title.value = plan.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 24;
  if (width > 1) ws.mergeCells(`A1:${colLetter(width - 1)}1`);

  // One style object per kind of cell (exceljs saves shared style objects much faster).
  const headerStyle: Partial<ExcelJS.Style> = {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: RESULT_HEADER_FILL } },
    border: BORDER,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  };
  const bodyStyle: Partial<ExcelJS.Style> = { border: BORDER };
  // 小计 and 总分 with 小数位 decimals: one shared style object per number format.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const columnStyle = Array.from({ length: width }, (_, c) => {
    const nf = plan.numberFormats[c];
    if (!nf) return bodyStyle;
    let st = styles.get(nf);
    if (!st) styles.set(nf, (st = { border: BORDER, numFmt: nf }));
    return st;
  });
  const header = ws.getRow(2);
  plan.header.forEach((h, c) => {
    const cell = header.getCell(c + 1);
    cell.value = h;
    cell.style = headerStyle;
  });

  plan.rows.forEach((values, i) => {
    const row = ws.getRow(i + 3);
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      const v = values[c];
      cell.value = v === undefined ? null : v;
      cell.style = columnStyle[c] ?? bodyStyle;
    }
  });
  return ws;
}
