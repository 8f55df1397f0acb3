/** readWorkbook on the Excel double: one sync for a small workbook, exact engine input. */
import { installOfficeDouble, PAYLOAD_LIMIT } from '../../office-double';
import { forgetSizes } from '../../../src/hosts/excel/read-sheets';
import { forgetMerges } from '../../../src/hosts/excel/merges';
import { readWorkbook } from '../../../src/hosts/excel';
import { DATA, workbook } from './fixtures';

describe('readWorkbook', () => {
  beforeEach(() => { forgetSizes(); forgetMerges(); });
  test('reads every sheet\'s cells in one sync and the merged areas in a second: values, error values, formulas, text that looks like a formula, merges', async () => {
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
    const { workbook: wb, warnings } = await readWorkbook();
    expect(xl.syncs).toBe(2);
    expect(warnings).toEqual([]);
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
    expect(xl.syncs).toBe(1); // cells and hidden flags; no 考核方案, so no merged area is needed
    expect(wb.sheets[0]?.hiddenRows).toEqual([1, 3]);
  });

  test('before ExcelApi 1.9, partly hidden rows take one more sync for the per-row flags', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells: [['a'], ['b'], ['c'], ['d']], hiddenRows: [1, 3] }], apiVersion: '1.8' });
    const { workbook: wb } = await readWorkbook();
    expect(xl.syncs).toBe(2); // cells, per-row flags (no merged-area API before 1.13)
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

  test('on ExcelApi 1.7 (no merged-area API) it reads without merges, in one sync', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(3), apiVersion: '1.7' });
    const { workbook: wb } = await readWorkbook();
    expect(xl.syncs).toBe(1);
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
    // 1 probe sync for the first 12, 1 to list the names, 1 to probe S13 and S14 (no 考核方案: no merges).
    expect(xl.syncs).toBe(3);
  });

  test('a host that fails batches calling methods on null objects: the sheets are listed first', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(5), strictNullObjects: true });
    const { workbook: wb } = await readWorkbook();
    // The chained probe fails (past the second sheet the chain holds null objects); 1 sync lists the
    // names, 1 probes the two sheets by name, 1 reads merged areas.
    expect(xl.syncs).toBe(4);
    expect(wb.sheets.map((s) => s.name)).toEqual([DATA, '考核方案']);
    expect(wb.sheets[0]?.cells[6]).toEqual([5, '单位5', 7, 10, 13, 16, 19]);
  });
});

