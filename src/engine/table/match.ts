/**
 * Header matching (SPEC §1.3): a label matches a name when, after folding spaces, line breaks
 * and width, it equals the name, or the name followed by one bracketed mark such as `（10分）`,
 * `(10分)`, `【权重20%】`, `[20分]`.
 * Example: labelMatches('党建\n工作（１０分）', '党建工作') === true.
 */
import { fold } from '../text/fold';

const OPEN = '([【〔{<';
const CLOSE = ')]】〕}>';

/** True when `label` (folded) is `name` (folded), optionally followed by one bracketed mark. */
export function foldedLabelMatches(foldedLabel: string, foldedName: string): boolean {
  if (foldedName === '') return false;
  if (foldedLabel === foldedName) return true;
  if (!foldedLabel.startsWith(foldedName)) return false;
  const rest = foldedLabel.slice(foldedName.length);
  if (rest.length < 2) return false;
  const open = OPEN.indexOf(rest[0] as string);
  if (open < 0 || rest[rest.length - 1] !== CLOSE[open]) return false;
  const inner = rest.slice(1, -1);
  for (const ch of inner) if (OPEN.includes(ch) || CLOSE.includes(ch)) return false;
  return true;
}

export function labelMatches(label: string, name: string): boolean {
  return foldedLabelMatches(fold(label), fold(name));
}
