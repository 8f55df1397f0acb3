/**
 * Syncs and payloads for 100 vs 100,000 units (fixtures.ts: title + header + units, columns A..H;
 * the plan writes 3 columns, 2 marks, a 考核结果 sheet of 50 rows).
 *
 * Read, 100 units: 1 sync (every sheet whole), 1 for the merged areas (merges.ts) = 2.
 * Read, 100,000 units: the whole read (≈ 18.6 MB of response) is refused; then the probe sync
 *   reads rows 1–600 of the data sheet (its box); the other 99,402 rows × 8 columns go in blocks sized at 40 bytes per cell (the floor: these cells cost
 *   ≈ 18 bytes, × 1.5 margin = 27 < 40): ⌊(4,000,000 − 300) / (8 × 40)⌋ = 12,499 rows per block,
 *   ⌈99,402 / 12,499⌉ = 8 blocks, each in its own sync (two never fit the 4 MB budget); 1 for the
 *   merged areas → 1 + 1 + 8 + 1 = 11.
 * Write, 100 units: 1 read sync (fingerprint + prior states), 1 write sync, 1 to turn events back on = 3.
 * Write, 100,000 units: reading as above (1 probe sync, which also takes the number formats of the
 *   first output column (100,001 × 16 B ≈ 1.6 MB fits the room the probe boxes leave) and the 2
 *   marked cells; 8 data blocks; the other 2 number-format reads together, 3.2 MB) = 10; then the
 *   writes: the record sheet (≈ 100,003 snapshot rows, ≈ 8.9 MB of JSON, split in quarters), the
 *   three columns, fills, notes and the result sheet, packed into 5 syncs of ≤ 4 MB; 1 for events = 16.
 * Undo: 1 probe sync, the rest of the record in 8 blocks (100,000 units) or none (100), 1 to see
 *   which marked cells hold notes, the restore writes (3 syncs of ≈ 2.9 MB at 100,000; 1 at 100),
 *   1 for events → 4 and 14.
 */
import { installOfficeDouble, PAYLOAD_LIMIT, type OfficeDouble } from '../../office-double';
import { readWorkbook, undoLastWrite, writePlan } from '../../../src/hosts/excel';
import { forgetSizes } from '../../../src/hosts/excel/read-sheets';
import { DATA, plan, workbook } from './fixtures';
import { TABLE, styled, styledPlan } from './styled';

/** The largest payload of a sync Excel accepted, and how many syncs it refused for size. */
function payloads(xl: OfficeDouble): { max: number; refused: number } {
  let max = 0, refused = 0;
  xl.requestBytes.forEach((req, i) => {
    const size = Math.max(req, xl.responseBytes[i] ?? 0);
    if (size > PAYLOAD_LIMIT) refused++; else max = Math.max(max, size);
  });
  return { max, refused };
}

async function cycle(units: number, look = false): Promise<{ read: number; write: number; undo: number; maxPayload: number; refused: number[]; restored: boolean; total: unknown }> {
  forgetSizes();
  const xl = installOfficeDouble(globalThis, look ? styled(units) : workbook(units));
  const before = JSON.stringify(xl.save());
  const { fingerprint } = await readWorkbook();
  const read = xl.syncs;
  const p1 = payloads(xl);
  xl.resetCounters();
  const planned = plan(units, { marks: [[2, 2], [3, 3]] });
  const result = await writePlan(look ? styledPlan(planned) : planned, fingerprint);
  if (!result.ok) throw new Error('write refused');
  if (look) expect(xl.cell(DATA, `J${units + 2}`)).toEqual({ v: units, fmt: TABLE });
  const write = xl.syncs;
  expect(result.syncs).toBe(write);
  const p2 = payloads(xl);
  const total = xl.cell(DATA, `I${units + 2}`)?.v;
  xl.resetCounters();
  await undoLastWrite();
  const undo = xl.syncs;
  const p3 = payloads(xl);
  return { read, write, undo, maxPayload: Math.max(p1.max, p2.max, p3.max), refused: [p1.refused, p2.refused, p3.refused], restored: JSON.stringify(xl.save()) === before, total };
}

