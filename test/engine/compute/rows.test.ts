/** Source rows matched to units by folded name (SPEC §8.1): SOURCE_UNIT_MISSING / _EXTRA, DUPLICATE_UNIT on the source sheet. */
import type { CellValue, SheetInput } from '../../../src/engine/model/workbook';
import { UnitTable } from '../../../src/engine/model/unit-table';
import { SheetView } from '../../../src/engine/table/sheet-view';
import { findBlock } from '../../../src/engine/table/find';
import fc from 'fast-check';
import { matchRows, rowFolded, rowName } from '../../../src/engine/compute/rows';

/** A unit table of the data sheet's units: names on rows 1.. (0-based), unit column A. */
function units(names: string[]): UnitTable {
  const t = UnitTable.withCapacity(names.length, { categories: [], grades: [] });
  names.forEach((n, i) => {
    t.names[i] = n;
    t.rows[i] = i + 1;
  });
  return t;
}

function source(cells: CellValue[][]) {
  const s: SheetInput = { name: '民主测评', cells };
  const view = new SheetView(s);
  const block = findBlock(view, '单位名称');
  if (!block) throw new Error('block');
  return { view, block, isData: false };
}

test('rows in another order match by name, spaces and width folded', () => {
  const src = source([['民主测评表'], ['单位名称', '好'], ['河口 镇', 1], ['城关镇', 2], ['ＡＢ街道', 3], ['合计', 6], ['填表人：张三']]);
  const m = matchRows(src, units(['城关镇', '河口镇', 'AB街道']), '考核数据', 0, '民主测评');
  expect([...m.rowOf]).toEqual([3, 2, 4]);
  expect(m.unitIssues.size).toBe(0);
  expect(m.loose).toEqual([]);
});

test('a unit with no row: SOURCE_UNIT_MISSING on its name cell of the data sheet; a row naming no unit: SOURCE_UNIT_EXTRA', () => {
  const src = source([['单位名称', '好'], ['城关镇', 1], ['城关', 2]]);
  const m = matchRows(src, units(['城关镇', '河口镇']), '考核数据', 0, '民主测评');
  expect([...m.rowOf]).toEqual([1, -1]);
  const missing = m.unitIssues.get(1) ?? [];
  expect(missing.map((i) => [i.code, i.severity, i.sheet, i.cell, i.unitRow])).toEqual([['SOURCE_UNIT_MISSING', 'error', '考核数据', 'A3', 2]]);
  expect(missing[0]?.message).toBe('A3：“河口镇”在“民主测评”工作表中没有对应的行，“民主测评”无法计算。请在“民主测评”中补上这个单位，或核对两表的单位名称是否一致。');
  expect(m.loose.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([['SOURCE_UNIT_EXTRA', 'warning', '民主测评', 'A3']]);
  expect(m.loose[0]?.message.startsWith('民主测评!A3：“城关”在数据表“考核数据”中没有对应的单位')).toBe(true);
});

test('two source rows with one name: both DUPLICATE_UNIT on the source sheet, and the unit gets SOURCE_UNIT_MISSING', () => {
  const src = source([['单位名称', '好'], ['城关镇', 1], ['河口镇', 2], ['城关镇 ', 3]]);
  const m = matchRows(src, units(['城关镇', '河口镇']), '考核数据', 0, '民主测评、述职评议');
  expect([...m.rowOf]).toEqual([-1, 2]);
  const issues = m.unitIssues.get(0) ?? [];
  expect(issues.map((i) => [i.code, i.sheet, i.cell, i.where ?? null, i.unitRow])).toEqual([
    ['DUPLICATE_UNIT', '民主测评', 'A2', '民主测评!A2', 1],
    ['DUPLICATE_UNIT', '民主测评', 'A4', '民主测评!A4', 1],
    ['SOURCE_UNIT_MISSING', '考核数据', 'A2', null, 1],
  ]);
  expect(issues[0]?.message.startsWith('民主测评!A2：单位“城关镇”重复出现（民主测评!A2、民主测评!A4）')).toBe(true);
  expect(issues[2]?.message).toContain('有两行以上（民主测评!A2、民主测评!A4）');
});

test('rowFolded (the clean matching\'s one fold) is rowName\'s folded name, for any cell', () => {
  // Names built from what folding and tidying touch: both widths of letters and colons, spaces of
  // every kind, line breaks, 合计 / 分值 words and 填表人 lines.
  const piece = fc.constantFrom('城关镇', 'ＡＢ', 'ab', 'AB', ' ', '\u3000', '\n', '\t', ':', '：', '合计', '分值', '填表人', '注', '1', '１', '（', '(', '#', '-');
  const value = fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.integer(), fc.constant(null), fc.boolean());
  fc.assert(fc.property(value, (v) => {
    const src = source([['单位名称', '好'], [v, 1]]);
    expect(rowFolded(src, 1)).toBe(rowName(src, 1)?.folded ?? null);
  }), { numRuns: 2000 });
});
