/**
 * 实时校验's trigger: Excel's worksheet change events (ExcelApi 1.7, `Worksheet.onChanged`),
 * registered on every visible sheet. This file and `excel-port.ts` are the only task-pane files
 * that touch Office.js; components see the `ExcelPort` only.
 */

type Stop = () => Promise<void>;

/**
 * Calls `listener` after each change to a visible sheet's cells. Resolves to a function that
 * removes the handlers, or null when this Excel can not report changes (ExcelApi < 1.7) or
 * registering failed.
 */
export async function onSheetChanged(listener: () => void): Promise<Stop | null> {
  if (typeof Excel === 'undefined' || !Office.context.requirements.isSetSupported('ExcelApi', '1.7')) return null;
  try {
    const handlers = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      const added: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
      for (const ws of sheets.items) {
        if (ws.visibility !== Excel.SheetVisibility.visible) continue;
        added.push(
          ws.onChanged.add(async () => {
            listener();
          }),
        );
      }
      await context.sync();
      return added;
    });
    return async () => {
      const first = handlers[0];
      if (!first) return;
      await Excel.run(first.context, async (context) => {
        for (const h of handlers) h.remove();
        await context.sync();
      });
    };
  } catch {
    return null;
  }
}
