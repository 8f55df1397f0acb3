import fc from 'fast-check';
import type { CellValue } from '../../../src/engine/model/workbook';
import { UnitTable } from '../../../src/engine/model/unit-table';
import { SheetView, cellText } from '../../../src/engine/table/sheet-view';
import { fold, tidy } from '../../../src/engine/text/fold';
import { findBlock } from '../../../src/engine/table/find';
import { matchRows, matchRowsPlain } from '../../../src/engine/compute/rows';
import { matchCleanRows, unitsByName } from '../../../src/engine/fast/match-rows';

function units(names: string[]): UnitTable {
  const t = UnitTable.withCapacity(names.length, { categories: [], grades: [] });
  names.forEach((n, i) => {
    t.names[i] = n;
    t.rows[i] = i + 1;
  });
  return t;
}

function source(names: CellValue[]) {
  const view = new SheetView({ name: '民主测评', cells: [['单位名称', '好'], ...names.map((n) => [n, 1])] });
  const block = findBlock(view, '单位名称');
  if (!block) throw new Error('block');
  return { view, block, isData: false };
}

/** The fast matching with names read as the plain one reads them (a clean sheet: matchRows returns its rows). */
function fast(src: ReturnType<typeof source>, t: UnitTable): Int32Array | null {
  const named = matchRowsPlain(src, t, '考核数据', 0, '民主测评');
  const units = unitsByName(Array.from({ length: t.count }, (_, u) => fold(t.nameOf(u))));
  const clean = units === null ? null : matchCleanRows({ from: src.block.firstDataRow, to: src.view.rowCount, nameAt: (row) => nameOfRow(src, row), cellAt: (row) => src.view.value(row, src.block.unitCol) }, units);
  if (clean !== null) expect([...clean]).toEqual([...named.rowOf]);
  return clean;
}

/** The folded name as rows.ts reads it: blank, 合计 / 分值 rows and 注：… lines name no unit. */
function nameOfRow(src: ReturnType<typeof source>, row: number): string | null {
  const v = src.view.value(row, src.block.unitCol);
  const folded = fold(tidy(cellText(v)));
  if (folded === '' || ['分值', '满分', '权重'].includes(folded) || /^(合计|总计|小计|平均|备注|说明|注:)/.test(folded) || /[:：]/.test(cellText(v))) return null;
  return folded;
}

test('a clean sheet: the rows of the plain matching, no issues', () => {
  const src = source(['河口 镇', '城关镇', 'ＡＢ街道', '合计', '填表人：张三']);
  const t = units(['城关镇', '河口镇', 'AB街道']);
  expect([...(fast(src, t) ?? [])]).toEqual([2, 1, 3]);
  expect([...matchRowsPlain(src, t, '考核数据', 0, '民主测评').rowOf]).toEqual([2, 1, 3]);
});

test.each([
  [['城关镇', '城关镇 ', '河口镇'], 'a name twice'],
  [['城关镇'], 'a unit without a row'],
  [['城关镇', '河口镇', '东风镇'], 'a row naming no unit'],
])('not clean (%j: %s): null, so the plain matching says what is wrong', (names) => {
  expect(fast(source(names), units(['城关镇', '河口镇']))).toBeNull();
});

test('two units of one folded name on the data sheet: no clean matching (the plain one gives both the row)', () => {
  expect(unitsByName(['城关镇', '河口镇', '城关镇'])).toBeNull();
  const src = source(['城关镇', '河口镇']);
  const t = units(['城关镇', '河口镇', '城关 镇']);
  expect(fast(src, t)).toBeNull();
  expect([...matchRows(src, t, '考核数据', 0, '民主测评').rowOf]).toEqual([1, 2, 1]);
});

/** matchRows on these source rows and unit names equals the plain matching; gives the plain result. */
function samePlain(rows: Parameters<typeof source>[0], names: Parameters<typeof units>[0]): ReturnType<typeof matchRowsPlain> {
  const src = source(rows);
  const t = units(names);
  const plain = matchRowsPlain(src, t, '考核数据', 0, '民主测评');
  const m = matchRows(src, t, '考核数据', 0, '民主测评');
  expect([...m.rowOf]).toEqual([...plain.rowOf]);
  expect([...m.unitIssues]).toEqual([...plain.unitIssues]);
  expect(m.loose).toEqual(plain.loose);
  return plain;
}

test('matchRows equals the plain matching with twins among the units too', () => {
  const pool = ['城关镇', '城关 镇', '河口镇', 'AB街道', '合计', null];
  fc.assert(fc.property(
    fc.array(fc.constantFrom(...pool), { maxLength: 8 }),
    fc.array(fc.constantFrom('城关镇', '城关 镇', '河口镇', 'ＡＢ街道'), { minLength: 1, maxLength: 5 }),
    (rows, names) => {
      samePlain(rows, names);
    },
  ), { numRuns: 1000 });
});

test('matchRows equals the plain matching on any sheet (names drawn from a small pool: twins, gaps, extras)', () => {
  // A name written exactly as a unit's folded name is matched without folding (fast/match-rows.ts
  // unitWritten): `ab街道` and `甲:乙` (a unit on the data sheet, but a colon line on a 来源表) are that case.
  const pool = ['城关镇', '城关 镇', '河口镇', 'ＡＢ街道', 'AB街道', 'ab街道', '柳林乡', '合计', '', null, '注：无', '分值', 12, '甲:乙', '甲：乙'];
  fc.assert(fc.property(
    fc.array(fc.constantFrom(...pool), { maxLength: 8 }),
    fc.uniqueArray(fc.constantFrom('城关镇', '河口镇', 'AB街道', '柳林乡', '桃源乡', '甲:乙'), { minLength: 1, maxLength: 5 }),
    (rows, names) => {
      const plain = samePlain(rows, names);
      const clean = plain.unitIssues.size === 0 && plain.loose.length === 0;
      expect(fast(source(rows), units(names)) !== null).toBe(clean);
    },
  ), { numRuns: 2000 });
});

test('a name written exactly as a unit\'s folded name; a colon line is no unit even when a unit has that name', () => {
  expect([...(fast(source(['柳林乡', 'ab街道', '城关镇']), units(['城关镇', 'AB街道', '柳林乡'])) ?? [])]).toEqual([3, 2, 1]);
  // 甲:乙 is a unit of the data sheet (it has scores there), but on a 来源表 a colon line names no unit.
  expect(fast(source(['甲:乙', '城关镇']), units(['城关镇', '甲:乙']))).toBeNull();
  expect([...matchRowsPlain(source(['甲:乙', '城关镇']), units(['城关镇', '甲:乙']), '考核数据', 0, '民主测评').rowOf]).toEqual([2, -1]);
});

test('names written exactly as the units\' folded names are matched without the plain reading (nameAt is not asked)', () => {
  const src = source(['柳林乡', '城关镇', '河口 镇', '合计']);
  const t = units(['城关镇', '河口镇', '柳林乡']);
  const asked: number[] = [];
  const names = unitsByName(Array.from({ length: t.count }, (_, u) => fold(t.nameOf(u))));
  const rowOf = names && matchCleanRows({
    from: src.block.firstDataRow,
    to: src.view.rowCount,
    nameAt: (row) => {
      asked.push(row);
      return nameOfRow(src, row);
    },
    cellAt: (row) => src.view.value(row, src.block.unitCol),
  }, names);
  expect([...(rowOf ?? [])]).toEqual([2, 3, 1]);
  expect(asked).toEqual([3, 4]); // `河口 镇` (a space to fold) and 合计 only
});
