/**
 * `Worksheet.pageLayout` (Excel.PageLayout, ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): the parts the host uses — the
 * centre footer, print title rows, orientation, paper size, centring and zoom — modelled strictly:
 * every member needs ExcelApi 1.9 (ApiNotFound below it, at sync), arguments are checked as the
 * reference describes them (InvalidArgument otherwise), and what is set is kept in the sheet's
 * `print` state (saved by `xl.save()`), readable back through `load` and
 * `getPrintTitleRowsOrNullObject()`.
 */
import { DContext, DObj } from './context';
import { DoubleError } from './errors';
import { DRange } from './range';
import { MAX_COLS, type PrintSetup, type SheetState } from './state';

/** Excel.PageOrientation (https://learn.microsoft.com/javascript/api/excel/excel.pageorientation). */
const ORIENTATIONS = ['Portrait', 'Landscape'];
/** Excel.PaperType (https://learn.microsoft.com/javascript/api/excel/excel.papertype). */
const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro',
  'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL',
  'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch',
  'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman'];

/** What an unset sheet reports: a zh-CN Excel's defaults (A4 portrait, 100 %, not centred). */
const DEFAULTS = { orientation: 'Portrait', paperSize: 'A4', centerHorizontally: false, zoom: { scale: 100 } } as const;

const bad = (what: string, v: unknown): DoubleError => new DoubleError('InvalidArgument', `Invalid ${what} '${JSON.stringify(v) ?? String(v)}'.`);

/**
 * `PageLayout.zoom` (PageLayoutZoomOptions, https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions):
 * set as a whole object ("use `x.zoom = {...}` instead of `x.zoom.scale = ...`"); `scale` "can be
 * between 10 and 400"; `horizontalFitToPages` / `verticalFitToPages` a number of pages. The double
 * takes whole numbers ≥ 0 (0: as many pages as needed, as Excel stores `fitToHeight="0"`: see
 * src/hosts/excel/print-setup.ts), refuses an empty object and a scale given with a fit (the
 * reference: scale "can be null if fit to page tall or wide is specified") — stricter than Excel.
 */
export function checkZoom(z: unknown): Record<string, number> {
  if (typeof z !== 'object' || z === null || Array.isArray(z)) throw bad('zoom', z);
  const o = z as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined && o[k] !== null);
  if (keys.length === 0 || keys.some((k) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k))) throw bad('zoom', z);
  const out: Record<string, number> = {};
  for (const k of keys) {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isInteger(v)) throw bad(`zoom.${k}`, v);
    if (k === 'scale' ? v < 10 || v > 400 : v < 0) throw bad(`zoom.${k}`, v);
    out[k] = v;
  }
  if (out['scale'] !== undefined && keys.length > 1) throw bad('zoom (a scale with a fit to pages)', z);
  return out;
}

/**
 * `setPrintTitleRows(printTitleRows: Range | string)`: "The rows to be repeated at the top of each
 * page. The range must span the entire row to be valid." The double takes `$1:$2` / `1:2` or a
 * range of whole rows (all 16,384 columns); anything else is InvalidArgument.
 */
export function titleRowsOf(arg: unknown): { r: number; rows: number } {
  if (arg instanceof DRange) {
    const t = arg.target();
    if (t.c !== 0 || t.cols !== MAX_COLS) throw bad('print title rows (not whole rows)', `${t.r}:${t.r + t.rows - 1}`);
    return { r: t.r, rows: t.rows };
  }
  const m = typeof arg === 'string' ? /^\$?(\d+):\$?(\d+)$/.exec(arg) : null;
  const a = Number(m?.[1] ?? 0), b = Number(m?.[2] ?? 0);
  if (!m || a < 1 || b < 1 || a > 1048576 || b > 1048576) throw bad('print title rows', arg);
  return { r: Math.min(a, b) - 1, rows: Math.abs(b - a) + 1 };
}

interface SheetOwner { readonly _id: number; sheet(): SheetState }

