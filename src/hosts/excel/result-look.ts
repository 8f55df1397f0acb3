/**
 * The 考核结果 list's look in the Office.js host, as the .xlsx host writes it (src/hosts/xlsx/result-sheet.ts):
 * the title merged across the table (bold 14 pt, centred, row height 24), the 考核单位/日期 line merged
 * across (left), the header shaded, bold, centred both ways and wrapped (its height when a header
 * takes two lines), thin borders around every header and data cell, the 一票否决 and 异常标记/备注
 * columns wrapped, and the taller rows their wrapped text needs.
 *
 * A bounded number of calls: per whole range (title, info line, header, the borders of header and
 * data as one range: one call per edge), per wrapped column, and per run of rows of equal height —
 * never per cell. Every API is ExcelApi 1.1 (font, fill, alignment, wrapText, borders), 1.2
 * (`merge`, `unmerge`, `rowHeight`) or 1.7 (`useStandardHeight`): `resultLookSupported` (support.ts);
 * below it the list is written as plain values with a bold header.
 */
import type { CellState } from '../../engine/record';
import type { OutValue, ResultSheetPlan } from '../../engine/model/plan';
import { layoutResult } from '../../engine/plan/result-layout';
import { argbToHex, RESULT_BORDER_COLOR, RESULT_HEADER_FILL, TITLE_FONT_SIZE, TITLE_ROW_HEIGHT, wrappedColumns } from '../../engine/plan/result-style';
import { halves, type Item } from './batch';
import { ACTION_BYTES, PATH_BYTES } from './cells';

/** What the look depends on: the table's shape and the plan's wrap and heights. */
export interface ResultLook {
  readonly width: number;
  /** 0-based sheet row of the header (1, or 2 under the info line). */
  readonly headerRow: number;
  /** Data rows under the header. */
  readonly rows: number;
  readonly wrap: readonly boolean[];
  readonly headerHeight: number | null;
  /** 0-based within the data rows. */
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly points: number }>;
}

export const lookOfPlan = (plan: ResultSheetPlan): ResultLook => ({
  width: Math.max(1, plan.header.length), headerRow: plan.headerRow, rows: plan.rows.length,
  wrap: plan.wrap, headerHeight: plan.headerHeight, rowHeights: plan.rowHeights,
});

const COLS = 16384;

/**
 * The look of a list the program wrote, from its cells as undo saved them (`row * 16384 + col` →
 * state) and its header row: the plan's layout worked out again from the header and the rows
 * (result-layout.ts, the columns result-style.ts `wrappedColumns` names), as the run that wrote it did.
 */
export function lookOfCells(cells: ReadonlyMap<number, CellState | null>, headerRow: number): ResultLook {
  const header: string[] = [];
  const rows: OutValue[][] = [];
  for (const [k, s] of cells) {
    const r = Math.floor(k / COLS), c = k % COLS;
    const v = s?.v ?? null;
    const out: OutValue = typeof v === 'number' || typeof v === 'string' ? v : v === null ? null : String(v);
    if (r === headerRow) header[c] = String(v ?? '');
    else if (r > headerRow) (rows[r - headerRow - 1] ??= [])[c] = out;
  }
  const width = Math.max(1, header.length);
  const full = Array.from({ length: width }, (_h, c) => header[c] ?? '');
  const data = Array.from({ length: rows.length }, (_r, i) => Array.from({ length: width }, (_v, c) => rows[i]?.[c] ?? null));
  const { wrap, headerHeight, rowHeights } = layoutResult(full, data, wrappedColumns(width));
  return { width, headerRow, rows: data.length, wrap, headerHeight, rowHeights };
}

