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
/** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13). */
export const mergesSupported = (): boolean => has('1.13');
/** `Excel.run({ mergeUndoGroup: true }, …)` (ExcelApi 1.20). */
export const mergeUndoSupported = (): boolean => has('1.20');

/** Runs a batch, as one undo group where the host supports it. */
export function runBatch<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (mergeUndoSupported()) return Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, batch);
  return Excel.run(batch);
}
