/**
 * The `考核结果` sheet (program-owned, rewritten whole on every run), laid out for 公示 printing:
 * row 1 a bold merged title, then the data sheet's 考核单位/日期 line merged (row 2, when the plan has
 * one), then a bold shaded header (row `plan.headerRow` + 1), frozen below it, thin borders, the plan's
 * column widths, A4 fitted to one page wide with the rows down to the header repeated on every page.
 */
import type ExcelJS from 'exceljs';
import type { ResultSheetPlan } from '../../engine/model/plan';
import { colLetter } from '../../engine/address';
import { removeSheet } from './record-sheet';
import { orientationFor } from '../../engine/plan/print';
import { RESULT_HEADER_FILL } from '../../engine/plan/result-style';

/** Header shading: shared with the Office.js host (src/engine/plan/result-style.ts). */
export { RESULT_HEADER_FILL };
export { PORTRAIT_MAX_WIDTH, orientationFor } from '../../engine/plan/print';

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Deletes the sheet `plan.name` if present and writes it anew at the end of the sheet order. */
export function writeResultSheet(wb: ExcelJS.Workbook, plan: ResultSheetPlan): ExcelJS.Worksheet {
  removeSheet(wb, plan.name);
  const width = Math.max(1, plan.header.length);
  // 1-based Excel rows: the header, and the first data row under it.
  const headerRow = plan.headerRow + 1;
  const ws = wb.addWorksheet(plan.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: orientationFor(plan.widths),
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `1:${headerRow}`,
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
  if (plan.info !== null && plan.headerRow > 1) {
    // The 考核单位/日期 line, as text (exceljs writes a string as text, never as a formula).
    const info = ws.getCell(2, 1);
    info.value = plan.info;
    info.alignment = { horizontal: 'left', vertical: 'middle' };
    if (width > 1) ws.mergeCells(`A2:${colLetter(width - 1)}2`);
  }

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
  // The long text columns (一票否决, 异常标记 / 备注) wrap within their width (plan/result-layout.ts).
  const wrapStyle: Partial<ExcelJS.Style> = { border: BORDER, alignment: { vertical: 'middle', wrapText: true } };
  const columnStyle = Array.from({ length: width }, (_, c) => {
    const nf = plan.numberFormats[c];
    if (!nf) return plan.wrap[c] ? wrapStyle : bodyStyle;
    let st = styles.get(nf);
    if (!st) styles.set(nf, (st = { border: BORDER, numFmt: nf }));
    return st;
  });
  const header = ws.getRow(headerRow);
  plan.header.forEach((h, c) => {
    const cell = header.getCell(c + 1);
    cell.value = h;
    cell.style = headerStyle;
  });
  if (plan.headerHeight !== null) header.height = plan.headerHeight;

  plan.rows.forEach((values, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      const v = values[c];
      cell.value = v === undefined ? null : v;
      cell.style = columnStyle[c] ?? bodyStyle;
    }
  });
  for (const tall of plan.rowHeights) ws.getRow(headerRow + 1 + tall.row).height = tall.points;
  return ws;
}
