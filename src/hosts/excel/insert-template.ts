/**
 * insertTemplate: adds the 考核方案 template and a sample data sheet, with names that do not
 * collide. When the workbook already has a 考核方案, the template goes to `考核方案（模板）`
 * (the engine reads only `考核方案`, so the clerk's own scheme stays in charge).
 */
import { SCHEME_SHEET } from '../../engine/model/scheme';
import { toOfficeInput } from './cells';
import { freeName, sampleRows, schemeRows } from '../../engine/template/template';
import { rectangle } from './write-items';

export async function insertTemplate(): Promise<void> {
  await Excel.run(async (ctx) => {
    const list = ctx.workbook.worksheets;
    list.load('items/name');
    await ctx.sync();
    const taken = list.items.map((w) => w.name);
    const dataName = freeName('示例数据', taken);
    const schemeName = freeName(taken.some((n) => n === SCHEME_SHEET) ? `${SCHEME_SHEET}（模板）` : SCHEME_SHEET, taken);
    const write = (name: string, rows: ReturnType<typeof sampleRows>): Excel.Worksheet => {
      const ws = ctx.workbook.worksheets.add(name);
      const data = rectangle(rows.map((r) => r.map((v) => toOfficeInput(v))));
      ws.getRangeByIndexes(0, 0, data.length, data[0]?.length ?? 1).values = data;
      return ws;
    };
    write(schemeName, schemeRows(dataName));
    const sample = write(dataName, sampleRows());
    sample.getRangeByIndexes(1, 0, 1, 10).format.font.bold = true;
    await ctx.sync();
  });
}
