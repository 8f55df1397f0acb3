/**
 * The 异常标记 text of a unit (SPEC §5): the short labels of its issues joined by `；`, each with
 * the cell it concerns (or what it concerns, e.g. `总分`). Example: `缺失值(D7)；离群(总分)`.
 */
import type { FlagDetail } from '../model/unit-table';
import { clip } from './limits';

export const SCHEME_BLOCKED_FLAG = '方案有误，未计分';

/** The text for a unit whose 异常标记 entries are `details` (its flags column in the unit table). */
export function flagText(details: readonly FlagDetail[], schemeBlocked: boolean): string {
  if (details.length === 0) return schemeBlocked ? SCHEME_BLOCKED_FLAG : '';
  const parts: string[] = [];
  if (schemeBlocked) parts.push(SCHEME_BLOCKED_FLAG);
  for (const f of details) {
    const text = `${f.label}(${f.where})`;
    if (!parts.includes(text)) parts.push(text);
  }
  return clip(parts.join('；'));
}
