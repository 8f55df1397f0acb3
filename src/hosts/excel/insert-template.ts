/**
 * 插入模板: adds a template's sheets to the open workbook — the plain template (a 考核方案 and a
 * sample data sheet) or any list of sheets with merged areas (the 双述双评 template) — with names
 * that do not collide (template-place.ts). One sync reads the sheet names; the writes (new sheets,
 * their values, merges, bold headers) are queued as payload-bounded items (batch.ts) and go in as
 * few syncs as the request limit allows: one for a template of ordinary size, never one per row.
 */
import type { MergeArea } from '../../engine/model/workbook';
import { SCHEME_SHEET } from '../../engine/model/scheme';
import { sampleRows, schemeRows } from '../../engine/template/template';
import { halves, runItems, type Item } from './batch';
import { ACTION_BYTES, PATH_BYTES, toOfficeInput } from './cells';
import { placeTemplate, type PlacedSheet, type TemplateSheet } from './template-place';
import { blockItem, rectangle } from './write-items';

export type { TemplateSheet } from './template-place';

const SAMPLE_SHEET = '示例数据';

/** A bold row: the sheet's index in the template, the 0-based row and how many columns. */
interface BoldRow { readonly sheet: number; readonly row: number; readonly cols: number }

function addSheetsItem(names: readonly string[]): Item {
  return {
    est: names.reduce((n, name) => n + 2 * PATH_BYTES + ACTION_BYTES + name.length * 3, 200),
    queue(ctx) {
      for (const name of names) ctx.workbook.worksheets.add(name);
      return () => undefined;
    },
    split: () => null,
  };
}

/** `Range.merge(false)` for each area; halves when over the budget. */
function mergeItem(sheet: string, merges: readonly MergeArea[]): Item {
  return {
    est: merges.length * (2 * PATH_BYTES + 2 * ACTION_BYTES) + 200,
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const m of merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
      return () => undefined;
    },
    split: () => halves(0, merges.length)?.map(([s, n]) => mergeItem(sheet, merges.slice(s, s + n))) ?? null,
  };
}

function boldItem(sheet: string, row: number, cols: number): Item {
  return {
    est: 3 * PATH_BYTES + 2 * ACTION_BYTES,
    queue(ctx) {
      ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, 0, 1, Math.max(1, cols)).format.font.bold = true;
      return () => undefined;
    },
    split: () => null,
  };
}

/** The writes of the placed sheets, in order: add them all, then each one's values and merges, then bold rows. */
export function templateItems(placed: readonly PlacedSheet[], bold: readonly BoldRow[] = []): Item[] {
  const items: Item[] = [addSheetsItem(placed.map((p) => p.name))];
  for (const p of placed) {
    if (p.rows.length > 0) items.push(blockItem(p.name, 0, 0, rectangle(p.rows.map((r) => r.map((v) => toOfficeInput(v))))));
    if (p.merges.length > 0) items.push(mergeItem(p.name, p.merges));
  }
  for (const b of bold) {
    const p = placed[b.sheet];
    if (p) items.push(boldItem(p.name, b.row, b.cols));
  }
  return items;
}

async function insert(sheets: readonly TemplateSheet[], bold: readonly BoldRow[]): Promise<string[]> {
  return Excel.run(async (ctx) => {
    const list = ctx.workbook.worksheets;
    list.load('items/name');
    await ctx.sync();
    const placed = placeTemplate(sheets, list.items.map((w) => w.name));
    await runItems(ctx, templateItems(placed, bold));
    return placed.map((p) => p.name);
  });
}

/**
 * Adds the sheets of a template (e.g. the 双述双评 template). Resolves to the names they got, in
 * template order. Example: into a workbook with a 考核方案, `[考核方案, 述职评议]` become
 * `[考核方案（模板）, 述职评议]`.
 */
export function insertTemplateSheets(sheets: readonly TemplateSheet[]): Promise<string[]> {
  return insert(sheets, []);
}

/** The plain template: `考核方案` and `示例数据` (its header row bold). Resolves to the names they got. */
export function insertTemplate(): Promise<string[]> {
  const sample = sampleRows();
  const sheets: TemplateSheet[] = [
    { name: SCHEME_SHEET, rows: schemeRows(SAMPLE_SHEET) },
    { name: SAMPLE_SHEET, rows: sample },
  ];
  return insert(sheets, [{ sheet: 1, row: 1, cols: sample[1]?.length ?? 10 }]);
}
