/**
 * The `考核结果` sheet (SPEC §5): every unit in rank order per group, ready to print for 公示.
 * Units that could not be scored come last in their group, without rank.
 */
import type { OutValue, ResultSheetPlan } from '../model/plan';
import type { Scheme } from '../model/scheme';
import type { VetoOutcome } from '../model/result';
import type { UnitTable } from '../model/unit-table';
import { clip } from './limits';
import { decimalsFormat } from './number-format';
import { categoryOrder } from '../scheme/categories';

/**
 * Display width of text in Excel's character units (CJK counts 2, and so do the geometric shapes and
 * symbols U+25A0–U+26FF — ★ ● ■ … —, which CJK fonts such as 仿宋 and 等线 draw full width).
 * Example: textWidth('★★★') === 6, textWidth('总分') === 4, textWidth('98.50') === 5.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    w += cp > 0x2e80 || (cp >= 0x25a0 && cp <= 0x26ff) ? 2 : 1;
  }
  return w;
}

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

/** Every value comes from the finished unit `table`; `flags[i]` is unit i's 异常标记 text (see flags.ts). */
export function buildResultSheet(scheme: Scheme, title: string, table: UnitTable, scopes: readonly (readonly number[])[], flags: readonly string[], scored: readonly number[] = []): Omit<ResultSheetPlan, 'name' | 'replaces'> {
  const grouped = scheme.settings.groupColumn !== null;
  const categories = categoryOrder(scheme);
  // `scored`: the indicators whose `<指标名称>得分` column the data sheet gets (SPEC §8.6): shown here too.
  const firstSubtotal = 2 + (grouped ? 1 : 0) + scored.length;
  const totalCol = firstSubtotal + categories.length;
  const header = [
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
    '异常标记',
  ];
  // Each unit's place in the sheet (-1: not listed), then the rows built in unit order (see
  // fast/README.md, 考核结果).
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
  const rows = new Array<OutValue[]>(size);
  for (let i = 0; i < table.count; i++) {
    const at = place[i] ?? -1;
    if (at < 0) continue;
    const row = new Array<OutValue>(header.length);
    let c = 0;
    row[c++] = at + 1;
    if (grouped) row[c++] = table.groupOf(i) ?? '';
    row[c++] = table.nameOf(i);
    for (let s = 0; s < scored.length; s++) row[c++] = table.scoreOf(i, scored[s] ?? -1);
    for (let k = 0; k < categories.length; k++) row[c++] = table.subtotalOf(i, k);
    row[c++] = table.totalOf(i);
    row[c++] = table.rankOf(i);
    if (grouped) row[c++] = table.overallRankOf(i);
    if (scheme.grades.length) row[c++] = table.gradeOf(i);
    if (scheme.stars.length) row[c++] = starText(table.starsOf(i));
    const vetoes = table.vetoesOf(i);
    row[c++] = vetoes.length ? clip(vetoText(vetoes)) || null : null;
    row[c] = flags[i] || null;
    rows[at] = row;
  }
  const widths = header.map((h, c) => {
    let w = textWidth(h);
    for (let r = 0; r < Math.min(rows.length, 2000); r++) {
      const v = rows[r]?.[c];
      if (v !== null && v !== undefined) w = Math.max(w, textWidth(String(v)));
    }
    return Math.min(Math.max(w + 2, 6), 60);
  });
  // Computed scores, subtotals and totals show 小数位 decimals, like the data sheet's columns (98.00, 92.50).
  const decimals = decimalsFormat(scheme.settings.decimals);
  const numberFormats = header.map((h, c) => (c >= firstSubtotal - scored.length && c <= totalCol ? decimals : null));
  return { title, header, rows, widths, groupStarts, numberFormats, footer: PAGE_FOOTER };
}
