/**
 * Parts of the engine's write plan. The engine decides every value, fill and note; these only
 * leave parts out, so that a button can write less than a full run.
 */
import { RECORD_SHEET, rowsToRecord, type ProgramRecord, type WorkbookInput, type WritePlan } from '../engine';

/** The ownership record as the workbook holds it now (before this run writes), or null. */
export function currentRecord(workbook: WorkbookInput): ProgramRecord | null {
  const sheet = workbook.sheets.find((s) => s.name === RECORD_SHEET);
  return sheet ? rowsToRecord(sheet.cells).record : null;
}

/**
 * 生成考核结果表: only the `考核结果` sheet. The data sheet's columns, fills and notes are left
 * out, and the ownership record stays what it was (the program took no new column and marked no
 * new cell). Example: a plan with 5 columns and 3 marks → the same plan with none of either.
 */
export function resultSheetOnly(plan: WritePlan, workbook: WorkbookInput): WritePlan {
  const record = currentRecord(workbook) ?? { dataSheet: plan.dataSheet, columns: [], marks: [] };
  return { ...plan, columns: [], marks: [], clearMarks: [], record };
}
