/**
 * 【计分规则】 (SPEC §8.5): header `指标名称 | 目标值 | 满意值 | 不允许值 | 封顶 | 每次扣分`, one row per
 * 实绩 indicator (完成率, 逆向, 功效系数, 扣分制). Only 指标名称 is a required column. This file reads the
 * cells; which parameters each method needs or ignores, and their values, are checked by the zod
 * schema (`method-checks.ts`).
 *
 * - A parameter cell that reads as a number (SPEC §1.2: `５０`, `50分`, `1,000`) is that number. Percent
 *   text (`95%` = 0.95) is a number too in 目标值 / 满意值 / 不允许值, which are compared with the figure,
 *   itself read with percent accepted (§8.5); 每次扣分 is points, so `2%` there is `SCHEME_INVALID`.
 *   Any other text names a column (kind 'column', the text trimmed). TRUE/FALSE, an Excel error and
 *   text longer than 255 characters are `SCHEME_INVALID`.
 * - 封顶 is a ratio constant (`120%`, `120`, `6/5`; `1.2` reads as 1.2%); blank = 100%.
 * - A row with a cell that can not be read is reported and left out; the reader then says the
 *   section is incomplete, and "this indicator has no 【计分规则】 row" is not checked (it would only
 *   repeat the problem).
 */
import type { CellRef, RuleParam, ScoringRule } from '../model/scheme';
import type { CellValue } from '../model/workbook';
import { readNumber as readCell, readPlainNumber } from '../cells/number';
import type { SchemeContext } from './context';
import type { Section } from './sections';
import { readTable, type ColumnSpec, type TableRow } from './table';
import { readName, readRatio, shown } from './values';

type Key = 'indicator' | 'target' | 'satisfied' | 'disallowed' | 'cap' | 'perCount';
type ParamKey = 'target' | 'satisfied' | 'disallowed' | 'perCount';

const SPECS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'indicator', header: '指标名称', required: true },
  { key: 'target', header: '目标值', required: false },
  { key: 'satisfied', header: '满意值', required: false },
  { key: 'disallowed', header: '不允许值', required: false },
  { key: 'cap', header: '封顶', required: false },
  { key: 'perCount', header: '每次扣分', required: false },
];

/** The column header of each parameter, for messages. */
export const PARAM_HEADERS: Readonly<Record<ParamKey | 'cap', string>> = {
  target: '目标值', satisfied: '满意值', disallowed: '不允许值', cap: '封顶', perCount: '每次扣分',
};

const PARAMS: readonly ParamKey[] = ['target', 'satisfied', 'disallowed', 'perCount'];

export interface RulesRead {
  readonly rules: ScoringRule[];
  /** False when a row was left out or the header lacks 指标名称. */
  readonly complete: boolean;
}

/** Reads 【计分规则】. Example: `党建任务完成率 | 任务数 | | | 120%` → target { kind: 'column', header: '任务数' }, cap 120/100. */
export function readRules(ctx: SchemeContext, section: Section): RulesRead {
  const rules: ScoringRule[] = [];
  const table = readTable(ctx, section, SPECS);
  if (!table.complete) return { rules, complete: false };
  let complete = true;
  for (const row of table.rows) {
    if (row.empty) continue;
    const rule = readRule(ctx, row);
    if (!rule) {
      complete = false;
      continue;
    }
    const i = rules.length;
    ctx.place(`rules.${i}`, rule.cell);
    ctx.place(`rules.${i}.indicator`, rule.cell);
    for (const key of [...PARAMS, 'cap'] as const) ctx.place(`rules.${i}.${key}`, row.has(key) ? row.at(key) : rule.cell);
    rules.push(rule);
  }
  return { rules, complete };
}

/** One row, or null when a cell of it can not be read (reported). */
function readRule(ctx: SchemeContext, row: TableRow<Key>): ScoringRule | null {
  const cell = row.at('indicator');
  const name = readName(row.value('indicator'));
  let ok = true;
  if (typeof name !== 'string') {
    ok = false;
    ctx.invalid(cell, name === null ? '这一行没有指标名称。请填写【指标】中计分方法为完成率、逆向、功效系数或扣分制的指标名称，或删除这一行'
      : `指标名称“${shown(row.value('indicator'))}”不是有效的名称（应为不超过 255 个字的文字）。请填写【指标】中的指标名称`,
    name === null ? 'this row has no 指标名称; enter a 完成率 / 逆向 / 功效系数 / 扣分制 indicator of 【指标】, or delete the row'
      : `指标名称 "${shown(row.value('indicator'))}" is not a valid name; enter an indicator of 【指标】`);
  }
  const params: Partial<Record<ParamKey, RuleParam | null>> = {};
  for (const key of PARAMS) {
    const p = readParam(row.value(key), row.at(key), key !== 'perCount');
    if (p === 'bad') {
      ok = false;
      reportParam(ctx, key, row.value(key), row.at(key));
    } else {
      params[key] = p;
    }
  }
  const capValue = row.value('cap');
  const cap = readRatio(capValue);
  if (cap === 'bad') {
    ok = false;
    ctx.invalid(row.at('cap'), `封顶“${shown(capValue)}”不是比例。请填写不低于 100% 的比例，如 120% 或 120（得分最多为分值的 1.2 倍），不封顶到 100% 以上请留空`,
      `封顶 "${shown(capValue)}" is not a ratio; enter a ratio of at least 100%, e.g. 120% or 120, or leave it blank for 100%`);
  }
  if (!ok || typeof name !== 'string' || cap === 'bad') return null;
  return {
    indicator: name,
    target: params.target ?? null,
    satisfied: params.satisfied ?? null,
    disallowed: params.disallowed ?? null,
    cap: cap ?? { num: 100, den: 100 },
    ...(cap === null ? {} : { capCell: row.at('cap') }),
    perCount: params.perCount ?? null,
    cell,
  };
}

/**
 * A parameter cell: null when blank, a number, a column header, or 'bad'.
 * Example: readParam('５０分', at, true) → { kind: 'number', value: 50 }; readParam('任务数', …) → column.
 */
export function readParam(v: CellValue, at: CellRef, percent: boolean): RuleParam | null | 'bad' {
  const r = readCell(v);
  switch (r.kind) {
    case 'empty': return null;
    case 'number': return { kind: 'number', value: r.value, cell: at };
    case 'percent': {
      const n = readPlainNumber(r.text.trim().replace(/[%％]$/, ''));
      return percent && n !== null ? { kind: 'number', value: n / 100, cell: at } : 'bad';
    }
    case 'text': {
      const header = typeof v === 'string' ? readName(v) : false;
      return typeof header === 'string' ? { kind: 'column', header, cell: at } : 'bad';
    }
    default: return 'bad';
  }
}

function reportParam(ctx: SchemeContext, key: ParamKey, v: CellValue, at: CellRef): void {
  const label = PARAM_HEADERS[key];
  const percent = key === 'perCount' && readCell(v).kind === 'percent';
  ctx.invalid(at, percent ? `每次扣分“${shown(v)}”是百分比，而每次扣分是分数。请填写每发生一次扣几分，如 2`
    : `${label}“${shown(v)}”不是数字，也不是列名。请填写数字（如 100），或填写来源表中存放各单位${label}的列名`,
  percent ? `每次扣分 "${shown(v)}" is a percent, but it is points; enter the points taken off per occurrence, e.g. 2`
    : `${label} "${shown(v)}" is neither a number nor a column header; enter a number (e.g. 100) or the header of the column holding each unit's ${label}`);
}
