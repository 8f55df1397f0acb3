/**
 * A range's look through `Range.format` beyond fill, bold and column width: borders
 * (RangeBorderCollection / RangeBorder), alignment, wrap, font size and row height. Every setter
 * writes the same per-cell state as `setCellProperties` (cell-format.ts `writeFormat`), so that
 * `getCellProperties` and `save()` read back what these APIs set.
 */
import { DContext, DObj } from './context';
import { DoubleError } from './errors';
import { writeFormat, type Edge } from './cell-format';
import type { DRange } from './range';

/**
 * Excel.BorderIndex (https://learn.microsoft.com/javascript/api/excel/excel.borderindex): the only
 * names `RangeBorderCollection.getItem` takes; any other fails with InvalidArgument.
 */
export const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
export type BorderIndex = (typeof BORDER_INDEX)[number];

/** The per-cell edges a border of the range sets: (row i, column j of the range) → edges of that cell. */
function edgesOf(index: BorderIndex, i: number, j: number, rows: number, cols: number): Edge[] {
  switch (index) {
    case 'EdgeTop': return i === 0 ? ['top'] : [];
    case 'EdgeBottom': return i === rows - 1 ? ['bottom'] : [];
    case 'EdgeLeft': return j === 0 ? ['left'] : [];
    case 'EdgeRight': return j === cols - 1 ? ['right'] : [];
    // An inside line is the edge shared by two cells: the double stores it on both (Excel reports
    // it as the bottom of the upper cell and the top of the lower one in getCellProperties).
    case 'InsideHorizontal': return [...(i > 0 ? ['top' as const] : []), ...(i < rows - 1 ? ['bottom' as const] : [])];
    case 'InsideVertical': return [...(j > 0 ? ['left' as const] : []), ...(j < cols - 1 ? ['right' as const] : [])];
    default: return [];
  }
}

/**
 * `RangeBorder` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.rangeborder):
 * `style` an Excel.BorderLineStyle, `weight` an Excel.BorderWeight, `color` `#RRGGBB` — anything else
 * fails the sync with InvalidArgument (checked by `writeFormat`). The reference also takes a named HTML
 * colour ("orange"); the double, stricter, takes only `#RRGGBB`, the form the host sends. An inside line of a range one cell
 * high (wide) has no cells to go between: the double sets nothing (the reference is silent). The
 * double keeps no diagonal lines: setting one fails (the host never does).
 */
export class DRangeBorder extends DObj {
  protected readonly _props = [] as const;
  constructor(ctx: DContext, private readonly range: DRange, private readonly index: BorderIndex) { super(ctx, { parent: range._id, m: 'getItem', a: index }); }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return this.range._t === null; }
  protected _read(prop: string): unknown { throw new DoubleError('PropertyNotFound', prop); }
  private set(key: 'style' | 'weight' | 'color', v: unknown): void {
    this._op({ set: key, v }, () => {
      if (this.index === 'DiagonalDown' || this.index === 'DiagonalUp') throw new DoubleError('InvalidArgument', 'The double does not model diagonal borders.');
      if (typeof v !== 'string') throw new DoubleError('InvalidArgument', `Invalid border ${key} '${String(v)}'.`);
      const t = this.range.target();
      this.range.eachCellAt((cell, r, c) => {
        const edges = edgesOf(this.index, r, c, t.rows, t.cols);
        if (edges.length) writeFormat(cell, { borders: Object.fromEntries(edges.map((e) => [e, { [key]: v }])) });
      });
    });
  }
  set style(v: string) { this.set('style', v); }
  set weight(v: string) { this.set('weight', v); }
  set color(v: string) { this.set('color', v); }
}

/**
 * `RangeBorderCollection` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.rangebordercollection):
 * `getItem(index)` with an Excel.BorderIndex name.
 */
export class DRangeBorderCollection extends DObj {
  protected readonly _props = [] as const;
  constructor(ctx: DContext, private readonly range: DRange) { super(ctx, { parent: range._id, p: 'borders' }); }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return this.range._t === null; }
  protected _read(prop: string): unknown { throw new DoubleError('PropertyNotFound', prop); }
  getItem(index: string): DRangeBorder {
    if (!(BORDER_INDEX as readonly string[]).includes(index)) {
      // Office.js checks enum arguments when the batch runs: the sync fails.
      this._op({ m: 'getItem', a: index }, () => { throw new DoubleError('InvalidArgument', `Invalid border index '${index}'.`); });
    }
    return new DRangeBorder(this.context, this.range, index as BorderIndex);
  }
}

/** Excel's largest row height in points ("Row height: 409 points": Excel specifications and limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const MAX_ROW_HEIGHT = 409;
/**
 * The standard row height of the double's Normal style (等线 11): 14.25 pt, as the engine's
 * `LINE_POINTS` (src/engine/plan/result-layout.ts). A row without a height of its own reports it;
 * setting it is the same as having none, so the double keeps only other heights.
 */
export const STANDARD_HEIGHT = 14.25;
