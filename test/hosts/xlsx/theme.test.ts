/**
 * A file without a theme part (as LibreOffice and WPS save them) must not come out naming one it
 * does not contain: Excel would offer to repair it (exceljs 4.4 always adds the relationship).
 */
import * as fs from 'fs/promises';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile, saveWorkbookFile } from '../../../src/hosts/xlsx';
import { removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

async function withoutTheme(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  zip.remove('xl/theme/theme1.xml');
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*theme1\.xml"\/>/, ''));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/, ''));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

test.each(['fast', 'exceljs'] as const)('every part the relationships name is in the file (%s writer)', async (writer) => {
  const dir = await tmpDir('theme');
  const input = path.join(dir, 'lo.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('考核数据').getCell('A1').value = '单位名称';
  await wb.xlsx.writeFile(input);
  await withoutTheme(input);
  const before = await JSZip.loadAsync(await fs.readFile(input));
  expect(before.file('xl/theme/theme1.xml')).toBeNull();

  const out = path.join(dir, `out-${writer}.xlsx`);
  await saveWorkbookFile(await loadWorkbookFile(input), out, writer === 'exceljs' ? { writer } : undefined);
  const zip = await JSZip.loadAsync(await fs.readFile(out));
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((m) => `xl/${m[1] as string}`);
  expect(targets).toContain('xl/theme/theme1.xml');
  for (const t of targets) expect([t, zip.file(t) !== null]).toEqual([t, true]);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  expect(types).toContain('/xl/theme/theme1.xml');
});
