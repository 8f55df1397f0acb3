// 【加扣分】【一票否决】【等次】【星级】. Each scheme starts with the 4-row 【指标】 of helpers.ts,
// so the section under test starts in row 5 (its header in row 6, its first entry in row 7).
import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS, where } from './helpers';

function section(title: string, ...rows: Array<Array<CellValue | undefined>>) {
  return parseScheme(grid([...INDICATORS, [title], ...rows]));
}

describe('【加扣分】', () => {
  test('类型 folded, 上限 optional', () => {
    const r = section('【加扣分】', ['列名', '类型', '上限'], ['创新加分', ' 加分 ', '５'], ['通报扣分', '扣分']);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.adjustments).toEqual([
      { column: '创新加分', kind: '加分', cap: 5, cell: { row: 6, col: 0 } },
      { column: '通报扣分', kind: '扣分', cap: null, cell: { row: 7, col: 0 } },
    ]);
  });
  test.each([
    [['创新加分', '奖励'], 'SCHEME_INVALID@B7', '类型只能是“加分”或“扣分”，现为“奖励”'],
    [['创新加分', null], 'SCHEME_INVALID@B7', '类型只能是“加分”或“扣分”，现为“”'],
    [['创新加分', '加分', -1], 'SCHEME_INVALID@C7', '上限不能为负数，现为 -1'],
    [['创新加分', '加分', '不限'], 'SCHEME_INVALID@C7', '上限“不限”不是数字'],
    [[null, '加分', 3], 'SCHEME_INVALID@A7', '列名为空或不是有效的名称'],
  ])('%j', (row, at, text) => {
    const r = section('【加扣分】', ['列名', '类型', '上限'], row as CellValue[]);
    expect(where(r.issues)).toEqual([at]);
    expect(r.issues[0]?.message).toContain(text);
  });
  test('上限 0 is allowed', () => {
    expect(section('【加扣分】', ['列名', '类型', '上限'], ['创新加分', '加分', 0]).ok).toBe(true);
  });
  test('类型 is required', () => {
    const r = section('【加扣分】', ['列名', '上限'], ['创新加分', 3]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A6']);
    expect(r.issues[0]?.message).toContain('缺少“类型”列');
  });
  test('a header with no entries is no adjustment', () => {
    const r = section('【加扣分】', ['列名', '类型', '上限']);
    expect(r.ok).toBe(true);
    expect(r.scheme?.adjustments).toEqual([]);
  });
});

describe('【一票否决】', () => {
  test('效果 blank or absent → 定为末等', () => {
    const r = section('【一票否决】', ['列名', '效果'], ['安全事故', null], ['违纪', '取消评优'], ['信访', ' 总分计零 ']);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.vetoes.map((v) => [v.column, v.effect])).toEqual([['安全事故', '定为末等'], ['违纪', '取消评优'], ['信访', '总分计零']]);
    expect(section('【一票否决】', ['列名'], ['安全事故']).scheme?.vetoes).toEqual([{ column: '安全事故', effect: '定为末等', cell: { row: 6, col: 0 } }]);
  });
  test('an unknown 效果 is SCHEME_INVALID at the 效果 cell', () => {
    const r = section('【一票否决】', ['列名', '效果'], ['安全事故', '降一等']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B7']);
    expect(r.issues[0]?.message).toContain('效果只能是“定为末等”“取消评优”或“总分计零”');
  });
  test('列名 is required', () => {
    expect(where(section('【一票否决】', ['效果'], ['定为末等']).issues)).toEqual(['SCHEME_INVALID@A6']);
  });
});

describe('【等次】', () => {
  const header = ['等次', '最低分', '比例上限'];
  test.each([
    ['20%', 0.2], ['２０％', 0.2], [0.2, 0.2], ['0.2', 0.2], [20, 0.2], ['20', 0.2], [1, 1], ['100%', 1], ['12.5%', 0.125],
  ])('比例上限 %j reads as %d', (cell, quota) => {
    const r = section('【等次】', header, ['优秀', 90, cell], ['一般', 0]);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.grades[0]?.quota).toBe(quota);
  });
  test.each([[0, 'C7'], ['0%', 'C7'], ['150%', 'C7'], [-0.2, 'C7'], ['两成', 'C7'], [true, 'C7']])('比例上限 %j is SCHEME_INVALID', (cell, at) => {
    expect(where(section('【等次】', header, ['优秀', 90, cell as CellValue], ['一般', 0]).issues)).toEqual([`SCHEME_INVALID@${at}`]);
  });
  test('best first, blank 最低分 is 0, quota-only grades are valid', () => {
    const r = section('【等次】', header, ['优秀', null, '20%'], ['良好', null, '50%'], ['一般']);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.grades.map((g) => [g.name, g.min, g.quota])).toEqual([['优秀', 0, 0.2], ['良好', 0, 0.5], ['一般', 0, null]]);
  });
  test('equal 最低分 are allowed (non-increasing)', () => {
    expect(section('【等次】', header, ['优秀', 80, '20%'], ['良好', 80], ['一般', 0]).ok).toBe(true);
  });
  test('a 最低分 higher than the grade above is SCHEME_INVALID at its cell', () => {
    const r = section('【等次】', header, ['优秀', 85], ['良好', 90], ['一般', 0]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B8']);
    expect(r.issues[0]?.message).toContain('“良好”的最低分 90 高于上一等次“优秀”的 85');
  });
  test('the last grade\'s 最低分 must be 0 or blank', () => {
    const r = section('【等次】', header, ['优秀', 90], ['合格', 60]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B8']);
    expect(r.issues[0]?.message).toContain('最后一个等次“合格”的最低分应为 0 或留空');
  });
  test('decision: a 比例上限 on the last grade is accepted (it can cut nobody: leftovers take the lowest grade)', () => {
    const r = section('【等次】', header, ['优秀', 90], ['一般', 0, '80%']);
    expect(r.issues).toEqual([]);
    expect(r.ok && r.scheme.grades[1]?.quota).toBe(0.8);
  });
  test('duplicate grade names and negative 最低分 are SCHEME_INVALID', () => {
    const r = section('【等次】', header, ['优秀', 90], ['优 秀', 80], ['一般', -1]);
    // A8: duplicate name; B9: negative 最低分 (also the last one's 最低分 is not 0).
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A8', 'SCHEME_INVALID@B9', 'SCHEME_INVALID@B9']);
  });
  test('最低分 is a required column', () => {
    expect(where(section('【等次】', ['等次', '比例上限'], ['优秀', '20%']).issues)).toEqual(['SCHEME_INVALID@A6']);
  });
  test('a 最低分 that is not a number is SCHEME_INVALID', () => {
    expect(where(section('【等次】', header, ['优秀', '九十'], ['一般', 0]).issues)).toEqual(['SCHEME_INVALID@B7']);
  });
});

