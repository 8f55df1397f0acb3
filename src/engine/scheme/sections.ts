/**
 * Splitting the `考核方案` sheet into sections (SPEC §1.1). A section starts at a column-A cell
 * holding only a section name in brackets: `【指标】`, `[指标]`, `［指标］`, `【 指 标 】` (spaces and
 * width are folded; mixed brackets such as `【指标]` are accepted too).
 *
 * Decisions (a careful clerk's expectations):
 * - Rows above the first section may each hold one text cell in column A (a title such as
 *   `2026年度考核方案`, or a note). Any other content there (two cells in a row, a cell outside
 *   column A, a number) is `SCHEME_INVALID` at the row's first such cell: it belongs to no section.
 * - A section's title row holds only the title; anything else on it is `SCHEME_INVALID`.
 * - An unknown section name is `SCHEME_INVALID` at its cell; its rows are not read.
 * - A section written twice is `SCHEME_INVALID` at the second title; the second one is not read.
 */
import type { CellRef } from '../model/scheme';
import type { CellValue, SheetInput } from '../model/workbook';
import { fold } from '../text/fold';
import { a1 } from '../address';
import { isBlank } from './values';
import { ref, type SchemeContext } from './context';

export const SECTION_NAMES = ['基本设置', '指标', '加扣分', '一票否决', '等次', '星级', '异常规则', '等级分', '计分规则'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface Section {
  readonly name: SectionName;
  /** The title cell. */
  readonly at: CellRef;
  /** 0-based indexes of the section's non-empty rows, in order. */
  readonly rows: readonly number[];
}

export interface SectionSplit {
  /** True when the sheet holds no non-blank cell at all. */
  readonly empty: boolean;
  readonly sections: Readonly<Partial<Record<SectionName, Section>>>;
}

const SECTION_LIST = SECTION_NAMES.map((n) => `【${n}】`).join('');

/**
 * The folded name inside a section title, or null when the cell is not bracketed text.
 * Example: sectionTitle('［ 指标 ］') === '指标'; sectionTitle('指标') === null.
 */
export function sectionTitle(v: CellValue | undefined): string | null {
  if (typeof v !== 'string') return null;
  const raw = v.trim();
  if (!'【[［'.includes(raw.charAt(0)) || !'】]］'.includes(raw.charAt(raw.length - 1)) || raw.length < 2) return null;
  const inner = raw.slice(1, -1);
  if (/[【】[\]［］]/.test(inner)) return null;
  // No section name is long: longer text is returned unfolded (it names an unknown section).
  return inner.length > 100 ? inner : fold(inner);
}

/** Column indexes of the non-blank cells of a row. */
export function filledColumns(cells: ReadonlyArray<CellValue | undefined> | undefined): number[] {
  const out: number[] = [];
  if (!cells) return out;
  for (let c = 0; c < cells.length; c++) if (!isBlank(cells[c])) out.push(c);
  return out;
}

/** Splits the sheet into its sections, reporting unknown, repeated and stray content. */
export function splitSections(sheet: SheetInput, ctx: SchemeContext): SectionSplit {
  const sections: Partial<Record<SectionName, { name: SectionName; at: CellRef; rows: number[] }>> = {};
  let current: { rows: number[] } | null = null;
  let seenSection = false;
  let empty = true;
  for (let r = 0; r < sheet.cells.length; r++) {
    const cells = sheet.cells[r];
    const filled = filledColumns(cells);
    if (filled.length === 0) continue;
    empty = false;
    const title = sectionTitle(cells?.[0]);
    if (title !== null) {
      seenSection = true;
      current = null;
      const at = ref(r, 0);
      const extra = filled.find((c) => c !== 0);
      if (extra !== undefined) {
        ctx.invalid(ref(r, extra), '分节标题行只能写分节名称，这一格不会被读取。请把内容移到标题下面的行，或删除',
          'a section title row holds only the section name; move this content below the title or delete it');
      }
      const name = SECTION_NAMES.find((n) => fold(n) === title);
      if (name === undefined) {
        ctx.invalid(at, `“${shownTitle(cells?.[0])}”不是可识别的分节。可用的分节：${SECTION_LIST}`,
          `"${shownTitle(cells?.[0])}" is not a known section; use one of ${SECTION_LIST}`);
        continue;
      }
      const before = sections[name];
      if (before) {
        ctx.invalid(at, `【${name}】重复出现（第一次在 ${a1(before.at.row, before.at.col)}），这一节不会被读取。请合并为一节`,
          `section 【${name}】 appears twice (first at ${a1(before.at.row, before.at.col)}); merge them into one`);
        continue;
      }
      const rows: number[] = [];
      const section = { name, at, rows };
      sections[name] = section;
      current = section;
      continue;
    }
    if (current) {
      current.rows.push(r);
    } else if (!seenSection && !isTitleRow(cells, filled)) {
      const c = filled.find((x) => x !== 0 || typeof cells?.[0] !== 'string') ?? filled[0] ?? 0;
      ctx.invalid(ref(r, c), `这一行在第一个分节之前，不属于任何分节。请把它放到相应分节（如【基本设置】【指标】）下面；第一个分节之前只能有标题`,
        'this row comes before the first section and belongs to none; move it under a section such as 【基本设置】 or 【指标】 (only a title may stand above the first section)');
    }
  }
  return { empty, sections };
}

/** A title (or note) row: one text cell, in column A. */
function isTitleRow(cells: ReadonlyArray<CellValue | undefined> | undefined, filled: readonly number[]): boolean {
  return filled.length === 1 && filled[0] === 0 && typeof cells?.[0] === 'string';
}

function shownTitle(v: CellValue | undefined): string {
  const s = typeof v === 'string' ? v.trim() : '';
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