/** Before a rewrite (and undo): the list's merges and row heights go with its cells. */
export function resetLook(ws: Excel.Worksheet): void {
  const used = ws.getUsedRange();
  used.unmerge();
  used.format.useStandardHeight = true;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Thin black lines on every edge of the range and between its cells (one call per line kind). */
function thinBorders(range: Excel.Range, rows: number, cols: number): void {
  const lines: string[] = [...EDGES, ...(rows > 1 ? ['InsideHorizontal'] : []), ...(cols > 1 ? ['InsideVertical'] : [])];
  for (const name of lines) {
    const b = range.format.borders.getItem(name as Excel.BorderIndex);
    b.style = 'Continuous' as Excel.BorderLineStyle;
    b.weight = 'Thin' as Excel.BorderWeight;
    b.color = argbToHex(RESULT_BORDER_COLOR);
  }
}

/** Title, info line, header and borders: a fixed number of calls, plus one per wrapped column. */
function frameItem(sheet: string, look: ResultLook): Item {
  const wrapped = look.wrap.flatMap((w, c) => (w ? [c] : []));
  return {
    // ≈ 30 objects and 40 calls for the title, line, header and the six border lines; per wrapped column 3 and 1.
    est: 30 * PATH_BYTES + 40 * ACTION_BYTES + wrapped.length * (3 * PATH_BYTES + ACTION_BYTES),
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const w = look.width;
      // Merge first, then format: a format set before merging may be lost (office-js #6405).
      const title = ws.getRangeByIndexes(0, 0, 1, w);
      if (w > 1) title.merge(false);
      title.format.font.bold = true;
      title.format.font.size = TITLE_FONT_SIZE;
      title.format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
      title.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
      title.format.rowHeight = TITLE_ROW_HEIGHT;
      if (look.headerRow > 1) {
        const info = ws.getRangeByIndexes(1, 0, 1, w);
        if (w > 1) info.merge(false);
        info.format.horizontalAlignment = 'Left' as Excel.HorizontalAlignment;
        info.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
      }
      const header = ws.getRangeByIndexes(look.headerRow, 0, 1, w);
      header.format.fill.color = argbToHex(RESULT_HEADER_FILL);
      header.format.font.bold = true;
      header.format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
      header.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
      header.format.wrapText = true;
      if (look.headerHeight !== null) header.format.rowHeight = look.headerHeight;
      thinBorders(ws.getRangeByIndexes(look.headerRow, 0, 1 + look.rows, w), 1 + look.rows, w);
      if (look.rows > 0) for (const c of wrapped) ws.getRangeByIndexes(look.headerRow + 1, c, look.rows, 1).format.wrapText = true;
      return () => undefined;
    },
    split: () => null,
  };
}

interface HeightRun { readonly row: number; readonly n: number; readonly points: number }

/** Runs of consecutive rows of one height (sheet rows, 0-based). Example: rows 4, 5 at 28.5 and 9 at 42.75 → 2 runs. */
export function heightRuns(firstRow: number, heights: ResultLook['rowHeights']): HeightRun[] {
  const runs: HeightRun[] = [];
  for (const h of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    const row = firstRow + h.row;
    if (last && last.points === h.points && last.row + last.n === row) runs[runs.length - 1] = { ...last, n: last.n + 1 };
    else runs.push({ row, n: 1, points: h.points });
  }
  return runs;
}

function heightsItem(sheet: string, runs: readonly HeightRun[]): Item {
  return {
    // Per run: the sheet, the range and its format (3 objects) and the height.
    est: 200 + runs.length * (3 * PATH_BYTES + ACTION_BYTES),
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const run of runs) ws.getRangeByIndexes(run.row, 0, run.n, 1).format.rowHeight = run.points;
      return () => undefined;
    },
    split: () => halves(0, runs.length)?.map(([s, n]) => heightsItem(sheet, runs.slice(s, s + n))) ?? null,
  };
}

/** The look's items, queued after the list's values (the title merged over its written cells). */
export function resultLookItems(sheet: string, look: ResultLook): Item[] {
  const runs = heightRuns(look.headerRow + 1, look.rowHeights);
  const items: Item[] = [frameItem(sheet, look)];
  for (let i = 0; i < runs.length; i += 2000) items.push(heightsItem(sheet, runs.slice(i, i + 2000)));
  return items;
}
