/** Worksheets, the worksheet collection, notes, freeze panes and change events. */
import { DContext, DObj } from './context';
import { DoubleError } from './errors';
import { DRange, parseRangeAddress, type Target } from './range';
import { type SheetState, type Visibility, emptySheet, key, rowOf, colOf } from './state';
import { parseA1 } from '../../src/engine/address';
import { isBlank } from './cell-input';
import { DPageLayout } from './page-layout';

const VISIBILITIES: readonly Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class DWorksheet extends DObj {
  protected readonly _props = ['name', 'visibility', 'id'] as const;
  _s: SheetState | null = null;
  private readonly resolver: () => SheetState | null;
  private _notes: DNoteCollection | null = null;
  private _pageLayout: DPageLayout | null = null;
  constructor(ctx: DContext, json: unknown, resolver: () => SheetState | null) {
    super(ctx, json);
    this.resolver = resolver;
  }
  protected _resolve(): void { this._s = this.resolver(); }
  protected _isNull(): boolean { return this._s === null; }
  sheet(): SheetState {
    if (!this._s) throw new DoubleError('InvalidObjectPath', 'The worksheet is a null object.');
    return this._s;
  }
  protected _read(prop: string): unknown {
    const s = this.sheet();
    return prop === 'name' ? s.name : prop === 'visibility' ? s.visibility : s.id;
  }
  get name(): string { return this._get('name'); }
  get visibility(): Visibility { return this._get('visibility'); }
  set visibility(v: Visibility) {
    this._op({ set: 'visibility', v }, () => {
      this.context.requireUndoable('Worksheet.visibility', false);
      if (!VISIBILITIES.includes(v)) throw new DoubleError('InvalidArgument', `Invalid visibility '${String(v)}'.`);
      const s = this.sheet();
      const st = this.context.state;
      if (v !== 'Visible' && st.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        throw new DoubleError('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
      }
      s.visibility = v;
    });
  }
  get id(): string { return this._get('id'); }

  /** A method called on this worksheet: on a null object, null again — or an error when strict. */
  private fromNull(): null {
    if (this.context.state.strictNullObjects) throw new DoubleError('InvalidObjectPath', 'The object path is not valid: the worksheet is a null object.');
    return null;
  }
  private range(json: Record<string, unknown>, f: (s: SheetState) => Omit<Target, 'sheet'>): DRange {
    return new DRange(this.context, { parent: this._id, ...json }, () => (this._s ? { sheet: this._s, ...f(this._s) } : this.fromNull()));
  }
  getRange(address: string): DRange { return this.range({ m: 'getRange', a: address }, () => parseRangeAddress(address)); }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): DRange {
    if (rows < 1 || cols < 1) throw new DoubleError('InvalidArgument', 'getRangeByIndexes: empty range.');
    return this.range({ m: 'getRangeByIndexes', a: [r, c, rows, cols] }, () => ({ r, c, rows, cols }));
  }
  /**
   * `Worksheet.getUsedRange(valuesOnly?)` (ExcelApi 1.1; the `valuesOnly` argument ExcelApi 1.2 —
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)):
   * "If the worksheet is blank, this function will return the top left cell"; valuesOnly counts only
   * cells with values or formulas, without it formatted cells count too. Passing the argument below
   * 1.2 fails at sync (ApiNotFound), as the double does for every set.
   */
  getUsedRange(valuesOnly?: boolean): DRange {
    const withArgument = valuesOnly !== undefined;
    return this.range({ m: 'getUsedRange', a: !!valuesOnly }, (s) => {
      if (withArgument) this.context.requireApi('Worksheet.getUsedRange(valuesOnly)', '1.2');
      let top = Infinity, left = Infinity, bottom = -1, right = -1;
      for (const [k, cell] of s.cells) {
        if (valuesOnly && cell.v === null && cell.f === undefined) continue;
        const r = rowOf(k), c = colOf(k);
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
      return bottom < 0 ? { r: 0, c: 0, rows: 1, cols: 1 } : { r: top, c: left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }
  getNextOrNullObject(): DWorksheet {
    return new DWorksheet(this.context, { parent: this._id, m: 'getNextOrNullObject' }, () => {
      const st = this.context.state;
      if (!this._s) return this.fromNull();
      const i = st.sheets.indexOf(this._s);
      return st.sheets[i + 1] ?? null;
    });
  }
  delete(): void {
    this._op({ m: 'delete' }, () => {
      this.context.requireUndoable('Worksheet.delete', true);
      const st = this.context.state;
      const s = this.sheet();
      // "If the worksheet's visibility is set to VeryHidden, the delete operation will fail with an
      // InvalidOperation exception. You should first change its visibility to hidden or visible."
      // (Worksheet.delete: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1))
      if (s.visibility === 'VeryHidden') throw new DoubleError('InvalidOperation', 'A very hidden worksheet can not be deleted: make it hidden or visible first.');
      if (s.visibility === 'Visible' && st.sheets.filter((x) => x.visibility === 'Visible').length === 1) {
        throw new DoubleError('InvalidOperation', 'Cannot delete the last visible worksheet.');
      }
      st.sheets = st.sheets.filter((x) => x !== s);
    });
  }
  /**
   * `Worksheet.activate()` (ExcelApi 1.1): "Activate the worksheet in the Excel UI" — the sheet's tab
   * becomes the one shown. The selection is not moved (Excel shows the sheet's own last selection).
   * A hidden or very hidden sheet has no tab to show: no Microsoft page names the error (in VBA the
   * same call fails with 1004, "Activate method of Worksheet class failed"), so the double fails the
   * sync with InvalidOperation — the stricter choice; the host only activates the sheet of an issue.
   */
  activate(): void {
    this._op({ m: 'activate' }, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new DoubleError('InvalidOperation', `The worksheet '${s.name}' is hidden and cannot be activated.`);
      this.context.state.activeSheet = s.name;
    });
  }
  get notes(): DNoteCollection { return (this._notes ??= new DNoteCollection(this.context, this)); }
  get freezePanes(): { freezeRows(count?: number): void } {
    return {
      freezeRows: (count = 1) => this._op({ m: 'freezePanes.freezeRows', a: count }, () => { this.sheet().frozenRows = count; }),
    };
  }
  /** `Worksheet.pageLayout` (ExcelApi 1.9): page-layout.ts. */
  get pageLayout(): DPageLayout { return (this._pageLayout ??= new DPageLayout(this.context, this)); }
  /**
   * `Worksheet.onSelectionChanged` (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onselectionchanged-member):
   * "Occurs when the selection changes on a specific worksheet". Handlers get
   * `WorksheetSelectionChangedEventArgs` (https://learn.microsoft.com/javascript/api/excel/excel.worksheetselectionchangedeventargs):
   * `address` (the selected range, without the sheet), `type` and `worksheetId`. The double fires it
   * when the clerk selects (`xl.selectByUser`), not when the add-in calls `Range.select()`: no
   * Microsoft page says whether an add-in's own select raises it, so the add-in must not rely on it.
   */
  get onSelectionChanged(): { add(handler: (args: { address: string; type: string; worksheetId: string }) => unknown): { context: DContext; remove(): void } } {
    return {
      add: (handler) => {
        const h = handler as (args: unknown) => unknown;
        this._op({ m: 'onSelectionChanged.add' }, () => {
          this.context.requireApi('Worksheet.onSelectionChanged', '1.7');
          this.sheet().selectionHandlers.set(h, this.context.runtimeId);
        });
        return { context: this.context, remove: () => this._op({ m: 'onSelectionChanged.remove' }, () => { this.sheet().selectionHandlers.delete(h); }) };
      },
    };
  }
  get onChanged(): { add(handler: (args: unknown) => unknown): { context: DContext; remove(): void } } {
    return {
      add: (handler) => {
        this._op({ m: 'onChanged.add' }, () => { this.sheet().handlers.set(handler, this.context.runtimeId); });
        // Like OfficeExtension.EventHandlerResult: remove() is queued on this context (sync it with Excel.run(result.context, …)).
        return { context: this.context, remove: () => this._op({ m: 'onChanged.remove' }, () => { this.sheet().handlers.delete(handler); }) };
      },
    };
  }
}

export class DWorksheetCollection extends DObj {
  protected readonly _props = [] as const;
  private _items: DWorksheet[] | null = null;
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return false; }
  protected _read(): unknown { return undefined; }

  getItem(name: string): DWorksheet {
    return new DWorksheet(this.context, { parent: this._id, m: 'getItem', a: name }, () => {
      const s = this.context.state.find(name);
      if (!s) throw new DoubleError('ItemNotFound', `The requested resource doesn't exist (worksheet '${name}').`);
      return s;
    });
  }
  getItemOrNullObject(name: string): DWorksheet {
    return new DWorksheet(this.context, { parent: this._id, m: 'getItemOrNullObject', a: name }, () => this.context.state.find(name) ?? null);
  }
  getFirst(): DWorksheet {
    return new DWorksheet(this.context, { parent: this._id, m: 'getFirst' }, () => this.context.state.sheets[0] ?? null);
  }
  /**
   * `WorksheetCollection.add` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)):
   * the new sheet goes last; a name taken (compared without case, as Excel does) is ItemAlreadyExists,
   * and Excel's sheet-name rules (1–31 characters, none of \ / ? * [ ] :, no leading apostrophe)
   * are InvalidArgument.
   */
  add(name: string): DWorksheet {
    let made: SheetState | null = null;
    this._op({ m: 'add', a: name }, () => {
      const st = this.context.state;
      if (st.find(name)) throw new DoubleError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
      if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'")) throw new DoubleError('InvalidArgument', `Invalid worksheet name '${name}'.`);
      made = emptySheet(name);
      st.sheets.push(made);
    });
    return new DWorksheet(this.context, { parent: this._id, m: 'add.result' }, () => made);
  }
  override load(arg?: string | string[]): this {
    const props = (typeof arg === 'string' ? arg.split(',') : arg ?? ['name']).map((p) => p.trim().replace(/^items\//, '')).filter(Boolean);
    this.context.push({
      json: { id: this._id, load: props },
      run: () => {
        const st = this.context.state;
        this._items = st.sheets.map((s) => {
          const w = new DWorksheet(this.context, null, () => s);
          w._s = s;
          for (const p of props) (w as unknown as { _loaded: Map<string, unknown> })._loaded.set(p, p === 'name' ? s.name : p === 'visibility' ? s.visibility : s.id);
          return w;
        });
        return st.sheets.map((s) => [s.name, s.visibility]);
      },
    });
    return this;
  }
  get items(): DWorksheet[] {
    if (!this._items) throw new DoubleError('PropertyNotLoaded', "The property 'items' is not available.");
    return this._items;
  }
}

function cellOf(s: SheetState, address: string): { r: number; c: number } {
  const bang = address.lastIndexOf('!');
  const p = parseA1(bang >= 0 ? address.slice(bang + 1) : address);
  if (!p) throw new DoubleError('InvalidCellAddress', `Invalid cell address '${address}'.`);
  void s;
  return { r: p.row, c: p.col };
}

export class DNoteCollection extends DObj {
  protected readonly _props = [] as const;
  private readonly ws: DWorksheet;
  constructor(ctx: DContext, ws: DWorksheet) { super(ctx, { parent: ws._id, p: 'notes' }); this.ws = ws; }
  protected _resolve(): void { this.context.requireApi('Worksheet.notes', '1.18'); }
  protected _isNull(): boolean { return false; }
  protected _read(): unknown { return undefined; }
  add(cellAddress: string | DRange, content: string): DNote {
    const addr = (): { s: SheetState; r: number; c: number } => {
      const s = this.ws.sheet();
      if (typeof cellAddress === 'string') return { s, ...cellOf(s, cellAddress) };
      const t = cellAddress.target();
      if (t.rows * t.cols !== 1) throw new DoubleError('InvalidCellAddress', 'A note goes on one cell.');
      return { s: t.sheet, r: t.r, c: t.c };
    };
    let where: { s: SheetState; r: number; c: number } | null = null;
    this._op({ m: 'add', a: [typeof cellAddress === 'string' ? cellAddress : cellAddress._id, content] }, () => {
      this.context.requireApi('NoteCollection.add', '1.18');
      const w = addr();
      const cell = w.s.cells.get(key(w.r, w.c));
      if (cell?.note !== undefined) throw new DoubleError('InvalidArgument', 'The cell already has a note.');
      const c2 = cell ?? { v: null };
      c2.note = String(content);
      w.s.cells.set(key(w.r, w.c), c2);
      where = w;
    });
    return new DNote(this.context, { parent: this._id, m: 'add.result' }, () => where);
  }
  getItemOrNullObject(address: string): DNote {
    return new DNote(this.context, { parent: this._id, m: 'getItemOrNullObject', a: address }, () => {
      this.context.requireApi('NoteCollection.getItemOrNullObject', '1.18');
      const s = this.ws.sheet();
      const { r, c } = cellOf(s, address);
      return s.cells.get(key(r, c))?.note !== undefined ? { s, r, c } : null;
    });
  }
}

export class DNote extends DObj {
  protected readonly _props = ['content'] as const;
  private w: { s: SheetState; r: number; c: number } | null = null;
  private readonly resolver: () => { s: SheetState; r: number; c: number } | null;
  constructor(ctx: DContext, json: unknown, resolver: () => { s: SheetState; r: number; c: number } | null) { super(ctx, json); this.resolver = resolver; }
  protected _resolve(): void { this.w = this.resolver(); }
  protected _isNull(): boolean { return this.w === null; }
  private cell(): { s: SheetState; k: number } {
    if (!this.w) throw new DoubleError('InvalidObjectPath', 'The note is a null object.');
    return { s: this.w.s, k: key(this.w.r, this.w.c) };
  }
  protected _read(): unknown { const { s, k } = this.cell(); return s.cells.get(k)?.note ?? null; }
  get content(): string { return this._get('content'); }
  set content(text: string) {
    this._op({ set: 'content', v: text }, () => { const { s, k } = this.cell(); const c = s.cells.get(k); if (c) c.note = String(text); });
  }
  delete(): void {
    this._op({ m: 'delete' }, () => {
      const { s, k } = this.cell();
      const c = s.cells.get(k);
      if (c) { delete c.note; if (isBlank(c)) s.cells.delete(k); }
    });
  }
}
