/**
 * Plain-text tables for a terminal, aligned by display width (CJK characters are two columns).
 * Borders are ASCII only: box-drawing characters are "ambiguous width" and misalign in many
 * Chinese terminals. Columns are separated by two spaces; the header is underlined with `-`.
 */
import { displayWidth, padEnd, padStart, truncate, wrap } from './width';

export interface Column {
  readonly header: string;
  /** Fixed width in columns; when absent the column takes the width of its widest cell. */
  readonly width?: number;
  /** `wrap` breaks long text over several lines; `cut` truncates with `…` (default). */
  readonly overflow?: 'wrap' | 'cut';
  readonly align?: 'left' | 'right';
}

const GAP = '  ';

/**
 * Renders rows under a header. Returns the lines without trailing newlines.
 * Example: renderTable([{header:'单位'},{header:'分',align:'right'}], [['城关镇','95']]) →
 *   ['单位    分', '------  --', '城关镇  95'].
 */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = columns.map((c, i) => {
    if (c.width !== undefined) return Math.max(c.width, 2);
    let w = displayWidth(c.header);
    for (const r of rows) w = Math.max(w, displayWidth(r[i] ?? ''));
    return w;
  });
  const line = (cells: readonly string[]): string =>
    cells
      .map((t, i) => {
        const w = widths[i] as number;
        const last = i === cells.length - 1;
        if (columns[i]?.align === 'right') return padStart(t, w);
        return last ? t : padEnd(t, w);
      })
      .join(GAP)
      .replace(/ +$/, '');
  const out: string[] = [];
  out.push(line(columns.map((c, i) => truncate(c.header, widths[i] as number))));
  out.push(widths.map((w) => '-'.repeat(w)).join(GAP));
  for (const r of rows) {
    const cellLines = columns.map((c, i) => {
      const text = (r[i] ?? '').replace(/\s*\r?\n\s*/g, ' ');
      const w = widths[i] as number;
      return c.overflow === 'wrap' ? wrap(text, w) : [truncate(text, w)];
    });
    const height = Math.max(...cellLines.map((l) => l.length));
    for (let k = 0; k < height; k++) out.push(line(cellLines.map((l) => l[k] ?? '')));
  }
  return out;
}

/**
 * Splits the available width among columns: fixed columns keep their width (shrunk to what their
 * content needs), the flexible ones share the rest in proportion to `weight`, each at least `min`.
 */
export function fitWidths(
  total: number,
  specs: ReadonlyArray<{ readonly need: number; readonly max?: number; readonly weight?: number; readonly min?: number }>,
): number[] {
  const gaps = GAP.length * (specs.length - 1);
  const fixed = specs.map((s) => (s.weight === undefined ? Math.min(s.need, s.max ?? s.need) : 0));
  const flex = specs.map((s, i) => (s.weight === undefined ? -1 : i)).filter((i) => i >= 0);
  let rest = total - gaps - fixed.reduce((a, b) => a + b, 0);
  const out = [...fixed];
  // Flexible columns that need less than their share keep what they need; the others share the rest.
  let open = [...flex];
  for (;;) {
    const weightSum = open.reduce((a, i) => a + (specs[i]?.weight ?? 1), 0);
    const tight = open.filter((i) => {
      const s = specs[i];
      return s !== undefined && s.need <= Math.floor((rest * (s.weight ?? 1)) / weightSum);
    });
    if (tight.length === 0 || weightSum === 0) {
      for (const i of open) {
        const s = specs[i];
        if (s === undefined) continue;
        out[i] = Math.max(s.min ?? 6, Math.floor((rest * (s.weight ?? 1)) / (weightSum || 1)));
      }
      break;
    }
    for (const i of tight) {
      const need = specs[i]?.need ?? 0;
      out[i] = need;
      rest -= need;
    }
    open = open.filter((i) => !tight.includes(i));
    if (open.length === 0) break;
  }
  return out;
}
