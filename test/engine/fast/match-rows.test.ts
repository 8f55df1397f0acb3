import fc from 'fast-check';
import type { CellValue } from '../../../src/engine/model/workbook';
import { UnitTable } from '../../../src/engine/model/unit-table';
import { SheetView, cellText } from '../../../src/engine/table/sheet-view';
import { fold, tidy } from '../../../src/engine/text/fold';
import { findBlock } from '../../../src/engine/table/find';
import { matchRows, matchRowsPlain } from '../../../src/engine/compute/rows';
import { foldedNameHash, matchCleanRows, unitsByName } from '../../../src/engine/fast/match-rows';
import { fnv1a } from '../../../src/engine/fast/hash';
import { MARK_ROWS, NOT_UNIT_PREFIXES } from '../../../src/engine/table/read-units';

const STOPS = new Set([...MARK_ROWS, ...NOT_UNIT_PREFIXES].map((w) => w.charCodeAt(0)));

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
  const clean = units === null ? null : matchCleanRows({ from: src.block.firstDataRow, to: src.view.rowCount, nameAt: (row) => nameOfRow(src, row), cellAt: (row) => src.view.value(row, src.block.unitCol), stops: STOPS }, units);
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
  const pool = ['城关镇', '城关 镇', '河口镇', 'ＡＢ街道', 'AB街道', '柳林乡', '合计', '', null, '注：无', '分值', 12];
  fc.assert(fc.property(
    fc.array(fc.constantFrom(...pool), { maxLength: 8 }),
    fc.uniqueArray(fc.constantFrom('城关镇', '河口镇', 'AB街道', '柳林乡', '桃源乡'), { minLength: 1, maxLength: 5 }),
    (rows, names) => {
      const plain = samePlain(rows, names);
      const clean = plain.unitIssues.size === 0 && plain.loose.length === 0;
      expect(fast(source(rows), units(names)) !== null).toBe(clean);
    },
  ), { numRuns: 2000 });
});

describe('foldedNameHash: the one-scan hash of a name the plain reading takes as it is', () => {
  test('hand cases', () => {
    expect(foldedNameHash('城关镇党委', STOPS)).toBe(fnv1a('城关镇党委'));
    expect(foldedNameHash('单位000123', STOPS)).toBe(fnv1a('单位000123'));
    expect(foldedNameHash('“红旗”村(一组)', STOPS)).toBe(fnv1a('“红旗”村(一组)'));
    // Unsure: to fold (a space, full width, upper case), a colon, a word that names no unit, empty.
    for (const s of ['城关 镇', ' 城关镇', 'ＡＢ街道', 'AB街道', '填表人:张三', '填表人：张三', '合计', '分值', '注:无', '', '城关镇\n']) {
      expect(foldedNameHash(s, STOPS)).toBeNaN();
    }
  });

  test('when it answers, the plain reading gives the text itself and that is its hash', () => {
    const chars = fc.constantFrom('城', '关', '镇', '合', '计', '分', '值', ' ', '\u3000', 'Ａ', 'a', 'A', ':', '：', '(', '（', '1', '１', '—', '…', '“', '\n', '\t', 'é', '·', '、');
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((a) => a.join('')), (s) => {
      const h = foldedNameHash(s, STOPS);
      const plain = nameOfRow(source([s]), 1);
      if (!Number.isNaN(h)) {
        expect(plain).toBe(s);
        expect(h).toBe(fnv1a(s));
      }
    }), { numRuns: 5000 });
    // And it answers for the plain CJK names of a real sheet.
    fc.assert(fc.property(fc.array(fc.constantFrom('城', '关', '镇', '党', '委', '街', '道', '1', '2'), { minLength: 1, maxLength: 10 }).map((a) => a.join('')), (s) => {
      expect(foldedNameHash(s, STOPS)).toBe(fnv1a(s));
    }));
  });
});
