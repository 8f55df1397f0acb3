/**
 * The problems table on stdout: 单元格 | 单位 | 问题 | 修改建议, errors first then warnings, each
 * under its own heading; at most `limit` rows in all (errors take the places first), then
 * `…另有 K 条` with a hint to use --json for the full list.
 */
import type { ReportIssue } from './report';
import { fitWidths, renderTable } from './table';
import { displayWidth } from './width';
import type { Lang } from './lang';

/**
 * Splits a catalogue message into what is wrong and how to fix it: the first sentence (ending in
 * `。` outside quotes) is the problem, the rest the advice. A leading `D7：` or `考核方案 B3：` is
 * dropped, since the table shows the cell.
 * Example: splitMessage('D7：“城关镇”的“党建”为空。请填写 0 到 10 之间的得分。', 'D7')
 *   → { problem: '“城关镇”的“党建”为空。', fix: '请填写 0 到 10 之间的得分。' }.
 */
export function splitMessage(message: string, cell: string | null): { problem: string; fix: string } {
  let text = message.trim();
  if (cell) {
    for (const prefix of [`${cell}：`, `考核方案 ${cell}：`, `${cell}:`]) {
      if (text.startsWith(prefix)) {
        text = text.slice(prefix.length);
        break;
      }
    }
  }
  let depth = 0;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '“' || ch === '（' || ch === '(' || ch === '「') depth++;
    else if ((ch === '”' || ch === '）' || ch === ')' || ch === '」') && depth > 0) depth--;
    else if (ch === '。' && depth === 0) {
      const problem = chars.slice(0, i + 1).join('');
      const fix = chars.slice(i + 1).join('').trim();
      if (fix !== '') return { problem, fix };
    }
  }
  return { problem: text, fix: '' };
}

/**
 * The English message split the same way: the first sentence (ending in `. ` outside quotes and
 * brackets) is the problem, the rest the advice; a leading `D7: ` is dropped.
 * Example: splitMessageEn('D7: "党建" of "城关镇" is empty. Enter a score.', 'D7') → { problem: '"党建" of "城关镇" is empty.', fix: 'Enter a score.' }.
 */
export function splitMessageEn(message: string, cell: string | null): { problem: string; fix: string } {
  let text = message.trim();
  if (cell) {
    for (const prefix of [`${cell}: `, `Scheme cell ${cell}: `]) {
      if (text.startsWith(prefix)) {
        text = text.slice(prefix.length);
        break;
      }
    }
  }
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (ch === '.' && !quoted && depth === 0 && text[i + 1] === ' ') {
      const fix = text.slice(i + 1).trim();
      if (fix !== '') return { problem: text.slice(0, i + 1), fix };
    }
  }
  return { problem: text, fix: '' };
}

/** `1 error`, `2 errors`. */
function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Where to show an issue: the cell, prefixed by its sheet when that is not the data sheet. */
export function placeOf(issue: ReportIssue, dataSheet: string | null): string {
  if (issue.cell === null) return issue.sheet;
  return issue.sheet === dataSheet ? issue.cell : `${issue.sheet}!${issue.cell}`;
}

export interface ProblemsOptions {
  /** Most rows printed in all; 0 = all. */
  readonly limit: number;
  /** Terminal width in columns. */
  readonly width: number;
  /** The table's language (default Chinese). */
  readonly lang?: Lang;
}

const WORDS = {
  zh: { cell: '单元格', unit: '单位', problem: '问题', fix: '修改建议' },
  en: { cell: 'Cell', unit: 'Unit', problem: 'Problem', fix: 'How to fix' },
} as const;

/** The lines to print for a report's issues (empty when there are none). */
export function renderProblems(issues: readonly ReportIssue[], dataSheet: string | null, opts: ProblemsOptions): string[] {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (errors.length + warnings.length === 0) return [];
  const limit = opts.limit > 0 ? opts.limit : Number.POSITIVE_INFINITY;
  const shownErrors = errors.slice(0, limit);
  const shownWarnings = warnings.slice(0, Math.max(0, limit - shownErrors.length));
  const lang = opts.lang ?? 'zh';
  const w = WORDS[lang];
  const rowsOf = (list: readonly ReportIssue[]): string[][] =>
    list.map((i) => {
      const { problem, fix } = lang === 'en' ? splitMessageEn(i.messageEn, i.cell) : splitMessage(i.message, i.cell);
      return [placeOf(i, dataSheet), i.unit ?? '', problem, fix];
    });
  const errorRows = rowsOf(shownErrors);
  const warningRows = rowsOf(shownWarnings);
  const all = [...errorRows, ...warningRows];
  const need = (k: number, header: string): number => Math.max(displayWidth(header), ...all.map((r) => displayWidth(r[k] ?? '')));
  const widths = fitWidths(Math.max(60, opts.width), [
    { need: need(0, w.cell), max: 18 },
    { need: need(1, w.unit), max: 20 },
    { need: need(2, w.problem), weight: 3, min: 16 },
    { need: need(3, w.fix), weight: 2, min: 12 },
  ]);
  const columns = [
    { header: w.cell, width: widths[0] as number },
    { header: w.unit, width: widths[1] as number },
    { header: w.problem, width: widths[2] as number, overflow: 'wrap' as const },
    { header: w.fix, width: widths[3] as number, overflow: 'wrap' as const },
  ];
  const out: string[] = [];
  if (errors.length > 0) {
    out.push(lang === 'en' ? `Errors: ${errors.length} (the units concerned are not scored)` : `错误 ${errors.length} 条（有错误的单位不评分）`);
    out.push(...renderTable(columns, errorRows));
  }
  if (warnings.length > 0 && shownWarnings.length > 0) {
    if (out.length) out.push('');
    out.push(lang === 'en' ? `Warnings: ${warnings.length} (scoring goes on; please verify)` : `警告 ${warnings.length} 条（不影响评分，请核实）`);
    out.push(...renderTable(columns, warningRows));
  }
  const hidden = errors.length + warnings.length - shownErrors.length - shownWarnings.length;
  if (hidden > 0) {
    out.push(lang === 'en'
      ? `…and ${hidden} more not shown (${count(errors.length - shownErrors.length, 'error')}, ${count(warnings.length - shownWarnings.length, 'warning')}). Use --json for the full list, or --limit 0 to show all.`
      : `…另有 ${hidden} 条未显示（${errors.length - shownErrors.length} 条错误，${warnings.length - shownWarnings.length} 条警告）。完整列表请用 --json 导出，或用 --limit 0 全部显示。`);
  }
  return out;
}
