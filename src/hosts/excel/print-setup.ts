/**
 * The `考核结果` sheet's print setup in Excel, as the .xlsx host writes it (src/engine/plan/print.ts):
 * A4, one page wide and as many pages tall as the rows need, the rows from the title down to the
 * header repeated on every page, portrait or landscape by the columns' widths, centred across, and
 * `第 &P 页 共 &N 页` in the footer. Every call is `Worksheet.pageLayout` (Excel.PageLayout, ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): below 1.9 the sheet prints
 * with Excel's defaults. Queued with the rest of the sheet's setup: no sync of its own.
 */
import type { ResultSheetPlan } from '../../engine/model/plan';
import { orientationFor, printTitleRows } from '../../engine/plan/print';
import { pageLayoutSupported } from './support';

/**
 * One page wide, pages tall "automatic". `PageLayoutZoomOptions`
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions) says only "Number of
 * pages to fit vertically"; 0 is what Excel itself stores for "automatic" (the file's
 * `<pageSetup fitToHeight="0">`, which the .xlsx host writes) and what VBA's `FitToPagesTall = False`
 * means ("scales the worksheet according to the FitToPagesWide property"). Leaving it out is not
 * safer: Excel's "Fit to" defaults to 1 page tall, which would shrink a long list onto one page.
 * docs/real-excel-check.md checks it in 打印预览. The object is set whole, as the reference requires
 * ("use `x.zoom = {...}` instead of `x.zoom.scale = ...`").
 */
export const ONE_PAGE_WIDE: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 0 };

/** Queues the print setup of the results sheet `ws` (nothing below ExcelApi 1.9). */
export function queuePrintSetup(ws: Excel.Worksheet, plan: ResultSheetPlan): void {
  if (!pageLayoutSupported()) return;
  const page = ws.pageLayout;
  page.headersFooters.defaultForAllPages.centerFooter = plan.footer;
  page.setPrintTitleRows(printTitleRows(plan.headerRow));
  page.orientation = orientationFor(plan.widths) === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.centerHorizontally = true;
  page.zoom = ONE_PAGE_WIDE;
}
