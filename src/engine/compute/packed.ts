/**
 * A sheet's cells as numbers, packed once per run in row order (src/engine/fast/README.md, "packed
 * rows"): cell (r, c) at `r × stride + c − first` of one Float64Array (columns first … first + stride − 1:
 * those the sheet's computed indicators read). A finite number is itself, an empty cell
 * is `EMPTY`, anything else (text, a boolean, an error, a non-finite number, a cell under a merge) is
 * NaN. The fused fast paths read a unit's cells here — no boxed number, no row array per unit — and
 * a NaN sends the unit to the plain method, which reads the sheet itself.
 */
import type { CellValue } from '../model/workbook';
import type { SheetView } from '../table/sheet-view';
import { IN_PACKED, keepRow, type KeptValues } from './details';

/** An empty cell (null or missing). No finite number is −∞, and a −∞ cell packs as NaN. */
export const EMPTY = -Infinity;

/** One cell as packed (see the file's comment). */
export function packValue(v: CellValue | undefined): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  return v === null || v === undefined ? EMPTY : NaN;
}

/**
 * Columns `first` … `first + stride − 1` of every row of `view`, packed in row order: cell (r, c) at
 * `r × stride + c − first`, so a reader adds a column to the row's base `r × stride − first`.
 */
export function packSheet(view: SheetView, stride: number, first = 0): Float64Array {
  const rows = view.rowCount;
  const out = new Float64Array(rows * stride);
  for (let r = 0; r < rows; r++) {
    const base = r * stride;
    const row = view.plainRow(r);
    if (row === null) {
      out.fill(NaN, base, base + stride);
      continue;
    }
    for (let c = 0; c < stride; c++) out[base + c] = packValue(row[first + c]);
  }
  return out;
}

/**
 * Keeps unit u's values for its detail (details.ts) as the packed row at `base` itself (IN_PACKED: the
 * detail reads them there, nothing is copied) — what `keep` would keep after the runner read the row,
 * cell k in column `cols[k]`; when one of them packed as NaN, from the sheet's row itself (`keepRow`).
 */
export function keepPacked(into: KeptValues, u: number, vals: Float64Array, base: number, cols: Int32Array, view: SheetView, row: number): void {
  const packed = into.packed;
  const here = packed !== null && packed.vals === vals && base === row * packed.stride - packed.first;
  for (let k = 0; k < cols.length; k++) {
    if (!here || Number.isNaN(vals[base + (cols[k] ?? 0)] ?? NaN)) {
      keepRow(into, u, view.plainRow(row) ?? [], cols);
      return;
    }
  }
  into.kept[u] = IN_PACKED;
}