describe('【星级】', () => {
  test('stored most stars first; ★ runs count', () => {
    const r = section('【星级】', ['星级', '最低分'], [3, 80], ['★★★★★', 95], ['４', '90']);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.stars).toEqual([
      { stars: 5, min: 95, cell: { row: 7, col: 0 } },
      { stars: 4, min: 90, cell: { row: 8, col: 0 } },
      { stars: 3, min: 80, cell: { row: 6, col: 0 } },
    ]);
  });
  test.each([
    [[0, 60], 'SCHEME_INVALID@A7', '星级应为 1 到 10 之间的整数，现为 0'],
    [[11, 60], 'SCHEME_INVALID@A7', '星级应为 1 到 10 之间的整数，现为 11'],
    [[2.5, 60], 'SCHEME_INVALID@A7', '现为 2.5'],
    [['五星', 60], 'SCHEME_INVALID@A7', '星级“五星”不是数字'],
    [[5, null], 'SCHEME_INVALID@B7', '最低分为空'],
    [[5, 'abc'], 'SCHEME_INVALID@B7', '最低分“abc”不是数字'],
  ])('%j', (row, at, text) => {
    const r = section('【星级】', ['星级', '最低分'], row as CellValue[]);
    expect(where(r.issues)).toEqual([at]);
    expect(r.issues[0]?.message).toContain(text);
  });
  test('more stars must need a higher 最低分', () => {
    const r = section('【星级】', ['星级', '最低分'], [5, 90], [4, 90]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B8']);
    expect(r.issues[0]?.message).toContain('4 星的最低分 90 不低于 5 星的 90');
  });
  test('a repeated 星级 is SCHEME_INVALID at the second', () => {
    expect(where(section('【星级】', ['星级', '最低分'], [5, 95], ['★★★★★', 90]).issues)).toEqual(['SCHEME_INVALID@A8']);
  });
});

describe('a row that can not be read is left out, and the order checks of its section are skipped', () => {
  test('【等次】: no false "last grade" problem when the real last grade was unreadable', () => {
    const r = section('【等次】', ['等次', '最低分'], ['优秀', 90], ['一般', 'abc']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B8']);
    expect(r.scheme?.grades.map((g) => g.name)).toEqual(['优秀']);
  });
  test('【星级】: no order problem against a left-out row', () => {
    const r = section('【星级】', ['星级', '最低分'], [5, 95], ['x', 99], [4, 97]);
    // Only A8 (not a number); 4 stars at 97 > 5 stars at 95 is not compared while the section is incomplete.
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A8']);
  });
  test('【指标】: no WEIGHT_SUM and no 同分比较 problem for a left-out indicator; 权重 all-or-none still checked', () => {
    const r = parseScheme(grid([
      ['【基本设置】'], ['同分比较', '经济发展'],
      ['【指标】'], ['指标名称', '分值', '权重'], ['党建工作', 10, 30], ['经济发展', '十', 30], ['安全生产', 10, null],
    ]));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B6', 'SCHEME_INVALID@C7']);
  });
});

describe('missing required columns are SCHEME_INVALID at the header row\'s first cell (A6)', () => {
  test.each([
    ['【加扣分】', ['类型', '上限'], '缺少“列名”列'],
    ['【加扣分】', ['列名'], '缺少“类型”列'],
    ['【一票否决】', ['效果'], '缺少“列名”列'],
    ['【等次】', ['等次'], '缺少“最低分”列'],
    ['【等次】', ['最低分', '比例上限'], '缺少“等次”列'],
    ['【星级】', ['星级'], '缺少“最低分”列'],
    ['【星级】', ['最低分'], '缺少“星级”列'],
  ])('%s %j', (title, header, text) => {
    const r = section(title, header, header.map(() => 'x'));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A6']);
    expect(r.issues[0]?.message).toContain(text);
  });
  test('an unknown column in 【加扣分】 is reported at its header cell (D6)', () => {
    expect(where(section('【加扣分】', ['列名', '类型', '上限', '下限'], ['创新加分', '加分', 3]).issues)).toEqual(['SCHEME_INVALID@D6']);
  });
});
