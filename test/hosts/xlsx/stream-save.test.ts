/**
 * The fast writer (`fast-save.ts`, `fast-rows.ts`, `zip-writer.ts`): the same parts and the same XML as
 * exceljs's own `writeBuffer`, zipped by Node's zlib; what it writes reads back with exceljs as built.
 * "The same" is checked part by part, as text (binary parts: bytes), so every feature exceljs writes is
 * covered by the comparison, and the read-back checks spell out the ones the host depends on.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { firstFont } from '../../../src/hosts/xlsx/default-font';
import * as fastSave from '../../../src/hosts/xlsx/fast-save';
import { restorePart } from '../../../src/hosts/xlsx/restore-parts';
import { writeWorkbookFast } from '../../../src/hosts/xlsx/fast-save';
import { NeedsWholeSheet, renderRow, ROWS_PER_CHUNK } from '../../../src/hosts/xlsx/fast-rows';
import { loadWorkbookFile } from '../../../src/hosts/xlsx/read';
import { saveWorkbookFile } from '../../../src/hosts/xlsx/save';
import { crc32, crc32Table, ZipFileWriter } from '../../../src/hosts/xlsx/zip-writer';
import { buildLedger, DATA, ledgerPlan, readXlsx, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';
import { describeWorkbook } from '../../fixtures/xlsx-host/describe';

afterAll(removeTmpDirs);

/** A 1 × 1 red PNG (the smallest valid PNG with one opaque pixel). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const FIXED = new Date(Date.UTC(2026, 10, 27, 12, 0, 0));

type Parts = Map<string, string | Buffer>;

/** Every file of a zip: text for XML-like parts, bytes for the rest. Folder entries are left out. */
async function partsOf(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Parts = new Map();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    out.set(name, /\.(xml|rels|vml)$/.test(name) ? await entry.async('string') : await entry.async('nodebuffer'));
  }
  return out;
}

/**
 * Parts exceljs's own writer gives for `wb` with the host's part fix-ups (restore-parts.ts: font 0,
 * defined names, each notes drawing's own ids), then those `writeWorkbookFast` gives (to `file`).
 */
async function bothWriters(wb: ExcelJS.Workbook, file: string): Promise<{ exceljs: Parts; fast: Parts }> {
  const raw = await partsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
  const exceljs: Parts = new Map([...raw].map(([name, body]) => [name, typeof body === 'string' ? restorePart(wb, name, body) : body]));
  await writeWorkbookFast(wb, file);
  return { exceljs, fast: await partsOf(await fs.readFile(file)) };
}

function expectSameParts(p: { exceljs: Parts; fast: Parts }): void {
  expect([...p.fast.keys()].sort()).toEqual([...p.exceljs.keys()].sort());
  for (const [name, body] of p.exceljs) expect({ name, body: p.fast.get(name) }).toEqual({ name, body });
}

/**
 * The ledger (styles, merges A1:F1 and C7:C8, note on E6, hidden row 7, frozen below row 3, list
 * validation, conditional format, auto filter, shared formula D9:E9, =40-2 → 38, =1/0 → #DIV/0!,
 * rich text, hyperlink, date, error, boolean, hidden and very hidden sheets, defined names), the
 * ledger plan applied (notes on D3 D5 D6 E6, 考核结果 with print titles, very hidden _考评记录), and more:
 *   考核数据: column K hidden with width 3; column L outline level 1;
 *     K2 '<a & "b">' (text needing escapes), K3 1e-7, K4 -0.5, L2 an array formula {=D4:D5*2} → 110;
 *     row 12 height 20 and no cells; row 13 only a styled empty cell (fill); row 14 outline level 2;
 *     page setup landscape A4 with margins, header/footer, tab colour, sheet protection.
 */
function richWorkbook(): ExcelJS.Workbook {
  const wb = buildLedger();
  applyPlan(wb, ledgerPlan(), { now: FIXED });
  const ws = wb.getWorksheet(DATA) as ExcelJS.Worksheet;
  ws.getColumn(11).width = 3;
  ws.getColumn(11).hidden = true;
  ws.getColumn(12).outlineLevel = 1;
  ws.getCell('K2').value = '<a & "b">';
  ws.getCell('K3').value = 1e-7;
  ws.getCell('K4').value = -0.5;
  ws.getCell('L2').value = { formula: 'D4:D5*2', result: 110, shareType: 'array', ref: 'L2:L3' } as ExcelJS.CellFormulaValue;
  ws.getRow(12).height = 20;
  ws.getCell('B13').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  ws.getRow(14).outlineLevel = 2;
  ws.getCell('A14').value = 'outline';
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', paperSize: 9, margins: { left: 0.5, right: 0.5, top: 1, bottom: 1, header: 0.4, footer: 0.4 } };
  ws.headerFooter = { oddHeader: '&C考核台账', oddFooter: '&P / &N' };
  ws.properties.tabColor = { argb: 'FFFF0000' };
  (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, formatColumns: false };
  wb.created = FIXED;
  wb.modified = FIXED;
  return wb;
}

