/**
 * Which sheet is which (SPEC §1): the scheme sheet by name, and the data sheet — `数据表` when the
 * scheme names it, else the first visible sheet that is not the scheme, a results sheet or a
 * program sheet.
 */
import type { Issue } from './model/issue';
import type { Scheme } from './model/scheme';
import { PROGRAM_SHEET_PREFIX, RESULT_SHEET, SCHEME_SHEET } from './model/scheme';
import type { SheetInput, WorkbookInput } from './model/workbook';
import { makeIssue } from './issues/make';
import { ownedResultSheet } from './record';
import { fold } from './text/fold';

function isProgramSheet(name: string, ownedResult: string | null): boolean {
  const f = fold(name);
  return f === fold(SCHEME_SHEET) || f === fold(RESULT_SHEET) || f.startsWith(fold(PROGRAM_SHEET_PREFIX)) || (ownedResult !== null && f === fold(ownedResult));
}

export function findSheet(workbook: WorkbookInput, name: string): SheetInput | undefined {
  return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => fold(s.name) === fold(name));
}

export function pickDataSheet(workbook: WorkbookInput, scheme: Scheme): { sheet: SheetInput | null; issue: Issue | null } {
  const wanted = scheme.settings.dataSheet;
  if (wanted !== null) {
    const sheet = findSheet(workbook, wanted);
    if (sheet) return { sheet, issue: null };
    const at = scheme.settings.cells.数据表;
    return { sheet: null, issue: makeIssue('SHEET_NOT_FOUND', { sheet: scheme.sheet, ...(at ?? {}) }, { name: wanted }) };
  }
  const owned = ownedResultSheet(workbook);
  const sheet = workbook.sheets.find((s) => (s.visibility ?? 'visible') === 'visible' && !isProgramSheet(s.name, owned));
  if (sheet) return { sheet, issue: null };
  return {
    sheet: null,
    issue: makeIssue('SHEET_NOT_FOUND', { sheet: scheme.sheet }, {
      name: '（数据表）',
      fix: '工作簿中除“考核方案”外没有可见的工作表。请加入数据表，或在【基本设置】中用“数据表”指明。',
      fixEn: 'There is no visible sheet besides 考核方案. Add the data sheet, or name it with 数据表 in 【基本设置】.',
    }),
  };
}
