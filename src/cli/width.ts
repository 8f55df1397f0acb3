/**
 * Terminal column widths with East Asian width taken into account: CJK ideographs, kana, hangul,
 * full-width forms and CJK punctuation take two columns; combining marks and zero-width characters
 * none; everything else one (East Asian "Ambiguous" characters are counted as one, as most
 * terminals do outside CJK locales).
 * Example: displayWidth('城关镇 A1') === 9.
 */

/** Ranges (inclusive) of East Asian Wide (W) and Fullwidth (F) code points, from UAX #11. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

/** Zero-width: combining marks, variation selectors, zero-width space/joiners. */
const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], [0x0483, 0x0489], [0x0591, 0x05bd], [0x0610, 0x061a], [0x064b, 0x065f],
  [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x2064], [0x20d0, 0x20ff], [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0xe0100, 0xe01ef],
];

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as readonly [number, number];
    if (code < r[0]) hi = mid - 1;
    else if (code > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one character (code point) takes: 0, 1 or 2. Control characters take 0. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code < 0x1100) return inRanges(code, ZERO) ? 0 : 1;
  if (inRanges(code, ZERO)) return 0;
  return inRanges(code, WIDE) ? 2 : 1;
}

/** Columns a string takes in a terminal. Example: displayWidth('错误E') === 5. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Pads with spaces on the right to `width` columns (never cuts). */
export function padEnd(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** Pads with spaces on the left to `width` columns (for numbers). */
export function padStart(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}

/**
 * Cuts to at most `width` columns, ending with `…` when cut.
 * Example: truncate('县人力资源和社会保障局', 10) === '县人力资…' (8 + 1 columns: a wide character never straddles the edge).
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** Characters that must not end a line (避尾点): opening brackets and quotes. */
const NO_LINE_END = new Set('“‘（《「『【〔(['.split(''));

/** Characters of a Latin word or number, kept together when wrapping. */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_#$@.]/.test(c);
}

/** Characters that must not start a line (Chinese line-breaking rules, 避头点). */
const NO_LINE_START = new Set('，。、；：？！）》」』】’”%,.;:?!)]}…'.split(''));

/**
 * Wraps text into lines of at most `width` columns. Breaks anywhere between wide characters, at
 * spaces between Latin words, keeps numbers whole, never puts closing punctuation at the start of
 * a line (the character before it moves down with it) nor an opening bracket or quote at its end.
 * Explicit line breaks in the text are kept.
 * Example: wrap('单元格D7为空。请填写', 8) → ['单元格D7', '为空。请', '填写'].
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) wrapLine(para, Math.max(2, width), out);
  return out.length ? out : [''];
}

function wrapLine(text: string, width: number, out: string[]): void {
  const chars = Array.from(text);
  let line = '';
  let w = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    const cw = charWidth(ch);
    if (w + cw <= width || line === '') {
      line += ch;
      w += cw;
      i++;
      continue;
    }
    const prior = Array.from(line);
    let start = prior.length;
    while (start > 0 && isWordChar(prior[start - 1])) start--;
    const shortWord = start > 0 && start < prior.length && prior.length - start <= width / 2;
    // Closing punctuation may not start a line: it takes the character (or number, `85%`) before it along (推出).
    if (NO_LINE_START.has(ch)) {
      const from = shortWord ? start : prior.length - 1;
      const last = prior[prior.length - 1];
      if (from > 0 && last !== undefined && !NO_LINE_START.has(last)) {
        out.push(prior.slice(0, from).join('').replace(/ +$/, ''));
        line = prior.slice(from).join('') + ch;
        w = displayWidth(line);
      } else {
        line += ch;
        w += cw;
      }
      i++;
      continue;
    }
    // Latin words and numbers (`17.5`, `D7`) are not split: the unfinished word moves to the next
    // line, unless it is longer than half a line (then it is cut where the line ends).
    if (isWordChar(ch) && isWordChar(chars[i - 1])) {
      if (shortWord) {
        out.push(prior.slice(0, start).join('').replace(/ +$/, ''));
        line = prior.slice(start).join('');
        w = displayWidth(line);
        continue;
      }
    }
    // Opening brackets and quotes may not end a line: they move down with the next character.
    const tail = prior[prior.length - 1];
    if (tail !== undefined && prior.length > 1 && NO_LINE_END.has(tail) && ch !== ' ') {
      out.push(prior.slice(0, -1).join('').replace(/ +$/, ''));
      line = tail + ch;
      w = displayWidth(line);
      i++;
      continue;
    }
    out.push(line.replace(/ +$/, ''));
    line = ch === ' ' ? '' : ch;
    w = ch === ' ' ? 0 : cw;
    i++;
  }
  out.push(line.replace(/ +$/, ''));
}
