/**
 * 【等级分】 (SPEC §8.2): header `等级 | 得分率`, best level first; one list serves 定性 and 测评. 得分率
 * is a ratio (SPEC §8.1): `80%`, `0.8`, `80` (a number above 1 is a percent) or `2/3`, kept exact.
 * The range (0..100%), the order and repeated words are checked by the zod schema (`method-checks.ts`).
 *
 * Decisions: a 【等级分】 without a single level is `SCHEME_INVALID` on its title (delete it to use the
 * default levels); a blank 得分率 is `SCHEME_INVALID` (no default rate is guessed).
 */
import type { LevelRule } from '../model/scheme';
import type { SchemeContext } from './context';
import type { Section } from './sections';
import { readTable, type ColumnSpec } from './table';
import { isBlank, readName, readRatio, shown } from './values';

type Key = 'word' | 'rate';

const SPECS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'word', header: '等级', required: true },
  { key: 'rate', header: '得分率', required: true },
];

/** Reads 【等级分】. Example: rows `优 | 100%`, `良 | 0.8` → [{ word: '优', rate: 100/100 }, { word: '良', rate: 8/10 }]. */
export function readLevels(ctx: SchemeContext, section: Section): LevelRule[] {
  const out: LevelRule[] = [];
  const table = readTable(ctx, section, SPECS);
  if (!table.complete && section.rows.length > 0) return out;
  for (const row of table.rows) {
    if (row.empty) continue;
    const word = readName(row.value('word'));
    const v = row.value('rate');
    const rate = readRatio(v);
    let ok = true;
    if (typeof word !== 'string') {
      ok = false;
      ctx.invalid(row.at('word'), '等级为空或不是有效的等级名称（应为不超过 255 个字的文字）。请填写等级，如“好”“较好”',
        '等级 is empty or not a valid level word (text of at most 255 characters); enter the level, e.g. 好');
    }
    if (rate === null || rate === 'bad') {
      ok = false;
      ctx.invalid(row.at('rate'), isBlank(v) ? '得分率为空。请填写这一等级的得分率，如 80%、0.8、80 或 2/3'
        : `得分率“${shown(v)}”不是 0 到 100% 之间的比例。请填写如 80%、0.8、80 或 2/3`,
      isBlank(v) ? '得分率 is empty; enter the level\'s rate, e.g. 80%, 0.8, 80 or 2/3' : `得分率 "${shown(v)}" is not a ratio between 0 and 100%; enter e.g. 80%, 0.8, 80 or 2/3`);
    }
    if (!ok || typeof word !== 'string' || rate === null || rate === 'bad') continue;
    const i = out.length;
    ctx.place(`levels.${i}`, row.at('word'));
    ctx.place(`levels.${i}.word`, row.at('word'));
    ctx.place(`levels.${i}.rate`, row.at('rate'));
    out.push({ word, rate, cell: row.at('word') });
  }
  if (table.rows.every((r) => r.empty)) {
    ctx.invalid(section.at, '【等级分】下面没有等级。请在下一行写表头“等级 | 得分率”，再从好到差每行写一个等级（如“好 | 100%”）；不需要自定等级请删除这一节（默认：好 100%、较好 80%、一般 60%、差 0%）',
      '【等级分】 has no levels; write the header 等级 | 得分率 and one level per row, best first (e.g. 好 | 100%), or delete the section to use the defaults (好 100%, 较好 80%, 一般 60%, 差 0%)');
  }
  return out;
}
