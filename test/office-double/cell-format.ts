/**
 * Cell formats in the Excel double beyond number format, fill and bold: font name, size, italic and
 * colour, the four edge borders, horizontal and vertical alignment and wrap — what
 * `Range.getCellProperties` / `setCellProperties` (ExcelApi 1.9) read and write
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1),
 * https://learn.microsoft.com/javascript/api/excel/excel.cellproperties). A cell stores only what
 * differs from the Normal style (`NORMAL`): setting a property to its Normal value is the same as
 * never having set it, as a cell formatted like Normal looks the same in Excel.
 */
import { DoubleError } from './errors';
import type { DoubleCell } from './state';

export type Edge = 'top' | 'bottom' | 'left' | 'right';
export const EDGES: readonly Edge[] = ['top', 'bottom', 'left', 'right'];
/** The ones getCellProperties returns besides the four edges (CellBorderCollection); the double keeps none. */
const OTHER_EDGES = ['diagonalDown', 'diagonalUp', 'horizontal', 'vertical'] as const;

export interface DoubleBorder { readonly style: string; readonly color: string; readonly weight: string }

/** A cell's own format (absent fields: the Normal style's). */
export interface DoubleFormat {
  fontName?: string;
  fontSize?: number;
  italic?: boolean;
  fontColor?: string;
  borders?: Partial<Record<Edge, DoubleBorder>>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

/** The Normal style of a zh-CN Excel (等线 11, black, no border, General / Bottom, no wrap). */
export const NORMAL = { fontName: '等线', fontSize: 11, italic: false, fontColor: '#000000', horizontalAlignment: 'General', verticalAlignment: 'Bottom', wrapText: false } as const;
const NO_BORDER: DoubleBorder = { style: 'None', color: '#000000', weight: 'Thin' };

/** Excel.HorizontalAlignment, Excel.VerticalAlignment, Excel.BorderLineStyle, Excel.BorderWeight. */
const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const LINE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'];

function check(ok: boolean, what: string, v: unknown): void {
  if (!ok) throw new DoubleError('InvalidArgument', `Invalid ${what} '${String(v)}'.`);
}
const colour = (v: unknown): boolean => typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v);

/** What `getCellProperties({ format: … })` gives for one cell: every asked-for property, Normal where the cell has none. */
export function readFormat(cell: DoubleCell | undefined, ask: Record<string, unknown>): Record<string, unknown> {
  const f = cell?.fmt ?? {};
  const out: Record<string, unknown> = {};
  const font = ask['font'] as Record<string, unknown> | undefined;
  if (font) {
    const all = { name: f.fontName ?? NORMAL.fontName, size: f.fontSize ?? NORMAL.fontSize, bold: cell?.bold === true, italic: f.italic ?? NORMAL.italic, color: f.fontColor ?? NORMAL.fontColor };
    out['font'] = Object.fromEntries(Object.entries(all).filter(([k]) => font[k]));
  }
  // Office.js reports "no fill" as white (RangeFill.color).
  if (ask['fill']) out['fill'] = { color: cell?.fill ?? '#FFFFFF' };
  const borders = ask['borders'] as Record<string, unknown> | undefined;
  if (borders) {
    const pick = (b: DoubleBorder): Record<string, unknown> => Object.fromEntries(Object.entries(b).filter(([k]) => borders[k]));
    const all: Record<string, unknown> = {};
    for (const e of EDGES) all[e] = pick(f.borders?.[e] ?? NO_BORDER);
    for (const e of OTHER_EDGES) all[e] = pick(NO_BORDER);
    out['borders'] = all;
  }
  if (ask['horizontalAlignment']) out['horizontalAlignment'] = f.horizontalAlignment ?? NORMAL.horizontalAlignment;
  if (ask['verticalAlignment']) out['verticalAlignment'] = f.verticalAlignment ?? NORMAL.verticalAlignment;
  if (ask['wrapText']) out['wrapText'] = f.wrapText ?? NORMAL.wrapText;
  return out;
}

function setOrDrop<K extends keyof DoubleFormat>(f: DoubleFormat, k: K, v: DoubleFormat[K], normal: unknown): void {
  if (v === normal) delete f[k];
  else f[k] = v;
}

/**
 * `setCellProperties` for one cell: only the given properties change. A border with style `None`
 * is no border. Invalid names of Excel's enums fail the sync with InvalidArgument.
 */
export function writeFormat(cell: DoubleCell, format: Record<string, unknown>): void {
  const f: DoubleFormat = { ...(cell.fmt ?? {}), ...(cell.fmt?.borders ? { borders: { ...cell.fmt.borders } } : {}) };
  const font = format['font'] as Record<string, unknown> | undefined;
  if (font) {
    if (font['name'] !== undefined) { check(typeof font['name'] === 'string', 'font name', font['name']); setOrDrop(f, 'fontName', font['name'] as string, NORMAL.fontName); }
    if (font['size'] !== undefined) { check(typeof font['size'] === 'number' && font['size'] > 0, 'font size', font['size']); setOrDrop(f, 'fontSize', font['size'] as number, NORMAL.fontSize); }
    if (font['italic'] !== undefined) setOrDrop(f, 'italic', font['italic'] === true, NORMAL.italic);
    if (font['color'] !== undefined) { check(colour(font['color']), 'font colour', font['color']); setOrDrop(f, 'fontColor', (font['color'] as string).toUpperCase(), NORMAL.fontColor); }
    if (font['bold'] !== undefined) { if (font['bold'] === true) cell.bold = true; else delete cell.bold; }
  }
  const fill = format['fill'] as Record<string, unknown> | undefined;
  if (fill?.['color'] !== undefined) { check(colour(fill['color']), 'fill colour', fill['color']); cell.fill = (fill['color'] as string).toUpperCase(); }
  const borders = format['borders'] as Record<string, Record<string, unknown> | undefined> | undefined;
  if (borders) {
    for (const e of EDGES) {
      const b = borders[e];
      if (!b) continue;
      const was = f.borders?.[e] ?? NO_BORDER;
      const next = { style: (b['style'] as string | undefined) ?? was.style, color: ((b['color'] as string | undefined) ?? was.color).toUpperCase(), weight: (b['weight'] as string | undefined) ?? was.weight };
      check(LINE.includes(next.style), 'border style', next.style);
      check(WEIGHT.includes(next.weight), 'border weight', next.weight);
      check(colour(next.color), 'border colour', next.color);
      const edges = { ...(f.borders ?? {}) };
      if (next.style === 'None') delete edges[e]; else edges[e] = next;
      if (Object.keys(edges).length) f.borders = edges; else delete f.borders;
    }
  }
  if (format['horizontalAlignment'] !== undefined) { check(HORIZONTAL.includes(format['horizontalAlignment'] as string), 'horizontal alignment', format['horizontalAlignment']); setOrDrop(f, 'horizontalAlignment', format['horizontalAlignment'] as string, NORMAL.horizontalAlignment); }
  if (format['verticalAlignment'] !== undefined) { check(VERTICAL.includes(format['verticalAlignment'] as string), 'vertical alignment', format['verticalAlignment']); setOrDrop(f, 'verticalAlignment', format['verticalAlignment'] as string, NORMAL.verticalAlignment); }
  if (format['wrapText'] !== undefined) setOrDrop(f, 'wrapText', format['wrapText'] === true, NORMAL.wrapText);
  if (Object.keys(f).length) cell.fmt = f; else delete cell.fmt;
}
