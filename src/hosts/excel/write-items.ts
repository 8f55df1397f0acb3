/** Write items (see batch.ts): 2-D blocks, fills per contiguous run, notes. */
import { a1 } from '../../engine/address';
import { halves, type Item } from './batch';
import { ACTION_BYTES, PATH_BYTES, payloadBytes } from './cells';

type Input = string | number | boolean;

/**
 * Writes a block at (r, c): optional number formats before (`nfBefore`), then `formulas` or `values`,
 * then optional number formats after (`nfAfter`). Rows split in halves when over the budget.
 */
export function blockItem(sheet: string, r: number, c: number, data: Input[][], opts: { prop?: 'values' | 'formulas'; nfBefore?: string[][] | null; nfAfter?: string[][] | null } = {}): Item {
  const prop = opts.prop ?? 'values';
  return {
    est: payloadBytes(data) + (opts.nfBefore ? payloadBytes(opts.nfBefore) : 0) + (opts.nfAfter ? payloadBytes(opts.nfAfter) : 0) + 2 * PATH_BYTES + 3 * ACTION_BYTES,
    queue(ctx) {
      if (data.length === 0) return () => undefined;
      const range = ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(r, c, data.length, data[0]?.length ?? 1);
      if (opts.nfBefore) range.numberFormat = opts.nfBefore;
      if (prop === 'values') range.values = data;
      else range.formulas = data;
      if (opts.nfAfter) range.numberFormat = opts.nfAfter;
      return () => undefined;
    },
    split: () => halves(0, data.length)?.map(([s, n]) => blockItem(sheet, r + s, c, data.slice(s, s + n), {
      prop, nfBefore: opts.nfBefore?.slice(s, s + n) ?? null, nfAfter: opts.nfAfter?.slice(s, s + n) ?? null,
    })) ?? null,
  };
}

export interface FillCell { readonly sheet: string; readonly row: number; readonly col: number; readonly fill: string | null }

/** Fills grouped into vertical runs of the same colour (null = no fill): one range per run. */
export function fillItems(cells: readonly FillCell[]): Item[] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: Array<{ sheet: string; col: number; row: number; n: number; fill: string | null }> = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === c.sheet && last.col === c.col && last.fill === c.fill && last.row + last.n === c.row) last.n++;
    else runs.push({ sheet: c.sheet, col: c.col, row: c.row, n: 1, fill: c.fill });
  }
  const perItem = 2000;
  const items: Item[] = [];
  for (let i = 0; i < runs.length; i += perItem) {
    const part = runs.slice(i, i + perItem);
    items.push({
      // Per run: the sheet, the range, its format and fill (4 objects) and the colour or clear.
      est: part.length * (4 * PATH_BYTES + ACTION_BYTES) + 200,
      queue(ctx) {
        for (const run of part) {
          const fill = ctx.workbook.worksheets.getItem(run.sheet).getRangeByIndexes(run.row, run.col, run.n, 1).format.fill;
          if (run.fill) fill.color = run.fill;
          else fill.clear();
        }
        return () => undefined;
      },
      split: () => null,
    });
  }
  return items;
}

export interface NoteChange {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** New text, or null to delete the note. */
  readonly text: string | null;
  /** Whether the cell has a note now. */
  readonly exists: boolean;
}

export function noteItems(changes: readonly NoteChange[]): Item[] {
  const items: Item[] = [];
  const make = (part: readonly NoteChange[]): Item => ({
    // Per change: the sheet, its notes, the note (3 objects) and the add / set / delete, plus the text.
    est: part.reduce((n, ch) => n + 3 * PATH_BYTES + ACTION_BYTES + (ch.text ? payloadBytes(ch.text) : 0), 200),
    queue(ctx) {
      for (const ch of part) {
        const notes = ctx.workbook.worksheets.getItem(ch.sheet).notes;
        const addr = a1(ch.row, ch.col);
        if (ch.text === null) { if (ch.exists) notes.getItemOrNullObject(addr).delete(); }
        else if (ch.exists) notes.getItemOrNullObject(addr).content = ch.text;
        else notes.add(addr, ch.text);
      }
      return () => undefined;
    },
    split: () => (part.length > 1 ? [make(part.slice(0, part.length >> 1)), make(part.slice(part.length >> 1))] : null),
  });
  for (let i = 0; i < changes.length; i += 1000) items.push(make(changes.slice(i, i + 1000)));
  return items;
}

/** Pads ragged rows with '' into a rectangle. */
export function rectangle(rows: ReadonlyArray<readonly Input[]>, width?: number): Input[][] {
  const w = width ?? rows.reduce((m, r) => Math.max(m, r.length), 1);
  return rows.map((r) => Array.from({ length: w }, (_, i) => r[i] ?? ''));
}
