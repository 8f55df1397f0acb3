// SPEC §1.1: the free-text columns that clerks keep beside the rules (说明, 备注, 考核内容, 评分标准,
// 考核标准, 评分细则) may stand in any table section and nobody reads them; header matching ignores
// surrounding spaces (half- and full-width) and line breaks.
import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS, where } from './helpers';

type Rows = Array<Array<CellValue | undefined>>;

const NAMES = ['说明', '备注', '考核内容', '评分标准', '考核标准', '评分细则'];
/** Each name as written, with half-width spaces, with full-width (ideographic) spaces, with a line break. */
const SPELLINGS = NAMES.flatMap((n) => [n, ` ${n} `, `\u3000${n}\u3000`, `${n}\n`]);

/** The section under `title` with the free-text header `note` in column `at` of its header row, and `texts` under it. */
function withNote(title: string, header: string[], rows: Rows, note: string, at: number, texts: CellValue[]) {
  const h: CellValue[] = [...header];
  h.splice(at, 0, note);
  const body = rows.map((r, i) => {
    const row: Array<CellValue | undefined> = [...r];
    while (row.length < header.length) row.push(null);
    row.splice(at, 0, texts[i] ?? null);
    return row;
  });
  const before = title === '【指标】' ? [] : INDICATORS;
  return parseScheme(grid([...before, [title], h, ...body]));
}

// Texts a clerk writes there, including ones that would be wrong in any read column.
const TEXTS: CellValue[] = ['市级以上表彰每项加1分，最多3分', -5, { error: '#N/A' }];

describe.each(SPELLINGS)('free-text column %j', (note) => {
  test('【指标】 (last column): accepted, not read', () => {
    const r = withNote('【指标】', ['指标名称', '分值'], [['党建工作', 60], ['经济发展', 40]], note, 2, TEXTS);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.indicators.map((i) => [i.name, i.max, i.weight])).toEqual([['党建工作', 60, null], ['经济发展', 40, null]]);
  });
  test('【指标】 (between 指标名称 and 分值): accepted, not read', () => {
    const r = withNote('【指标】', ['指标名称', '分值', '权重'], [['党建工作', 10, 60], ['经济发展', 10, 40]], note, 1, TEXTS);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.indicators.map((i) => [i.name, i.max, i.weight])).toEqual([['党建工作', 10, 60], ['经济发展', 10, 40]]);
  });
  test('【加扣分】: accepted, not read', () => {
    const r = withNote('【加扣分】', ['列名', '类型', '上限'], [['创新加分', '加分', 3], ['通报扣分', '扣分']], note, 3, TEXTS);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.adjustments.map((a) => [a.column, a.kind, a.cap])).toEqual([['创新加分', '加分', 3], ['通报扣分', '扣分', null]]);
  });
  test('【一票否决】 (first column): accepted, not read', () => {
    const r = withNote('【一票否决】', ['列名', '效果'], [['安全事故', '定为末等'], ['违纪', '取消评优']], note, 0, TEXTS);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.vetoes.map((v) => [v.column, v.effect])).toEqual([['安全事故', '定为末等'], ['违纪', '取消评优']]);
  });
  test('【等次】: accepted, not read', () => {
    const r = withNote('【等次】', ['等次', '最低分', '比例上限'], [['优秀', 90, '20%'], ['良好', 80], ['一般', 0]], note, 2, TEXTS);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.grades.map((g) => [g.name, g.min, g.quota])).toEqual([['优秀', 90, 0.2], ['良好', 80, null], ['一般', 0, null]]);
  });
  test('【星级】: accepted, not read', () => {
    const r = withNote('【星级】', ['星级', '最低分'], [[5, 95], [4, 90]], note, 2, TEXTS);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.stars.map((s) => [s.stars, s.min])).toEqual([[5, 95], [4, 90]]);
  });
});

test('two free-text columns side by side are both accepted', () => {
  const r = parseScheme(grid([['【指标】'], ['指标名称', '分值', '考核内容', '评分标准'], ['党建工作', 100, '支部建设', '每缺一项扣2分']]));
  expect(r.issues).toEqual([]);
  expect(r.scheme?.indicators.map((i) => [i.name, i.max])).toEqual([['党建工作', 100]]);
});

test.each([['考核要点'], ['评分说明'], ['标准']])('a header that is not one of the six, such as %j, is still SCHEME_INVALID at its cell', (name) => {
  const r = parseScheme(grid([['【指标】'], ['指标名称', '分值', name], ['党建工作', 100, '…']]));
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@C2']);
});
