/**
 * Generated workbooks for the "never lose a clerk's sheet" properties (issue 15): the scheme and data
 * sheet of test/fixtures/cli/workbooks.ts plus clerk sheets — a `考核结果` of the clerk's own, other
 * sheets, hidden and very hidden ones — in any order, with notes, fills, merges and column widths.
 * One plain description, built both as an exceljs workbook (the .xlsx host) and as an Excel double
 * init (the Office.js host), so that both hosts run the same cases.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { CLEAN_ROWS, DATA_HEADER, ERROR_ROWS, schemeRows, type Row } from '../fixtures/cli/workbooks';
import type { DoubleFormat, DoubleSheetInit, DoubleWorkbookInit } from '../office-double';

export interface SheetSpec {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  readonly rows: readonly Row[];
  /** 0-based [row, col] → text. */
  readonly notes: ReadonlyArray<readonly [number, number, string]>;
  readonly fills: ReadonlyArray<readonly [number, number, string]>;
  readonly merges: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>;
  /** 0-based column → width in characters. */
  readonly widths: ReadonlyArray<readonly [number, number]>;
  /** 0-based [row, col] → a look from `LOOKS` (font, fill, borders, alignment), the same in both hosts. */
  readonly looks?: ReadonlyArray<readonly [number, number, LookName]>;
}

/**
 * Cell looks a clerk gives a table, each as exceljs writes it and as the Excel double keeps it
 * (test/fixtures/xlsx-host/to-double.ts maps the one to the other the same way).
 */
