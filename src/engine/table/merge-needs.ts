/**
 * Where merged areas matter (SPEC §1.3), so that a host that pays for reading them reads no more
 * than that. The engine uses merges in three places only: a unit-column header merged down over the
 * header block (where the data rows begin), a 合计 / 备注 label merged over the unit cell, and merged
 * group cells. All three start in the data sheet at or left of the unit column or the group column:
 * so only the data sheet's columns A up to the later of the two are needed, every row.
 *
 * SPEC §8 adds two more: a 来源表's table is found like the data sheet's, so it needs its columns up
 * to its unit column, every row; and a 测评 / 评委 indicator's header spans its merged columns, so the
 * sheet holding such a header needs every column of its header block — of its first rows, down to
 * the last row a header block can reach (header row + MAX_HEADER_BLOCK): found without merges, the
 * header row is where it is with them (its text is in a merge's top-left cell).
 *
 * Why it matters: in Excel, `Range.getMergedAreasOrNullObject` fails above 512 areas and, on
 * Windows, clears the user's undo list (office-js #5918). A workbook without a scheme, or whose
 * table can not be found, needs none.
 */
import type { WorkbookInput } from '../model/workbook';
import { SCHEME_SHEET } from '../model/scheme';
import { findSheet, pickDataSheet } from '../data-sheet';
import { parseScheme } from '../scheme/parse';
import { MAX_HEADER_BLOCK, findBlock, findTable, readsDirectly } from './find';
import { methodOf, type Scheme } from '../model/scheme';
import { fold } from '../text/fold';
import { SheetView } from './sheet-view';

/**
 * A sheet's merges that the engine reads: those whose top-left cell lies in columns 0..cols-1, and,
 * where `wideRows` is given, in rows 0..wideRows-1 at any column.
 */
export interface MergeNeed {
  readonly sheet: string;
  readonly cols: number;
  readonly wideRows?: number;
}

/**
 * Reads the workbook as it is (merges, if any, ignored) and says where merges would be read.
 * Example: 考核数据 with 单位名称 in B3 and 分组列 类别 in D3 → [{ sheet: '考核数据', cols: 4 }];
 * no 考核方案 → [].
 */
export function mergeNeeds(workbook: WorkbookInput): MergeNeed[] {
  const schemeSheet = findSheet(workbook, SCHEME_SHEET);
  if (!schemeSheet) return [];
  const scheme = parseScheme(schemeSheet).scheme;
  if (!scheme) return [];
  const { sheet } = pickDataSheet(workbook, scheme);
  if (!sheet) return [];
  const view = new SheetView({ ...sheet, merges: [] });
  const { layout } = findTable(view, scheme, () => new Set());
  if (!layout) return [];
  const needs = new Map<string, MergeNeed>();
  needs.set(fold(sheet.name), { sheet: sheet.name, cols: Math.max(layout.unitCol, layout.groupCol ?? -1) + 1 });
  for (const need of sourceNeeds(workbook, scheme, sheet.name)) {
    const key = fold(need.sheet);
    needs.set(key, wider(needs.get(key), need));
  }
  return [...needs.values()];
}

/** Both needs of one sheet as one. */
function wider(a: MergeNeed | undefined, b: MergeNeed): MergeNeed {
  if (!a) return b;
  const wideRows = Math.max(a.wideRows ?? 0, b.wideRows ?? 0);
  return { sheet: a.sheet, cols: Math.max(a.cols, b.cols), ...(wideRows > 0 ? { wideRows } : {}) };
}

/** SPEC §8: the sheets of indicators not read directly from the data sheet (see the top of this file). */
function sourceNeeds(workbook: WorkbookInput, scheme: Scheme, dataSheet: string): MergeNeed[] {
  const out: MergeNeed[] = [];
  for (const ind of scheme.indicators) {
    if (readsDirectly(ind, dataSheet)) continue;
    const found = findSheet(workbook, ind.source ?? dataSheet);
    if (!found) continue;
    const block = findBlock(new SheetView({ ...found, merges: [] }), scheme.settings.unitColumn);
    if (!block) continue;
    const method = methodOf(ind);
    const header = method === '测评' || method === '评委';
    out.push({ sheet: found.name, cols: block.unitCol + 1, ...(header ? { wideRows: block.headerRow + MAX_HEADER_BLOCK } : {}) });
  }
  return out;
}
