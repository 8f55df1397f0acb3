/**
 * Where a template's sheets go in a workbook (pure): names that do not collide with the workbook's
 * sheets, and the template's 考核方案 made to name the sheets as they were actually called.
 *
 * A template's 考核方案 names other sheets of the template in two places only: the value of
 * 【基本设置】 `数据表`, and the 【指标】 `来源表` column (SPEC §1.1, §8.1). When one of those sheets has
 * to take another name (`示例数据` → `示例数据2`, because the clerk has a `示例数据`), exactly those
 * cells are rewritten; an indicator that happens to share a sheet's name is left alone.
 */
import type { CellValue, MergeArea } from '../../engine/model/workbook';
import { SCHEME_SHEET } from '../../engine/model/scheme';
import { fold } from '../../engine/text/fold';
import { freeName } from '../../engine/template/template';

/** One sheet of a template (the shape of the engine's template data: src/engine/template/). */
export interface TemplateSheet {
  name: string;
  rows: CellValue[][];
  merges?: MergeArea[];
}

/** A sheet as it will be written: its free name, its rows (references renamed) and merges. */
export interface PlacedSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly MergeArea[];
}

/** `【指标】` / `[指标]` → `指标`; null when the cell is not a section name. */
function sectionOf(v: CellValue | undefined): string | null {
  if (typeof v !== 'string') return null;
  const m = /^\s*[【[]\s*(.+?)\s*[】\]]\s*$/.exec(v);
  return m ? fold(m[1] as string) : null;
}

const isBlankRow = (row: readonly CellValue[]): boolean => row.every((v) => v === null || v === undefined || v === '');

/**
 * The scheme rows with `数据表` and `来源表` cells renamed per `renames` (old name → new name).
 * Example: renames {示例数据 → 示例数据2}: the row `数据表 | 示例数据` becomes `数据表 | 示例数据2`.
 */
export function renameSheetRefs(rows: readonly (readonly CellValue[])[], renames: ReadonlyMap<string, string>): CellValue[][] {
  let section: string | null = null;
  let sourceCol: number | null = null;
  let headerSeen = false;
  const rename = (v: CellValue | undefined): CellValue | undefined => (typeof v === 'string' && renames.has(v.trim()) ? (renames.get(v.trim()) as string) : v);
  return rows.map((row) => {
    const out = [...row];
    const s = sectionOf(row[0]);
    if (s !== null) {
      section = s;
      sourceCol = null;
      headerSeen = false;
      return out;
    }
    if (isBlankRow(row)) return out;
    if (section === '基本设置' && typeof row[0] === 'string' && fold(row[0]) === '数据表' && row.length > 1) out[1] = rename(row[1]) ?? null;
    if (section === '指标') {
      if (!headerSeen) {
        headerSeen = true;
        const i = row.findIndex((v) => typeof v === 'string' && fold(v) === '来源表');
        sourceCol = i < 0 ? null : i;
      } else if (sourceCol !== null && sourceCol < row.length) out[sourceCol] = rename(row[sourceCol]) ?? null;
    }
    return out;
  });
}

/**
 * Free names for the template's sheets, given the workbook's: `考核方案` goes to `考核方案（模板）` when
 * the workbook has one (the engine reads only `考核方案`: the clerk's own scheme stays in charge);
 * any other name taken gets `2`, `3`… (freeName). The scheme's references follow the renames.
 */
export function placeTemplate(sheets: readonly TemplateSheet[], taken: readonly string[]): PlacedSheet[] {
  const used = [...taken];
  const renames = new Map<string, string>();
  const names = sheets.map((sh) => {
    const wanted = sh.name === SCHEME_SHEET && used.some((n) => n.toLowerCase() === SCHEME_SHEET.toLowerCase()) ? `${SCHEME_SHEET}（模板）` : sh.name;
    const name = freeName(wanted, used);
    used.push(name);
    if (name !== sh.name) renames.set(sh.name, name);
    return name;
  });
  return sheets.map((sh, i) => ({
    name: names[i] ?? sh.name,
    rows: sh.name === SCHEME_SHEET && renames.size > 0 ? renameSheetRefs(sh.rows, renames) : sh.rows,
    merges: sh.merges ?? [],
  }));
}
