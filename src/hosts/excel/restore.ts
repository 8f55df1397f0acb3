/**
 * Restoring saved cell states (undo, and stale marks): values/formulas and number formats in
 * vertical runs per column (number format General first so a formula is not taken as text,
 * then the formulas, then the saved format); looks (font, borders, alignment) for the cells whose
 * look the write changed; fills and notes for the cells whose fill/note/look the write changed.
 */
import type { CellState } from '../../engine/record';
import type { Item } from './batch';
import { toOfficeInput } from './cells';
import { blockItem, fillItems, noteItems, type FillCell, type NoteChange } from './write-items';
import { lookChange, lookWriteItem, type LookFormat } from './look';

const COLS = 16384;

export function restoreItems(
  states: ReadonlyMap<string, ReadonlyMap<number, CellState | null>>,
  decorated: (sheet: string, row: number, col: number) => boolean,
  notesNow: (sheet: string, row: number, col: number) => boolean,
  notes: boolean,
  /** The snapshot's looks (`CellState.fmt`), or null when they can not be set (below ExcelApi 1.9). */
  looks: readonly unknown[] | null = null,
): Item[] {
  const items: Item[] = [];
  const lookItems: Item[] = [];
  const fills: FillCell[] = [];
  const noteChanges: NoteChange[] = [];
  for (const [sheet, m] of states) {
    const byCol = [...m.keys()].sort((a, b) => (a % COLS) - (b % COLS) || a - b);
    let i = 0;
    while (i < byCol.length) {
      const first = byCol[i] as number;
      const col = first % COLS, row = Math.floor(first / COLS);
      const run: Array<CellState | null> = [];
      while (i < byCol.length && (byCol[i] as number) === first + run.length * COLS) { run.push(m.get(byCol[i] as number) ?? null); i++; }
      const data = run.map((s) => [s?.f !== undefined ? `=${s.f}` : toOfficeInput(s?.v ?? null)]);
      items.push(blockItem(sheet, row, col, data, {
        prop: 'formulas',
        nfBefore: run.map(() => ['General']),
        nfAfter: run.map((s) => [s?.nf ?? 'General']),
      }));
      // Cells whose look the write changed get it back in full (their fill below, with the marks').
      const look = (s: CellState | null): LookFormat | undefined => (looks && s?.fmt !== undefined ? (looks[s.fmt] as LookFormat | undefined) : undefined);
      if (run.some((s) => look(s))) lookItems.push(lookWriteItem(sheet, row, col, run.map((s) => { const l = look(s); return l ? lookChange(l, undefined, 'all') : {}; })));
      run.forEach((s, k) => {
        if (look(s) && !decorated(sheet, row + k, col)) fills.push({ sheet, row: row + k, col, fill: s?.fill ?? null });
        if (!decorated(sheet, row + k, col)) return;
        fills.push({ sheet, row: row + k, col, fill: s?.fill ?? null });
        if (notes) {
          const exists = notesNow(sheet, row + k, col);
          if (s?.note !== undefined || exists) noteChanges.push({ sheet, row: row + k, col, text: s?.note ?? null, exists });
        }
      });
    }
  }
  return [...items, ...lookItems, ...fillItems(fills), ...noteItems(noteChanges)];
}
