/**
 * The `考核结果` sheet: title (row 1), the 考核单位/日期 line (row 2, when the plan has one), bold header
 * (row `plan.headerRow` + 1, frozen with the rows above), rows under it.
 */
import type { ResultSheetPlan } from '../../engine/model/plan';
import { halves, type Item } from './batch';
import { queuePrintSetup } from './print-setup';
import { ACTION_BYTES, PATH_BYTES, toOfficeInput } from './cells';
import { blockItem, rectangle } from './write-items';
import { lookOfPlan, resetLook, resultLookItems } from './result-look';
import { pageLayoutSupported, resultLookSupported } from './support';
import { printTitleRows } from '../../engine/plan/print';

/** The results sheet's header row (0-based `row`: 1, or 2 under an info line) in bold: the program's one format on it. */
function headerFormat(ws: Excel.Worksheet, width: number, row = 1): void {
  ws.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
}

/** Reads the widths (points) of the given columns of a sheet (default 0..count-1) into `into`. */
export function columnWidthsItem(sheet: string, count: number, into: Array<{ col: number; width: number | null }>, columns?: readonly number[]): Item {
  const list = columns ?? Array.from({ length: count }, (_, c) => c);
  return {
    // Per column: a range and its format object and a load (wire estimates: write-items.ts).
    est: 300 + list.length * 600,
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const cols = list.map((c) => ws.getRangeByIndexes(0, c, 1, 1).format.load('columnWidth'));
      return () => cols.forEach((f, i) => into.push({ col: list[i] as number, width: f.columnWidth }));
    },
    split: () => null,
  };
}

/** Sets column widths (points) on a sheet: a run's new columns, or undo putting widths back. */
export function setWidthsItem(sheet: string, widths: ReadonlyArray<{ col: number; width: number | null }>): Item {
  return {
    est: 300 + widths.length * 600,
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const w of widths) if (w.width !== null) ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = w.width;
      return () => undefined;
    },
    split: () => null,
  };
}

/**
 * Undo of a rewrite of the program's results sheet: the sheet cleared (its cells come back from the
 * snapshot afterwards) — with `look`, its merges and row heights too (the look comes back after the
 * cells: undo.ts) —, its header row (0-based `headerRow`) bold over `width` columns as the program
 * wrote it, the rows down to it frozen and repeated in print, the widths put back.
 */
export function resultSheetResetItem(sheet: string, width: number, widths: ReadonlyArray<{ col: number; width: number | null }>, headerRow = 1, look = false): Item {
  return {
    est: 2400 + widths.length * 600,
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      if (look) resetLook(ws);
      ws.getUsedRange().clear();
      if (width > 0) headerFormat(ws, width, headerRow);
      // The rows down to the earlier list's header frozen and printed on every page again (its info
      // line may have come or gone since).
      ws.freezePanes.freezeRows(headerRow + 1);
      if (pageLayoutSupported()) ws.pageLayout.setPrintTitleRows(printTitleRows(headerRow));
      for (const w of widths) if (w.width !== null) ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = w.width;
      return () => undefined;
    },
    split: () => null,
  };
}

/** Sets one number format on a column block (rows halve when over the payload budget). */
function numberFormatBlock(sheet: string, r: number, c: number, rows: number, nf: string): Item {
  return {
    est: 300 + rows * (nf.length + 6),
    queue(ctx) {
      ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(r, c, rows, 1).numberFormat = Array.from({ length: rows }, () => [nf]);
      return () => undefined;
    },
    split: () => halves(r, rows)?.map(([r2, n]) => numberFormatBlock(sheet, r2, c, n, nf)) ?? null,
  };
}

/** Excel column width in characters → points (7 px per character + 5 px padding, at 0.75 pt/px). */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/**
 * Writes the results sheet: `existed` — the program's own, cleared and rewritten in place — or a new
 * sheet added at the end. The header row bold, the plan's widths, the rows down to the header frozen;
 * where supported, the printable look after the values (result-look.ts).
 */
export function resultSheetItems(plan: ResultSheetPlan, existed: boolean): Item[] {
  const width = Math.max(1, plan.header.length);
  const look = resultLookSupported();
  const setup: Item = {
    // The sheet, its used range, the header's range, format and font, the panes, the page layout and its
    // footer (≈ 14 objects) and ≈ 10 calls (print-setup.ts), the old look's reset (2 and 2: result-look.ts);
    // per width a range, its format and the width.
    est: 16 * PATH_BYTES + 12 * ACTION_BYTES + plan.widths.length * (2 * PATH_BYTES + ACTION_BYTES),
    queue(ctx) {
      const ws = existed ? ctx.workbook.worksheets.getItem(plan.name) : ctx.workbook.worksheets.add(plan.name);
      if (existed && look) resetLook(ws);
      if (existed) ws.getUsedRange().clear();
      headerFormat(ws, width, plan.headerRow);
      plan.widths.forEach((w, i) => { ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w); });
      ws.freezePanes.freezeRows(plan.headerRow + 1);
      // Print titles, one page wide, page numbers (ExcelApi 1.9; older Excel prints with its defaults).
      queuePrintSetup(ws, plan);
      return () => undefined;
    },
    split: () => null,
  };
  // Title, the info line (text: a formula-looking line gets Excel's quote prefix), header.
  const top = plan.headerRow > 1 ? [[plan.title], [plan.info ?? ''], plan.header] : [[plan.title], plan.header];
  const head = rectangle(top.map((r) => r.map((v) => toOfficeInput(v))), width);
  const items: Item[] = [setup, blockItem(plan.name, 0, 0, head)];
  const first = plan.headerRow + 1;
  if (plan.rows.length) {
    items.push(blockItem(plan.name, first, 0, rectangle(plan.rows.map((r) => r.map((v) => toOfficeInput(v))), width)));
    // 小计 and 总分 with 小数位 decimals (98.00, 92.50), as in the data sheet.
    plan.numberFormats.forEach((nf, c) => {
      if (nf) items.push(numberFormatBlock(plan.name, first, c, plan.rows.length, nf));
    });
  }
  if (look) items.push(...resultLookItems(plan.name, lookOfPlan(plan)));
  return items;
}
