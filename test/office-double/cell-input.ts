/**
 * What Excel does with a value written to `values` or `formulas` (as if typed):
 * - `null` leaves the cell alone; `''` clears its contents (formats stay);
 * - a leading apostrophe makes the rest text (`"'=SUM(A1)"` → text `=SUM(A1)`);
 * - in a cell formatted as text (`@`) everything is text;
 * - `=…` and `@…` are formulas; `+…`/`-…` are numbers when they read as one, else formulas;
 * - number-like text becomes a number, `85%` becomes 0.85, TRUE/FALSE booleans, `#N/A` etc. errors.
 * A formula's value is what recalculation would give: the cell's loaded result when the same
 * formula is written back to the same cell, else `#NAME?` (the double does not evaluate formulas).
 */
import { EXCEL_ERRORS, type CellValue } from '../../src/engine/model/workbook';
import type { DoubleCell } from './state';

export type Input = string | number | boolean | null | undefined;

export function applyInput(cell: DoubleCell, input: Input, recalc: { f: string; v: CellValue } | undefined): void {
  if (input === null || input === undefined) return;
  delete cell.f;
  if (typeof input === 'number' || typeof input === 'boolean') { cell.v = input; return; }
  const s = input;
  if (s === '') { cell.v = null; return; }
  if (s.startsWith("'")) { cell.v = s.slice(1); return; }
  if (cell.nf === '@') { cell.v = s; return; }
  const formula = (f: string): void => {
    cell.f = f;
    cell.v = recalc && recalc.f === f ? recalc.v : { error: '#NAME?' };
  };
  if (s.startsWith('=') || s.startsWith('@')) { formula(s.slice(1)); return; }
  const t = s.trim();
  if (t !== '' && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) { cell.v = Number(t); return; }
  if (s.startsWith('+') || s.startsWith('-')) { formula(s); return; }
  const pct = /^([-+]?(\d+\.?\d*|\.\d+))%$/.exec(t);
  if (pct) { cell.v = Number(pct[1]) / 100; if (cell.nf === undefined) cell.nf = '0%'; return; }
  if (/^(true|false)$/i.test(t)) { cell.v = t.toUpperCase() === 'TRUE'; return; }
  if ((EXCEL_ERRORS as readonly string[]).includes(t.toUpperCase())) { cell.v = { error: t.toUpperCase() }; return; }
  cell.v = s;
}

/** `values` as Office.js returns them: '' for empty, the error text for errors. */
export function officeValue(cell: DoubleCell | undefined): string | number | boolean {
  if (!cell || cell.v === null) return '';
  if (typeof cell.v === 'object') return cell.v.error;
  return cell.v;
}

export function officeType(cell: DoubleCell | undefined): string {
  if (!cell || cell.v === null) return 'Empty';
  if (typeof cell.v === 'object') return 'Error';
  if (typeof cell.v === 'number') return 'Double';
  if (typeof cell.v === 'boolean') return 'Boolean';
  return 'String';
}

export function officeFormula(cell: DoubleCell | undefined): string | number | boolean {
  if (cell?.f !== undefined) return cell.f.startsWith('+') || cell.f.startsWith('-') ? `=${cell.f}` : `=${cell.f}`;
  return officeValue(cell);
}

/** True when the cell holds nothing at all (then the double drops it). */
export function isBlank(cell: DoubleCell): boolean {
  return cell.v === null && cell.f === undefined && cell.nf === undefined && cell.fill === undefined && cell.note === undefined && !cell.bold && cell.fmt === undefined;
}