describe('syncs do not grow with the number of units, except by payload splitting', () => {
  test('100 units: read 2, write 3, undo 4', async () => {
    const r = await cycle(100);
    // Unit 100 (i = 99): scores (693 + 3k) % 21 for k = 0..4 = 0, 3, 6, 9, 12 → 30.
    expect(r).toEqual({ read: 2, write: 3, undo: 4, maxPayload: expect.any(Number), refused: [0, 0, 0], restored: true, total: 30 });
    expect(r.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
  });

  test('100,000 units: read 11 (one whole-read refused), write 16, undo 14, no accepted request or response over 5 MB', async () => {
    const r = await cycle(100_000);
    // Unit 100,000 (i = 99,999): 99,999 × 7 = 699,993 ≡ 0 (mod 21) → scores 0, 3, 6, 9, 12 → 30.
    // The read's first try (everything whole in one sync) is refused for size, once; the write and
    // the undo, knowing the workbook is big, probe at once.
    expect(r).toEqual({ read: 11, write: 16, undo: 14, maxPayload: expect.any(Number), refused: [1, 0, 0], restored: true, total: 30 });
    expect(r.maxPayload).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }, 900_000);

  // The new columns in the table's look (issue 14). What the write reads: H's 10,000 looks one by one
  // (getCellProperties without fill, estimated 780 B a cell: 7.8 MB → two halves of 3.9 MB, a sync
  // each besides the first), and of the 3 new columns only their header cells — they lie right of
  // the formatted used range A1:H10002, so no cell of theirs has a format of its own (look-plan.ts).
  // Then the writes: values, looks (per cell only what differs: ≈ 3 × 10,000 × 250 B) and the record,
  // 4 syncs of ≤ 4 MB; 1 for events → 1 + 2 + 4 + 1 = 8 where the plain write takes 3 (14 when every
  // new cell's look was read for undo: 30.5 MB of responses, now 9.2 MB). Undo sets the saved looks
  // back: 6 (plain 4).
  test('in a styled table: the looks ride in the same batches at 100 units; at 10,000 they add payload-sized syncs only', async () => {
    expect(await cycle(100, true)).toEqual({ read: 2, write: 3, undo: 4, maxPayload: expect.any(Number), refused: [0, 0, 0], restored: true, total: 30 });
    const r = await cycle(10_000, true);
    expect(r).toMatchObject({ write: 8, undo: 6, refused: [0, 0, 0], restored: true });
    expect(r.maxPayload).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(await cycle(10_000)).toMatchObject({ write: 3, undo: 4 });
  }, 300_000);

  // 考核结果 in its printable look (result-look.ts) with all 10,000 units listed and every 10th row
  // two lines tall (1,000 height runs): the look is a fixed number of calls (title, info line, header,
  // six border lines over the whole table, one per wrapped column) plus one per height run, estimated
  // 680 B each (≈ 0.7 MB), so the list's values (≈ 0.3 MB) and its look ride in the one write sync
  // with the record and the columns (≈ 2 MB in all): 1 + 1 + 1 = 3, as without the look. Undo deletes
  // the sheet: the record's probe, the restore writes, events = 3 (no marks: no sync for notes).
  test('10,000 units with a 10,000-row styled 考核结果: write 3, undo 3, every accepted payload under 5 MB', async () => {
    forgetSizes();
    const units = 10_000;
    const xl = installOfficeDouble(globalThis, workbook(units));
    const before = JSON.stringify(xl.save());
    const { fingerprint } = await readWorkbook();
    xl.resetCounters();
    const p = plan(units);
    const rows = Array.from({ length: units }, (_, i) => [i + 1, `单位${i + 1}`, i % 10 === 0 ? '备注'.repeat(20) : null]);
    const rowHeights = rows.flatMap((_r, i) => (i % 10 === 0 ? [{ row: i, points: 28.5 }] : []));
    expect(await writePlan({ ...p, resultSheet: { ...p.resultSheet!, rows, rowHeights } }, fingerprint)).toEqual({ ok: true, syncs: 3 });
    const written = payloads(xl);
    // Sheet rows 3, 13, …, 9993 (0-based 2 + 10k) tall; the last unit's row (10,002) boxed.
    expect([xl.rowHeight('考核结果', 2), xl.rowHeight('考核结果', 3), xl.rowHeight('考核结果', 9992)]).toEqual([28.5, undefined, 28.5]);
    expect(xl.cell('考核结果', 'B10002')?.fmt?.borders?.bottom).toEqual({ style: 'Continuous', weight: 'Thin', color: '#000000' });
    xl.resetCounters();
    await undoLastWrite();
    expect(xl.syncs).toBe(3);
    expect(JSON.stringify(xl.save())).toBe(before);
    expect([written.refused, payloads(xl).refused]).toEqual([0, 0]);
    expect(Math.max(written.max, payloads(xl).max)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }, 300_000);
});
