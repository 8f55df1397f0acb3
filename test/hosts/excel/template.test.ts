/**
 * insertTemplate, then the whole add-in path on the double: read → assess (the engine) → write →
 * undo. Expected results worked out by hand from the template (src/engine/template/template.ts):
 *
 *   unit       党建 队伍 经济 民生 安全 | base 加分 扣分 | total  rank grade  stars
 *   城关镇      19  14  23  18  19  |  93   2        |  95     2   良好   5
 *   东关街道    18  13  22  19  18  |  90        1   |  89     5   良好   3
 *   西河乡      17  12  20  17  18  |  84   1        |  85     6   良好   3
 *   南山镇      20  14  24  19  20  |  97   1        |  98     1   优秀   5
 *   北岭乡      16  12  19  16  17  |  80        2   |  78     7   合格   –
 *   县发改局    18  14  21  18  19  |  90   1        |  91     4   良好   4
 *   县教育局    19  13  22  20  18  |  92             |  92     3   良好   4
 *   县交通局    17  13  21  17  16  |  84  (安全事故 是: 定为末等) 84  8  不合格 –
 * 优秀: quota 8 × 20% = 1.6 → 1 (向下); the best candidate ≥ 90 is 南山镇. The rest ≥ 80 are 良好
 * (no quota), 北岭乡 ≥ 60 合格; the veto puts 县交通局 last (末位) with the lowest grade, no stars.
 * Stars: ≥95 ★★★★★, ≥90 ★★★★, ≥80 ★★★.
 */
import { installOfficeDouble, type OfficeDouble } from '../../office-double';
import { insertTemplate, readWorkbook, undoLastWrite, writePlan } from '../../../src/hosts/excel';
import { assess } from '../../../src/engine';

function column(xl: OfficeDouble, sheet: string, header: string, headerRow: number, rows: number): unknown[] {
  let col = -1;
  for (const [k, c] of xl.cells(sheet)) {
    const [r, cc] = k.split(',').map(Number) as [number, number];
    if (r === headerRow && c.v === header) col = cc;
  }
  if (col < 0) throw new Error(`no column ${header}`);
  return Array.from({ length: rows }, (_, i) => xl.cells(sheet).get(`${headerRow + 1 + i},${col}`)?.v ?? null);
}

describe('insertTemplate', () => {
  test('adds 考核方案 and 示例数据; the engine scores them as worked out by hand; write and undo', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'Sheet1', cells: [] }] });
    await insertTemplate();
    expect(xl.sheetNames()).toEqual(['Sheet1', '考核方案', '示例数据']);
    expect(xl.cell('考核方案', 'B2')).toEqual({ v: '示例数据' });
    expect(xl.cell('考核方案', 'C27')).toEqual({ v: '20%' }); // text, not 0.2 with a % format
    const before = xl.save();

    const { workbook, fingerprint } = await readWorkbook();
    const a = assess(workbook);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(a.dataSheet).toBe('示例数据');
    expect(a.summary).toMatchObject({ units: 8, scored: 8, errors: 0 });
    const byName = Object.fromEntries(a.units.map((u) => [u.name, [u.total, u.rank, u.grade, u.stars]]));
    expect(byName).toEqual({
      城关镇: [95, 2, '良好', 5], 东关街道: [89, 5, '良好', 3], 西河乡: [85, 6, '良好', 3], 南山镇: [98, 1, '优秀', 5],
      北岭乡: [78, 7, '合格', null], 县发改局: [91, 4, '良好', 4], 县教育局: [92, 3, '良好', 4], 县交通局: [84, 8, '不合格', null],
    });
    expect(a.plan).not.toBeNull();

    expect(await writePlan(a.plan!, fingerprint)).toEqual({ ok: true, syncs: 3 });
    expect(column(xl, '示例数据', '总分', 1, 8)).toEqual([95, 89, 85, 98, 78, 91, 92, 84]);
    expect(column(xl, '示例数据', '排名', 1, 8)).toEqual([2, 5, 6, 1, 7, 4, 3, 8]);
    expect(column(xl, '示例数据', '等次', 1, 8)).toEqual(['良好', '良好', '良好', '优秀', '合格', '良好', '良好', '不合格']);
    expect(column(xl, '示例数据', '星级', 1, 8)).toEqual(['★★★★★', '★★★', '★★★', '★★★★★', null, '★★★★', '★★★★', null]);
    expect(column(xl, '示例数据', '组织建设小计', 1, 8)).toEqual([33, 31, 29, 34, 28, 32, 32, 30]);

    expect(await undoLastWrite()).toEqual({ ok: true });
    expect(xl.save()).toEqual(before);
  });

  test('a second run reads the record the first wrote and reuses its columns', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'Sheet1', cells: [] }] });
    await insertTemplate();
    let read = await readWorkbook();
    const first = assess(read.workbook).plan!;
    await writePlan(first, read.fingerprint);
    const after = xl.save();
    read = await readWorkbook();
    const second = assess(read.workbook).plan!;
    expect(second.columns.map((c) => [c.header, c.col, c.isNew])).toEqual(first.columns.map((c) => [c.header, c.col, false]));
    // One more sync than a first write: the number formats of the program's own 考核结果 (for undo).
    expect(await writePlan(second, read.fingerprint)).toEqual({ ok: true, syncs: 4 });
    // Same results in the same cells: only the record sheet (new undo snapshot) differs.
    const visible = (w: typeof after) => w.sheets.filter((s) => s.name !== '_考评记录');
    expect(visible(xl.save())).toEqual(visible(after));
  });

  test('names never collide: an existing 考核方案 gets a template beside it, 示例数据 a number', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: '考核方案', cells: [['我的方案']] }, { name: '示例数据', cells: [] }] });
    await insertTemplate();
    expect(xl.sheetNames()).toEqual(['考核方案', '示例数据', '考核方案（模板）', '示例数据2']);
    expect(xl.cell('考核方案', 'A1')).toEqual({ v: '我的方案' });
    expect(xl.cell('考核方案（模板）', 'B2')).toEqual({ v: '示例数据2' });
  });
});
