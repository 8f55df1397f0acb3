import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile } from '../../../src/hosts/xlsx/read';
import { saveWorkbookFile } from '../../../src/hosts/xlsx/save';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { firstFont } from '../../../src/hosts/xlsx/default-font';
import { buildLedger, DATA, ledgerPlan, readXlsx, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

/** 宋体 12 as Chinese Excel / WPS write it as the workbook's default font. */
const SONGTI = '<font><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font>';
const CALIBRI = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

async function stylesOf(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return (await zip.file('xl/styles.xml')?.async('string')) ?? '';
}

let dir: string;
let songti: string;
beforeAll(async () => {
  dir = await tmpDir('font');
  // The ledger as exceljs writes it (font 0 = Calibri), then font 0 changed to 宋体 12.
  const zip = await JSZip.loadAsync(await buildLedger().xlsx.writeBuffer());
  const styles = (await zip.file('xl/styles.xml')?.async('string')) as string;
  expect(firstFont(styles)).toBe(CALIBRI);
  zip.file('xl/styles.xml', styles.replace(CALIBRI, SONGTI));
  songti = path.join(dir, 'songti.xlsx');
  await fs.writeFile(songti, await zip.generateAsync({ type: 'nodebuffer' }));
});

describe('the workbook default font survives load → apply → save', () => {
  test('exceljs alone writes Calibri 11 as font 0 (the quirk)', async () => {
    const wb = await readXlsx(songti);
    const plain = path.join(dir, 'plain.xlsx');
    await wb.xlsx.writeFile(plain);
    expect(firstFont(await stylesOf(plain))).toBe(CALIBRI);
  });

  test('saveWorkbookFile puts 宋体 12 back as font 0; a newly filled cell reads back in 宋体', async () => {
    const wb = await loadWorkbookFile(songti);
    applyPlan(wb, ledgerPlan());
    const out = path.join(dir, 'scored.xlsx');
    await saveWorkbookFile(wb, out);
    expect(firstFont(await stylesOf(out))).toBe(SONGTI);
    const back = (await readXlsx(out)).getWorksheet(DATA) as ExcelJS.Worksheet;
    // D5 had no style of its own (the default font); now it has a fill and still the default font.
    expect(back.getCell('D5').font).toMatchObject({ name: '宋体', size: 12 });
    // Explicit fonts are their own fonts, untouched.
    expect(back.getCell('A1').font).toEqual({ bold: true, size: 16 });
    expect(back.getCell('A3').font).toEqual({ bold: true });
  });

  test('a workbook whose default font is already Calibri is saved as exceljs writes it', async () => {
    const file = path.join(dir, 'calibri.xlsx');
    await buildLedger().xlsx.writeFile(file);
    const out = path.join(dir, 'calibri-out.xlsx');
    await saveWorkbookFile(await loadWorkbookFile(file), out);
    expect(firstFont(await stylesOf(out))).toBe(CALIBRI);
  });
});
