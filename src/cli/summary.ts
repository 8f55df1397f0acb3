/**
 * The summary printed after a run: counts, then (when units were scored) the grade distribution
 * and the top three units — per group when the scheme has a 分组列 — and the vetoed units.
 */
import type { Report, ReportUnit } from './report';
import { renderTable } from './table';
import { quotaCount } from '../engine/grade/quota';
import type { Lang } from './lang';

/** Example: '单位 40，已评分 36，错误 4，警告 7' (English: 'Units 40, scored 36, errors 4, warnings 7'). */
export function countsLine(summary: Report['summary'], lang: Lang = 'zh'): string {
  const s = summary;
  return lang === 'en'
    ? `Units ${s.units}, scored ${s.scored}, errors ${s.errors}, warnings ${s.warnings}`
    : `单位 ${s.units}，已评分 ${s.scored}，错误 ${s.errors}，警告 ${s.warnings}`;
}

/** Formats a total for display: at most 2 decimals, no trailing zeros. Example: 92.5 → '92.5'. */
export function fmtTotal(total: number | null): string {
  if (total === null) return '-';
  return String(Math.round(total * 100) / 100);
}

/**
 * Grade distribution in the scheme's order (best first), every grade shown, also at 0.
 * Example: gradeLine(units, ['优秀','良好','一般','较差']) → '等次分布：优秀 6，良好 22，一般 7，较差 0'
 * (English: 'Grades: 优秀 6, 良好 22, 一般 7, 较差 0').
 */
export function gradeLine(units: readonly ReportUnit[], gradeOrder: readonly string[], lang: Lang = 'zh'): string | null {
  const scored = units.filter((u) => u.grade !== null);
  if (scored.length === 0) return null;
  const order = [...gradeOrder];
  const counts = new Map<string, number>();
  for (const u of scored) {
    const g = u.grade as string;
    if (!order.includes(g)) order.push(g);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const parts = order.map((g) => `${g} ${counts.get(g) ?? 0}`);
  return lang === 'en' ? `Grades: ${parts.join(', ')}` : `等次分布：${parts.join('，')}`;
}

/** Top three per scope (group, or all), by rank: lines like `乡镇街道 前三名：1 城关镇 96.5；2 …` (English: `乡镇街道 top 3: 1 城关镇 96.5; 2 …`). */
export function topLines(units: readonly ReportUnit[], lang: Lang = 'zh'): string[] {
  const ranked = units.filter((u) => u.rank !== null && u.total !== null);
  if (ranked.length === 0) return [];
  const groups: Array<string | null> = [];
  for (const u of ranked) if (!groups.includes(u.group)) groups.push(u.group);
  return groups.map((g) => {
    const top = ranked
      .filter((u) => u.group === g)
      .sort((a, b) => (a.rank as number) - (b.rank as number) || a.row - b.row)
      .slice(0, 3);
    const list = top.map((u) => `${u.rank} ${u.name} ${fmtTotal(u.total)}`);
    if (lang === 'en') return `${g === null ? 'Top 3' : `${g} top 3`}: ${list.join('; ')}`;
    return `${g === null ? '前三名' : `${g} 前三名`}：${list.join('；')}`;
  });
}

/** Most vetoed units named in the summary line; the rest are counted. */
export const VETO_SHOWN = 5;

/**
 * The vetoed units: `一票否决：县某局（党风廉政，定为末等）；…`, at most VETO_SHOWN named, then
 * `；等共 N 个单位` (English: `Vetoed: 县某局 (党风廉政, 定为末等); …`).
 */
export function vetoLine(units: readonly ReportUnit[], lang: Lang = 'zh'): string | null {
  const vetoed = units.filter((u) => u.veto !== null);
  if (vetoed.length === 0) return null;
  const parts = vetoed.slice(0, VETO_SHOWN).map((u) => {
    const v = u.veto as NonNullable<ReportUnit['veto']>;
    const what = [v.column, ...(v.reason !== v.column ? [v.reason] : []), v.effect];
    return lang === 'en' ? `${u.name} (${what.join(', ')})` : `${u.name}（${what.join('，')}）`;
  });
  if (lang === 'en') return `Vetoed: ${parts.join('; ')}${vetoed.length > VETO_SHOWN ? `; ${vetoed.length} units in all` : ''}`;
  return `一票否决：${parts.join('；')}${vetoed.length > VETO_SHOWN ? `；等共 ${vetoed.length} 个单位` : ''}`;
}

/** The grades that have a quota (比例上限), and how N × p is rounded (比例取整). */
export interface QuotaRules {
  readonly rounding: '向下' | '四舍五入';
  readonly grades: ReadonlyArray<{ readonly name: string; readonly quota: number | null }>;
}

/** `0.2` → `20%`; `1/3` → `33.33%` (at most two decimals). */
function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}

