/**
 * The write plan's looks in the Office.js host (look.ts does the calls): which cells to read before
 * writing, their snapshot, and the write items — the new columns' headers merged over the header
 * block and in the look of the clerk header the plan names (`styleFrom.header`), each value cell in
 * the look of its row's clerk cell (`styleFrom.data`). Only from ExcelApi 1.9 (getCellProperties):
 * below it the columns are written plain and unmerged, as before, since undo could not put the
 * looks back exactly (docs/decisions.md).
 *
 * What is read (issue 14, fewer syncs at scale): the clerk header cell; the clerk data column's cells
 * one by one (each row gives its own look: a bold 分值 row stays bold), without their fill (not
 * copied); and of the new columns' cells — whose looks undo needs — only those inside the sheet's
 * formatted used range one by one (`getUsedRange(false)`: a cell outside it has no format of its
 * own, so all such cells of a column look alike): one cell stands for the rest. A new column right of
 * the clerk's table is wholly outside: its header cell is read in the first sync and nothing more.
 */
import type { PlannedColumn, WritePlan } from '../../engine/model/plan';
import type { CellState } from '../../engine/record';
import type { Item } from './batch';
import { DATA_LOOK_LOAD, LookPalette, formattedAreaItem, lookChange, lookReadItem, lookWriteItem, mergeItem, type Area, type LookFormat } from './look';

const COLS = 16384;

/** A styled column's last row (its values' last row). */
const lastRow = (c: PlannedColumn): number => c.firstRow + c.values.length - 1;

/** The cells whose looks a write reads: the clerk cells it copies and the cells it changes. */
export class PlanLooks {
  /** (row * COLS + col) → look, for the data sheet. */
  readonly looks = new Map<number, LookFormat>();
  readonly palette = new LookPalette();
  readonly columns: readonly PlannedColumn[];
  /** The data sheet's formatted used range (first sync). */
  private area: Area | null = null;
  /** Per new column: the look of its cells outside the formatted used range, and the last row read one by one (-1: none). */
  private readonly outside = new Map<number, { look: LookFormat | null; lastRead: number }>();
  constructor(private readonly plan: WritePlan, supported: boolean) {
    this.columns = supported ? plan.columns.filter((c) => c.styleFrom !== undefined || c.headerMerge !== undefined) : [];
  }

  private readonly into = (row: number, col: number, look: LookFormat): void => { this.looks.set(row * COLS + col, look); };

  /** First-sync read items: each source cell or block once, the used range, each new column's header cell. */
  reads(): Item[] {
    const sheet = this.plan.dataSheet;
    const items: Item[] = [];
    const seen = new Set<string>();
    const once = (k: string, make: () => Item): void => { if (!seen.has(k)) { seen.add(k); items.push(make()); } };
    for (const c of this.columns) {
      const from = c.styleFrom;
      if (from) {
        once(`h${from.header.row},${from.header.col}`, () => lookReadItem(sheet, from.header.row, from.header.col, 1, 1, this.into));
        if (c.values.length) once(`d${c.firstRow},${lastRow(c)},${from.data.col}`, () => lookReadItem(sheet, c.firstRow, from.data.col, c.values.length, 1, this.into, DATA_LOOK_LOAD));
      }
      once(`t${c.col}`, () => lookReadItem(sheet, c.headerRow, c.col, 1, 1, this.into));
    }
    if (this.columns.length) items.push(formattedAreaItem(sheet, (a) => { this.area = a; }));
    return items;
  }

  /**
   * After the first sync: the new columns' cells inside the formatted used range, one by one, and a
   * cell below it standing for the rest of the column. None for a column wholly outside.
   */
  followUps(): Item[] {
    const sheet = this.plan.dataSheet;
    const items: Item[] = [];
    const a = this.area;
    for (const c of this.columns) {
      if (this.outside.has(c.col)) continue;
      const last = lastRow(c);
      const meets = a !== null && c.col >= a.left && c.col <= a.right && c.headerRow <= a.bottom && last >= a.top;
      if (!meets) {
        this.outside.set(c.col, { look: this.looks.get(c.headerRow * COLS + c.col) ?? null, lastRead: c.headerRow });
        continue;
      }
      const lastRead = Math.min(last, a.bottom);
      const entry = { look: null as LookFormat | null, lastRead };
      this.outside.set(c.col, entry);
      if (lastRead > c.headerRow) items.push(lookReadItem(sheet, c.headerRow + 1, c.col, lastRead - c.headerRow, 1, this.into));
      if (last > lastRead) items.push(lookReadItem(sheet, lastRead + 1, c.col, 1, 1, (_r, _c, look) => { entry.look = look; }));
    }
    return items;
  }

  /** The look a new column's cell has now (after `followUps` ran). */
  private targetLook(row: number, col: number): LookFormat | undefined {
    const o = this.outside.get(col);
    if (o && row > o.lastRead) return o.look ?? undefined;
    return this.looks.get(row * COLS + col);
  }

  /** The snapshot state of a styled cell: its saved state plus its fill and look (a palette index). */
  stateOf(col: number, row: number, base: CellState | null): CellState | null {
    if (!this.columns.some((c) => c.col === col)) return base;
    const look = this.targetLook(row, col);
    if (!look) return base;
    const fill = look.fill !== null ? { fill: look.fill } : {};
    return { ...(base ?? { v: null }), ...fill, fmt: this.palette.add(look) };
  }

  /** The areas the write merges (undo unmerges them). */
  merges(): Array<{ sheet: string; top: number; left: number; bottom: number; right: number }> {
    return this.columns.flatMap((c) => (c.headerMerge ? [{ sheet: this.plan.dataSheet, top: c.headerMerge.top, left: c.col, bottom: c.headerMerge.bottom, right: c.col }] : []));
  }

  /** After the header's value: merge it over the header block, then give it the clerk header's look (merge first: office-js #6405). */
  headerItems(c: PlannedColumn): Item[] {
    if (!this.columns.includes(c)) return [];
    const sheet = this.plan.dataSheet;
    const items: Item[] = [];
    const m = c.headerMerge;
    if (m) items.push(mergeItem(sheet, [{ top: m.top, left: c.col, bottom: m.bottom, right: c.col }]));
    const from = c.styleFrom;
    const source = from ? this.looks.get(from.header.row * COLS + from.header.col) : undefined;
    if (source) {
      const rows = m ? m.bottom - m.top + 1 : 1;
      // The merged area in full (at most a few cells): what Excel gives covered cells on merging is not documented.
      items.push(lookWriteItem(sheet, c.headerRow, c.col, Array.from({ length: rows }, () => lookChange(source, undefined, 'header'))));
    }
    return items;
  }

  /** After the values: each value cell in the look of its row's clerk cell, only what differs. */
  dataItems(c: PlannedColumn): Item[] {
    const from = c.styleFrom;
    if (!from || !this.columns.includes(c) || c.values.length === 0) return [];
    const cells = c.values.map((_v, i) => {
      const row = c.firstRow + i;
      const source = this.looks.get(row * COLS + from.data.col);
      return source ? lookChange(source, this.targetLook(row, c.col), 'data') : {};
    });
    return [lookWriteItem(this.plan.dataSheet, c.firstRow, c.col, cells)];
  }
}
