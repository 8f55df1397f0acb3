/**
 * Where merged areas matter (SPEC §1.3), so that a host that pays for reading them reads no more
 * than that. The engine uses merges in three places only: a unit-column header merged down over the
 * header block (where the data rows begin), a 合计 / 备注 label merged over the unit cell, and merged
 * group cells. All three start in the data sheet at or left of the unit column or the group column:
 * so only the data sheet's columns A up to the later of the two are needed, every row.
 *
 * Why it matters: in Excel, `Range.getMergedAreasOrNullObject` fails above 512 areas and, on
 * Windows, clears the user's undo list (office-js #5918). A workbook without a scheme, or whose
 * table can not be found, needs none.
 */
import type { WorkbookInput } from '../model/workbook';
import { SCHEME_SHEET } from '../model/scheme';
import { findSheet, pickDataSheet } from '../data-sheet';
import { parseScheme } from '../scheme/parse';
import { findTable } from './find';
import { SheetView } from './sheet-view';

/** A sheet's merges that the engine reads: those whose top-left cell lies in columns 0..cols-1. */
export interface MergeNeed {
  readonly sheet: string;
  readonly cols: number;
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
  return [{ sheet: sheet.name, cols: Math.max(layout.unitCol, layout.groupCol ?? -1) + 1 }];
}
