/** The .xlsx host (exceljs): read files into the engine's input, apply write plans, undo, save. */
export { WorkbookFileError, loadWorkbookFile, toWorkbookInput, toSheetInput, type WorkbookFileErrorReason } from './read';
export { applyPlan } from './apply';
export { undoLastRun } from './undo';
export { saveWorkbookFile } from './save';
export { readStoredRecord } from './record-sheet';
