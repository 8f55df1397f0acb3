/** Selects a cell (activating its sheet). Example: `await selectCell('考核数据', 'D7')`. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).select();
    await ctx.sync();
  });
}