export class DPageLayout extends DObj {
  protected readonly _props = ['orientation', 'paperSize', 'centerHorizontally', 'zoom'] as const;
  private readonly ws: SheetOwner;
  private _hf: DHeaderFooterGroup | null = null;
  constructor(ctx: DContext, ws: SheetOwner) { super(ctx, { parent: ws._id, p: 'pageLayout' }); this.ws = ws; }
  protected _resolve(): void { this.context.requireApi('Worksheet.pageLayout', '1.9'); }
  protected _isNull(): boolean { return false; }
  private print(): PrintSetup { const s = this.ws.sheet(); return (s.print ??= {}); }
  protected _read(prop: string): unknown {
    const p = this.ws.sheet().print ?? {};
    if (prop === 'zoom') return Object.freeze({ ...(p.zoom ?? DEFAULTS.zoom) });
    return p[prop as 'orientation' | 'paperSize' | 'centerHorizontally'] ?? DEFAULTS[prop as 'orientation' | 'paperSize' | 'centerHorizontally'];
  }
  /** Queues a property write: `checked` validates (throwing InvalidArgument) and gives what to keep. */
  private set1(prop: string, v: unknown, checked: () => PrintSetup): void {
    this._op({ set: prop, v }, () => { this.context.requireApi(`PageLayout.${prop}`, '1.9'); const keep = checked(); Object.assign(this.print(), keep); });
  }
  get orientation(): string { return this._get('orientation'); }
  set orientation(v: string) { this.set1('orientation', v, () => { if (!ORIENTATIONS.includes(v)) throw bad('orientation', v); return { orientation: v }; }); }
  get paperSize(): string { return this._get('paperSize'); }
  set paperSize(v: string) { this.set1('paperSize', v, () => { if (!PAPER.includes(v)) throw bad('paper size', v); return { paperSize: v }; }); }
  get centerHorizontally(): boolean { return this._get('centerHorizontally'); }
  set centerHorizontally(v: boolean) { this.set1('centerHorizontally', v, () => { if (typeof v !== 'boolean') throw bad('centerHorizontally', v); return { centerHorizontally: v }; }); }
  /** Loaded, a frozen copy: `x.zoom.scale = …` changes nothing in Excel, and throws here. */
  get zoom(): Record<string, number> { return this._get('zoom'); }
  set zoom(v: Record<string, number>) { this.set1('zoom', v, () => ({ zoom: checkZoom(v) })); }

  setPrintTitleRows(rows: string | DRange): void {
    this._op({ m: 'setPrintTitleRows', a: typeof rows === 'string' ? rows : rows._id }, () => {
      this.context.requireApi('PageLayout.setPrintTitleRows', '1.9');
      const { r, rows: n } = titleRowsOf(rows);
      this.print().titleRows = `$${r + 1}:$${r + n}`;
    });
  }
  /** The title rows as a range of whole rows, or a null object when none are set. */
  getPrintTitleRowsOrNullObject(): DRange {
    return new DRange(this.context, { parent: this._id, m: 'getPrintTitleRowsOrNullObject' }, () => {
      this.context.requireApi('PageLayout.getPrintTitleRowsOrNullObject', '1.9');
      const s = this.ws.sheet();
      if (!s.print?.titleRows) return null;
      const { r, rows } = titleRowsOf(s.print.titleRows);
      return { sheet: s, r, c: 0, rows, cols: MAX_COLS };
    });
  }
  get headersFooters(): DHeaderFooterGroup { return (this._hf ??= new DHeaderFooterGroup(this.context, this._id, this.ws)); }
}

class DHeaderFooterGroup extends DObj {
  protected readonly _props = [] as const;
  private _default: DHeaderFooter | null = null;
  constructor(ctx: DContext, parent: number, private readonly ws: SheetOwner) { super(ctx, { parent, p: 'headersFooters' }); }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return false; }
  protected _read(): unknown { return undefined; }
  get defaultForAllPages(): DHeaderFooter { return (this._default ??= new DHeaderFooter(this.context, this._id, this.ws)); }
}

/**
 * `HeaderFooter.centerFooter` (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.headerfooter#excel-excel-headerfooter-centerfooter-member):
 * written only; the double keeps the centre footer of the sheet.
 */
class DHeaderFooter extends DObj {
  protected readonly _props = [] as const;
  constructor(ctx: DContext, parent: number, private readonly ws: SheetOwner) { super(ctx, { parent, p: 'defaultForAllPages' }); }
  protected _resolve(): void { /* navigation */ }
  protected _isNull(): boolean { return false; }
  protected _read(): unknown { return undefined; }
  set centerFooter(text: string) {
    this._op({ set: 'centerFooter', v: text }, () => {
      this.context.requireApi('HeaderFooter.centerFooter', '1.9');
      this.ws.sheet().centerFooter = String(text);
    });
  }
  get centerFooter(): string { throw new DoubleError('PropertyNotLoaded', 'The double does not load the footer.'); }
}
