/**
 * The task pane's `ExcelPort` over the Office.js host (src/hosts/excel) — the one place where
 * the pane reaches Excel. Components get this object as a prop.
 */
import * as host from '../hosts/excel';
import type { ExcelPort } from './port';
import { onSheetChanged } from './sheet-events';

export function createExcelPort(): ExcelPort {
  return {
    readWorkbook: (request) => host.readWorkbook({ merges: request?.live ? 'cached' : 'read' }),
    writePlan: (plan, fingerprint, onProgress) => host.writePlan(plan, fingerprint, onProgress),
    undoLastWrite: () => host.undoLastWrite(),
    selectCell: async (sheet, address) => {
      await host.selectCell(sheet, address);
    },
    insertTemplate: async () => {
      await host.insertTemplate();
    },
    notesSupported: () => host.notesSupported(),
    onSheetChanged,
  };
}
