/**
 * The write plan's looks in the Office.js host (look.ts does the calls): which cells to read before
 * writing, their snapshot, and the write items — the new columns' headers merged over the header
 * block and in the look of the clerk header the plan names (`styleFrom.header`), each value cell in
 * the look of its row's clerk cell (`styleFrom.data`). Only from ExcelApi 1.9 (getCellProperties):
 * below it the columns are written plain and unmerged, as before, since undo could not put the
 * looks back exactly (docs/decisions.md).
 */
import type { PlannedColumn, WritePlan } from '../../engine/model/plan';
import type { CellState } from '../../engine/record';
import type { Item } from './batch';
import { LookPalette, lookChange, lookReadItem, lookWriteItem, mergeItem, type LookFormat } from './look';

const COLS = 16384;

/** A styled column's last row (its values' last row). */
const lastRow = (c: PlannedColumn): number => c.firstRow + c.values.length - 1;

/** The cells whose looks a write reads: the clerk cells it copies and the cells it changes. */
export class PlanLooks {
  /** (row * COLS + col) → look, for the data sheet. */
  readonly looks = new Map<number, LookFormat>();
  readonly palette = new LookPalette();
  readonly columns: readonly PlannedColumn[];
  constructor(private readonly plan: WritePlan, supported: boolean) {
    this.columns = supported ? plan.columns.filter((c) => c.styleFrom !== undefined || c.headerMerge !== undefined) : [];
  }

  /** Read items: each source cell or block once, and every styled column from its header to its last row. */
  reads(): Item[] {
    const sheet = this.plan.dataSheet;
    const into = (row: number, col: number, look: LookFormat): void => { this.looks.set(row * COLS + col, look); };
    const items: Item[] = [];
    const seen = new Set<string>();
    const once = (k: string, make: () => Item): void => { if (!seen.has(k)) { seen.add(k); items.push(make()); } };
    for (const c of this.columns) {
      const from = c.styleFrom;
      if (from) {
        once(`h${from.header.row},${from.header.col}`, () => lookReadItem(sheet, from.header.row, from.header.col, 1, 1, into));
        if (c.values.length) once(`d${c.firstRow},${lastRow(c)},${from.data.col}`, () => lookReadItem(sheet, c.firstRow, from.data.col, c.values.length, 1, into));
      }
      once(`t${c.col}`, () => lookReadItem(sheet, c.headerRow, c.col, lastRow(c) - c.headerRow + 1, 1, into));
    }
    return items;
  }

  /** The snapshot state of a styled cell: its saved state plus its fill and look (a palette index). */
  stateOf(col: number, row: number, base: CellState | null): CellState | null {
    if (!this.columns.some((c) => c.col === col)) return base;
    const look = this.looks.get(row * COLS + col);
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
      return source ? lookChange(source, this.looks.get(row * COLS + c.col), 'data') : {};
    });
    return [lookWriteItem(this.plan.dataSheet, c.firstRow, c.col, cells)];
  }
}
