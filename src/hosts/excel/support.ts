/**
 * Requirement-set checks. The manifest asks for ExcelApi 1.7; newer features are used only when
 * `Office.context.requirements.isSetSupported('ExcelApi', '<version as string>')` says so.
 */
const has = (version: string): boolean => {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
};

/** Notes (批注) need ExcelApi 1.18 (worksheet.notes). Example: false on Excel 2019. */
export function notesSupported(): boolean {
  return has('1.18');
}

/** `context.runtime.enableEvents` (ExcelApi 1.8). */
export const eventsToggleSupported = (): boolean => has('1.8');
/** `Range.getRowProperties` (ExcelApi 1.9): every row's hidden flag in one call. */
export const rowPropsSupported = (): boolean => has('1.9');
/**
 * `Worksheet.pageLayout` (ExcelApi 1.9): the 公示 list's print setup (print-setup.ts). Every member
 * used is ExcelApi 1.9 on the Excel.PageLayout reference — `headersFooters`, `setPrintTitleRows`,
 * `zoom` (PageLayoutZoomOptions, 1.9), `orientation` (the PageOrientation enum is 1.7, the property
 * 1.9), `paperSize`, `centerHorizontally` — so one check covers them all.
 */
export const pageLayoutSupported = (): boolean => has('1.9');
/** `Range.getCellProperties` / `setCellProperties` (ExcelApi 1.9): the new columns' looks and their undo. */
export const cellPropertiesSupported = (): boolean => has('1.9');
/** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13). */
export const mergesSupported = (): boolean => has('1.13');
/**
 * `Excel.run({ delayForCellEdit: true }, …)`: asked for as ExcelApi 1.11. The reference page
 * (Excel.RunOptions) names no set for it, and one version of the requirement-set tables lists it
 * under ExcelApi 1.5; 1.11 is the later, safer claim. Below it, a read during cell edit fails with
 * `InvalidOperationInCellEditMode` (the pane says so).
 */
export const delayForCellEditSupported = (): boolean => has('1.11');

/**
 * Runs a write batch as a plain `Excel.run`, deliberately NOT as one Excel undo group
 * (`mergeUndoGroup`, ExcelApi 1.20). The evidence:
 * - Inside a merged group every API without undo support throws `UndoNotSupported`
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 *   `Worksheet.delete` everywhere, and setting `Worksheet.visibility`, `.name` or `.position` on
 *   Windows and Mac — the write adds the very hidden record sheet, undo deletes sheets.
 * - office-js #6001: Excel crashes on Ctrl+Z after an add-in added a VeryHidden sheet and wrote cells
 *   in one merged group; #6491: UndoNotSupported on large formula writes (undo writes formulas);
 *   #6255 and #6711: internal errors / RichApi.Error on Excel on the web with mergeUndoGroup.
 * - A merged group of the cell writes alone would leave the record sheet (its own run) out of the
 *   group: Ctrl+Z would then undo the cells but not the record.
 * 撤销上次写回 restores exactly from the record (also after save and reopen), so the add-in relies on
 * it, and a failed write is never caught and retried: its error reaches the pane.
 */
export function runWrite<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/**
 * Runs a read-only batch. With `waitForCellEdit`, where supported, Excel holds the batch while the
 * user edits a cell and runs it when the edit ends, instead of failing it with
 * `InvalidOperationInCellEditMode` (Excel.RunOptions.delayForCellEdit,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
 */
export function runRead<T>(batch: (ctx: Excel.RequestContext) => Promise<T>, opts: { waitForCellEdit: boolean }): Promise<T> {
  if (opts.waitForCellEdit && delayForCellEditSupported()) return Excel.run({ delayForCellEdit: true }, batch);
  return Excel.run(batch);
}

/**
 * The 公示 look of 考核结果 (result-look.ts): ExcelApi 1.1 (`RangeFormat` font, fill, alignment,
 * `wrapText`, `borders`), 1.2 (`Range.merge` / `unmerge`, `RangeFormat.rowHeight`) and 1.7
 * (`RangeFormat.useStandardHeight`) — the manifest's own minimum, so in practice always; below it
 * the list is written as plain values with a bold header.
 */
export const resultLookSupported = (): boolean => has('1.7');
