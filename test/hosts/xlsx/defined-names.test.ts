import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { assess } from '../../../src/engine';
import { applyPlan, loadWorkbookFile, saveWorkbookFile, toWorkbookInput } from '../../../src/hosts/xlsx';

/**
 * Defined names survive load → apply → save (issue 3), including the kinds exceljs alone loses:
 * a constant, a formula, and a name scoped to one sheet (localSheetId). Sheets: 0 说明, 1 考核方案, 2 考核数据.
 */
const NAMES =
  '<definedNames>' +
  '<definedName name="税率">0.05</definedName>' +
  '<definedName name="合计公式">SUM(考核数据!$B$2:$B$3)</definedName>' +
  '<definedName name="本表标题" localSheetId="2">考核数据!$A$1</definedName>' +
  '<definedName name="分数区">考核数据!$B$2:$C$3</definedName>' +
  '</definedNames>';

async function fixture(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = '本工作簿用于测试';
  const scheme = wb.addWorksheet('考核方案');
  [['【基本设置】'], ['数据表', '考核数据'], ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50]].forEach((r) => scheme.addRow(r));
  const data = wb.addWorksheet('考核数据');
  [['单位名称', '甲', '乙'], ['城关镇', 40, 45], ['东关街道', 38, 41]].forEach((r) => data.addRow(r));
  const zip = await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const patched = /<definedNames/.test(xml) ? xml.replace(/<definedNames[\s\S]*?<\/definedNames>|<definedNames\/>/, NAMES) : xml.replace('</sheets>', `</sheets>${NAMES}`);
  zip.file('xl/workbook.xml', patched);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
}

async function namesOf(file: string): Promise<{ names: string[]; sheets: string[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return {
    names: xml.match(/<definedName\b[\s\S]*?<\/definedName>/g) ?? [],
    sheets: [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1] as string),
  };
}

describe('defined names through a scoring run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-names-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps constant, formula and sheet-scoped names exactly, and the result sheet its print titles', async () => {
    const input = path.join(dir, 'in.xlsx');
    const output = path.join(dir, 'out.xlsx');
    await fixture(input);
    const wb = await loadWorkbookFile(input);
    const plan = assess(toWorkbookInput(wb)).plan;
    expect(plan).not.toBeNull();
    applyPlan(wb, plan!);
    await saveWorkbookFile(wb, output);
    const { names, sheets } = await namesOf(output);
    expect(sheets.slice(0, 4)).toEqual(['说明', '考核方案', '考核数据', '考核结果']);
    expect(names).toEqual(expect.arrayContaining([
      '<definedName name="税率">0.05</definedName>',
      '<definedName name="合计公式">SUM(考核数据!$B$2:$B$3)</definedName>',
      '<definedName name="本表标题" localSheetId="2">考核数据!$A$1</definedName>',
      '<definedName name="分数区">考核数据!$B$2:$C$3</definedName>',
    ]));
    // Each name once, in its own scope: no workbook-wide twin of the sheet-scoped 本表标题 (which
    // exceljs alone writes, and which Excel reports as a problem).
    expect(names.filter((n) => n.includes('name="本表标题"'))).toEqual(['<definedName name="本表标题" localSheetId="2">考核数据!$A$1</definedName>']);
    expect(names.filter((n) => !n.includes('_xlnm.'))).toHaveLength(4);
    // exceljs's own print titles of 考核结果 (sheet 3) are kept beside them.
    expect(names.some((n) => n.includes('_xlnm.Print_Titles') && n.includes('localSheetId="3"'))).toBe(true);
    // And the file still opens and scores the same.
    const again = await loadWorkbookFile(output);
    expect(assess(toWorkbookInput(again)).units.map((u) => u.total)).toEqual([85, 79]);
  });
});
