/**
 * 【指标】 (SPEC §1.1, §8.1): header `指标名称 | 分值 | 权重 | 一级指标 | 编号 | 计分方法 | 来源表`. This file reads each row;
 * the rules across rows (分值 > 0, 权重 all-or-none, duplicate names, the WEIGHT_SUM) are checked
 * by the zod schema (`schema.ts`).
 *
 * Decision: a row whose name, 分值 or 权重 can not be read is reported here and left out of the
 * scheme; the scheme is then `incomplete` and the WEIGHT_SUM check is skipped (its sum would be
 * wrong and would only repeat the problem).
 */
import type { Indicator } from '../model/scheme';
import type { SchemeContext } from './context';
import type { Section } from './sections';
import { readTable, type ColumnSpec, type TableRow } from './table';
import { readName, readNumber, shown } from './values';
import { readMethodColumns } from './method-column';

type Key = 'name' | 'max' | 'weight' | 'category' | 'code' | 'method' | 'source';

const SPECS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'name', header: '指标名称', required: true },
  { key: 'max', header: '分值', required: true },
  { key: 'weight', header: '权重', required: false },
  { key: 'category', header: '一级指标', required: false },
  { key: 'code', header: '编号', required: false },
  { key: 'method', header: '计分方法', required: false },
  { key: 'source', header: '来源表', required: false },
];

export interface IndicatorsRead {
  readonly indicators: Indicator[];
  /** False when a row was left out or a required column is missing. */
  readonly complete: boolean;
}

/** Reads 【指标】. Example: a row `党建工作 | 30 | | 组织建设` → { name: '党建工作', max: 30, weight: null, category: '组织建设', code: null }. */
export function readIndicators(ctx: SchemeContext, section: Section): IndicatorsRead {
  if (section.rows.length === 0) {
    ctx.invalid(section.at, `【指标】下面是空的。请在下一行写表头“指标名称 | 分值 | 权重”，再每行写一个指标`,
      '【指标】 is empty; write the header 指标名称 | 分值 | 权重 on the next row, then one indicator per row');
    return { indicators: [], complete: false };
  }
  const table = readTable(ctx, section, SPECS);
  let complete = table.complete;
  const indicators: Indicator[] = [];
  if (!table.complete) return { indicators, complete: false };
  for (const row of table.rows) {
    if (row.empty) continue;
    const name = readName(row.value('name'));
    const max = readNumber(row.value('max'));
    const weight = readNumber(row.value('weight'));
    const category = readName(row.value('category'));
    const code = readName(row.value('code'));
    let ok = true;
    if (name === null || name === false) {
      ok = false;
      ctx.invalid(row.at('name'), name === null ? '这一行没有指标名称。请填写指标名称（与数据表的列标题一致），或删除这一行'
        : `指标名称“${shown(row.value('name'))}”不是有效的名称（应为不超过 255 个字的文字）。请填写与数据表列标题一致的名称`,
      name === null ? 'this row has no 指标名称; enter the name (the data sheet\'s column header) or delete the row'
        : `指标名称 "${shown(row.value('name'))}" is not a valid name (text of at most 255 characters); enter the data sheet's column header`);
    }
    if (max === null || Number.isNaN(max)) {
      ok = false;
      ctx.invalid(row.at('max'), max === null ? '分值为空。请填写该指标的满分（大于 0 的数字）'
        : `分值“${shown(row.value('max'))}”不是数字。请填写大于 0 的数字`,
      max === null ? '分值 is empty; enter the indicator\'s full mark (a number above 0)' : `分值 "${shown(row.value('max'))}" is not a number`);
    }
    if (weight !== null && Number.isNaN(weight)) {
      ok = false;
      ctx.invalid(row.at('weight'), `权重“${shown(row.value('weight'))}”不是数字。请填写大于 0 的数字`,
        `权重 "${shown(row.value('weight'))}" is not a number; enter a number above 0`);
    }
    for (const [key, v, label] of [['category', category, '一级指标'], ['code', code, '编号']] as const) {
      if (v === false) {
        ok = false;
        ctx.invalid(row.at(key), `${label}“${shown(row.value(key))}”不是有效的名称（应为不超过 255 个字的文字）。请填写文字或留空`, `${label} "${shown(row.value(key))}" is not a valid name (text of at most 255 characters)`);
      }
    }
    const how = readMethodColumns(ctx, row);
    if (!ok || !how || typeof name !== 'string' || max === null || category === false || code === false) {
      complete = false;
      continue;
    }
    indicators.push(placed(ctx, indicators.length, row, { name, max, weight, category, code, cell: row.at('name'), ...how }));
  }
  if (indicators.length === 0 && complete) {
    ctx.invalid(section.at, '【指标】只有表头，没有指标。请在表头下面每行写一个指标（指标名称、分值…）',
      '【指标】 has a header but no indicators; add one indicator per row below the header');
  }
  return { indicators, complete };
}

/** Records where indicator `i`'s fields came from (for the zod checks) and returns it. */
function placed(ctx: SchemeContext, i: number, row: TableRow<Key>, indicator: Indicator): Indicator {
  ctx.place(`indicators.${i}`, row.at('name'));
  ctx.place(`indicators.${i}.name`, row.at('name'));
  ctx.place(`indicators.${i}.max`, row.at('max'));
  ctx.place(`indicators.${i}.weight`, row.at('weight'));
  if (indicator.methodCell) ctx.place(`indicators.${i}.method`, indicator.methodCell);
  if (indicator.sourceCell) ctx.place(`indicators.${i}.source`, indicator.sourceCell);
  return indicator;
}
