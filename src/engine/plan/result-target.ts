/**
 * Which sheet the results list goes to (SPEC §1): a sheet is the program's only if its record says
 * the program created it. The program's own results sheet is rewritten in place; otherwise the list
 * goes to `考核结果` when no sheet has that name, else to the first free name of
 * `考核结果（考评助手）`, `考核结果（2）`, `考核结果（3）`, … (warning RESULT_SHEET_RENAMED).
 */
import { RESULT_SHEET } from '../model/scheme';
import { sameSheetName } from '../record';

/** The name the list takes when the clerk has a `考核结果` of their own. */
export const RESULT_SHEET_ALT = `${RESULT_SHEET}（考评助手）`;

export interface ResultTarget {
  /** The sheet to write. */
  readonly name: string;
  /** True: the program's own sheet, rewritten in place. False: a new sheet. */
  readonly replaces: boolean;
  /** True when `考核结果` is the clerk's and the list goes under another name. */
  readonly renamed: boolean;
}

/**
 * Examples: sheets [考核数据, 考核方案], owned null → { name: '考核结果', replaces: false, renamed: false };
 * sheets [考核数据, 考核结果], owned null → { name: '考核结果（考评助手）', replaces: false, renamed: true };
 * owned '考核结果' → { name: '考核结果', replaces: true, renamed: false }.
 */
export function resultTarget(sheetNames: readonly string[], owned: string | null): ResultTarget {
  const taken = (name: string): boolean => sheetNames.some((s) => sameSheetName(s, name));
  if (owned !== null && taken(owned)) return { name: owned, replaces: true, renamed: !sameSheetName(owned, RESULT_SHEET) && taken(RESULT_SHEET) };
  if (!taken(RESULT_SHEET)) return { name: RESULT_SHEET, replaces: false, renamed: false };
  if (!taken(RESULT_SHEET_ALT)) return { name: RESULT_SHEET_ALT, replaces: false, renamed: true };
  for (let k = 2; ; k++) {
    const name = `${RESULT_SHEET}（${k}）`;
    if (!taken(name)) return { name, replaces: false, renamed: true };
  }
}

/**
 * One target alive as long as this module, for its object shape: V8 keeps no shape alive for a literal,
 * and once no target lived (a forced GC between two runs), the plan's optimized code that read one lost
 * its type feedback and was thrown away at that line on every run (fast/README.md, "shapes kept alive").
 */
export const IDLE_TARGET: ResultTarget = { name: '', replaces: false, renamed: false };