describe('readWorkbook: merged areas (getMergedAreasOrNullObject: ≤ 512, top-left only, clears undo on Windows)', () => {
  beforeEach(() => { forgetSizes(); forgetMerges(); });
  const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

  /** 考核方案 for these sheets: units under 单位名称, grouped by 类别 (分组列). */
  const scheme = { name: '考核方案', cells: [['【基本设置】'], ['分组列', '类别'], ['【指标】'], ['指标名称', '分值'], ['得分', 100]] };

  test('only where the engine uses them: the data sheet, columns A up to the unit and group columns, asked from A1', async () => {
    // Used range C3:E5; the empty merged area A1:B3 starts above and left of it (kept: asked from A1);
    // E3:F3 (right of the unit and group columns) and the scheme's own merge are not read.
    const xl = installOfficeDouble(globalThis, {
      sheets: [
        { name: DATA, cells: [[], [], [undefined, undefined, '类别', '单位名称', '得分', '备注'], [undefined, undefined, '乡镇', '甲', 6], [undefined, undefined, null, '乙', 7]], merges: [m(0, 0, 2, 1), m(3, 2, 4, 2), m(2, 4, 2, 5)] },
        { ...scheme, merges: [m(0, 0, 0, 1)] },
      ],
    });
    const { workbook: wb } = await readWorkbook();
    expect(xl.syncs).toBe(2);
    expect(wb.sheets[0]?.merges).toEqual([m(0, 0, 2, 1), m(3, 2, 4, 2)]);
    expect(wb.sheets[1]?.merges).toEqual([]);
  });

  test('no 考核方案 (or no table): no merged area is read — one sync, the undo list left alone on Windows', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells: [['标题'], ['单位名称', '得分'], ['甲', 1]], merges: [m(0, 0, 0, 1)] }] });
    const { workbook: wb } = await readWorkbook();
    expect(xl.syncs).toBe(1);
    expect(xl.undoStackCleared).toBe(false);
    expect(wb.sheets[0]?.merges).toEqual([]);
  });

  test('600 merged group cells (over Excel\'s 512): the ask is refused, then two halves are read — all 600, no warning', async () => {
    // Column A 类别: 600 groups of 2 rows each merged (A2:A3, A4:A5, …); column B: a unit per row;
    // 600 merged pairs to the right of the table in row 1 are never asked for.
    const cells = [['类别', '单位名称', '得分'], ...Array.from({ length: 1200 }, (_, i) => [i % 2 === 0 ? `组${i / 2 + 1}` : null, `单位${i + 1}`, 5])];
    const merges = Array.from({ length: 600 }, (_, k) => m(1 + 2 * k, 0, 2 + 2 * k, 0));
    const beside = Array.from({ length: 600 }, (_, k) => m(0, 4 + 2 * k, 0, 5 + 2 * k));
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells, merges: [...merges, ...beside] }, scheme] });
    const { workbook: wb, warnings } = await readWorkbook();
    // 1 cells; 1 merges of columns A:B, refused; rows 1–601 (300 areas), rows 602–1201 (300).
    expect(xl.syncs).toBe(4);
    expect(wb.sheets[0]?.merges).toEqual(merges);
    expect(warnings).toEqual([]);
  });

  test('merged group cells beyond what 8 more syncs can read: the rows read are kept, the rest reported', async () => {
    // 12,000 single-row-pair groups in column A: every band of up to 1,024 rows holds ≤ 512 areas.
    const rows = 24_000;
    const cells = [['类别', '单位名称', '得分'], ...Array.from({ length: rows }, (_, i) => [i % 2 === 0 ? `组${i / 2 + 1}` : null, `单位${i + 1}`, 5])];
    const merges = Array.from({ length: rows / 2 }, (_, k) => m(1 + 2 * k, 0, 2 + 2 * k, 0));
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: DATA, cells, merges }, scheme] });
    const { workbook: wb, warnings } = await readWorkbook();
    const got = wb.sheets[0]?.merges ?? [];
    expect(warnings).toHaveLength(1);
    const w = warnings[0];
    expect(w?.sheet).toBe(DATA);
    // Exactly the merges starting in the rows read, none beyond.
    expect(got).toEqual(merges.filter((a) => a.top < (w?.rowsRead ?? 0)));
    expect(got.length).toBeGreaterThan(0);
    expect(xl.syncs).toBeLessThanOrEqual(1 + 1 + 1 + 8);
  });

  test('a live check (merges: cached) reads no merged areas: one sync, the undo list left alone, the last full read\'s merges reused', async () => {
    const xl = installOfficeDouble(globalThis, workbook(5));
    const full = await readWorkbook();
    expect(xl.undoStackCleared).toBe(true); // Windows: a full read's merges sync clears it (office-js #5918)
    xl.resetCounters();
    xl.setValue(DATA, 'C3', 17);
    xl.setValue(DATA, 'A8', 6); // a new unit row below: the used range grows downwards only
    const live = await readWorkbook({ merges: 'cached' });
    expect(xl.syncs).toBe(1);
    expect(xl.undoStackCleared).toBe(false);
    expect(live.workbook.sheets[0]?.merges).toEqual(full.workbook.sheets[0]?.merges);
    expect(live.workbook.sheets[0]?.merges).toEqual([m(0, 0, 0, 7)]);
    expect(live.workbook.sheets[0]?.cells[2]?.[2]).toBe(17);
  });

  test('a live check after the sheet got wider or moved: no merges for it until the next full read', async () => {
    const xl = installOfficeDouble(globalThis, workbook(5));
    await readWorkbook();
    xl.setValue(DATA, 'J3', 1); // the used range now reaches column J
    const live = await readWorkbook({ merges: 'cached' });
    expect(live.workbook.sheets[0]?.merges).toEqual([]);
    expect(live.workbook.sheets[1]?.merges).toEqual([]); // 考核方案 unchanged, it has none
    const full = await readWorkbook();
    expect(full.workbook.sheets[0]?.merges).toEqual([m(0, 0, 0, 7)]);
  });

  test('on the web the merges sync leaves the undo list alone', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(5), platform: 'OfficeOnline' });
    await readWorkbook();
    expect(xl.undoStackCleared).toBe(false);
  });
});

describe('readWorkbook while the user edits a cell (InvalidOperationInCellEditMode)', () => {
  beforeEach(() => { forgetSizes(); forgetMerges(); });

  test('with ExcelApi 1.11 the read waits (delayForCellEdit) and finishes when the edit ends', async () => {
    const xl = installOfficeDouble(globalThis, workbook(3));
    xl.startCellEdit();
    let done = false;
    const read = readWorkbook().then((r) => { done = true; return r; });
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    expect(xl.runOptions).toEqual([{ delayForCellEdit: true }]);
    xl.endCellEdit();
    const { workbook: wb } = await read;
    expect(wb.sheets[0]?.cells[2]).toEqual([1, '单位1', 0, 3, 6, 9, 12, '重点']);
    expect(xl.syncs).toBe(2);
  });

  test('below ExcelApi 1.11 the read fails at once with the code the pane explains, without retrying', async () => {
    const xl = installOfficeDouble(globalThis, { ...workbook(3), apiVersion: '1.10' });
    xl.startCellEdit();
    await expect(readWorkbook()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(xl.runOptions).toEqual([null]);
    expect(xl.syncs).toBe(1);
  });

  test('a write during cell edit still fails (writes do not wait: the clerk is told to finish editing)', async () => {
    const xl = installOfficeDouble(globalThis, workbook(3));
    await Excel.run(async (ctx) => {
      xl.startCellEdit();
      ctx.workbook.worksheets.getItem(DATA).getRange('A1').values = [['x']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    });
    expect(xl.cell(DATA, 'A1')?.v).toBe('2026年度考核');
  });
});
