/**
 * How the `考核结果` list is laid out for printing (issue 14): column widths that fit their values,
 * headers that wrap onto two lines rather than widen a column of short numbers, the long text columns
 * (一票否决, 异常标记 / 备注) held to a readable width and wrapped, and the row heights those wraps need
 * — so a list of 20 columns still prints one page wide at a legible size. Both hosts apply it as it is.
 */
import type { OutValue } from '../model/plan';

/**
 * Display width of text in Excel's character units (CJK counts 2, and so do the geometric shapes and
 * symbols U+25A0–U+26FF — ★ ● ■ … —, which CJK fonts such as 仿宋 and 等线 draw full width).
 * Example: textWidth('★★★') === 6, textWidth('总分') === 4, textWidth('98.50') === 5.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    w += cp > 0x2e80 || (cp >= 0x25a0 && cp <= 0x26ff) ? 2 : 1;
  }
  return w;
}

/**
 * At least `textWidth(String(v))`, mostly without making the text: a string's 2 a character; an
 * integer's sign and digits; a number equal to the double of a decimal with ≤ 2 decimals (a score
 * ROUNDed to 2) has a shortest form with no more decimals: sign, the digits of ⌊|v|⌋ + 1 (a carry),
 * `.` and 2. Else (other numbers, |v| ≥ 1e15) its text's own width.
 * Example: shownAtMost(-28.5) === 6 (`-28.5` is 5).
 */
export function shownAtMost(v: string | number): number {
  if (typeof v === 'string') return 2 * v.length;
  const a = Math.abs(v);
  if (!(a < 1e15)) return textWidth(String(v));
  const sign = v < 0 || Object.is(v, -0) ? 1 : 0;
  if (Number.isInteger(v)) return sign + digitsOf(a);
  return Math.round(v * 100) / 100 === v ? sign + digitsOf(Math.floor(a) + 1) + 3 : textWidth(String(v));
}

/** Decimal digits of a whole number ≥ 0 below 1e15 (1 for 0). */
function digitsOf(x: number): number {
  let digits = 1;
  for (let y = x; y >= 10; y /= 10) digits++;
  return digits;
}

/** Padding added to the widest text of a column, in characters (Excel's cell margins). */
const PAD = 2;
/** The narrowest column, in characters. */
const MIN_WIDTH = 6;
/** The widest column that does not wrap (the unit name, …), in characters. */
const MAX_WIDTH = 60;
/** A wrapped text column (一票否决, 异常标记, 备注): 12 CJK characters a line. */
export const WRAP_WIDTH = 24;
/** A header up to this width stays on one line; a longer one may take two (`组织建设` / `小计`). */
const ONE_LINE_HEADER = 8;
/** Points per line of 11-point text (Excel's default row height for 等线 11 is 14.25 pt). */
export const LINE_POINTS = 14.25;
/** Rows looked at for the widths (a county's list is far shorter; a 100,000-row list stays fast). */
const SAMPLE_ROWS = 2000;

/** The lines `text` takes in a column `width` characters wide. Example: linesIn('一二三四五六七', 8) === 3. */
export function linesIn(text: string, width: number): number {
  if (2 * text.length <= width - PAD) return 1; // at most 2 a character: it fits on one line
  return Math.max(1, Math.ceil(textWidth(text) / Math.max(1, width - PAD)));
}

export interface ResultLayout {
  /** Column widths in characters. */
  readonly widths: number[];
  /** Columns whose data cells wrap (the `wrapped` ones); headers always wrap. */
  readonly wrap: boolean[];
  /** Height of the header row in points when a header wraps, else null (the default height). */
  readonly headerHeight: number | null;
  /** Rows (0-based, within the list's rows) whose wrapped text needs more than one line, with their height in points. */
  readonly rowHeights: Array<{ row: number; points: number }>;
}

/**
 * Lays out the list: `header`, its `rows`, and `wrapped` — the indices of the long text columns.
 * A value column is as wide as its widest value + 2 (at least 6, at most 60), and as its header when
 * that fits on one line (≤ 8), else half its header (two lines); a wrapped column is at most 24.
 * Example: header `组织建设小计` over `33.50` → width 8 (`组织建` / `设小计`), header height 2 × 14.25.
 */
export function layoutResult(header: readonly string[], rows: ReadonlyArray<readonly OutValue[]>, wrapped: ReadonlySet<number>): ResultLayout {
  const sample = Math.min(rows.length, SAMPLE_ROWS);
  const n = header.length;
  // Widest value text per column, row by row (each row's cells read together).
  const most = new Array<number>(n).fill(0);
  for (let r = 0; r < sample; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    for (let c = 0; c < n; c++) {
      const v = row[c];
      // A value that cannot be wider than the widest so far needs no text (most values of most columns).
      if (v !== null && v !== undefined && shownAtMost(v) > (most[c] ?? 0)) most[c] = Math.max(most[c] ?? 0, textWidth(String(v)));
    }
  }
  const widths = header.map((h, c) => {
    const head = textWidth(h);
    const headNeed = head <= ONE_LINE_HEADER ? head : Math.ceil(head / 2);
    const w = Math.max(most[c] ?? 0, headNeed) + PAD;
    return Math.max(MIN_WIDTH, Math.min(w, wrapped.has(c) ? WRAP_WIDTH : MAX_WIDTH));
  });
  const wrap = header.map((_h, c) => wrapped.has(c));
  const headerLines = header.reduce((lines, h, c) => Math.max(lines, linesIn(h, widths[c] ?? MIN_WIDTH)), 1);
  const wrappedCols = [...wrapped];
  const rowHeights: Array<{ row: number; points: number }> = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let lines = 1;
    for (let k = 0; k < wrappedCols.length; k++) {
      const c = wrappedCols[k] ?? -1;
      const v = row?.[c];
      if (typeof v === 'string' && v) lines = Math.max(lines, linesIn(v, widths[c] ?? WRAP_WIDTH));
    }
    if (lines > 1) rowHeights.push({ row: r, points: lines * LINE_POINTS });
  }
  return { widths, wrap, headerHeight: headerLines > 1 ? headerLines * LINE_POINTS : null, rowHeights };
}

/** One layout alive as long as this module, for its object shape (result-target.ts `IDLE_TARGET`). */
export const IDLE_LAYOUT: ResultLayout = { widths: [], wrap: [], headerHeight: null, rowHeights: [] };
