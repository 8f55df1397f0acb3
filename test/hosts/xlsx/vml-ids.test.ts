/**
 * Notes on two or more sheets: each sheet's notes drawing gets its own id block, as Excel writes them
 * (exceljs 4.4 gives every drawing `o:idmap data="1"` and shapes from `_x0000_s1025`, so the ids
 * collide and Excel offers to repair the file).
 */
import * as fs from 'fs/promises';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile, saveWorkbookFile } from '../../../src/hosts/xlsx';
import { vmlWithOwnIds } from '../../../src/hosts/xlsx/restore-parts';
import { removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

test('vmlWithOwnIds: drawing n takes idmap n and shape ids from 1024 × n + 1', () => {
  const xml = '<xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025"/><v:shape id="_x0000_s1026"/></xml>';
  expect(vmlWithOwnIds(xml, 1)).toBe(xml);
  expect(vmlWithOwnIds(xml, 3)).toBe('<xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="3"/></o:shapelayout><v:shape id="_x0000_s3073"/><v:shape id="_x0000_s3074"/></xml>');
});

test.each(['fast', 'exceljs'] as const)('notes on three sheets: three id blocks, no shape id twice (%s writer)', async (writer) => {
  const dir = await tmpDir('vml');
  const input = path.join(dir, 'in.xlsx');
  const wb = new ExcelJS.Workbook();
  for (const name of ['考核数据', '说明', '上年']) {
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = name;
    ws.getCell('A1').note = `${name}的批注`;
    ws.getCell('B2').note = '第二条';
  }
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, `out-${writer}.xlsx`);
  await saveWorkbookFile(await loadWorkbookFile(input), out, writer === 'exceljs' ? { writer } : undefined);
  const zip = await JSZip.loadAsync(await fs.readFile(out));
  const drawings = Object.keys(zip.files).filter((n) => /vmlDrawing\d+\.vml$/.test(n)).sort();
  expect(drawings).toHaveLength(3);
  const idmaps: string[] = [];
  const shapes: string[] = [];
  for (const d of drawings) {
    const xml = (await zip.file(d)?.async('string')) ?? '';
    idmaps.push(/<o:idmap\b[^>]*\bdata="(\d+)"/.exec(xml)?.[1] ?? '');
    shapes.push(...[...xml.matchAll(/_x0000_s(\d+)/g)].map((m) => m[1] as string));
  }
  expect(new Set(idmaps).size).toBe(3);
  expect(shapes).toHaveLength(6); // the notes on empty B2 cells too (orphan-notes.ts)
  expect(new Set(shapes).size).toBe(6);
  // Each drawing's shapes lie in its own block of 1,024.
  for (const d of drawings) {
    const xml = (await zip.file(d)?.async('string')) ?? '';
    const n = Number(/<o:idmap\b[^>]*\bdata="(\d+)"/.exec(xml)?.[1]);
    for (const m of xml.matchAll(/_x0000_s(\d+)/g)) expect(Math.floor(Number(m[1]) / 1024)).toBe(n);
  }
  // The notes read back as written.
  const back = await loadWorkbookFile(out);
  expect(back.getWorksheet('上年')?.getCell('A1').note).toBe('上年的批注');
});

test('a note on an empty cell survives reading (exceljs alone drops it) and a score-and-undo round trip', async () => {
  const dir = await tmpDir('orphan');
  const input = path.join(dir, 'in.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('说明');
  ws.getCell('A1').value = '说明';
  ws.getCell('C5').note = '待补：乡镇尚未报送 & <核实>';
  await wb.xlsx.writeFile(input);
  // exceljs on its own loses it:
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.readFile(input);
  expect(plain.getWorksheet('说明')?.getCell('C5').note).toBeUndefined();
  // The host keeps it, and writes it back.
  const read = await loadWorkbookFile(input);
  expect(read.getWorksheet('说明')?.getCell('C5').note).toBe('待补：乡镇尚未报送 & <核实>');
  const out = path.join(dir, 'out.xlsx');
  await saveWorkbookFile(read, out);
  expect((await loadWorkbookFile(out)).getWorksheet('说明')?.getCell('C5').note).toBe('待补：乡镇尚未报送 & <核实>');
});
