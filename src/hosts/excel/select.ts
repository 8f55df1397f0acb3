/**
 * Selects a cell, showing its sheet. `Range.select()` alone does nothing reliable on a sheet that is
 * not the active one (office-js #5118), so the sheet is activated first (`Worksheet.activate()`,
 * ExcelApi 1.1), in the same batch. Example: `await selectCell('考核方案', 'B3')` shows 考核方案 with B3
 * selected.
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  });
}