describe('writeWorkbookFast writes what exceljs writes', () => {
  test('the rich ledger: every part is the same text', async () => {
    const dir = await tmpDir('fast-rich');
    const both = await bothWriters(richWorkbook(), path.join(dir, 'fast.xlsx'));
    // Sheets 1–5 are the ledger's, 6 考核结果, 7 _考评记录; notes on 考核数据 (sheet 2).
    expect([...both.fast.keys()].filter((n) => n.startsWith('xl/worksheets/sheet')).sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `xl/worksheets/sheet${i}.xml`));
    expect(both.fast.has('xl/comments2.xml')).toBe(true);
    expectSameParts(both);
  });

  test('and reads back with exceljs exactly as built', async () => {
    const dir = await tmpDir('fast-back');
    const file = path.join(dir, 'fast.xlsx');
    const exceljsFile = path.join(dir, 'exceljs.xlsx');
    const wb = richWorkbook();
    await wb.xlsx.writeFile(exceljsFile);
    await writeWorkbookFast(wb, file);
    const back = await readXlsx(file);
    expect(describeWorkbook(back)).toEqual(describeWorkbook(await readXlsx(exceljsFile)));

    expect(back.worksheets.map((w) => `${w.name}:${w.state}`)).toEqual(['说明:visible', `${DATA}:visible`, '考核方案:visible', '旧数据:hidden', '内部:veryHidden', '考核结果:visible', '_考评记录:veryHidden']);
    const ws = back.getWorksheet(DATA) as ExcelJS.Worksheet;
    expect(ws.getCell('A1').font).toEqual({ bold: true, size: 16 });
    expect(Object.keys((ws as unknown as { _merges: object })._merges).sort()).toEqual(['A1', 'C7']);
    expect(ws.getRow(7).hidden).toBe(true);
    expect(ws.getRow(12).height).toBe(20);
    expect(ws.getRow(14).outlineLevel).toBe(2);
    expect(ws.getColumn(11).hidden).toBe(true);
    expect(ws.getColumn(12).outlineLevel).toBe(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getCell('E8').value).toEqual({ formula: '40-2', result: 38 });
    expect(ws.getCell('D9').formula).toBe('SUM(D4:D8)');
    expect(ws.getCell('E9').formula).toBe('SUM(E4:E8)');
    expect(ws.getCell('F9').value).toEqual({ formula: '1/0', result: { error: '#DIV/0!' } });
    expect(ws.getCell('L2').value).toEqual({ formula: 'D4:D5*2', result: 110, shareType: 'array', ref: 'L2:L3' });
    expect(ws.getCell('F4').value).toEqual({ richText: [{ text: '按时', font: { bold: true } }, { text: '报送' }] });
    expect(ws.getCell('F5').value).toEqual({ text: '说明', hyperlink: 'https://example.org/a' });
    expect(ws.getCell('F2').value).toEqual(new Date(Date.UTC(2026, 0, 15)));
    expect(ws.getCell('D5').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('F8').value).toBe(true);
    expect(ws.getCell('K2').value).toBe('<a & "b">');
    expect(ws.getCell('K3').value).toBe(1e-7);
    expect(ws.getCell('K4').value).toBe(-0.5);
    expect(ws.getCell('B13').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } });
    // The plan's marks: D5 error fill and its two-line note; E6 keeps its number format.
    expect(ws.getCell('D5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('D5').note).toBe('D5 是 Excel 错误值 #N/A。\nD5 holds the Excel error #N/A.');
    expect(ws.getCell('E6').numFmt).toBe('0.0');
    // The plan's columns: G3 header, G4 = 93 as 0.00; J4 the text '=1+1' (never a formula).
    expect(ws.getCell('G3').value).toBe('总分');
    expect(ws.getCell('G4').value).toBe(93);
    expect(ws.getCell('G4').numFmt).toBe('0.00');
    expect(ws.getCell('J4').value).toBe('=1+1');
    expect(JSON.stringify((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model)).toContain('乡镇,街道,市直');
    expect((ws as unknown as { conditionalFormattings: Array<{ ref: string }> }).conditionalFormattings.map((c) => c.ref)).toEqual(['D4:E8']);
    expect(ws.autoFilter).toBe('A3:F8');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, margins: { left: 0.5, right: 0.5, top: 1, bottom: 1, header: 0.4, footer: 0.4 } });
    expect(ws.headerFooter).toMatchObject({ oddHeader: '&C考核台账', oddFooter: '&P / &N' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FFFF0000' });
    const result = back.getWorksheet('考核结果') as ExcelJS.Worksheet;
    expect(result.getCell('A1').value).toBe('2026年度综合考核结果（公示）');
    expect(result.getCell('B3').value).toBe('城关镇');
    expect(result.pageSetup.printTitlesRow).toBe('1:2');
    expect(back.definedNames.model).toEqual([
      { name: '单位', ranges: [`'${DATA}'!$B$4:$B$8`] },
      { name: '得分', ranges: [`'${DATA}'!$D$4:$E$8`] },
    ]);
  });

  test('a workbook with an image, a background image and a table: the same parts, and they read back', async () => {
    const dir = await tmpDir('fast-image');
    const wb = new ExcelJS.Workbook();
    wb.created = FIXED;
    wb.modified = FIXED;
    const ws = wb.addWorksheet('图');
    ws.getCell('A1').value = '徽标';
    const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, 'B2:C4');
    ws.addBackgroundImage(image);
    ws.addTable({ name: '名单', ref: 'E1', headerRow: true, columns: [{ name: '单位' }, { name: '得分' }], rows: [['城关镇', 93], ['东关街道', 88]] });
    const file = path.join(dir, 'fast.xlsx');
    const both = await bothWriters(wb, file);
    expect(both.fast.get('xl/media/image1.png')).toEqual(PNG);
    expectSameParts(both);
    const back = (await readXlsx(file)).getWorksheet('图') as ExcelJS.Worksheet;
    const images = back.getImages();
    expect(images).toHaveLength(1);
    expect(images[0]?.range.tl).toMatchObject({ nativeCol: 1, nativeRow: 1 });
    expect(back.getTables().map((t) => (t as unknown as { name: string }).name)).toEqual(['名单']);
    expect(back.getCell('E3').value).toBe('东关街道');
  });

  test(`a sheet longer than two chunks (${ROWS_PER_CHUNK} rows each): the same text`, async () => {
    const dir = await tmpDir('fast-long');
    const wb = new ExcelJS.Workbook();
    wb.created = FIXED;
    wb.modified = FIXED;
    const ws = wb.addWorksheet('长表');
    const bold = { bold: true };
    for (let r = 1; r <= 10000; r++) {
      const row = ws.getRow(r);
      row.getCell(1).value = r;
      row.getCell(2).value = `单位${r % 97}`;
      row.getCell(3).value = r % 3 === 0;
      if (r % 10 === 0) row.getCell(4).font = bold;
      if (r % 1000 === 0) row.hidden = true;
    }
    expectSameParts(await bothWriters(wb, path.join(dir, 'fast.xlsx')));
  });

  test('a shared formula whose plain master is in the same row: the same text', async () => {
    const dir = await tmpDir('fast-clone-row');
    const wb = new ExcelJS.Workbook();
    wb.created = FIXED;
    wb.modified = FIXED;
    const ws = wb.addWorksheet('公式');
    ws.getCell('A1').value = 1;
    ws.getCell('B1').value = { formula: 'A1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('C1').value = { sharedFormula: 'B1', result: 3 } as ExcelJS.CellSharedFormulaValue;
    const both = await bothWriters(wb, path.join(dir, 'fast.xlsx'));
    expectSameParts(both);
    // exceljs marks B1 shared when it meets its clone C1: ref B1:C1, si 0.
    expect(both.fast.get('xl/worksheets/sheet1.xml')).toContain('<c r="B1"><f t="shared" ref="B1:C1" si="0">A1+1</f><v>2</v></c><c r="C1"><f t="shared" si="0"/><v>3</v></c>');
  });

  test('… and in an earlier row: the fast writer refuses, saveWorkbookFile saves with exceljs', async () => {
    const dir = await tmpDir('fast-clone-below');
    const build = (): ExcelJS.Workbook => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('公式');
      ws.getCell('A1').value = { formula: '10*2', result: 20 } as ExcelJS.CellFormulaValue;
      ws.getCell('A2').value = { sharedFormula: 'A1', result: 20 } as ExcelJS.CellSharedFormulaValue;
      return wb;
    };
    await expect(writeWorkbookFast(build(), path.join(dir, 'refused.xlsx'))).rejects.toBeInstanceOf(NeedsWholeSheet);
    const out = path.join(dir, 'out.xlsx');
    await saveWorkbookFile(build(), out);
    const back = (await readXlsx(out)).getWorksheet('公式') as ExcelJS.Worksheet;
    // A2 is A1's clone: the same formula text (no relative references to move), result 20.
    expect(back.getCell('A1').value).toEqual({ formula: '10*2', result: 20, shareType: 'shared', ref: 'A1:A2' });
    expect(back.getCell('A2').formula).toBe('10*2');
    expect(back.getCell('A2').result).toBe(20);
  });

  test('a 1904 workbook: dates are written in the 1904 system', async () => {
    const dir = await tmpDir('fast-1904');
    const wb = new ExcelJS.Workbook();
    wb.created = FIXED;
    wb.modified = FIXED;
    wb.properties.date1904 = true;
    wb.addWorksheet('日期').getCell('A1').value = new Date(Date.UTC(2026, 0, 15));
    const file = path.join(dir, 'fast.xlsx');
    const both = await bothWriters(wb, file);
    expectSameParts(both);
    // 2026-01-15 is serial 46037 in the 1900 system; the 1904 system counts 1,462 days fewer → 44575.
    expect(both.fast.get('xl/worksheets/sheet1.xml')).toContain('<c r="A1" s="1"><v>44575</v></c>');
  });
});

