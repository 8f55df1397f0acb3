/**
 * 【星级】 (SPEC §1.1): header `星级 | 最低分`, e.g. `5 | 95`. 星级 is a number, or that many `★`
 * (`★★★` = 3). Stored most stars first; the ranges (1..10 stars) and order (more stars need a
 * higher 最低分) are checked by the zod schema.
 */
import type { StarRule } from '../model/scheme';
import type { CellValue } from '../model/workbook';
import { toHalfWidth } from '../text/fold';
import type { SchemeContext } from './context';
import type { Section } from './sections';
import { readTable, type ColumnSpec } from './table';
import { readNumber, shown } from './values';

type Key = 'stars' | 'min';

const SPECS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'stars', header: '星级', required: true },
  { key: 'min', header: '最低分', required: true },
];

export interface StarsRead {
  readonly stars: StarRule[];
  /** False when a row was left out: the order checks would then compare the wrong rows. */
  readonly complete: boolean;
}

/** Reads 【星级】, most stars first. Example: rows `4 | 90`, `★★★★★ | 95` → [{ stars: 5, min: 95 }, { stars: 4, min: 90 }]. */
export function readStars(ctx: SchemeContext, section: Section | undefined): StarsRead {
  const read: Array<StarRule & { readonly minAt: StarRule['cell'] }> = [];
  if (!section) return { stars: [], complete: true };
  const table = readTable(ctx, section, SPECS);
  if (!table.complete) return { stars: [], complete: false };
  let complete = true;
  for (const row of table.rows) {
    if (row.empty) continue;
    const stars = readStarCount(row.value('stars'));
    const min = readNumber(row.value('min'));
    let ok = true;
    if (stars === null || Number.isNaN(stars)) {
      ok = false;
      ctx.invalid(row.at('stars'), `星级“${shown(row.value('stars'))}”不是数字。请填写星的个数，如 5`,
        `星级 "${shown(row.value('stars'))}" is not a number; enter the number of stars, e.g. 5`);
    }
    if (min === null || Number.isNaN(min)) {
      ok = false;
      ctx.invalid(row.at('min'), min === null ? '最低分为空。请填写达到该星级所需的最低总分' : `最低分“${shown(row.value('min'))}”不是数字`,
        min === null ? '最低分 is empty; enter the lowest total for this many stars' : `最低分 "${shown(row.value('min'))}" is not a number`);
    }
    if (!ok || stars === null || min === null) {
      complete = false;
      continue;
    }
    read.push({ stars, min, cell: row.at('stars'), minAt: row.at('min') });
  }
  // Most stars first; equal counts keep sheet order (Array.prototype.sort is stable).
  read.sort((a, b) => b.stars - a.stars);
  const stars = read.map((s, i) => {
    ctx.place(`stars.${i}`, s.cell);
    ctx.place(`stars.${i}.stars`, s.cell);
    ctx.place(`stars.${i}.min`, s.minAt);
    return { stars: s.stars, min: s.min, cell: s.cell };
  });
  return { stars, complete };
}

/** A 星级 cell: a number, or a run of `★`. Null when blank, NaN when neither. */
function readStarCount(v: CellValue): number | null {
  if (typeof v === 'string') {
    const t = toHalfWidth(v).trim();
    if (t !== '' && /^★+$/.test(t)) return t.length;
  }
  return readNumber(v);
}
