/**
 * Merged areas, read apart from the cells (SPEC §1.3: merged two-level headers, and merged group
 * cells whose value the empty cells inside them take).
 *
 * `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) is read in its own sync, after the cells,
 * because Excel makes it awkward:
 * - it fails above 512 merged areas (Excel.Range reference: "if the merged areas count in this range
 *   is more than 512, then this method will fail to return the result") — in the cells' sync that
 *   would fail the whole read; here a failure is caught;
 * - it returns only the areas whose top-left cell is in the range (office-js #3611), so a sheet is
 *   asked from A1 down to the bottom of its used range: every merge that holds a value starts
 *   inside. Only where the engine uses merges is asked (read.ts, `bandsOf`, the engine's
 *   `mergeNeeds`: the data sheet and each 来源表, columns A up to the unit and group columns; a sheet
 *   holding a 测评 / 评委 header, every column of its header rows — so the merged 备注 cells of a long
 *   评分表 do not push a sheet over 512), and nothing at all when it needs none (no 考核方案, no
 *   table) — so such a read costs no sync and clears nothing. The same rule makes row bands exact:
 *   a merge is returned by the one band holding its
 *   top-left cell, so a sheet refused whole is read in bands from the top, each band halved until
 *   Excel accepts it, within MAX_MERGE_SYNCS syncs; the rows left over are reported;
 * - on Windows its sync clears the user's undo list (office-js #5918): live checks therefore do not
 *   read merges at all but reuse those of the last full read (`cachedMerges`).
 */
import type { MergeArea } from '../../engine/model/workbook';
import type { Shape } from './read-sheets';
import { mergesSupported } from './support';

/** Syncs one read may spend on merges after a refusal (the first, all-sheet sync not counted). */
export const MAX_MERGE_SYNCS = 8;

/** What a read could not do, for the pane to say. */
export type ReadWarning =
  /** Excel refused the sheet's merged areas (more than 512 of them): only those starting in the first `rowsRead` rows were read. */
  { readonly kind: 'mergesPartial'; readonly sheet: string; readonly rowsRead: number };

export interface SheetMerges { readonly merges: MergeArea[]; readonly warning: ReadWarning | null }

export interface Band { readonly name: string; readonly row: number; readonly rows: number; readonly cols: number }

function queueBand(ctx: Excel.RequestContext, b: Band): () => MergeArea[] {
  const areas = ctx.workbook.worksheets.getItem(b.name).getRangeByIndexes(b.row, 0, b.rows, b.cols).getMergedAreasOrNullObject();
  areas.load('areaCount'); // isNullObject is readable only on a loaded object
  areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
  return () => (areas.isNullObject ? [] : areas.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 })));
}

/** Runs one sync; the finishers' results, or null when Excel refused it (any error). */
async function tryBands(ctx: Excel.RequestContext, bands: readonly Band[]): Promise<MergeArea[][] | null> {
  const fins = bands.map((b) => queueBand(ctx, b));
  try {
    await ctx.sync();
  } catch {
    return null;
  }
  return fins.map((f) => f());
}

/**
 * The bands of a sheet (its used-range shape) that hold the merges the engine needs (`need`, the
 * engine's mergeNeeds): columns A up to `need.cols`, every row of the used range; and, with
 * `need.wideRows`, the used range's whole width in the rows above it. Example: a 述职评议 sheet used
 * to L600, header row 2 → A1:L7 and A8:B600.
 */
export function bandsOf(shape: Shape, need: { readonly cols: number; readonly wideRows?: number }): Band[] {
  const end = shape.r + shape.rows;
  const width = shape.c + shape.cols;
  const wide = Math.min(need.wideRows ?? 0, end);
  const out: Band[] = [];
  if (wide > 0) out.push({ name: shape.name, row: 0, rows: wide, cols: width });
  if (end > wide) out.push({ name: shape.name, row: wide, rows: end - wide, cols: Math.min(width, need.cols) });
  return out.filter((b) => b.rows > 0 && b.cols > 0);
}

/**
 * Reads the merged areas in the given bands (bandsOf). One sync for all; when that is refused, each
 * band alone, from its top, halved until Excel accepts it (see the top of this file).
 * Without ExcelApi 1.13: no merges, no sync.
 */
export async function readMerges(ctx: Excel.RequestContext, bands: readonly Band[]): Promise<Map<string, SheetMerges>> {
  const out = new Map<string, SheetMerges>();
  if (!mergesSupported()) return out;
  const whole = bands.filter((b) => b.rows > 0 && b.cols > 0);
  if (whole.length === 0) return out;
  const add = (name: string, merges: readonly MergeArea[], warning: ReadWarning | null): void => {
    const before = out.get(name);
    out.set(name, { merges: [...(before?.merges ?? []), ...merges], warning: before?.warning ?? warning });
  };
  const all = await tryBands(ctx, whole);
  if (all) {
    whole.forEach((b, i) => add(b.name, all[i] ?? [], null));
    return out;
  }
  let budget = MAX_MERGE_SYNCS;
  for (const b of whole) {
    const merges: MergeArea[] = [];
    const end = b.row + b.rows;
    let start = b.row;
    // A lone band was just refused whole: start with its top half.
    let size = whole.length === 1 ? Math.ceil(b.rows / 2) : b.rows;
    while (start < end && budget > 0) {
      size = Math.min(size, end - start);
      budget--;
      const got = await tryBands(ctx, [{ ...b, row: start, rows: size }]);
      if (got) {
        merges.push(...(got[0] ?? []));
        start += size;
      } else if (size > 1) size = Math.ceil(size / 2);
      else break;
    }
    add(b.name, merges, start < end ? { kind: 'mergesPartial', sheet: b.name, rowsRead: start } : null);
  }
  return out;
}

/** The merges of each sheet's last full read, with the shape it had then. */
const lastRead = new Map<string, { readonly shape: Shape; readonly merges: SheetMerges }>();

/** Remembers what a full read found, for the live checks that follow. */
export function rememberMerges(shapes: readonly Shape[], found: ReadonlyMap<string, SheetMerges>): void {
  lastRead.clear();
  for (const shape of shapes) {
    const m = found.get(shape.name);
    if (m) lastRead.set(shape.name, { shape, merges: m });
  }
}

/**
 * The merges of the last full read of a sheet, when its used range still starts at the same cell
 * and has the same width (rows may have been added or removed below: a clerk typing a new unit);
 * none otherwise. Rows inserted or deleted inside a merged group shift it until the next full read.
 */
export function cachedMerges(shape: Shape): SheetMerges | null {
  const last = lastRead.get(shape.name);
  if (!last || last.shape.r !== shape.r || last.shape.c !== shape.c || last.shape.cols !== shape.cols) return null;
  return last.merges;
}

/** Forgets the remembered merges (tests). */
export function forgetMerges(): void { lastRead.clear(); }
