/**
 * The Office.js host: the only code that touches `Office` and `Excel`. The task pane gets these
 * functions; nothing here decides what to write (the engine's WritePlan does).
 */
export { readWorkbook, type ReadOptions, type ReadOutcome, type ReadWarning } from './read';
export { writePlan, type WriteOutcome } from './write';
export { undoLastWrite } from './undo';
export { selectCell } from './select';
export { insertTemplate, insertTemplateSheets, type TemplateSheet } from './insert-template';
export { notesSupported } from './support';
export { schemeRows, sampleRows } from '../../engine/template/template';