/**
 * Each quota as a sentence, per scope (SPEC §4: the scored units of the group, or of all, vetoed
 * ones included). Example: 16 scored, 优秀 ≤ 20% 向下 → '优秀名额 3 个 = 16 个已计分单位 × 20%，向下取整'
 * (English: '优秀 places: 3 = 16 scored units × 20%, rounded down').
 */
export function quotaLines(units: readonly ReportUnit[], rules: QuotaRules, lang: Lang = 'zh'): string[] {
  const limited = rules.grades.filter((g) => g.quota !== null);
  if (limited.length === 0) return [];
  const scored = units.filter((u) => u.total !== null);
  if (scored.length === 0) return [];
  const scopes: Array<string | null> = [];
  for (const u of scored) if (!scopes.includes(u.group)) scopes.push(u.group);
  return scopes.map((g) => {
    const n = scored.filter((u) => u.group === g).length;
    const parts = limited.map((r) => {
      const count = quotaCount(n, r.quota as number, rules.rounding);
      const p = percent(r.quota as number);
      return lang === 'en'
        ? `${r.name} places: ${count} = ${n} scored units × ${p}, ${rules.rounding === '向下' ? 'rounded down' : 'rounded half up'}`
        : `${r.name}名额 ${count} 个 = ${n} 个已计分单位 × ${p}，${rules.rounding === '向下' ? '向下取整' : '四舍五入'}`;
    });
    if (lang === 'en') return `${g === null ? '' : `${g}: `}${parts.join('; ')}`;
    return `${g === null ? '' : `${g}：`}${parts.join('；')}`;
  });
}

/** All summary lines for one report. */
export function summaryLines(report: Report, gradeOrder: readonly string[], quotas: QuotaRules | null = null, lang: Lang = 'zh'): string[] {
  const out = [countsLine(report.summary, lang)];
  const grade = gradeLine(report.units, gradeOrder, lang);
  if (grade) out.push(grade);
  if (grade && quotas) out.push(...quotaLines(report.units, quotas, lang));
  out.push(...topLines(report.units, lang));
  const veto = vetoLine(report.units, lang);
  if (veto) out.push(veto);
  return out;
}

export interface FileLine {
  readonly file: string;
  readonly report: Report | null;
  readonly output: string | null;
  /** The reason the run could not happen (status 2). */
  readonly error: string | null;
}

const FILE_HEADERS = {
  zh: { file: '文件', units: '单位数', scored: '已评分', errors: '错误', warnings: '警告', output: '输出文件', note: '说明', failed: '未处理：', none: '未写出' },
  en: { file: 'File', units: 'Units', scored: 'Scored', errors: 'Errors', warnings: 'Warnings', output: 'Output', note: 'Note', failed: 'Not processed: ', none: 'not written' },
} as const;

/** The several-files table: 文件 | 单位数 | 已评分 | 错误 | 警告 | 输出文件 (one line per file). */
export function filesTable(lines: readonly FileLine[], showOutput: boolean, lang: Lang = 'zh'): string[] {
  const h = FILE_HEADERS[lang];
  const columns: Array<{ header: string; align?: 'right' }> = [
    { header: h.file },
    { header: h.units, align: 'right' as const },
    { header: h.scored, align: 'right' as const },
    { header: h.errors, align: 'right' as const },
    { header: h.warnings, align: 'right' as const },
    ...(showOutput ? [{ header: h.output }] : []),
  ];
  const rows = lines.map((l) => {
    const s = l.report?.summary;
    const cells = s
      ? [l.file, String(s.units), String(s.scored), String(s.errors), String(s.warnings)]
      : [l.file, '-', '-', '-', '-'];
    if (showOutput) cells.push(l.error !== null ? `${h.failed}${l.error}` : (l.output ?? h.none));
    else if (l.error !== null) cells.push(`${h.failed}${l.error}`);
    return cells;
  });
  if (!showOutput && lines.some((l) => l.error !== null)) columns.push({ header: h.note });
  return renderTable(columns, rows);
}
