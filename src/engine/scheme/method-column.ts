/**
 * 【指标】's optional columns `计分方法 | 来源表` (SPEC §8.1), read for one row.
 * - 计分方法: one of the eight methods, matched after `fold()` (spaces, width); blank = 直接 (the field
 *   is then left out: `methodOf` gives 直接). Any other value is `SCHEME_INVALID` on the cell, listing
 *   the eight.
 * - 来源表: a sheet name (trimmed); blank = the data sheet. Whether the sheet exists is the run's
 *   check (`SHEET_NOT_FOUND`); naming the program's own sheets is the zod schema's (`method-checks.ts`).
 * `methodCell` / `sourceCell` are recorded whenever the table has that column.
 */
import { SCORING_METHODS, type CellRef, type ScoringMethod } from '../model/scheme';
import type { SchemeContext } from './context';
import type { TableRow } from './table';
import { isBlank, matchWord, readName, shown } from './values';

export interface MethodColumns {
  method?: ScoringMethod;
  source?: string;
  methodCell?: CellRef;
  sourceCell?: CellRef;
}

const METHOD_LIST = SCORING_METHODS.map((m) => `“${m}”`).join('、');

/** The row's 计分方法 and 来源表, or null when one of them can not be read (reported). */
export function readMethodColumns(ctx: SchemeContext, row: TableRow<'method' | 'source'>): MethodColumns | null {
  const out: MethodColumns = {};
  let ok = true;
  if (row.has('method')) {
    out.methodCell = row.at('method');
    const v = row.value('method');
    const text = readName(v);
    const method = typeof text === 'string' && typeof v === 'string' ? matchWord(text, SCORING_METHODS) : undefined;
    if (method !== undefined) {
      out.method = method;
    } else if (!isBlank(v)) {
      ok = false;
      ctx.invalid(out.methodCell, `计分方法“${shown(v)}”不是可用的计分方法。请填写 ${METHOD_LIST} 之一（留空为“直接”：单元格里就是得分）`,
        `计分方法 "${shown(v)}" is not a scoring method; use one of ${SCORING_METHODS.join(', ')} (blank means 直接: the cell is the score)`);
    }
  }
  if (row.has('source')) {
    out.sourceCell = row.at('source');
    const v = row.value('source');
    const name = readName(v);
    if (typeof name === 'string') {
      out.source = name;
    } else if (name === false) {
      ok = false;
      ctx.invalid(out.sourceCell, `来源表“${shown(v)}”不是有效的工作表名称。请填写存放这个指标数据的工作表名称，留空为数据表`,
        `来源表 "${shown(v)}" is not a sheet name; enter the sheet holding this indicator's cells, or leave it blank for the data sheet`);
    }
  }
  return ok ? out : null;
}
