/**
 * Key | value sections (【基本设置】, 【异常规则】): each row is a key in column A and its value in
 * column B. Keys are matched after `fold()` against the section's own list.
 *
 * Decisions: an optional first row `项目 | 值` (or 设置项 / 参数 / 规则 | 设置值 / 取值 / 内容) is a
 * header and is skipped. Content from column C on is `SCHEME_INVALID` (once per row). A key
 * written twice is `SCHEME_INVALID` at the second; the first one counts.
 */
import type { CellRef } from '../model/scheme';
import type { CellValue } from '../model/workbook';
import { a1 } from '../address';
import { ref, type SchemeContext } from './context';
import { filledColumns, type Section } from './sections';
import { isBlank, matchWord, readName, shown } from './values';

export interface KeyValue<K extends string> {
  readonly key: K;
  readonly keyAt: CellRef;
  readonly value: CellValue;
  readonly valueAt: CellRef;
}

const HEADER_KEYS = ['项目', '设置项', '参数', '规则', '键'];
const HEADER_VALUES = ['值', '设置值', '取值', '内容', '参数值'];

/**
 * Reads the key | value rows of a section. `keys` are the section's keys as written in the
 * documentation; the result holds each key's canonical spelling. Unknown keys are reported.
 */
export function readKeyValues<K extends string>(ctx: SchemeContext, section: Section, keys: readonly K[]): Array<KeyValue<K>> {
  const label = `【${section.name}】`;
  const list = keys.join('、');
  const out: Array<KeyValue<K>> = [];
  const seen = new Map<K, CellRef>();
  section.rows.forEach((r, i) => {
    const cells = ctx.sheet.cells[r];
    const keyCell = cells?.[0] ?? null;
    const valueCell = cells?.[1] ?? null;
    const name = readName(keyCell);
    if (i === 0 && isHeaderRow(name, valueCell)) return;
    const stray = filledColumns(cells).find((c) => c >= 2);
    if (stray !== undefined) {
      ctx.invalid(ref(r, stray), `${label}每行只写两格：A 列项目、B 列取值。这一格不会被读取，请删除或移走`,
        `${label} rows hold two cells, the key in column A and its value in column B; this cell is not read, delete or move it`);
    }
    if (name === null) {
      if (!isBlank(valueCell)) {
        ctx.invalid(ref(r, 1), `${label}这一行有取值但 A 列没有项目名。请在 A 列填写项目（${list}），或删除该值`,
          `this ${label} row has a value but no key in column A; enter a key (${list}) or delete the value`);
      }
      return;
    }
    const key = name === false ? undefined : matchWord(name, keys);
    if (key === undefined) {
      ctx.invalid(ref(r, 0), `“${shown(keyCell)}”不是${label}中可识别的项目。可用的项目：${list}`,
        `"${shown(keyCell)}" is not a known ${label} key; the keys are ${list}`);
      return;
    }
    const first = seen.get(key);
    if (first) {
      ctx.invalid(ref(r, 0), `${label}中“${key}”重复出现（第一次在 ${a1(first.row, first.col)}，以第一次为准）。请删除其中一行`,
        `${label} sets "${key}" twice (first at ${a1(first.row, first.col)}, which counts); delete one row`);
      return;
    }
    seen.set(key, ref(r, 0));
    out.push({ key, keyAt: ref(r, 0), value: valueCell, valueAt: ref(r, 1) });
  });
  return out;
}

function isHeaderRow(name: string | null | false, value: CellValue): boolean {
  const v = readName(value);
  return typeof name === 'string' && typeof v === 'string' && matchWord(name, HEADER_KEYS) !== undefined && matchWord(v, HEADER_VALUES) !== undefined;
}
