/**
 * The undo snapshot (src/engine/record.ts): the prior state of every cell a write touches.
 * Output-column cells keep value, formula and number format (a write never changes their fill
 * or note); marked cells keep fill and note too (the note only where ExcelApi 1.18 is there).
 */
import type { CellState, SnapshotRow } from '../../engine/record';
import type { CellValue } from '../../engine/model/workbook';
import { a1 } from '../../engine/address';
import { gridOf, halves, type Item } from './batch';
import { ACTION_BYTES, PATH_BYTES, fillOf, formulaOf, fromOffice } from './cells';

const COLS = 16384;

/** sheet → (row * 16384 + col) → state (null = blank in every respect). */
export class StateCollector {
  readonly sheets = new Map<string, Map<number, CellState | null>>();

  set(sheet: string, row: number, col: number, state: CellState | null): void {
    let m = this.sheets.get(sheet);
    if (!m) this.sheets.set(sheet, (m = new Map()));
    m.set(row * COLS + col, state);
  }

  /** Horizontal runs of contiguous cells, sheet by sheet, row by row. */
  toRows(): SnapshotRow[] {
    const out: SnapshotRow[] = [];
    for (const [sheet, m] of this.sheets) {
      const keys = [...m.keys()].sort((a, b) => a - b);
      let run: { row: number; col: number; cells: Array<CellState | null> } | null = null;
      let last = -2;
      for (const k of keys) {
        const row = Math.floor(k / COLS), col = k % COLS;
        if (run && k === last + 1 && row === run.row) run.cells.push(m.get(k) ?? null);
        else {
          if (run) out.push({ sheet, row: run.row, col: run.col, cells: run.cells });
          run = { row, col, cells: [m.get(k) ?? null] };
        }
        last = k;
      }
      if (run) out.push({ sheet, row: run.row, col: run.col, cells: run.cells });
    }
    return out;
  }
}

export function cellState(value: unknown, formula: unknown, type: string | undefined, nf: unknown, fill?: string, note?: string): CellState | null {
  const v = fromOffice(value, type);
  const f = formulaOf(formula, value, type);
  const state: { v: CellState['v']; f?: string; nf?: string; fill?: string; note?: string } = { v: v === undefined ? null : v };
  if (f !== null) state.f = f;
  if (typeof nf === 'string' && nf !== 'General' && nf !== '') state.nf = nf;
  if (fill !== undefined) state.fill = fill;
  if (note !== undefined) state.note = note;
  return state.v === null && state.f === undefined && state.nf === undefined && state.fill === undefined && state.note === undefined ? null : state;
}

/**
 * Reads the number formats of a block (a column of the data sheet, whose values and formulas the
 * fingerprint read already has): `into(row, col, format)`. Formats are short, so the estimate holds.
 */
export function numberFormatItem(sheet: string, r: number, c: number, rows: number, into: (row: number, col: number, nf: string) => void): Item {
  return {
    est: rows * 16 + 2 * PATH_BYTES + ACTION_BYTES + 200,
    readOnly: true,
    queue(ctx) {
      const range = ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(r, c, rows, 1);
      range.load('numberFormat');
      return () => gridOf(range.numberFormat).forEach((row, i) => into(r + i, c, String(row[0] ?? 'General')));
    },
    split: () => halves(r, rows)?.map(([r2, n]) => numberFormatItem(sheet, r2, c, n, into)) ?? null,
  };
}

/** A saved state from the engine's view of a cell plus its number format. */
export function stateOf(v: CellValue | undefined, f: string | undefined, nf: string | undefined): CellState | null {
  const state: { v: CellValue; f?: string; nf?: string } = { v: v ?? null };
  if (f !== undefined) state.f = f;
  if (nf !== undefined && nf !== 'General' && nf !== '') state.nf = nf;
  return state.v === null && state.f === undefined && state.nf === undefined ? null : state;
}

export interface CellRef { readonly sheet: string; readonly row: number; readonly col: number }

/** Reads the full state (with fill and, if `notes`, the note) of single cells. */
export function markStateItem(cells: readonly CellRef[], notes: boolean, into: StateCollector): Item {
  return {
    // Per cell: sheet, range, format, fill, notes, note (6 objects), 3 loads, and the answer.
    est: cells.length * (6 * PATH_BYTES + 3 * ACTION_BYTES + 200) + 200,
    readOnly: true,
    queue(ctx) {
      const fins = cells.map((cell) => {
        const ws = ctx.workbook.worksheets.getItem(cell.sheet);
        const range = ws.getRangeByIndexes(cell.row, cell.col, 1, 1);
        range.load('values,formulas,valueTypes,numberFormat');
        range.format.fill.load('color');
        const note = notes ? ws.notes.getItemOrNullObject(a1(cell.row, cell.col)).load('content') : null;
        return () => {
          const text = note && !note.isNullObject ? note.content : undefined;
          into.set(cell.sheet, cell.row, cell.col, cellState(range.values[0]?.[0], range.formulas[0]?.[0], range.valueTypes[0]?.[0], range.numberFormat[0]?.[0], fillOf(range.format.fill.color), text));
        };
      });
      return () => fins.forEach((f) => f());
    },
    split: () => (cells.length > 1 ? [markStateItem(cells.slice(0, cells.length >> 1), notes, into), markStateItem(cells.slice(cells.length >> 1), notes, into)] : null),
  };
}

/** Unique cells, in order. */
export function uniqueCells(cells: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const c of cells) {
    const k = `${c.sheet}\u0000${c.row},${c.col}`;
    if (!seen.has(k)) { seen.add(k); out.push({ sheet: c.sheet, row: c.row, col: c.col }); }
  }
  return out;
}

/** Chunks a list into items of at most `size` entries. */
export function chunked<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
