/**
 * Where the output columns go (SPEC §5): the program reuses the columns it created itself (its
 * record says which); a column with one of its headers that it did not create is the clerk's own,
 * never overwritten — the program's column then gets the header followed by `（核）`.
 * New columns go to the right of the table.
 */
import type { OutputKey, ProgramRecord } from '../model/plan';
import type { Scheme } from '../model/scheme';
import { fold } from '../text/fold';
import { matchColumns, readsDirectly, type TableLayout } from '../table/find';
import { SheetView, cellText } from '../table/sheet-view';
import { categoryOrder } from '../scheme/categories';

export const CHECKED_SUFFIX = '（核）';

export interface OutputSpec {
  readonly key: OutputKey;
  readonly header: string;
  /** The 一级指标 for a subtotal column. */
  readonly category?: string;
  /** The indicator's index in the scheme, for a `<指标名称>得分` column. */
  readonly indicator?: number;
}

export interface PlacedColumn {
  readonly spec: OutputSpec;
  readonly header: string;
  readonly col: number;
  readonly isNew: boolean;
  /** The clerk's own column with this header, when there is one (compared, never written). */
  readonly clerkCol: number | null;
}

/**
 * The indicators whose score is written (SPEC §8.6): every computed one (计分方法 other than 直接),
 * and — decided, docs/decisions.md — a 直接 one read from a 来源表, so that the written columns add up
 * to the total on the data sheet itself.
 */
export function writtenScores(scheme: Scheme, dataSheet: string): number[] {
  const out: number[] = [];
  scheme.indicators.forEach((ind, i) => {
    if (!readsDirectly(ind, dataSheet)) out.push(i);
  });
  return out;
}

/** The output columns of a run, in order: `<指标名称>得分`, subtotals, 总分, 排名, 总排名, 等次, 星级, 异常标记. */
export function outputSpecs(scheme: Scheme, dataSheet: string): OutputSpec[] {
  const specs: OutputSpec[] = [];
  for (const i of writtenScores(scheme, dataSheet)) specs.push({ key: 'score', header: `${scheme.indicators[i]?.name ?? ''}得分`, indicator: i });
  for (const c of categoryOrder(scheme)) specs.push({ key: 'subtotal', header: `${c}小计`, category: c });
  specs.push({ key: 'total', header: '总分' }, { key: 'rank', header: '排名' });
  if (scheme.settings.groupColumn !== null) specs.push({ key: 'overallRank', header: '总排名' });
  if (scheme.grades.length) specs.push({ key: 'grade', header: '等次' });
  if (scheme.stars.length) specs.push({ key: 'stars', header: '星级' });
  specs.push({ key: 'flags', header: '异常标记' });
  return specs;
}

/** The program's own columns from its record that still carry the recorded header. */
export function ownedColumns(record: ProgramRecord | null, view: SheetView, headerRow: number | null): Map<string, number> {
  const owned = new Map<string, number>();
  if (!record || record.dataSheet !== view.name) return owned;
  for (const c of record.columns) {
    if (headerRow !== null && fold(cellText(view.value(headerRow, c.col))) !== fold(c.header)) continue;
    owned.set(fold(c.header), c.col);
  }
  return owned;
}

export function placeColumns(specs: readonly OutputSpec[], layout: TableLayout, owned: ReadonlyMap<string, number>): PlacedColumn[] {
  const ownedCols = new Set(owned.values());
  let next = Math.max(layout.rightEdge, ...ownedCols, layout.unitCol) + 1;
  return specs.map((spec) => {
    const clerk = matchColumns(layout.labels, spec.header).find((m) => !ownedCols.has(m.col));
    const header = clerk ? `${spec.header}${CHECKED_SUFFIX}` : spec.header;
    const mine = owned.get(fold(header));
    if (mine !== undefined) return { spec, header, col: mine, isNew: false, clerkCol: clerk?.col ?? null };
    return { spec, header, col: next++, isNew: true, clerkCol: clerk?.col ?? null };
  });
}
