/** Range, its format (fill, font, column width) and RangeAreas — the parts the host uses. */
import { DContext, DObj } from './context';
import { DoubleError, notLoaded } from './errors';
import { applyInput, isBlank, officeFormula, officeType, officeValue, type Input } from './cell-input';
import { type DoubleCell, type SheetState, key } from './state';
import { readFormat, writeFormat } from './cell-format';
import { DRangeBorderCollection, MAX_ROW_HEIGHT, STANDARD_HEIGHT } from './range-look';
import { a1, parseA1 } from '../../src/engine/address';

/** Most merged areas `getMergedAreasOrNullObject` returns (see there). */
export const MAX_MERGED_AREAS = 512;

export interface Target { sheet: SheetState; r: number; c: number; rows: number; cols: number }

export function parseRangeAddress(address: string): { r: number; c: number; rows: number; cols: number } {
  const parts = address.split(':');
  const p = parseA1(parts[0] ?? '');
  const q = parseA1(parts[1] ?? parts[0] ?? '');
  if (!p || !q || parts.length > 2) throw new DoubleError('InvalidArgument', `The double does not understand the address '${address}'.`);
  const r = Math.min(p.row, q.row), c = Math.min(p.col, q.col);
  return { r, c, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

function grid<T>(t: Target, f: (cell: DoubleCell | undefined) => T): T[][] {
  const out: T[][] = new Array(t.rows);
  const cells = t.sheet.cells;
  for (let i = 0; i < t.rows; i++) {
    const row: T[] = new Array(t.cols);
    const base = key(t.r + i, t.c);
    for (let j = 0; j < t.cols; j++) row[j] = f(cells.get(base + j));
    out[i] = row;
  }
  return out;
}

function checkShape(t: Target, data: unknown, prop: string): unknown[][] {
  if (!Array.isArray(data) || data.length !== t.rows || data.some((row) => !Array.isArray(row) || row.length !== t.cols)) {
    throw new DoubleError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`);
  }
  return data as unknown[][];
}

/** Whether the range meets the merged area `m` in its upper-left cell only. */
function coversOnlyTopLeft(t: Target, m: { top: number; left: number; bottom: number; right: number }): boolean {
  const r0 = Math.max(t.r, m.top), r1 = Math.min(t.r + t.rows - 1, m.bottom);
  const c0 = Math.max(t.c, m.left), c1 = Math.min(t.c + t.cols - 1, m.right);
  return r0 === m.top && r1 === m.top && c0 === m.left && c1 === m.left;
}

function edit(t: Target, i: number, j: number, fn: (cell: DoubleCell) => void): void {
  const k = key(t.r + i, t.c + j);
  const cell = t.sheet.cells.get(k) ?? { v: null };
  fn(cell);
  if (isBlank(cell)) t.sheet.cells.delete(k); else t.sheet.cells.set(k, cell);
}

export class DRange extends DObj {
  protected readonly _props = ['values', 'formulas', 'valueTypes', 'numberFormat', 'rowHidden', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'address'] as const;
  _t: Target | null = null;
  private readonly resolver: () => Target | null;
  private _format: DRangeFormat | null = null;
  constructor(ctx: DContext, json: unknown, resolver: () => Target | null) {
    super(ctx, json);
    this.resolver = resolver;
  }
  protected _resolve(): void { this._t = this.resolver(); }
  protected _isNull(): boolean { return this._t === null; }
  protected override _child(name: string): DObj | null { return name === 'format' ? this.format : null; }
  target(): Target {
    if (!this._t) throw new DoubleError('InvalidObjectPath', 'The object path is not valid (null range).');
    return this._t;
  }

  protected _read(prop: string): unknown {
    const t = this.target();
    // Over the read limit, the grids load as null, without an error (see DoubleWorkbookInit.maxReadCells).
    const tooBig = t.rows * t.cols > this.context.state.maxReadCells;
    switch (prop) {
      case 'values': return tooBig ? null : grid(t, officeValue);
      case 'formulas': return tooBig ? null : grid(t, officeFormula);
      case 'valueTypes': return tooBig ? null : grid(t, officeType);
      case 'numberFormat': return tooBig ? null : grid(t, (c) => c?.nf ?? 'General');
      case 'rowIndex': return t.r;
      case 'columnIndex': return t.c;
      case 'rowCount': return t.rows;
      case 'columnCount': return t.cols;
      case 'address': return `${t.sheet.name}!${a1(t.r, t.c)}${t.rows * t.cols > 1 ? `:${a1(t.r + t.rows - 1, t.c + t.cols - 1)}` : ''}`;
      case 'rowHidden': {
        let hidden = 0;
        for (let i = 0; i < t.rows; i++) if (t.sheet.hiddenRows.has(t.r + i)) hidden++;
        return hidden === 0 ? false : hidden === t.rows ? true : null;
      }
      default: throw new DoubleError('PropertyNotFound', prop);
    }
  }

  get values(): unknown[][] { return this._get('values'); }
  set values(data: unknown[][]) { this._write('values', data); }
  get formulas(): unknown[][] { return this._get('formulas'); }
  set formulas(data: unknown[][]) { this._write('formulas', data); }
  get valueTypes(): string[][] { return this._get('valueTypes'); }
  get numberFormat(): string[][] { return this._get('numberFormat'); }
  /**
   * `Range.numberFormat` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member):
   * the double takes only a 2-D array of the range's shape (InvalidArgument otherwise), the form the
   * host always sends; `null` leaves a cell's format alone.
   */
  set numberFormat(data: unknown[][]) {
    this._op({ set: 'numberFormat', v: data }, () => {
      const t = this.target();
      const rows = checkShape(t, data, 'numberFormat');
      rows.forEach((row, i) => row.forEach((nf, j) => {
        if (nf === null || nf === undefined) return;
        edit(t, i, j, (cell) => { if (nf === '' || nf === 'General') delete cell.nf; else cell.nf = String(nf); });
      }));
      this.context.state.markChanged(t.sheet);
    });
  }
  get rowHidden(): boolean | null { return this._get('rowHidden'); }
  get rowIndex(): number { return this._get('rowIndex'); }
  get columnIndex(): number { return this._get('columnIndex'); }
  get rowCount(): number { return this._get('rowCount'); }
  get columnCount(): number { return this._get('columnCount'); }
  get address(): string { return this._get('address'); }

  private _write(prop: 'values' | 'formulas', data: unknown[][]): void {
    this._op({ set: prop, v: data }, () => {
      const t = this.target();
      const rows = checkShape(t, data, prop);
      // A cell a merged area covers (not its upper-left one), written without the whole area: Excel's
      // UI refuses ("We can't do that to a merged cell"); the Range.values reference says nothing, so
      // the double takes the stricter reading and fails. Writing the upper-left cell alone is fine.
      const bottom = t.r + t.rows - 1, right = t.c + t.cols - 1;
      const part = t.sheet.merges.find((m) => m.top <= bottom && m.bottom >= t.r && m.left <= right && m.right >= t.c
        && !(m.top >= t.r && m.bottom <= bottom && m.left >= t.c && m.right <= right) && !coversOnlyTopLeft(t, m));
      if (part) throw new DoubleError('InvalidOperation', `Cannot change part of a merged cell (${a1(part.top, part.left)}).`);
      rows.forEach((row, i) => row.forEach((v, j) => {
        edit(t, i, j, (cell) => applyInput(cell, v as Input, t.sheet.recalc.get(key(t.r + i, t.c + j))));
      }));
      this.context.state.markChanged(t.sheet);
    });
  }

  get format(): DRangeFormat {
    return (this._format ??= new DRangeFormat(this.context, this));
  }

  /**
   * `Range.select()` (ExcelApi 1.1). On a range of the *active* sheet it selects the range. On a
   * range of another sheet it is unreliable in Excel: office-js issue #5118 ("range.select() is
   * working inconsistently", Excel 2410 on Windows) shows it taking no action at all unless the
   * range's sheet is the active one — the sheet is not switched and nothing is selected. The double
   * always does that (the stricter of the behaviours seen): selection and active sheet unchanged, no
   * error. Activate the sheet first (`Worksheet.activate()`), in the same batch.
   */
  select(): void {
    this._op({ m: 'select' }, () => {
      const t = this.target();
      const st = this.context.state;
      if (t.sheet.visibility !== 'Visible') throw new DoubleError('InvalidSelection', 'Cannot select a cell on a hidden sheet.');
      if (st.activeSheet !== t.sheet.name) return;
      st.selection = { sheet: t.sheet.name, address: `${a1(t.r, t.c)}${t.rows * t.cols > 1 ? `:${a1(t.r + t.rows - 1, t.c + t.cols - 1)}` : ''}` };
    });
  }

  /**
   * `clear()` (ExcelApi 1.1) applies `ClearApplyTo.all`: "Clears everything in the range"
   * (https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto). The double takes that
   * at its word, the stricter reading: values, formulas, number formats, fills, fonts — and notes.
   */
  clear(): void {
    this._op({ m: 'clear' }, () => {
      const t = this.target();
      for (let i = 0; i < t.rows; i++) for (let j = 0; j < t.cols; j++) {
        edit(t, i, j, (cell) => { cell.v = null; delete cell.f; delete cell.nf; delete cell.fill; delete cell.bold; delete cell.fmt; delete cell.note; });
      }
      this.context.state.markChanged(t.sheet);
    });
  }



  /** The overlap with another range of the same sheet, or a null object. */
  getIntersectionOrNullObject(other: DRange): DRange {
    return new DRange(this.context, { parent: this._id, m: 'getIntersectionOrNullObject', a: other._id }, () => {
      const a = this._t, b = other._t;
      if (!a || !b || a.sheet !== b.sheet) return null;
      const r = Math.max(a.r, b.r), c = Math.max(a.c, b.c);
      const r2 = Math.min(a.r + a.rows, b.r + b.rows), c2 = Math.min(a.c + a.cols, b.c + b.cols);
      return r2 > r && c2 > c ? { sheet: a.sheet, r, c, rows: r2 - r, cols: c2 - c } : null;
    });
  }

  /**
   * `getMergedAreasOrNullObject()` (ExcelApi 1.13), as Excel behaves, not as one would wish:
   * - only the merged areas whose **top-left cell** lies in the range are returned; a merge that
   *   starts above or left of the range is missed (office-js issue #3611,
   *   https://github.com/OfficeDev/office-js/issues/3611);
   * - above 512 merged areas it fails: the reference says "if the merged areas count in this range
   *   is more than 512, then this method will fail to return the result" (Excel.Range,
   *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
   *   No error code is documented; the double fails the sync with `GeneralException` (Excel's
   *   "internal error"), so the host must not rely on the code;
   * - on Windows the sync clears the user's undo list (office-js issue #5918,
   *   https://github.com/OfficeDev/office-js/issues/5918): recorded in `state.undoStackCleared`.
   */
  getMergedAreasOrNullObject(): DRangeAreas {
    return new DRangeAreas(this.context, { parent: this._id, m: 'getMergedAreasOrNullObject' }, () => {
      const st = this.context.state;
      this.context.requireApi('Range.getMergedAreasOrNullObject', '1.13');
      if (st.platform === 'PC') st.undoStackCleared = true;
      const t = this._t;
      if (!t) return null;
      const hits = t.sheet.merges.filter((m) => m.top >= t.r && m.top < t.r + t.rows && m.left >= t.c && m.left < t.c + t.cols);
      if (hits.length > MAX_MERGED_AREAS) throw new DoubleError('GeneralException', `An internal error has occurred (${hits.length} merged areas, more than ${MAX_MERGED_AREAS}).`);
      return hits.length ? hits.map((m) => ({ sheet: t.sheet, r: m.top, c: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })) : null;
    });
  }

  /**
   * `getRowProperties({ rowIndex, rowHidden })` (ExcelApi 1.9): one entry per row of the range,
   * with only the asked-for properties. Its `value` is readable after the sync, as a ClientResult.
   */
  getRowProperties(opts: { rowIndex?: boolean; rowHidden?: boolean }): DClientResult<Array<{ rowIndex?: number; rowHidden?: boolean }>> {
    const result = new DClientResult<Array<{ rowIndex?: number; rowHidden?: boolean }>>();
    this.context.push({
      json: { id: this._id, m: 'getRowProperties', a: opts },
      run: () => {
        this.context.requireApi('Range.getRowProperties', '1.9');
        // On a null range (reached through a null worksheet), null again — the resolver already
        // threw when the double is strict about null objects.
        const t = this._t;
        if (!t) { result._set([]); return null; }
        const rows: Array<{ rowIndex?: number; rowHidden?: boolean }> = [];
        for (let i = 0; i < t.rows; i++) {
          const row: { rowIndex?: number; rowHidden?: boolean } = {};
          if (opts.rowIndex) row.rowIndex = t.r + i;
          if (opts.rowHidden) row.rowHidden = t.sheet.hiddenRows.has(t.r + i);
          rows.push(row);
        }
        result._set(rows);
        return rows;
      },
    });
    return result;
  }

  /**
   * `getCellProperties(cellPropertiesLoadOptions)` (ExcelApi 1.9,
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)):
   * one object per cell, "a 2D array where each item represents the requested properties of the
   * corresponding cell", after the sync, as a ClientResult. The double answers `format` (font name,
   * size, bold, italic, colour; fill colour — white for none; the border collection; horizontal and
   * vertical alignment; wrapText) and `address`.
   */
  getCellProperties(opts: { format?: Record<string, unknown>; address?: boolean }): DClientResult<Array<Array<Record<string, unknown>>>> {
    const result = new DClientResult<Array<Array<Record<string, unknown>>>>();
    this.context.push({
      json: { id: this._id, m: 'getCellProperties', a: opts },
      run: () => {
        this.context.requireApi('Range.getCellProperties', '1.9');
        const t = this.target();
        const cells = grid(t, (cell): Record<string, unknown> => ({ ...(opts.format ? { format: readFormat(cell, opts.format) } : {}) }));
        if (opts.address) cells.forEach((row, i) => row.forEach((c, j) => { c['address'] = `${t.sheet.name}!${a1(t.r + i, t.c + j)}`; }));
        result._set(cells);
        return cells;
      },
    });
    return result;
  }

  /**
   * `setCellProperties(cellPropertiesData)` (ExcelApi 1.9,
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)):
   * "a 2D array that represents which properties to set in each cell" — of the range's shape
   * (InvalidArgument otherwise); in each cell only the given properties change (`format` only in the double).
   */
  setCellProperties(values: Array<Array<{ format?: Record<string, unknown> } | null>>): void {
    this._op({ m: 'setCellProperties', v: values }, () => {
      this.context.requireApi('Range.setCellProperties', '1.9');
      const t = this.target();
      const rows = checkShape(t, values, 'setCellProperties') as Array<Array<{ format?: Record<string, unknown> } | null>>;
      rows.forEach((row, i) => row.forEach((props, j) => { if (props?.format) edit(t, i, j, (cell) => writeFormat(cell, props.format as Record<string, unknown>)); }));
      this.context.state.markChanged(t.sheet);
    });
  }

  /**
   * `merge(across?)` (ExcelApi 1.2, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)):
   * "Merge the range cells into one region in the worksheet". As in Excel, the area keeps the
   * upper-left cell's value and takes its format. Merging an area that is already merged exactly does
   * nothing; merged areas wholly inside the range are absorbed; a range that overlaps a merged area
   * only in part fails with InvalidOperation — Excel's
   * reference says nothing of that case (its UI asks), so the double takes the stricter reading. Format
   * set on cells before merging may be lost in Excel (office-js #6405, the fill of D1:D2 set before
   * merging is gone): the host merges first, then formats.
   */
  merge(across = false): void {
    this._op({ m: 'merge', a: across }, () => {
      this.context.requireApi('Range.merge', '1.2');
      const t = this.target();
      const areas = across ? Array.from({ length: t.rows }, (_, i) => ({ ...t, r: t.r + i, rows: 1 })) : [t];
      for (const a of areas) {
        const bottom = a.r + a.rows - 1, right = a.c + a.cols - 1;
        const hits = a.sheet.merges.filter((m) => m.top <= bottom && m.bottom >= a.r && m.left <= right && m.right >= a.c);
        if (hits.length === 1 && hits[0]?.top === a.r && hits[0].left === a.c && hits[0].bottom === bottom && hits[0].right === right) continue;
        // Merged areas wholly inside are absorbed (as Excel's Merge does); one reaching outside fails.
        const outside = hits.find((m) => m.top < a.r || m.left < a.c || m.bottom > bottom || m.right > right);
        if (outside) throw new DoubleError('InvalidOperation', `The range ${a1(a.r, a.c)}:${a1(bottom, right)} overlaps the merged area ${a1(outside.top, outside.left)}.`);
        if (hits.length) a.sheet.merges = a.sheet.merges.filter((m) => !hits.includes(m));
        if (a.rows * a.cols === 1) continue;
        const master = a.sheet.cells.get(key(a.r, a.c));
        for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) {
          if (i === 0 && j === 0) continue;
          edit(a, i, j, (cell) => {
            cell.v = null; delete cell.f;
            for (const k of ['nf', 'fill', 'bold', 'fmt'] as const) {
              const v = master?.[k];
              if (v === undefined) delete cell[k]; else (cell as unknown as Record<string, unknown>)[k] = structuredClone(v);
            }
          });
        }
        a.sheet.merges.push({ top: a.r, left: a.c, bottom, right });
      }
      this.context.state.markChanged(t.sheet);
    });
  }

  /**
   * `unmerge()` (ExcelApi 1.2, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1)):
   * "Unmerge the range cells into separate cells": every merged area the range touches; the cells
   * keep the format they had merged.
   */
  unmerge(): void {
    this._op({ m: 'unmerge' }, () => {
      this.context.requireApi('Range.unmerge', '1.2');
      const t = this.target();
      const bottom = t.r + t.rows - 1, right = t.c + t.cols - 1;
      t.sheet.merges = t.sheet.merges.filter((m) => !(m.top <= bottom && m.bottom >= t.r && m.left <= right && m.right >= t.c));
      this.context.state.markChanged(t.sheet);
    });
  }

  /** Marks properties loaded at once (collection items, which load with their collection). */
  loadNow(props: readonly string[]): void {
    for (const p of props) this._loaded.set(p, this._read(p));
  }

  /** For `edit` from format classes. */
  eachCell(fn: (cell: DoubleCell) => void): void {
    this.eachCellAt((cell) => fn(cell));
  }

  /** `eachCell` with each cell's row and column within the range. */
  eachCellAt(fn: (cell: DoubleCell, i: number, j: number) => void): void {
    const t = this.target();
    for (let i = 0; i < t.rows; i++) for (let j = 0; j < t.cols; j++) edit(t, i, j, (cell) => fn(cell, i, j));
    this.context.state.markChanged(t.sheet);
  }
}

/**
 * Excel's standard column width in points (8.43 characters of Calibri 11 = 64 px = 48 pt). A column
 * without a width of its own reports it; writing it back is the same as having none, so the double
 * keeps only other widths.
 */
export const STANDARD_WIDTH = 48;

export class DRangeFormat extends DObj {
  protected readonly _props = ['columnWidth', 'rowHeight'] as const;
  private readonly range: DRange;
  private _fill: DRangeFill | null = null;
  private _font: DRangeFont | null = null;
  private _borders: DRangeBorderCollection | null = null;
  constructor(ctx: DContext, range: DRange) { super(ctx, { parent: range._id, p: 'format' }); this.range = range; }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return this.range._t === null; }
  /**
   * RangeFormat.columnWidth (ExcelApi 1.2, https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member):
   * the width in points when every column has the same, else null. RangeFormat.rowHeight (ExcelApi
   * 1.2, https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member):
   * "If the row heights are not uniform, null will be returned."
   */
  protected _read(prop: string): unknown {
    const t = this.range.target();
    const sizes = new Set<number>();
    if (prop === 'columnWidth') {
      this.context.requireApi('RangeFormat.columnWidth', '1.2');
      for (let j = 0; j < t.cols; j++) sizes.add(t.sheet.colWidths.get(t.c + j) ?? STANDARD_WIDTH);
    } else if (prop === 'rowHeight') {
      this.context.requireApi('RangeFormat.rowHeight', '1.2');
      for (let i = 0; i < t.rows; i++) sizes.add(t.sheet.rowHeights.get(t.r + i) ?? STANDARD_HEIGHT);
    } else throw new DoubleError('PropertyNotFound', prop);
    return sizes.size === 1 ? [...sizes][0] : null;
  }
  get columnWidth(): number | null { return this._get('columnWidth'); }
  get rowHeight(): number | null { return this._get('rowHeight'); }
  protected override _child(name: string): DObj | null { return name === 'fill' ? this.fill : name === 'font' ? this.font : null; }
  get fill(): DRangeFill { return (this._fill ??= new DRangeFill(this.context, this.range)); }
  get font(): DRangeFont { return (this._font ??= new DRangeFont(this.context, this.range)); }
  /** `RangeFormat.borders` (ExcelApi 1.1): range-look.ts. */
  get borders(): DRangeBorderCollection { return (this._borders ??= new DRangeBorderCollection(this.context, this.range)); }
  set columnWidth(points: number | null) {
    this._op({ set: 'columnWidth', v: points }, () => {
      const t = this.range.target();
      this.context.requireApi('RangeFormat.columnWidth', '1.2');
      if (typeof points !== 'number' || !(points >= 0)) throw new DoubleError('InvalidArgument', `Invalid column width '${String(points)}'.`);
      for (let j = 0; j < t.cols; j++) {
        if (points === STANDARD_WIDTH) t.sheet.colWidths.delete(t.c + j);
        else t.sheet.colWidths.set(t.c + j, points);
      }
    });
  }
  /**
   * `RangeFormat.rowHeight` (ExcelApi 1.2): every row of the range, in points, from 0 to 409 (Excel's
   * largest row height, "Excel specifications and limits"); anything else fails with InvalidArgument.
   */
  set rowHeight(points: number | null) {
    this._op({ set: 'rowHeight', v: points }, () => {
      const t = this.range.target();
      this.context.requireApi('RangeFormat.rowHeight', '1.2');
      if (typeof points !== 'number' || !(points >= 0 && points <= MAX_ROW_HEIGHT)) throw new DoubleError('InvalidArgument', `Invalid row height '${String(points)}'.`);
      for (let i = 0; i < t.rows; i++) {
        if (points === STANDARD_HEIGHT) t.sheet.rowHeights.delete(t.r + i);
        else t.sheet.rowHeights.set(t.r + i, points);
      }
    });
  }
  /**
   * `RangeFormat.useStandardHeight` (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardheight-member):
   * "only intended to be set to true. Setting it to false has no effect": the rows lose their own height.
   */
  set useStandardHeight(on: boolean) {
    this._op({ set: 'useStandardHeight', v: on }, () => {
      const t = this.range.target();
      this.context.requireApi('RangeFormat.useStandardHeight', '1.7');
      if (on === true) for (let i = 0; i < t.rows; i++) t.sheet.rowHeights.delete(t.r + i);
    });
  }
  /**
   * `horizontalAlignment` / `verticalAlignment` (Excel.HorizontalAlignment / VerticalAlignment names,
   * InvalidArgument otherwise) and `wrapText` (ExcelApi 1.1,
   * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat): the same cell state as setCellProperties.
   */
  set horizontalAlignment(v: string) { this.setCells('horizontalAlignment', v); }
  set verticalAlignment(v: string) { this.setCells('verticalAlignment', v); }
  set wrapText(v: boolean) {
    if (typeof v !== 'boolean') this._op({ set: 'wrapText', v }, () => { throw new DoubleError('InvalidArgument', `Invalid wrapText '${String(v)}'.`); });
    else this.setCells('wrapText', v);
  }
  private setCells(prop: string, v: unknown): void {
    this._op({ set: prop, v }, () => this.range.eachCell((cell) => writeFormat(cell, { [prop]: v })));
  }
}

export class DRangeFill extends DObj {
  protected readonly _props = ['color'] as const;
  private readonly range: DRange;
  constructor(ctx: DContext, range: DRange) { super(ctx, { parent: range._id, p: 'fill' }); this.range = range; }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return this.range._t === null; }
  /** Office.js: the uniform colour, `#FFFFFF` for no fill, null when the cells differ. */
  protected _read(): unknown {
    const t = this.range.target();
    const colours = new Set<string>();
    for (let i = 0; i < t.rows; i++) for (let j = 0; j < t.cols; j++) colours.add(t.sheet.cells.get(key(t.r + i, t.c + j))?.fill ?? '#FFFFFF');
    return colours.size === 1 ? [...colours][0] : null;
  }
  get color(): string | null { return this._get('color'); }
  set color(colour: string | null) {
    this._op({ set: 'color', v: colour }, () => {
      if (typeof colour !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(colour)) throw new DoubleError('InvalidArgument', `Invalid colour '${String(colour)}'.`);
      this.range.eachCell((cell) => { cell.fill = colour.toUpperCase(); });
    });
  }
  clear(): void { this._op({ m: 'clear' }, () => this.range.eachCell((cell) => { delete cell.fill; })); }
}

export class DRangeFont extends DObj {
  protected readonly _props = [] as const;
  private readonly range: DRange;
  constructor(ctx: DContext, range: DRange) { super(ctx, { parent: range._id, p: 'font' }); this.range = range; }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return this.range._t === null; }
  protected _read(prop: string): unknown { throw new DoubleError('PropertyNotFound', prop); }
  /** `RangeFont.bold` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.rangefont#excel-excel-rangefont-bold-member). */
  set bold(b: boolean) { this._op({ set: 'bold', v: b }, () => this.range.eachCell((cell) => { if (b) cell.bold = true; else delete cell.bold; })); }
  /**
   * `RangeFont.size` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.rangefont#excel-excel-rangefont-size-member):
   * points, above 0 (InvalidArgument otherwise, as setCellProperties in cell-format.ts).
   */
  set size(points: number) { this._op({ set: 'size', v: points }, () => this.range.eachCell((cell) => writeFormat(cell, { font: { size: points } }))); }
}

/** RangeAreas with `areas` (a collection whose items are ranges). */
export class DRangeAreas extends DObj {
  protected readonly _props = ['areaCount'] as const;
  private targets: Target[] | null = null;
  private readonly resolver: () => Target[] | null;
  private _areas: DRangeCollection | null = null;
  constructor(ctx: DContext, json: unknown, resolver: () => Target[] | null) { super(ctx, json); this.resolver = resolver; }
  protected _resolve(): void { this.targets = this.resolver(); }
  protected _isNull(): boolean { return this.targets === null; }
  protected _read(): unknown { return this.targets?.length ?? 0; }
  protected override _child(name: string): DObj | null { return name === 'areas' ? this.areas : null; }
  get areaCount(): number { return this._get('areaCount'); }
  get areas(): DRangeCollection { return (this._areas ??= new DRangeCollection(this.context, this._id, () => this.targets ?? [])); }
}

export class DRangeCollection extends DObj {
  protected readonly _props = [] as const;
  private readonly list: () => Target[];
  constructor(ctx: DContext, parent: number, list: () => Target[]) { super(ctx, { parent, p: 'areas' }); this.list = list; }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return false; }
  protected _read(): unknown { return undefined; }
  private _items: DRange[] | null = null;
  override load(arg?: string | string[]): this {
    const props = (typeof arg === 'string' ? arg.split(',') : arg ?? []).map((p) => p.trim().replace(/^items\//, '')).filter(Boolean);
    this.context.push({
      json: { id: this._id, load: props },
      run: () => {
        const ts = this.list();
        this._items = ts.map((t) => {
          const r = new DRange(this.context, null, () => t);
          r._t = t;
          r.loadNow(props);
          return r;
        });
        return ts.map((t) => props.map((p) => (p === 'rowIndex' ? t.r : p === 'columnIndex' ? t.c : p === 'rowCount' ? t.rows : t.cols)));
      },
    });
    return this;
  }
  get items(): DRange[] {
    if (!this._items) throw new DoubleError('PropertyNotLoaded', "The property 'items' is not available.");
    return this._items;
  }
}


/** OfficeExtension.ClientResult: `value` throws until the sync that fills it has run. */
export class DClientResult<T> {
  private _value: { v: T } | null = null;
  _set(v: T): void { this._value = { v }; }
  get value(): T {
    if (!this._value) throw notLoaded('value');
    return this._value.v;
  }
}
