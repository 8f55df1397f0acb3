/**
 * A read-only view of one sheet that knows its merged areas: the value of a cell inside a merge
 * (other than the top-left one) is empty, whatever the host put there, and `mergedValue` gives the
 * merge's own value when a rule asks for it (SPEC §1.3: merged group cells).
 */
import type { CellValue, MergeArea, SheetInput } from '../model/workbook';
import { cellAt, isErrorValue } from '../model/workbook';

/** Excel's column count: row * COLS + col is a unique cell key. */
const COLS = 16384;

export class SheetView {
  readonly name: string;
  private readonly sheet: SheetInput;
  /** Key `row * COLS + col` of every non-top-left cell of a merge → its merge (numbers: no strings per read). */
  private readonly covered = new Map<number, MergeArea>();
  /** Key of every merge's top-left cell → its merge. */
  private readonly tops = new Map<number, MergeArea>();
  /** Rows holding a covered cell (`plainRow` gives none of them). */
  private readonly coveredRows = new Set<number>();

  constructor(sheet: SheetInput) {
    this.sheet = sheet;
    this.name = sheet.name;
    for (const m of sheet.merges ?? []) {
      // A merge covering a huge area is still cheap to index only when small; cap at 10,000 cells.
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cells > 10000 || cells < 2) continue;
      this.tops.set(m.top * COLS + m.left, m);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) {
            this.covered.set(r * COLS + c, m);
            this.coveredRows.add(r);
          }
        }
      }
    }
  }

  get rowCount(): number {
    return this.sheet.cells.length;
  }

  /** The cell's own value; empty for a cell covered by a merge. */
  value(row: number, col: number): CellValue {
    if (this.covered.size !== 0 && this.covered.has(row * COLS + col)) return null;
    return cellAt(this.sheet, row, col);
  }

  /**
   * The row's own cells when no merge covers any of them — then `value(row, c)` is `cells[c] ?? null` —
   * else null (also for a row the grid lacks). For a caller reading many cells of one row.
   */
  plainRow(row: number): ReadonlyArray<CellValue | undefined> | null {
    if (this.coveredRows.size !== 0 && this.coveredRows.has(row)) return null;
    return this.sheet.cells[row] ?? null;
  }

  /** The merge's value for a covered cell, else the cell's own value. */
  mergedValue(row: number, col: number): CellValue {
    const m = this.covered.size !== 0 ? this.covered.get(row * COLS + col) : undefined;
    return m ? cellAt(this.sheet, m.top, m.left) : cellAt(this.sheet, row, col);
  }

  /** The merged area holding the cell (its top-left included), or null. */
  mergeAt(row: number, col: number): MergeArea | null {
    if (this.covered.size === 0) return null;
    const key = row * COLS + col;
    return this.tops.get(key) ?? this.covered.get(key) ?? null;
  }

  /** Width of a row in the raw grid. */
  rowWidth(row: number): number {
    return this.sheet.cells[row]?.length ?? 0;
  }

  /** True when the cell is covered by a merge that starts above it (part of a vertical header merge). */
  coveredFromAbove(row: number, col: number, top: number): boolean {
    const m = this.covered.get(row * COLS + col);
    return m !== undefined && m.top <= top;
  }
}

/**
 * One view alive as long as this module, for the class's hidden class: without a live instance a full
 * GC collects it and V8 throws away the optimized code that read a sheet (fast/README.md, "unit table").
 */
export const IDLE_VIEW = new SheetView({ name: '', cells: [] });

/** A cell's text for names and labels: strings trimmed, numbers as written, errors/booleans as shown. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isErrorValue(v)) return v.error;
  return '';
}

export { isBlank } from '../model/workbook';
