/**
 * 上期 (the previous period) in the pane, for PERIOD_JUMP (issue 5): which sheets of the open
 * workbook can be chosen as last period's results, and reading the chosen one. Pure: no React, no
 * Office. A whole other workbook cannot be chosen here (Office.js opens no second file without the
 * user); `kaoping score --previous LAST.xlsx` does that.
 */
import {
  parseScheme,
  previousFromSheet,
  PROGRAM_SHEET_PREFIX,
  SCHEME_SHEET,
  type PreviousPeriod,
  type SheetInput,
  type WorkbookInput,
} from '../engine';
import { fold } from '../engine/text/fold';
import type { Translate } from './i18n';

/**
 * Sheets offered as 上期, in workbook order: the visible ones, except the data sheet, 考核方案 and the
 * program's own `_考评…` sheets (names compared after `fold`). 考核结果 is offered: in a workbook
 * copied from last year it still holds last year's results until 写回表格 rewrites it.
 * Example: [考核数据, 考核方案, 2025考核结果, _考评记录 (hidden)] with data sheet 考核数据 → ['2025考核结果'].
 */
export function previousCandidates(workbook: WorkbookInput, dataSheet: string | null): string[] {
  const data = dataSheet === null ? null : fold(dataSheet);
  const scheme = fold(SCHEME_SHEET);
  const prefix = fold(PROGRAM_SHEET_PREFIX);
  return workbook.sheets
    .filter((s) => (s.visibility ?? 'visible') === 'visible')
    .map((s) => s.name)
    .filter((name) => {
      const f = fold(name);
      return f !== data && f !== scheme && !f.startsWith(prefix);
    });
}

/** Why the chosen 上期 sheet gave nothing: gone from the workbook, or without the columns needed. */
export interface PreviousProblem {
  readonly kind: 'missing' | 'unreadable';
  readonly sheet: string;
  /** The scheme's unit column (单位列), for the message; 单位名称 when the scheme can not be read. */
  readonly unitColumn: string;
}

export interface PreviousChoice {
  /** What `assess` gets as `previous`; null when nothing is chosen or the sheet gave nothing. */
  readonly previous: PreviousPeriod | null;
  readonly problem: PreviousProblem | null;
}

function findSheet(workbook: WorkbookInput, name: string): SheetInput | undefined {
  return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => fold(s.name) === fold(name));
}

/** The scheme's 单位列, read from 考核方案; null without a readable scheme. */
function unitColumnOf(workbook: WorkbookInput): string | null {
  const sheet = findSheet(workbook, SCHEME_SHEET);
  return sheet ? (parseScheme(sheet).scheme?.settings.unitColumn ?? null) : null;
}

/**
 * Reads the sheet chosen as 上期 from a freshly read workbook with `previousFromSheet(sheet,
 * 单位列)`. Nothing chosen (null) → no previous, no problem.
 * Example: a sheet 2025考核结果 with rows [单位名称, 总分, 排名], [城关镇, 92, 1] →
 * { previous: { units: [{ name: '城关镇', total: 92, rank: 1 }] }, problem: null }.
 */
export function resolvePrevious(workbook: WorkbookInput, sheetName: string | null): PreviousChoice {
  if (sheetName === null) return { previous: null, problem: null };
  const unitColumn = unitColumnOf(workbook);
  const shownUnit = unitColumn ?? '单位名称';
  const sheet = findSheet(workbook, sheetName);
  if (!sheet) return { previous: null, problem: { kind: 'missing', sheet: sheetName, unitColumn: shownUnit } };
  const previous = previousFromSheet(sheet, unitColumn ?? undefined);
  if (!previous) return { previous: null, problem: { kind: 'unreadable', sheet: sheet.name, unitColumn: shownUnit } };
  return { previous, problem: null };
}

/**
 * The warning bar's text for a problem, in the pane's language; null for no problem.
 * Example (zh): { kind: 'missing', sheet: '2025考核结果' } →
 * 找不到上期工作表“2025考核结果”（可能已被删除或改名），本次没有与上期比较。请在“上期结果”中重新选择。
 */
export function previousWarning(problem: PreviousProblem | null, t: Translate): string | null {
  if (!problem) return null;
  return problem.kind === 'missing'
    ? t('compute.previousMissing', { sheet: problem.sheet })
    : t('compute.previousUnreadable', { sheet: problem.sheet, unit: problem.unitColumn });
}
