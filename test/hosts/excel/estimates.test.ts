/**
 * Payload estimates and splitting against the double's model of Office.js's wire format
 * (test/office-double/context.ts): every estimate at least the request it makes; oversized batches
 * split on every documented code; writes retried only when the request was refused.
 */
import { installOfficeDouble } from '../../office-double';
import { runItems, type Item } from '../../../src/hosts/excel/batch';
import { blockItem, fillItems, noteItems } from '../../../src/hosts/excel/write-items';
import { StateCollector, markStateItem, numberFormatItem } from '../../../src/hosts/excel/snapshot';
import { forgetSizes } from '../../../src/hosts/excel/read-sheets';
import { forgetMerges } from '../../../src/hosts/excel/merges';
import { readWorkbook } from '../../../src/hosts/excel';
import { lookChange, lookReadItem, lookWriteItem, mergeItem, type LookFormat } from '../../../src/hosts/excel/look';
import { resultSheetItems } from '../../../src/hosts/excel/result-sheet';
import { resultLookItems } from '../../../src/hosts/excel/result-look';
import { DATA, plan, workbook } from './fixtures';

/** Runs one item alone; its payload (the larger of request and response). */
async function measure(item: Item): Promise<number> {
  const xl = installOfficeDouble(globalThis, { ...workbook(2000), sheets: [...workbook(2000).sheets, { name: '考核结果', cells: [['x']] }] });
  await Excel.run(async (ctx) => { await runItems(ctx, [item]); });
  expect(xl.syncs).toBe(1);
  return Math.max(xl.requestBytes[0] ?? 0, xl.responseBytes[0] ?? 0);
}

const edge = (style: string) => ({ style, color: '#000000', weight: 'Thin' });
const NORMAL_LOOK: LookFormat = {
  font: { name: '等线', size: 11, bold: false, italic: false, color: '#000000' }, fill: null,
  borders: { top: edge('None'), bottom: edge('None'), left: edge('None'), right: edge('None') }, horizontalAlignment: 'General', verticalAlignment: 'Bottom', wrapText: false,
};
const TABLE_LOOK: LookFormat = {
  ...NORMAL_LOOK, font: { ...NORMAL_LOOK.font, name: '仿宋' },
  borders: { top: edge('Continuous'), bottom: edge('Continuous'), left: edge('Continuous'), right: edge('Continuous') }, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true,
};

describe('estimates hold against the wire format', () => {
  test('fills, notes, writes and snapshot reads: estimate ≥ payload bytes, within 2×', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => i);
    const items: Array<[string, Item]> = [
      // 2000 single-cell runs (alternating colours break every run).
      ['fills', fillItems(rows.map((i) => ({ sheet: DATA, row: 2 + i, col: 2, fill: i % 2 ? '#FFC7CE' : null })))[0]!],
      ['notes', noteItems(rows.slice(0, 1000).map((i) => ({ sheet: DATA, row: 2 + i, col: 3, text: `问题${i}：请核对。`, exists: false })))[0]!],
      ['block', blockItem(DATA, 2, 8, rows.map((i) => [i * 1.5, `第${i}名`, '']))],
      ['number formats', numberFormatItem(DATA, 0, 8, 2002, () => undefined)],
      ['mark states', markStateItem(rows.slice(0, 500).map((i) => ({ sheet: DATA, row: 2 + i, col: 2 })), true, new StateCollector())],
      ['looks read', lookReadItem(DATA, 0, 8, 2002, 1, () => undefined)],
      // A new column of 2,000 cells in a bordered 仿宋 table's look (every cell differs from Normal), and undo's full looks.
      ['looks written', lookWriteItem(DATA, 2, 8, rows.map(() => lookChange(TABLE_LOOK, NORMAL_LOOK, 'data')))],
      ['looks restored', lookWriteItem(DATA, 2, 8, rows.map(() => lookChange(NORMAL_LOOK, undefined, 'all')))],
      // The results sheet's setup: cleared, header bold, widths, frozen panes and the print setup (print-setup.ts).
      ['result sheet setup', resultSheetItems(plan(10).resultSheet!, true)[0]!],
      ['merges', mergeItem(DATA, rows.slice(0, 200).map((i) => ({ top: 0, left: 20 + i, bottom: 1, right: 20 + i })))],
      // The results sheet's look (result-look.ts): the title, info line, header and borders of 2,000
      // rows × 5 columns, two wrapped columns; and 2,000 single-row height runs (every other row tall).
      ['result look frame', resultLookItems('考核结果', { width: 5, headerRow: 2, rows: 2000, wrap: [false, false, false, true, true], headerHeight: 28.5, rowHeights: [] })[0]!],
      ['result row heights', resultLookItems('考核结果', { width: 5, headerRow: 2, rows: 4000, wrap: [false, false, false, true, true], headerHeight: null, rowHeights: rows.map((i) => ({ row: 2 * i, points: 28.5 })) })[1]!],
    ];
    for (const [name, item] of items) {
      const bytes = await measure(item);
      expect({ name, est: item.est, bytes, ok: item.est >= bytes && item.est <= 2 * bytes + 1000 }).toEqual({ name, est: item.est, bytes, ok: true });
    }
  });
});

