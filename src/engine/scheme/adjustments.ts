/**
 * 【加扣分】 (SPEC §1.1): header `列名 | 类型 | 上限`. 类型 is `加分` or `扣分` (folded); 上限 is an
 * optional per-cell cap (≥ 0, checked by the zod schema). A row that can not be read is reported
 * and left out.
 */
import type { Adjustment } from '../model/scheme';
import type { SchemeContext } from './context';
import type { Section } from './sections';
import { readTable, type ColumnSpec } from './table';
import { matchWord, readName, readNumber, shown } from './values';

type Key = 'column' | 'kind' | 'cap';

const SPECS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'column', header: '列名', required: true },
  { key: 'kind', header: '类型', required: true },
  { key: 'cap', header: '上限', required: false },
];

const KINDS = ['加分', '扣分'] as const;

/** Reads 【加扣分】. Example: `加分项 | 加分 | 5` → { column: '加分项', kind: '加分', cap: 5 }. */
export function readAdjustments(ctx: SchemeContext, section: Section | undefined): Adjustment[] {
  const out: Adjustment[] = [];
  if (!section) return out;
  const table = readTable(ctx, section, SPECS);
  if (!table.complete) return out;
  for (const row of table.rows) {
    if (row.empty) continue;
    const column = readName(row.value('column'));
    const kindText = readName(row.value('kind'));
    const kind = typeof kindText === 'string' ? matchWord(kindText, KINDS) : undefined;
    const cap = readNumber(row.value('cap'));
    let ok = true;
    if (typeof column !== 'string') {
      ok = false;
      ctx.invalid(row.at('column'), '列名为空或不是有效的名称（应为不超过 255 个字的文字）。请填写数据表中加扣分列的列标题',
        '列名 is empty or not a valid name (text of at most 255 characters); enter the header of the bonus/deduction column in the data sheet');
    }
    if (kind === undefined) {
      ok = false;
      ctx.invalid(row.at('kind'), `类型只能是“加分”或“扣分”，现为“${shown(row.value('kind'))}”`,
        `类型 must be 加分 or 扣分, not "${shown(row.value('kind'))}"`);
    }
    if (cap !== null && Number.isNaN(cap)) {
      ok = false;
      ctx.invalid(row.at('cap'), `上限“${shown(row.value('cap'))}”不是数字。请填写不小于 0 的数字，或留空表示不设上限`,
        `上限 "${shown(row.value('cap'))}" is not a number; enter a number ≥ 0 or leave it blank for no cap`);
    }
    if (!ok || typeof column !== 'string' || kind === undefined) continue;
    const i = out.length;
    ctx.place(`adjustments.${i}`, row.at('column'));
    ctx.place(`adjustments.${i}.cap`, row.at('cap'));
    out.push({ column, kind, cap, cell: row.at('column') });
  }
  return out;
}
