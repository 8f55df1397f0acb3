import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile, WorkbookFileError } from '../../../src/hosts/xlsx/read';
import { saveWorkbookFile } from '../../../src/hosts/xlsx/save';
import { removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

let dir: string;
beforeAll(async () => {
  dir = await tmpDir('files');
});

async function failure(p: Promise<unknown>): Promise<WorkbookFileError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof WorkbookFileError) return err;
    throw err;
  }
  throw new Error('expected a WorkbookFileError');
}

describe('loadWorkbookFile refuses what is not a readable .xlsx, with a Chinese message', () => {
  test('a missing file → not-found', async () => {
    const err = await failure(loadWorkbookFile(path.join(dir, '没有.xlsx')));
    expect(err.reason).toBe('not-found');
    expect(err.messageZh).toContain('找不到文件');
    expect(err.messageZh).toContain('没有.xlsx');
  });

  test('a 0-byte file → empty', async () => {
    const file = path.join(dir, 'empty.xlsx');
    await fs.writeFile(file, '');
    const err = await failure(loadWorkbookFile(file));
    expect(err.reason).toBe('empty');
    expect(err.messageZh).toContain('空文件');
  });

  test('an OLE compound file (password-protected xlsx or old .xls) → encrypted', async () => {
    const file = path.join(dir, 'locked.xlsx');
    await fs.writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const err = await failure(loadWorkbookFile(file));
    expect(err.reason).toBe('encrypted');
    expect(err.messageZh).toContain('密码');
    expect(err.messageEn).toContain('password');
  });

  test('random bytes and a text file → not-xlsx', async () => {
    const bin = path.join(dir, 'random.xlsx');
    await fs.writeFile(bin, Buffer.from([0x13, 0x37, 0x00, 0xff, 0x42, 0x99, 0x10, 0x20, 0x30]));
    expect((await failure(loadWorkbookFile(bin))).reason).toBe('not-xlsx');
    const txt = path.join(dir, 'notes.txt');
    await fs.writeFile(txt, '单位名称,总分\n城关镇,93\n');
    const err = await failure(loadWorkbookFile(txt));
    expect(err.reason).toBe('not-xlsx');
    expect(err.messageZh).toContain('不是 Excel 工作簿');
  });

  test('a truncated workbook → unreadable; a zip that holds no workbook → not-xlsx, never a raw exception', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').getCell('A1').value = 1;
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const cut = path.join(dir, 'cut.xlsx');
    await fs.writeFile(cut, good.subarray(0, Math.floor(good.length / 2)));
    const err = await failure(loadWorkbookFile(cut));
    expect(err.reason).toBe('unreadable');
    expect(err.messageZh).toContain('已损坏');
    // A .docx-like zip: a zip, but no workbook part in it (jszip comes with exceljs).
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = path.join(dir, 'letter.xlsx');
    await fs.writeFile(docx, await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await failure(loadWorkbookFile(docx))).reason).toBe('not-xlsx');
  });

  test('a folder → unreadable', async () => {
    expect((await failure(loadWorkbookFile(dir))).reason).toBe('unreadable');
  });

  test('a good file opens', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表一').getCell('A1').value = 1;
    const file = path.join(dir, 'ok.xlsx');
    await wb.xlsx.writeFile(file);
    const loaded = await loadWorkbookFile(file);
    expect(loaded.worksheets.map((w) => w.name)).toEqual(['表一']);
  });
});

describe('saveWorkbookFile', () => {
  test('writes a file that reopens, leaving no temporary file behind', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表一').getCell('B2').value = '好';
    const file = path.join(dir, 'saved.xlsx');
    await saveWorkbookFile(wb, file);
    expect((await loadWorkbookFile(file)).getWorksheet('表一')?.getCell('B2').value).toBe('好');
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('a missing folder → WorkbookFileError with a Chinese message naming the folder', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s');
    const err = await failure(saveWorkbookFile(wb, path.join(dir, '不存在', 'out.xlsx')));
    expect(err.reason).toBe('unreadable');
    expect(err.messageZh).toContain('无法写入文件');
    expect(err.messageZh).toContain('不存在');
  });

  test('a folder as the target → WorkbookFileError', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s');
    const err = await failure(saveWorkbookFile(wb, dir));
    expect(err.messageZh).toContain('是文件夹');
  });
});