export type LookName = 'header' | 'data' | 'odd';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const DBL_THIN = { style: 'Continuous', weight: 'Thin', color: '#000000' };
export const LOOKS: Record<LookName, { xlsx: Partial<ExcelJS.Style>; fill?: string; bold?: boolean; fmt: DoubleFormat }> = {
  header: {
    xlsx: { font: { name: '黑体', size: 12, bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }, border: { top: THIN, left: THIN, bottom: THIN, right: THIN }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
    fill: '#D9E1F2',
    bold: true,
    fmt: { fontName: '黑体', fontSize: 12, borders: { top: DBL_THIN, bottom: DBL_THIN, left: DBL_THIN, right: DBL_THIN }, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true },
  },
  data: {
    xlsx: { font: { name: '仿宋', size: 11 }, border: { top: THIN, left: THIN, bottom: THIN, right: THIN }, alignment: { horizontal: 'center', vertical: 'middle' } },
    fmt: { fontName: '仿宋', borders: { top: DBL_THIN, bottom: DBL_THIN, left: DBL_THIN, right: DBL_THIN }, horizontalAlignment: 'Center', verticalAlignment: 'Center' },
  },
  odd: {
    xlsx: { font: { name: '仿宋', size: 11, italic: true, color: { argb: 'FFC00000' } }, border: { bottom: { style: 'medium', color: { argb: 'FF000000' } } }, alignment: { horizontal: 'left' } },
    fmt: { fontName: '仿宋', italic: true, fontColor: '#C00000', borders: { bottom: { style: 'Continuous', weight: 'Medium', color: '#000000' } }, horizontalAlignment: 'Left' },
  },
};

export interface BookSpec {
  readonly sheets: readonly SheetSpec[];
}

const text = fc.constantFrom('上年结果', '甲', '乙', '备注', '=SUM(A1)', '-3', '+5', '合计', '第一名', '说明：手工整理');
const value: fc.Arbitrary<string | number | null> = fc.oneof(text, fc.integer({ min: -5, max: 100 }), fc.constant(null));
const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
const colour = fc.constantFrom('#DDEBF7', '#FFC000', '#E2EFDA');

function decorations(rows: number, cols: number) {
  const cell = fc.tuple(fc.integer({ min: 0, max: rows - 1 }), fc.integer({ min: 0, max: cols - 1 }));
  return fc.record({
    notes: fc.array(fc.tuple(cell, fc.constantFrom('核实过', '手工批注')).map(([[r, c], t]) => [r, c, t] as const), { maxLength: 2 }),
    fills: fc.array(fc.tuple(cell, colour).map(([[r, c], f]) => [r, c, f] as const), { maxLength: 2 }),
    merge: fc.boolean(),
    widths: fc.array(fc.tuple(fc.integer({ min: 0, max: cols - 1 }), fc.integer({ min: 6, max: 30 })), { maxLength: 2 }),
  });
}

function uniqueBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

function clerkSheet(name: string, visibility: SheetSpec['visibility']): fc.Arbitrary<SheetSpec> {
  return grid.chain((rows) => {
    const width = Math.max(...rows.map((r) => r.length));
    return decorations(rows.length, width).map((d) => ({
      name,
      visibility,
      rows,
      notes: uniqueBy(d.notes, ([r, c]) => `${r},${c}`),
      fills: uniqueBy(d.fills, ([r, c]) => `${r},${c}`),
      merges: d.merge && width > 1 ? [{ top: 0, left: 0, bottom: 0, right: width - 1 }] : [],
      widths: uniqueBy(d.widths, ([c]) => String(c)),
    }));
  });
}

/** The second header row of a two-row table: 单位名称, 加分 and 否决 merged down over it. */
const SUB_HEADER: Row = [null, '得分', '得分', null, null];
const SUB_MERGES = [0, 3, 4].map((c) => ({ top: 0, left: c, bottom: 1, right: c }));

/**
 * The data sheet: the five units, clean or with errors, with a one- or two-row header, maybe styled
 * like a clerk's table (header look, data look, a few odd cells), with clerk decorations of its own.
 */
const dataSheet: fc.Arbitrary<SheetSpec> = fc.tuple(fc.boolean(), decorations(6, 5), fc.boolean(), fc.boolean(), fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 })), { maxLength: 3 })).map(([clean, d, twoRows, styled, odd]) => {
  const header = twoRows ? [DATA_HEADER, SUB_HEADER] : [DATA_HEADER];
  const rows = [...header, ...(clean ? CLEAN_ROWS : ERROR_ROWS)];
  const looks: Array<readonly [number, number, LookName]> = [];
  if (styled) {
    rows.forEach((_r, r) => { for (let c = 0; c < 5; c++) looks.push([r, c, r < header.length ? 'header' : 'data']); });
    for (const [r, c] of odd) if (r >= header.length && r < rows.length) looks.push([r, c, 'odd']);
  }
  // Notes and fills on the table (a mark may land on one: undo gives it back), not on a merged-over cell.
  const free = ([r, c]: readonly [number, number, string]): boolean => !(twoRows && r === 1 && [0, 3, 4].includes(c));
  return {
    name: '考核数据',
    visibility: 'visible' as const,
    rows,
    notes: uniqueBy(d.notes, ([r, c]) => `${r},${c}`).filter(free),
    fills: uniqueBy(d.fills, ([r, c]) => `${r},${c}`).filter(free),
    merges: twoRows ? SUB_MERGES : [],
    widths: uniqueBy(d.widths, ([c]) => String(c)),
    looks: uniqueBy(looks.reverse(), ([r, c]) => `${r},${c}`),
  };
});

/**
 * Title blocks above the table (issue 14: 考核结果 copies the title and the 考核单位/日期 line), each with
 * the line 考核结果 shows under its title (null: none): a title alone; a title and a line across cells
 * (a date label in one cell, the date in the next: two full-width spaces between cells, none after a
 * colon); a title and a formula-looking line (text, never a formula).
 */
export const TITLE_BLOCKS: ReadonlyArray<{ readonly rows: readonly Row[]; readonly line: string | null }> = [
  { rows: [['2026年度综合考核台账']], line: null },
  { rows: [['2026年度综合考核台账'], ['填报单位：县考核办', null, null, '日期：', '2026年12月']], line: '填报单位：县考核办\u3000\u3000日期：2026年12月' },
  { rows: [['2026年度综合考核台账'], ['=填报单位：县考核办']], line: '=填报单位：县考核办' },
];

/** The sheet with `block` above it: every row, note, fill, merge and look moved down. */
export function withTitleBlock(s: SheetSpec, block: readonly Row[]): SheetSpec {
  const k = block.length;
  if (!k) return s;
  return {
    ...s,
    rows: [...block, ...s.rows],
    notes: s.notes.map(([r, c, t]) => [r + k, c, t] as const),
    fills: s.fills.map(([r, c, f]) => [r + k, c, f] as const),
    merges: s.merges.map((m) => ({ ...m, top: m.top + k, bottom: m.bottom + k })),
    ...(s.looks ? { looks: s.looks.map(([r, c, l]) => [r + k, c, l] as const) } : {}),
  };
}

