/** `kaoping undo`: restores the last write-back into `<name>.撤销.xlsx` (or -o). */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { buildWorkbook, capture, ERROR_ROWS, readWorkbook, sha256, tempDir, writeWorkbook } from '../fixtures/cli/workbooks';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('score then undo: the data sheet is back as it was, 考核结果 and the marks are gone', async () => {
  const input = await writeWorkbook(path.join(dir, '考核.xlsx'), buildWorkbook(ERROR_ROWS));
  expect(await main(['score', input], capture().io)).toBe(1);
  const scored = path.join(dir, '考核.评分.xlsx');
  const before = sha256(scored);
  const c = capture();
  expect(await main(['undo', scored], c.io)).toBe(0);
  const undone = path.join(dir, '考核.评分.撤销.xlsx');
  expect(c.out()).toBe(`已撤销上次写回：${undone}\n`);
  expect(sha256(scored)).toBe(before); // undo never writes over its input either

  const original = (await readWorkbook(input)).getWorksheet('考核数据');
  const restored = await readWorkbook(undone);
  const ws = restored.getWorksheet('考核数据');
  if (!original || !ws) throw new Error('no data sheet');
  for (let r = 1; r <= 6; r++) {
    for (let col = 1; col <= 12; col++) {
      expect([r, col, ws.getCell(r, col).value ?? null]).toEqual([r, col, original.getCell(r, col).value ?? null]);
    }
  }
  // The marked cells lose their fill and note.
  expect(ws.getCell('C4').fill?.type === 'pattern' ? ws.getCell('C4').fill : undefined).toBeUndefined();
  expect(ws.getCell('C4').note).toBeUndefined();
  expect(restored.getWorksheet('考核结果')).toBeUndefined();
});

test('undo on a workbook the program never wrote: exit 2 with the reason', async () => {
  const input = await writeWorkbook(path.join(dir, 'fresh.xlsx'), buildWorkbook(ERROR_ROWS));
  const c = capture();
  expect(await main(['undo', input, '-o', path.join(dir, 'x.xlsx')], c.io)).toBe(2);
  expect(c.err()).toContain('没有可以撤销的写回');
  expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
});