describe('renderRow (the common cells, written directly)', () => {
  test('a row with a styled empty cell, a merged cell, a number, a boolean and a shared string', () => {
    const xml = renderRow({
      number: 3,
      min: 1,
      max: 5,
      height: 18.5,
      hidden: true,
      styleId: 2,
      outlineLevel: 1,
      collapsed: false,
      cells: [
        { type: 0, address: 'A3', styleId: 4 },
        { type: 0, address: 'B3' },
        { type: 1, address: 'C3' },
        { type: 2, address: 'D3', value: -0.25 },
        { type: 9, address: 'E3', styleId: 1, value: false },
        { type: 3, address: 'F3', value: '甲', ssId: 7 },
      ],
    });
    expect(xml).toBe(
      '<row r="3" ht="18.5" customHeight="1" hidden="1" spans="1:5" s="2" customFormat="1" x14ac:dyDescent="0.25" outlineLevel="1">' +
        '<c r="A3" s="4"/><c r="C3"/><c r="D3"><v>-0.25</v></c><c r="E3" s="1" t="b"><v>0</v></c><c r="F3" t="s"><v>7</v></c></row>',
    );
  });

  test('a row whose cells are all empty and unstyled is an empty element', () => {
    expect(renderRow({ number: 9, min: 0, max: 0, height: 20, cells: [{ type: 0, address: 'A9' }] })).toBe('<row r="9" ht="20" customHeight="1" x14ac:dyDescent="0.25"/>');
  });

  test('other cells go to exceljs: an inline string with escapes, an error, a formula', () => {
    expect(renderRow({ number: 1, min: 1, max: 3, cells: [
      { type: 3, address: 'A1', value: 'a<b' },
      { type: 10, address: 'B1', value: { error: '#N/A' } },
      { type: 6, address: 'C1', formula: 'A1&1', result: 'x' } as never,
    ] })).toBe('<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="str"><v>a&lt;b</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="str"><f>A1&amp;1</f><v>x</v></c></row>');
  });
});