const schemeSheet: SheetSpec = { name: '考核方案', visibility: 'visible', rows: schemeRows(), notes: [], fills: [], merges: [], widths: [] };

/** Workbooks: data, scheme, maybe a clerk's 考核结果 (and 考核结果（考评助手）), other sheets; shuffled. */
export const bookArb: fc.Arbitrary<BookSpec> = fc
  .record({
    data: dataSheet,
    clerkResult: fc.option(clerkSheet('考核结果', 'visible'), { nil: null }),
    clerkAlt: fc.option(clerkSheet('考核结果（考评助手）', 'visible'), { nil: null }),
    others: fc.uniqueArray(
      fc.tuple(fc.constantFrom('说明', '旧数据', '汇总', 'Sheet2', '内部'), fc.constantFrom<SheetSpec['visibility']>('visible', 'hidden', 'veryHidden')),
      { selector: ([n]) => n, maxLength: 3 },
    ).chain((list) => (list.length ? fc.tuple(...list.map(([n, v]) => clerkSheet(n, v))) : fc.constant([] as SheetSpec[]))),
  })
  .chain((r) => {
    const sheets = [r.data, schemeSheet, ...(r.clerkResult ? [r.clerkResult] : []), ...(r.clerkAlt ? [r.clerkAlt] : []), ...r.others];
    return fc.shuffledSubarray(sheets, { minLength: sheets.length, maxLength: sheets.length }).map((s) => ({ sheets: s }));
  })
  // Excel keeps at least one visible sheet, and the data sheet is visible: always true here.
  .filter((b) => b.sheets.some((s) => s.visibility === 'visible'));

/** `bookArb` with one of `TITLE_BLOCKS` above the data sheet's table, and the line 考核结果 shows. */
export const titledBookArb: fc.Arbitrary<{ book: BookSpec; line: string | null }> = fc
  .tuple(bookArb, fc.constantFrom(...TITLE_BLOCKS))
  .map(([book, block]) => ({ book: { sheets: book.sheets.map((s) => (s.name === '考核数据' ? withTitleBlock(s, block.rows) : s)) }, line: block.line }));

/** As an exceljs workbook (widths in characters, fills solid, notes plain text). */
export function toExceljs(book: BookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility });
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v === null) return;
      // A string beginning with = is the clerk's text here, never a formula.
      ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
    for (const [r, c, look] of s.looks ?? []) ws.getCell(r + 1, c + 1).style = structuredClone(LOOKS[look].xlsx);
    for (const [r, c, t] of s.notes) ws.getCell(r + 1, c + 1).note = t;
    for (const [r, c, f] of s.fills) ws.getCell(r + 1, c + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.slice(1)}` } };
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [c, w] of s.widths) ws.getColumn(c + 1).width = w;
  }
  return wb;
}

/** As an Excel double init (widths in points: 7 px per character + 5 px, at 0.75 pt/px). */
export function toDouble(book: BookSpec): DoubleWorkbookInit {
  const keyed = (list: ReadonlyArray<readonly [number, number, string]>): Record<string, string> => Object.fromEntries(list.map(([r, c, t]) => [`${r},${c}`, t]));
  const looks = (s: SheetSpec) => (s.looks ?? []).map(([r, c, l]) => [`${r},${c}`, LOOKS[l]] as const);
  const sheets: DoubleSheetInit[] = book.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: s.rows.map((row) => row.map((v) => (v === null ? null : v))),
    notes: keyed(s.notes),
    // A fill of the clerk's own wins over a look's.
    fills: { ...Object.fromEntries(looks(s).flatMap(([k, l]) => (l.fill ? [[k, l.fill]] : []))), ...keyed(s.fills) },
    bold: looks(s).filter(([, l]) => l.bold).map(([k]) => k),
    formats: Object.fromEntries(looks(s).map(([k, l]) => [k, l.fmt])),
    merges: s.merges,
    columnWidths: Object.fromEntries(s.widths.map(([c, w]) => [String(c), Math.round((w * 7 + 5) * 0.75 * 100) / 100])),
  }));
  return { sheets };
}
