/**
 * Table sections (【指标】【加扣分】【一票否决】【等次】【星级】): the first non-empty row is the header
 * row, each later row one entry (SPEC §1.1). Headers are matched after `fold()` (spaces, line
 * breaks and width ignored).
 *
 * Free-text columns (SPEC §1.1): `说明`, `备注`, `考核内容`, `评分标准`, `考核标准`, `评分细则` are accepted
 * in every table section and not read (clerks keep the rules' wording beside them); any other unknown
 * header is `SCHEME_INVALID`. Decision: content in a column without a header is `SCHEME_INVALID`
 * (once per row, at its first such cell), never silently dropped.
 */
import type { CellRef } from '../model/scheme';
import type { CellValue } from '../model/workbook';
import { a1 } from '../address';
import { ref, type SchemeContext } from './context';
import { filledColumns, type Section } from './sections';
import { isBlank, matchWord, readName, shown } from './values';

export interface ColumnSpec<K extends string> {
  readonly key: K;
  readonly header: string;
  readonly required: boolean;
}

export interface TableRow<K extends string> {
  readonly row: number;
  /** The cell under column `key` (null when the table has no such column or the cell is empty). */
  value(key: K): CellValue;
  /** Where column `key` meets this row (the row's first cell when the table has no such column). */
  at(key: K): CellRef;
  has(key: K): boolean;
  /** True when the row holds nothing under the table's columns (only stray or note content). */
  readonly empty: boolean;
}

export interface Table<K extends string> {
  /** Columns found in the header row. */
  readonly columns: ReadonlyMap<K, number>;
  /** True when every required column is present. */
  readonly complete: boolean;
  readonly rows: ReadonlyArray<TableRow<K>>;
}

/** SPEC §1.1's free-text columns: any table section may carry them; nobody reads them. */
export const NOTE_HEADERS: readonly string[] = ['说明', '备注', '考核内容', '评分标准', '考核标准', '评分细则'];

/** Reads a table section; reports unknown, repeated and missing columns and headerless content. */
export function readTable<K extends string>(ctx: SchemeContext, section: Section, specs: ReadonlyArray<ColumnSpec<K>>): Table<K> {
  const label = `【${section.name}】`;
  const expected = specs.map((s) => (s.required ? `${s.header}（必填）` : s.header)).join(' | ');
  const columns = new Map<K, number>();
  const headers = [...specs.map((s) => s.header), ...NOTE_HEADERS];
  const known = new Set<number>();
  const [headerRow, ...dataRows] = section.rows;
  if (headerRow === undefined) return { columns, complete: false, rows: [] };

  const cells = ctx.sheet.cells[headerRow];
  const filled = filledColumns(cells);
  for (const c of filled) {
    // Every header cell covers its column: content under a reported header is not reported again.
    known.add(c);
    const v = cells?.[c];
    const name = readName(v);
    const header = typeof name === 'string' ? matchWord(name, headers) : undefined;
    if (header !== undefined && NOTE_HEADERS.includes(header)) continue;
    const spec = specs.find((s) => s.header === header);
    if (!spec) {
      ctx.invalid(ref(headerRow, c), `${label}的表头“${shown(v)}”不是可识别的列名。表头应为：${expected}（可另加文字列“${NOTE_HEADERS.join('”“')}”，程序不读取）`,
        `header "${shown(v)}" of ${label} is not a known column; the header is ${expected} (free-text columns ${NOTE_HEADERS.join(', ')} may be added and are not read)`);
    } else if (columns.has(spec.key)) {
      const first = columns.get(spec.key) ?? c;
      ctx.invalid(ref(headerRow, c), `${label}的表头“${spec.header}”重复（第一次在 ${a1(headerRow, first)}）。请删除其中一列`,
        `${label} has the column "${spec.header}" twice (first at ${a1(headerRow, first)}); delete one`);
    } else {
      columns.set(spec.key, c);
    }
  }
  const missing = specs.filter((s) => s.required && !columns.has(s.key)).map((s) => s.header);
  if (missing.length > 0) {
    const first = filled[0] ?? 0;
    ctx.invalid(ref(headerRow, first), `${label}的表头缺少“${missing.join('”“')}”列。${label}下的第一行是表头，应为：${expected}`,
      `the header row of ${label} lacks ${missing.join(', ')}; the first row under ${label} is the header: ${expected}`);
  }

  const rows: TableRow<K>[] = [];
  for (const r of dataRows) {
    const stray = filledColumns(ctx.sheet.cells[r]).find((c) => !known.has(c));
    if (stray !== undefined) {
      ctx.invalid(ref(r, stray), `这一格所在的列在${label}的表头中没有列名，不会被读取。请在表头补上列名（${expected}），或删除该内容`,
        `this cell's column has no header in ${label}, so it is not read; add a header (${expected}) or delete it`);
    }
    rows.push(tableRow(ctx, r, columns, filled[0] ?? 0));
  }
  return { columns, complete: missing.length === 0, rows };
}

function tableRow<K extends string>(ctx: SchemeContext, row: number, columns: ReadonlyMap<K, number>, firstCol: number): TableRow<K> {
  return {
    row,
    value: (key) => {
      const c = columns.get(key);
      return c === undefined ? null : ctx.value(ref(row, c));
    },
    at: (key) => ref(row, columns.get(key) ?? firstCol),
    has: (key) => columns.has(key),
    empty: [...columns.values()].every((c) => isBlank(ctx.value(ref(row, c)))),
  };
}
