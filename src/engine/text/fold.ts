/**
 * Text folding for matching headers, keys and cell words (SPEC §1.1, §1.3):
 * full-width ASCII (U+FF01–U+FF5E) → half-width, the ideographic space → space,
 * line breaks and all whitespace removed, letters lower-cased.
 * Example: fold(' 党建\n工作（１０分） ') === '党建工作(10分)'.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Half-width, whitespace (incl. line breaks) removed, lower case. */
export function fold(text: string): string {
  // Most names need no change: skip the work (this runs for every unit name of large sheets).
  if (ALREADY_FOLDED.test(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** Text made only of characters fold() leaves alone: visible ASCII but A–Z, CJK ideographs and punctuation. */
const ALREADY_FOLDED = /^[\x21-\x40\x5b-\x7e\u4e00-\u9fff\u3001-\u303f\u2014\u2018-\u201d\u2026]*$/;

/** Half-width and trimmed, inner spaces kept: for showing a name back to the user. */
export function tidy(text: string): string {
  if (ALREADY_FOLDED.test(text)) return text; // nothing to trim or narrow
  return toHalfWidth(text).replace(/\s+/g, ' ').trim();
}
