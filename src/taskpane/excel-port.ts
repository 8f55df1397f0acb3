/**
 * The task pane's `ExcelPort` over the Office.js host (src/hosts/excel) — the one place where
 * the pane reaches Excel. Components get this object as a prop.
 */
import * as host from '../hosts/excel';
import type { TemplateSheet } from '../hosts/excel/insert-template';
import type { ExcelPort } from './port';
import { onSelectionChanged, onSheetChanged } from './sheet-events';
import { dualTemplateSheets, templateKinds } from './templates';

/** `dual`: the 双述双评 template's sheets (default: templates.ts's, null until connected). */
export function createExcelPort(dual: (() => TemplateSheet[]) | null = dualTemplateSheets): ExcelPort {
  return {
    readWorkbook: (request) => host.readWorkbook({ merges: request?.live ? 'cached' : 'read' }),
    writePlan: (plan, fingerprint, onProgress) => host.writePlan(plan, fingerprint, onProgress),
    undoLastWrite: () => host.undoLastWrite(),
    selectCell: async (sheet, address) => {
      await host.selectCell(sheet, address);
    },
    insertTemplate: async (kind = 'basic') => {
      if (kind === 'dual') {
        if (!dual) throw new Error('the 双述双评 template is not connected (src/taskpane/templates.ts)');
        return host.insertTemplateSheets(dual());
      }
      return host.insertTemplate();
    },
    templates: () => templateKinds(dual),
    notesSupported: () => host.notesSupported(),
    onSheetChanged,
    onSelectionChanged,
  };
}