describe('saveWorkbookFile with a loaded workbook: font and names put back while writing', () => {
  /** 宋体 12 as Chinese Excel / WPS write it as the workbook's default font (as in default-font.test.ts). */
  const SONGTI = '<font><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font>';
  const CALIBRI = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
  const RATE = '<definedName name="税率">0.05</definedName>';

  test('the same parts as exceljs + the jszip fix-ups, with 宋体 as font 0 and the constant name kept', async () => {
    const dir = await tmpDir('fast-loaded');
    const zip = await JSZip.loadAsync(await buildLedger().xlsx.writeBuffer());
    const styles = (await zip.file('xl/styles.xml')?.async('string')) as string;
    zip.file('xl/styles.xml', styles.replace(CALIBRI, SONGTI));
    const book = (await zip.file('xl/workbook.xml')?.async('string')) as string;
    zip.file('xl/workbook.xml', book.replace('</definedNames>', `${RATE}</definedNames>`));
    const input = path.join(dir, 'in.xlsx');
    await fs.writeFile(input, await zip.generateAsync({ type: 'nodebuffer' }));

    const wb = await loadWorkbookFile(input);
    applyPlan(wb, ledgerPlan(), { now: FIXED });
    const viaExceljs = path.join(dir, 'exceljs.xlsx');
    const viaFast = path.join(dir, 'fast.xlsx');
    await saveWorkbookFile(wb, viaExceljs, { writer: 'exceljs' });
    await saveWorkbookFile(wb, viaFast);
    const both = { exceljs: await partsOf(await fs.readFile(viaExceljs)), fast: await partsOf(await fs.readFile(viaFast)) };
    expectSameParts(both);
    expect(firstFont(both.fast.get('xl/styles.xml') as string)).toBe(SONGTI);
    expect(both.fast.get('xl/workbook.xml')).toContain(RATE);
    expect(await fs.readdir(dir)).toEqual(['exceljs.xlsx', 'fast.xlsx', 'in.xlsx']);
  });

  test('if the fast writer fails inside exceljs (no I/O error code), exceljs\'s own writer saves the file', async () => {
    const dir = await tmpDir('fast-fallback');
    const spy = jest.spyOn(fastSave, 'writeWorkbookFast').mockRejectedValueOnce(new TypeError('x is not a function'));
    try {
      const out = path.join(dir, 'out.xlsx');
      await saveWorkbookFile(buildLedger(), out);
      expect(spy).toHaveBeenCalledTimes(1);
      expect((await readXlsx(out)).getWorksheet(DATA)?.getCell('B4').value).toBe('城关镇');
      expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('saveWorkbookFile when fast-save.ts can not even be loaded (e.g. another exceljs without its lib/ files)', () => {
  test('exceljs\'s own writer saves the file; no temporary file is left', async () => {
    const dir = await tmpDir('fast-unloadable');
    const out = path.join(dir, 'out.xlsx');
    let save: typeof saveWorkbookFile = saveWorkbookFile;
    jest.isolateModules(() => {
      jest.doMock('../../../src/hosts/xlsx/fast-save', () => {
        throw new Error("Cannot find module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform'");
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      save = (require('../../../src/hosts/xlsx/save') as typeof import('../../../src/hosts/xlsx/save')).saveWorkbookFile;
    });
    const wb = buildLedger();
    const viaExceljs = jest.spyOn(wb.xlsx, 'writeBuffer');
    try {
      await save(wb, out);
      expect(viaExceljs).toHaveBeenCalledTimes(1);
      expect((await readXlsx(out)).getWorksheet(DATA)?.getCell('B4').value).toBe('城关镇');
      expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
    } finally {
      jest.dontMock('../../../src/hosts/xlsx/fast-save');
    }
  });
});

describe('ZipFileWriter and crc32', () => {
  test('CRC-32 check value: "123456789" → CBF43926, both ways; empty → 0', () => {
    const nine = Buffer.from('123456789', 'ascii');
    expect(crc32(nine)).toBe(0xcbf43926);
    expect(crc32Table(nine)).toBe(0xcbf43926);
    expect(crc32Table(new Uint8Array(0))).toBe(0);
  });

  test('writes parts that jszip reads back exactly: text, bytes, chunks, an empty part', async () => {
    const dir = await tmpDir('zip');
    const file = path.join(dir, 'a.zip');
    const zip = await ZipFileWriter.open(file);
    await zip.add('a.txt', 'hello 考评');
    await zip.add('b/bin', new Uint8Array([0, 1, 2, 255]));
    await zip.add('c.xml', ['<a>', '甲', '</a>']);
    await zip.add('empty', '');
    await zip.close();
    const back = await JSZip.loadAsync(await fs.readFile(file));
    expect(Object.keys(back.files)).toEqual(['a.txt', 'b/bin', 'c.xml', 'empty']);
    expect(await back.file('a.txt')?.async('string')).toBe('hello 考评');
    expect([...((await back.file('b/bin')?.async('uint8array')) ?? [])]).toEqual([0, 1, 2, 255]);
    expect(await back.file('c.xml')?.async('string')).toBe('<a>甲</a>');
    expect(await back.file('empty')?.async('string')).toBe('');
  });
});
