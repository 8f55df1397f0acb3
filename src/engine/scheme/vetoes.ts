/**
 * 【一票否决】 (SPEC §1.1): header `列名 | 效果`. 效果 is `定为末等` (also when blank or when the
 * table has no 效果 column), `取消评优` or `总分计零`, matched after folding.
 */
import type { VetoEffect, VetoRule } from '../model/scheme';
import type { SchemeContext } from './context';
import type { Section } from './sections';
import { readTable, type ColumnSpec } from './table';
import { matchWord, readName, shown } from './values';

type Key = 'column' | 'effect';

const SPECS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'column', header: '列名', required: true },
  { key: 'effect', header: '效果', required: false },
];

const EFFECTS: readonly VetoEffect[] = ['定为末等', '取消评优', '总分计零'];

/** Reads 【一票否决】. Example: `违纪 | ` → { column: '违纪', effect: '定为末等' }. */
export function readVetoes(ctx: SchemeContext, section: Section | undefined): VetoRule[] {
  const out: VetoRule[] = [];
  if (!section) return out;
  const table = readTable(ctx, section, SPECS);
  if (!table.complete) return out;
  for (const row of table.rows) {
    if (row.empty) continue;
    const column = readName(row.value('column'));
    const effectText = readName(row.value('effect'));
    const effect = effectText === null ? '定为末等'
      : effectText === false ? undefined : matchWord(effectText, EFFECTS);
    let ok = true;
    if (typeof column !== 'string') {
      ok = false;
      ctx.invalid(row.at('column'), '列名为空或不是有效的名称（应为不超过 255 个字的文字）。请填写数据表中一票否决列的列标题',
        '列名 is empty or not a valid name (text of at most 255 characters); enter the header of the veto column in the data sheet');
    }
    if (effect === undefined) {
      ok = false;
      ctx.invalid(row.at('effect'), `效果只能是“定为末等”“取消评优”或“总分计零”（留空为定为末等），现为“${shown(row.value('effect'))}”`,
        `效果 must be 定为末等, 取消评优 or 总分计零 (blank means 定为末等), not "${shown(row.value('effect'))}"`);
    }
    if (!ok || typeof column !== 'string' || effect === undefined) continue;
    ctx.place(`vetoes.${out.length}`, row.at('column'));
    out.push({ column, effect, cell: row.at('column') });
  }
  return out;
}
