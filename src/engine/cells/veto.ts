/**
 * Reading a 【一票否决】 cell (SPEC §1.1). Case, width and whitespace are folded before comparing.
 */
import { isErrorValue, type CellValue } from '../model/workbook';
import { fold } from '../text/fold';

/**
 * - `veto`: the unit is vetoed by this column.
 * - `warn`: the cell is not a standard answer → warning `VETO_TEXT` (the decision is still made).
 * - `reason`: for a veto read from non-standard content, that content (trimmed) — e.g. `'发生安全事故'`;
 *   `null` for a standard answer, a look-alike mark and every non-veto.
 * - `mark`: for a look-alike of a standard mark (`X`, `✔` …), the mark it was read as (`×`, `✓` …);
 *   `null` otherwise. The VETO_TEXT message names it.
 */
export interface VetoRead {
  readonly veto: boolean;
  readonly warn: boolean;
  readonly reason: string | null;
  readonly mark: string | null;
}

// SPEC §1.1's words (folded: lower case, half-width).
const NO_WORDS: ReadonlySet<string> = new Set(['否', '无', '0', '×', '✗', 'n', 'no', 'false', '-', '—', '/']);
const YES_WORDS: ReadonlySet<string> = new Set(['是', '√', '✓', 'y', 'yes', '1', 'true', '否决']);
// SPEC §1.1's look-alikes (folded) → the standard mark each resembles. Read as that mark, with VETO_TEXT.
const NO_LOOKALIKES: ReadonlyMap<string, string> = new Map([['x', '×'], ['✘', '✗'], ['--', '-'], ['——', '—'], ['―', '—'], ['─', '—']]);
const YES_LOOKALIKES: ReadonlyMap<string, string> = new Map([['✔', '✓']]);

const NO = { veto: false, warn: false, reason: null, mark: null } as const;
const YES = { veto: true, warn: false, reason: null, mark: null } as const;

/**
 * Reads a veto cell:
 * - empty, `否`, `无`, `0`, `×`, `✗`, `N`, `No`, `FALSE`, `-`, `—`, `/` (and the numbers 0, boolean FALSE) → no veto;
 * - `是`, `√`, `✓`, `Y`, `Yes`, `1`, `TRUE`, `否决` (and the number 1, boolean TRUE) → veto;
 * - a look-alike of a mark — `X`, `✘`, `--`, `——`, `―`, `─` (no); `✔` (yes) — → read as that mark, warning,
 *   `mark` = the mark it resembles (`X` → `×`, `✘` → `✗`, `--` → `-`, `——` `―` `─` → `—`, `✔` → `✓`);
 * - other text beginning with `否决` → veto, warning, reason = the text (a clerk reads `否决：安全事故`
 *   as a veto, though it also begins with `否`);
 * - other text beginning with `否` or `无` (`否。`, `无此情况`) → no veto, warning;
 * - any other content → veto, warning, reason = the trimmed text. Other numbers count as their text
 *   (`2` → reason `'2'`), and so does an Excel error value (`#N/A` → reason `'#N/A'`): a formula that
 *   failed must not silently clear a veto.
 * Example: readVeto('ＹＥＳ') → { veto: true, warn: false, reason: null, mark: null };
 * readVeto('X') → { veto: false, warn: true, reason: null, mark: '×' };
 * readVeto('发生安全事故') → { veto: true, warn: true, reason: '发生安全事故', mark: null }.
 */
export function readVeto(v: CellValue | undefined): VetoRead {
  if (v === null || v === undefined) return NO;
  if (typeof v === 'boolean') return v ? YES : NO;
  let text: string;
  if (typeof v === 'number') {
    if (v === 0) return NO;
    if (v === 1) return YES;
    text = String(v);
  } else if (typeof v === 'string') {
    text = v.trim();
  } else if (isErrorValue(v)) {
    text = v.error;
  } else {
    text = safeString(v);
  }
  const f = fold(text);
  if (f === '') return NO;
  if (NO_WORDS.has(f)) return NO;
  if (YES_WORDS.has(f)) return YES;
  const no = NO_LOOKALIKES.get(f);
  if (no !== undefined) return { veto: false, warn: true, reason: null, mark: no };
  const yes = YES_LOOKALIKES.get(f);
  if (yes !== undefined) return { veto: true, warn: true, reason: null, mark: yes };
  if (f.startsWith('否决')) return { veto: true, warn: true, reason: text, mark: null };
  if (f.startsWith('否') || f.startsWith('无')) return { veto: false, warn: true, reason: null, mark: null };
  return { veto: true, warn: true, reason: text, mark: null };
}

/** `String(v)` for values outside `CellValue`; never throws. */
function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
