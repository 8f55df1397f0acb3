/**
 * The pane's Excel events, registered on every visible sheet (ExcelApi 1.7):
 * - 实时校验's trigger, `Worksheet.onChanged`;
 * - the unit explanation's, `Worksheet.onSelectionChanged` (its `WorksheetSelectionChangedEventArgs`
 *   carry the selected range's `address`, without the sheet).
 * This file and `excel-port.ts` are the only task-pane files that touch Office.js; components see
 * the `ExcelPort` only.
 */

type Stop = () => Promise<void>;
type Added = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs>;

/**
 * Registers `add` on each visible sheet. Resolves to a function that removes the handlers, or null
 * when this Excel can not report events (ExcelApi < 1.7) or registering failed.
 */
async function onEverySheet(add: (ws: Excel.Worksheet) => Added): Promise<Stop | null> {
  if (typeof Excel === 'undefined' || !Office.context.requirements.isSetSupported('ExcelApi', '1.7')) return null;
  try {
    const handlers = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      const added: Added[] = [];
      for (const ws of sheets.items) {
        if (ws.visibility !== Excel.SheetVisibility.visible) continue;
        added.push(add(ws));
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

/** Calls `listener` after each change to a visible sheet's cells. */
export function onSheetChanged(listener: () => void): Promise<Stop | null> {
  return onEverySheet((ws) =>
    ws.onChanged.add(async () => {
      listener();
    }),
  );
}

/** Calls `listener(sheet, address)` when the clerk selects cells in a visible sheet (sheet names as of registering). */
export function onSelectionChanged(listener: (sheet: string, address: string) => void): Promise<Stop | null> {
  return onEverySheet((ws) => {
    const name = ws.name;
    return ws.onSelectionChanged.add(async (args) => {
      listener(name, args.address);
    });
  });
}