describe('splitting', () => {
  beforeEach(() => { forgetSizes(); forgetMerges(); });
  const big = Array.from({ length: 6000 }, (_, i) => [`${'x'.repeat(1000)}${i}`]);
  // Response of all 6,000: ≈ 6.0 MB; of 3,000: ≈ 3.0 MB.
  const readItem = (r: number, rows: number, got: string[][]): Item => ({
    // Under-estimated on purpose (≈ 1/3), so that the batch is sent whole and refused.
    est: rows * 340,
    readOnly: true,
    queue(ctx) {
      const range = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(r, 0, rows, 1).load('values');
      return () => { got.push(...(range.values as string[][])); };
    },
    split: () => (rows > 1 ? [readItem(r, rows >> 1, got), readItem(r + (rows >> 1), rows - (rows >> 1), got)] : null),
  });

  test('a read refused for its response (ResponsePayloadSizeLimitExceeded, or GeneralException on an older build) is read in halves', async () => {
    for (const payloadErrors of ['codes', 'GeneralException'] as const) {
      const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: big }], payloadErrors });
      const got: string[][] = [];
      const syncs = await Excel.run((ctx) => runItems(ctx, [readItem(0, 6000, got)]));
      // 6 MB refused; two halves of 3 MB.
      expect([syncs, xl.syncs, got.length, got[5999]?.[0]]).toEqual([3, 3, 6000, big[5999]?.[0]]);
    }
  });

  test('a small read failing with GeneralException is not taken for a size problem', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: big }], payloadErrors: 'GeneralException' });
    const item: Item = { est: 500, readOnly: true, queue(ctx) { ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 6000, 1).load('values'); return () => undefined; }, split: () => null };
    await expect(Excel.run((ctx) => runItems(ctx, [item]))).rejects.toMatchObject({ code: 'GeneralException' });
  });

  test('a write: split when the request was refused; not retried on GeneralException (it may have been applied)', async () => {
    const data = big.map((r) => [r[0] ?? '']);
    let xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }] });
    const syncs = await Excel.run((ctx) => runItems(ctx, [{ ...blockItem('S', 0, 1, data), est: 100 }]));
    expect([syncs, xl.cell('S', 'B6000')?.v]).toEqual([3, big[5999]?.[0]]);
    xl = installOfficeDouble(globalThis, { sheets: [{ name: 'S', cells: [['a']] }], payloadErrors: 'GeneralException' });
    await expect(Excel.run((ctx) => runItems(ctx, [{ ...blockItem('S', 0, 1, data), est: 100 }]))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(xl.syncs).toBe(1);
  });

  test('a range over the read limit loads null grids: the whole read probes, a null block is read in halves', async () => {
    // 2,000 rows × 1 column; the double's read limit lowered to 650 cells (Excel's is 5,000,000).
    const cells = Array.from({ length: 2000 }, (_, i) => [i]);
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells }], maxReadCells: 650 });
    const { workbook: wb } = await readWorkbook();
    // 1 whole (null: refused); 1 probe (rows 1–600); rows 601–2000 in one block (null), its halves
    // of 700 (null each), their halves of 350 (4); no 考核方案, no merged areas → 1 + 1 + 1 + 2 + 4 = 9.
    expect(xl.syncs).toBe(9);
    expect(wb.sheets[0]?.cells.length).toBe(2000);
    expect(wb.sheets[0]?.cells.map((r) => r?.[0])).toEqual(cells.map((r) => r[0]));
  });
});
