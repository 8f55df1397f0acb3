/** readWorkbook on the Excel double: one sync for a small workbook, exact engine input. */
import { installOfficeDouble, PAYLOAD_LIMIT } from '../../office-double';
import { forgetSizes } from '../../../src/hosts/excel/read-sheets';
import { readWorkbook } from '../../../src/hosts/excel';
import { DATA, workbook } from './fixtures';

describe('readWorkbook', () => {
  beforeEach(forgetSizes);
  test('reads every sheet in one sync: values, error values, formulas, text that looks like a formula, merges', async () => {
    const xl = installOfficeDouble(globalThis, {
      sheets: [
        {
          name: DATA,
          cells: [['考核表'], ['单位名称', '得分', '总分'], ['甲', 9, 9], ['乙', { error: '#N/A' }, '=SUM(B3)'], [null, true, null]],
          formulas: { '2,2': 'SUM(B3)' },
          merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        },
        { name: '考核方案', cells: [['【指标】']], visibility: 'hidden' },
      ],
    });
    const { workbook: wb } = await readWorkbook();
    expect(xl.syncs).toBe(1);
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([[DATA, 'visible'], ['考核方案', 'hidden']]);
    const data = wb.sheets[0];
    expect(data?.cells).toEqual([
      ['考核表'],
      ['单位名称', '得分', '总分'],
      ['甲', 9, 9],
      ['乙', { error: '#N/A' }, '=SUM(B3)'], // D4's text "=SUM(B3)" stays text: its value equals its "formula"
      [undefined, true],
    ]);
    expect([...(data?.formulas ?? new Map())]).toEqual([['2,2', 'SUM(B3)']]);
    expect(data?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(data?.hiddenRows).toEqual([]);
  });

  test('partly hidden rows come in the same sync (getRowProperties, ExcelApi 1.9)', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells: [['a'], ['b'], ['c'], ['d']], hiddenRows: [1, 3] }] });
    const { workbook: wb } = await readWorkbook();
    expect(xl.syncs).toBe(1);
    expect(wb.sheets[0]?.hiddenRows).toEqual([1, 3]);
  });

  test('before ExcelApi 1.9, partly hidden rows take one more sync for the per-row flags', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells: [['a'], ['b'], ['c'], ['d']], hiddenRows: [1, 3] }], apiVersion: '1.8' });
    const { workbook: wb } = await readWorkbook();
    expect(xl.syncs).toBe(2);
    expect(wb.sheets[0]?.hiddenRows).toEqual([1, 3]);
  });

  test('a sheet too big for one response: the whole read is refused once, then probed; the next read probes at once', async () => {
    // 20,000 rows × 15 numbers: ≈ 21 bytes per cell in values + formulas + valueTypes ≈ 6.3 MB > 5 MB.
    const cells = Array.from({ length: 20_000 }, (_, i) => Array.from({ length: 15 }, (_, j) => i * 15 + j));
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells, hiddenRows: [5, 15_000] }, { name: '考核方案', cells: [['【指标】']] }] });
    const first = await readWorkbook();
    const syncsFirst = xl.syncs;
    expect(xl.responseBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(Math.max(...xl.responseBytes.slice(1), ...xl.requestBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    const data = first.workbook.sheets[0];
    expect(data?.cells.length).toBe(20_000);
    expect(data?.cells[19_999]?.[14]).toBe(299_999);
    expect(data?.cells[7_000]?.[3]).toBe(105_003);
    expect(data?.hiddenRows).toEqual([5, 15_000]);
    xl.resetCounters();
    const second = await readWorkbook();
    expect(xl.syncs).toBe(syncsFirst - 1);
    expect(second.fingerprint).toBe(first.fingerprint);
  });

  test('a used range that does not start at A1 keeps sheet coordinates', async () => {
    installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells: [[], [], [undefined, undefined, '单位名称', 5]] }] });
    const { workbook: wb } = await readWorkbook();
    expect(wb.sheets[0]?.cells).toEqual([undefined, undefined, [undefined, undefined, '单位名称', 5]]);
  });

  test('on ExcelApi 1.7 (no merged-area API) it reads without merges', async () => {
    installOfficeDouble(globalThis, { ...workbook(3), apiVersion: '1.7' });
    const { workbook: wb } = await readWorkbook();
    expect(wb.sheets[0]?.merges).toEqual([]);
    expect(wb.sheets[0]?.cells[2]).toEqual([1, '单位1', 0, 3, 6, 9, 12, '重点']);
  });

  test('the fingerprint is stable across reads and changes with a user edit', async () => {
    const xl = installOfficeDouble(globalThis, workbook(20));
    const a = await readWorkbook();
    const b = await readWorkbook();
    expect(b.fingerprint).toBe(a.fingerprint);
    xl.setValue(DATA, 'C5', 17);
    const c = await readWorkbook();
    expect(JSON.parse(c.fingerprint).sheets[DATA]).not.toBe(JSON.parse(a.fingerprint).sheets[DATA]);
    expect(JSON.parse(c.fingerprint).sheets['考核方案']).toBe(JSON.parse(a.fingerprint).sheets['考核方案']);
  });

  test('a workbook of more sheets than the probe chain reaches is still read whole', async () => {
    const sheets = Array.from({ length: 14 }, (_, i) => ({ name: `S${i + 1}`, cells: [[`s${i + 1}`]] }));
    const xl = installOfficeDouble(globalThis, { sheets });
    const { workbook: wb } = await readWorkbook();
    expect(wb.sheets.map((s) => s.cells[0]?.[0])).toEqual(sheets.map((s) => s.cells[0]?.[0]));
    // 1 probe sync for the first 12, 1 to list the names, 1 to probe S13 and S14.
    expect(xl.syncs).toBe(3);
  });

  test('a host that fails batches calling methods on null objects: the sheets are listed first', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(5), strictNullObjects: true });
    const { workbook: wb } = await readWorkbook();
    // The chained probe fails (past the second sheet the chain holds null objects); 1 sync lists the
    // names, 1 probes the two sheets by name.
    expect(xl.syncs).toBe(3);
    expect(wb.sheets.map((s) => s.name)).toEqual([DATA, '考核方案']);
    expect(wb.sheets[0]?.cells[6]).toEqual([5, '单位5', 7, 10, 13, 16, 19]);
  });
});
