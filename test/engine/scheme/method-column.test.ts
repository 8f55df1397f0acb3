/** 【指标】's `计分方法 | 来源表` columns (SPEC §8.1). */
import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, where } from './helpers';

type Row = Array<CellValue | undefined>;

/** 【指标】 in A1, header `指标名称 | 分值 | 计分方法 | 来源表` in row 2, indicators from row 3. */
function indicators(...rows: Row[]) {
  return parseScheme(grid([['【指标】'], ['指标名称', '分值', '计分方法', '来源表'], ...rows]));
}

const EIGHT = '“直接”、“定性”、“测评”、“评委”、“完成率”、“逆向”、“功效系数”、“扣分制”';

describe('计分方法', () => {
  test('each of the eight words, folded (spaces, full width), is read as that method', () => {
    const r = indicators(['a', 10, '直接'], ['b', 10, '定性'], ['c', 10, '　测评'], ['d', 10, '评 委'], ['e', 20, '完成率 '],
      ['f', 10, '逆向'], ['g', 20, '功效\n系数'], ['h', 10, '扣分制']);
    expect(r.scheme?.indicators.map((x) => x.method)).toEqual(['直接', '定性', '测评', '评委', '完成率', '逆向', '功效系数', '扣分制']);
    // The four 实绩 methods need a 【计分规则】 row, and the scheme has none: each on its 计分方法 cell.
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C7', 'SCHEME_INVALID@C8', 'SCHEME_INVALID@C9', 'SCHEME_INVALID@C10']);
  });

  test('an empty cell is 直接: no method field, but the cell is recorded', () => {
    const r = indicators(['党建工作', 100, null]);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.indicators[0]).toEqual({
      name: '党建工作', max: 100, weight: null, category: null, code: null, cell: { row: 2, col: 0 },
      methodCell: { row: 2, col: 2 }, sourceCell: { row: 2, col: 3 },
    });
    expect(Object.keys(r.scheme?.indicators[0] ?? {})).not.toContain('method');
  });

  test.each([
    ['打分', '打分'],
    ['完成', '完成'],
    [1, '1'],
    [true, 'TRUE'],
    [{ error: '#N/A' }, '#N/A'],
  ])('%j is SCHEME_INVALID on its cell, listing the eight methods', (value, shown) => {
    const r = indicators(['党建工作', 50], ['经济发展', 50, value as CellValue]);
    // The row is left out, so the weights (now 50) are not compared with 满分: one issue only.
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C4']);
    expect(r.issues[0]?.message).toBe(`考核方案 C4：计分方法“${shown}”不是可用的计分方法。请填写 ${EIGHT} 之一（留空为“直接”：单元格里就是得分）。请按说明修改考核方案后重新校验。`);
    expect(r.scheme?.indicators.map((x) => x.name)).toEqual(['党建工作']);
  });

  test('the columns may stand in any order, and beside free-text columns', () => {
    const r = parseScheme(grid([['【指标】'], ['来源表', '说明', '计分方法', '指标名称', '分值'], ['民主测评', '年底测评', '测评', '民主测评', 100]]));
    expect(r.issues).toEqual([]);
    expect(r.scheme?.indicators[0]).toMatchObject({ name: '民主测评', method: '测评', source: '民主测评', methodCell: { row: 2, col: 2 }, sourceCell: { row: 2, col: 0 } });
  });
});

describe('来源表', () => {
  test('a sheet name is kept trimmed; a number is its text', () => {
    const r = indicators(['民主测评', 50, '测评', ' 民主测评 '], ['日常考核', 50, null, 2026]);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.indicators.map((x) => x.source)).toEqual(['民主测评', '2026']);
  });

  test.each([
    ['考核方案'],
    [' 考核方案 '],
    ['考核结果'],
    ['考核结果（考评助手）'],
    ['考核结果(2)'],
    ['_考评记录'],
    ['＿考评数据'],
  ])('%j, a sheet of the program, is SCHEME_INVALID on the 来源表 cell', (name) => {
    const r = indicators(['党建工作', 100, null, name]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@D3']);
    expect(r.issues[0]?.message).toContain('来源表不能是');
    expect(r.issues[0]?.message).toContain('请填写存放“党建工作”数据的工作表名称，留空为数据表');
  });

  test('the scheme sheet under another name can not be a 来源表 either', () => {
    const r = parseScheme(grid([['【指标】'], ['指标名称', '分值', '来源表'], ['党建工作', 100, '方案']], '方案'));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C3']);
  });

  test('a sheet merely starting with 考核结果 is a sheet like any other', () => {
    expect(indicators(['党建工作', 100, null, '考核结果明细']).issues).toEqual([]);
  });

  test.each([[true], [{ error: '#REF!' }], ['长'.repeat(256)]])('%j is not a sheet name: SCHEME_INVALID on the cell, the row left out', (v) => {
    const r = indicators(['党建工作', 50], ['经济发展', 50, null, v as CellValue]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@D4']);
    expect(r.issues[0]?.message).toContain('不是有效的工作表名称');
  });

  test('whether the sheet exists is not checked here (the run says SHEET_NOT_FOUND)', () => {
    expect(indicators(['党建工作', 100, null, '没有这张表']).ok).toBe(true);
  });
});
