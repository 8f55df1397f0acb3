/**
 * The `考核结果` sheet (SPEC §5): every unit in rank order per group, ready to print for 公示.
 * Units that could not be scored come last in their group, without rank.
 */
import type { OutValue, ResultSheetPlan } from '../model/plan';
import type { Scheme } from '../model/scheme';
import { publicFlagsOf } from '../model/scheme';
import type { VetoOutcome } from '../model/result';
import type { UnitTable } from '../model/unit-table';
import { clip } from './limits';
import { decimalsFormat } from './number-format';
import { categoryOrder } from '../scheme/categories';
import { layoutResult } from './result-layout';
import type { ResultTarget } from './result-target';

const STARS = ['', '★', '★★', '★★★', '★★★★', '★★★★★', '★★★★★★', '★★★★★★★', '★★★★★★★★', '★★★★★★★★★', '★★★★★★★★★★'];

/** `★` repeated, or null for none. Example: starText(3) === '★★★'. */
export function starText(stars: number | null): string | null {
  if (!stars) return null;
  return STARS[stars] ?? '★'.repeat(stars);
}

/** Page numbers at the foot of every printed page of the 公示 list (Excel's &P page, &N pages). */
export const PAGE_FOOTER = '第 &P 页 共 &N 页';

function vetoText(vetoes: readonly VetoOutcome[]): string {
  return vetoes.map((v) => (v.reason && v.reason !== v.column ? `${v.column}：${v.reason}（${v.effect}）` : `${v.column}（${v.effect}）`)).join('；');
}

/** What a unit that could not be scored says in 备注 (公示异常标记 `不显示`). */
export const NOT_SCORED_NOTE = '未计分（数据有误）';

/** The columns of the list; the last is 异常标记 (公示异常标记 `显示`, SPEC §5) or 备注 (`不显示`). */
function resultHeader(scheme: Scheme, categories: readonly string[], scored: readonly number[]): string[] {
  const grouped = scheme.settings.groupColumn !== null;
  return [
    '序号',
    ...(grouped ? [scheme.settings.groupColumn ?? '分组'] : []),
    scheme.settings.unitColumn,
    ...scored.map((k) => `${scheme.indicators[k]?.name ?? ''}得分`),
    ...categories.map((c) => `${c}小计`),
    '总分',
    grouped ? '组内排名' : '排名',
    ...(grouped ? ['总排名'] : []),
    ...(scheme.grades.length ? ['等次'] : []),
    ...(scheme.stars.length ? ['星级'] : []),
    '一票否决',
    publicFlagsOf(scheme.settings) === '显示' ? '异常标记' : '备注',
  ];
}

/** Each unit's place in the sheet (-1: not listed), and where each scope starts. */
function places(table: UnitTable, scopes: readonly (readonly number[])[]): { place: Int32Array; groupStarts: number[]; size: number } {
  const place = new Int32Array(table.count).fill(-1);
  const groupStarts: number[] = [];
  let size = 0;
  for (const scope of scopes) {
    groupStarts.push(size);
    for (let s = 0; s < scope.length; s++) {
      const i = scope[s] ?? -1;
      if (i >= 0 && i < table.count && place[i] === -1) place[i] = size++;
    }
  }
  return { place, groupStarts, size };
}

/** The list's rows (see `buildResultSheet`), built in unit order (see fast/README.md, 考核结果). */
function resultRows(scheme: Scheme, table: UnitTable, scopes: readonly (readonly number[])[], flags: readonly string[], scored: readonly number[], width: number): { rows: OutValue[][]; groupStarts: number[] } {
  const grouped = scheme.settings.groupColumn !== null;
  const categories = categoryOrder(scheme).length;
  const showFlags = publicFlagsOf(scheme.settings) === '显示';
  const { place, groupStarts, size } = places(table, scopes);
  const rows = new Array<OutValue[]>(size);
  for (let i = 0; i < table.count; i++) {
    const at = place[i] ?? -1;
    if (at < 0) continue;
    const row = new Array<OutValue>(width);
    let c = 0;
    row[c++] = at + 1;
    if (grouped) row[c++] = table.groupOf(i) ?? '';
    row[c++] = table.nameOf(i);
    for (let s = 0; s < scored.length; s++) row[c++] = table.scoreOf(i, scored[s] ?? -1);
    for (let k = 0; k < categories; k++) row[c++] = table.subtotalOf(i, k);
    const total = table.totalOf(i);
    row[c++] = total;
    row[c++] = table.rankOf(i);
    if (grouped) row[c++] = table.overallRankOf(i);
    if (scheme.grades.length) row[c++] = table.gradeOf(i);
    if (scheme.stars.length) row[c++] = starText(table.starsOf(i));
    const vetoes = table.vetoesOf(i);
    row[c++] = vetoes.length ? clip(vetoText(vetoes)) || null : null;
    // 显示: the data sheet's 异常标记 text, as it is; 不显示: only what is public (a unit not scored).
    row[c] = showFlags ? flags[i] || null : total === null ? NOT_SCORED_NOTE : null;
    rows[at] = row;
  }
  return { rows, groupStarts };
}

/**
 * The list, to go to `target` (result-target.ts). Every value comes from the finished unit `table`; `flags[i]` is unit i's 异常标记 text (see
 * flags.ts), shown under 公示异常标记 `显示` only. `info` is the data sheet's 考核单位/日期 line
 * (title.ts): row 2 under the title, the header then on row 3.
 */
export function buildResultSheet(scheme: Scheme, title: string, table: UnitTable, scopes: readonly (readonly number[])[], flags: readonly string[], scored: readonly number[], info: string | null, target: Pick<ResultTarget, 'name' | 'replaces'>): ResultSheetPlan {
  const categories = categoryOrder(scheme);
  // `scored`: the indicators whose `<指标名称>得分` column the data sheet gets (SPEC §8.6): shown here too.
  const firstScore = 2 + (scheme.settings.groupColumn !== null ? 1 : 0);
  const totalCol = firstScore + scored.length + categories.length;
  const header = resultHeader(scheme, categories, scored);
  const { rows, groupStarts } = resultRows(scheme, table, scopes, flags, scored, header.length);
  // The long text columns wrap: 一票否决 and the last (异常标记 / 备注).
  const { widths, wrap, headerHeight, rowHeights } = layoutResult(header, rows, new Set([header.length - 2, header.length - 1]));
  // Computed scores, subtotals and totals show 小数位 decimals, like the data sheet's columns (98.00, 92.50).
  const decimals = decimalsFormat(scheme.settings.decimals);
  const numberFormats = header.map((_h, c) => (c >= firstScore && c <= totalCol ? decimals : null));
  return { name: target.name, replaces: target.replaces, title, info, headerRow: info === null ? 1 : 2, header, rows, widths, wrap, headerHeight, rowHeights, groupStarts, numberFormats, footer: PAGE_FOOTER };
}
