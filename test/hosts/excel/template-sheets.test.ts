/**
 * 插入模板 with several sheets and merged areas (the 双述双评 template; here the stand-in of
 * test/fixtures/dual-template.ts), on the Excel double: names that do not collide, the scheme's
 * references following renamed sheets, merges made, and the writes in one payload-bounded batch.
 */
import { installOfficeDouble, PAYLOAD_LIMIT } from '../../office-double';
import { insertTemplate, insertTemplateSheets, type TemplateSheet } from '../../../src/hosts/excel';
import { placeTemplate, renameSheetRefs } from '../../../src/hosts/excel/template-place';
import { dualTemplateSheets } from '../../fixtures/dual-template';

describe('insertTemplateSheets', () => {
  test('into a workbook with none of its names: every sheet, its cells and merges; one sync to read names, one to write', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'Sheet1', cells: [['x']] }] });
    expect(await insertTemplateSheets(dualTemplateSheets())).toEqual(['考核方案', '综合考核', '述职评议', '民主测评']);
    expect(xl.syncs).toBe(2);
    expect(xl.sheetNames()).toEqual(['Sheet1', '考核方案', '综合考核', '述职评议', '民主测评']);
    expect(xl.cell('考核方案', 'B2')).toEqual({ v: '综合考核' });
    expect(xl.cell('考核方案', 'E8')).toEqual({ v: '述职评议' });
    expect(xl.cell('考核方案', 'C13')).toEqual({ v: '20%' }); // text, as typed in the template
    expect(xl.cell('述职评议', 'B1')).toEqual({ v: '述职评议' });
    expect(xl.cell('述职评议', 'F4')).toEqual({ v: 81 });
    expect(xl.merges('综合考核')).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(xl.merges('述职评议')).toEqual([{ top: 0, left: 1, bottom: 0, right: 5 }, { top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(xl.merges('民主测评')).toEqual([{ top: 0, left: 1, bottom: 0, right: 4 }, { top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(xl.cell('Sheet1', 'A1')).toEqual({ v: 'x' });
  });

  test('names taken: 考核方案 → 考核方案（模板）, others numbered; the 数据表 and 来源表 cells follow, an indicator of the same name does not', async () => {
    const xl = installOfficeDouble(globalThis, {
      sheets: [{ name: '考核方案', cells: [['我的方案']] }, { name: '综合考核', cells: [] }, { name: '民主测评', cells: [['旧']] }],
    });
    expect(await insertTemplateSheets(dualTemplateSheets())).toEqual(['考核方案（模板）', '综合考核2', '述职评议', '民主测评2']);
    expect(xl.sheetNames()).toEqual(['考核方案', '综合考核', '民主测评', '考核方案（模板）', '综合考核2', '述职评议', '民主测评2']);
    expect(xl.cell('考核方案（模板）', 'B2')).toEqual({ v: '综合考核2' });
    expect(xl.cell('考核方案（模板）', 'A9')).toEqual({ v: '民主测评' }); // the indicator's name
    expect(xl.cell('考核方案（模板）', 'E9')).toEqual({ v: '民主测评2' }); // its 来源表
    expect(xl.cell('考核方案（模板）', 'E8')).toEqual({ v: '述职评议' });
    expect(xl.cell('考核方案', 'A1')).toEqual({ v: '我的方案' });
    expect(xl.cell('民主测评', 'A1')).toEqual({ v: '旧' });
    expect(xl.merges('民主测评')).toEqual([]);
    expect(xl.merges('民主测评2')).toHaveLength(2);
  });

  test('a template over the request limit goes in a few syncs, each under 5 MB, not one per row', async () => {
    // 40,000 rows × 10 cells of 7 CJK characters ≈ 40,000 × 10 × 24 bytes ≈ 9.6 MB of values, and 2,000 merges.
    const rows = Array.from({ length: 40_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 0 ? r : '单位名称一二三')));
    const merges = Array.from({ length: 2_000 }, (_, i) => ({ top: 2 * i, left: 1, bottom: 2 * i, right: 3 }));
    const big: TemplateSheet[] = [{ name: '大表', rows, merges }];
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'Sheet1', cells: [] }] });
    await insertTemplateSheets(big);
    expect(xl.requestBytes.every((n) => n <= PAYLOAD_LIMIT)).toBe(true);
    expect(xl.syncs).toBeGreaterThanOrEqual(4); // 1 read + at least 3 writes for ~9.6 MB
    expect(xl.syncs).toBeLessThanOrEqual(6);
    expect(xl.cell('大表', 'A40000')).toEqual({ v: 39_999 });
    expect(xl.cell('大表', 'J40000')).toEqual({ v: '单位名称一二三' });
    expect(xl.merges('大表')).toHaveLength(2_000);
    // Merging kept the upper-left value and deleted the rest (as Excel does).
    expect(xl.cell('大表', 'B1')).toEqual({ v: '单位名称一二三' });
    expect(xl.cell('大表', 'C1')).toBeNull();
  }, 120_000);

  test('the plain template still goes in two syncs, its header row bold', async () => {
    const xl = installOfficeDouble(globalThis, { sheets: [{ name: 'Sheet1', cells: [] }] });
    expect(await insertTemplate()).toEqual(['考核方案', '示例数据']);
    expect(xl.syncs).toBe(2);
    expect(xl.cell('示例数据', 'B2')).toEqual({ v: '单位名称', bold: true });
    expect(xl.cell('示例数据', 'B3')).toEqual({ v: '城关镇' });
  });
});

describe('placeTemplate and renameSheetRefs (pure)', () => {
  test('names compared without case, as Excel does; each new name is taken for the next', () => {
    const sheets = [{ name: 'Data', rows: [] }, { name: 'data', rows: [] }];
    expect(placeTemplate(sheets, ['DATA']).map((p) => p.name)).toEqual(['Data2', 'data3']);
  });

  test('only 【基本设置】 数据表 and 【指标】 来源表 are renamed; [] sections and spaced keys are read like the engine reads them', () => {
    const rows = [
      ['[基本设置]'], [' 数据表 ', '甲'], ['单位列', '甲'],
      ['【指标】'], [], ['指标名称', '分值', ' 来源表'], ['甲', 10, '甲'], ['乙', 10, null],
      ['【加扣分】'], ['列名', '类型'], ['甲', '加分'],
    ];
    expect(renameSheetRefs(rows, new Map([['甲', '甲2']]))).toEqual([
      ['[基本设置]'], [' 数据表 ', '甲2'], ['单位列', '甲'],
      ['【指标】'], [], ['指标名称', '分值', ' 来源表'], ['甲', 10, '甲2'], ['乙', 10, null],
      ['【加扣分】'], ['列名', '类型'], ['甲', '加分'],
    ]);
  });
});
