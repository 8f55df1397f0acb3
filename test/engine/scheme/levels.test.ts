/** 【等级分】 (SPEC §8.2): `等级 | 得分率`, best first; the checks of §8.1 on it. */
import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS, where } from './helpers';

type Row = Array<CellValue | undefined>;

/** The 50 + 50 indicators (rows 1–4), then 【等级分】 in A5 with its header in row 6, levels from row 7. */
function levels(...rows: Row[]) {
  return parseScheme(grid([...INDICATORS, ['【等级分】'], ['等级', '得分率'], ...rows]));
}

test('得分率 as 80%, 0.8, 80, 2/3 and 0, kept exact', () => {
  const r = levels(['优', '100%'], ['良', '2/3'], ['中', 0.6], ['及格', 50], ['差', 0]);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.levels).toEqual([
    { word: '优', rate: { num: 100, den: 100 }, cell: { row: 6, col: 0 } },
    { word: '良', rate: { num: 2, den: 3 }, cell: { row: 7, col: 0 } },
    { word: '中', rate: { num: 6, den: 10 }, cell: { row: 8, col: 0 } },
    { word: '及格', rate: { num: 50, den: 100 }, cell: { row: 9, col: 0 } },
    { word: '差', rate: { num: 0, den: 1 }, cell: { row: 10, col: 0 } },
  ]);
});

test('two levels with the same 得分率 are accepted (decision: equal is "not rising")', () => {
  expect(levels(['好', 1], ['较好', 0.8], ['良好', '80%'], ['差', 0]).issues).toEqual([]);
});

test('2/3 after 66.7% is rising (compared exactly): SCHEME_INVALID on its 得分率 cell', () => {
  const r = levels(['好', '66.7%'], ['较好', '2/3'], ['差', 0]);
  expect(r.issues).toEqual([]);
  const up = levels(['好', '66.6%'], ['较好', '2/3'], ['差', 0]);
  expect(where(up.issues)).toEqual(['SCHEME_INVALID@B8']);
  expect(up.issues[0]?.message).toBe('考核方案 B8：等级应从好到差排列、得分率从上到下不增：“较好”的得分率 2/3 高于上一等级“好”的 66.6%。请调整顺序或得分率。请按说明修改考核方案后重新校验。');
});

test('得分率 out of order: SCHEME_INVALID on the 得分率 of the level that rises', () => {
  const r = levels(['好', '80%'], ['较好', '90%'], ['一般', '60%'], ['差', '70%']);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B8', 'SCHEME_INVALID@B10']);
});

test.each([
  ['120%', '得分率应在 0 到 100% 之间，现为 120%'],
  ['101', '得分率应在 0 到 100% 之间，现为 101%'],
  ['4/3', '得分率应在 0 到 100% 之间，现为 4/3'],
])('得分率 %j above 100%% is SCHEME_INVALID on its cell', (v, text) => {
  const r = levels(['好', v], ['差', 0]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B7']);
  expect(r.issues[0]?.message).toContain(text);
});

test.each([['-10%'], [-0.1], ['很好'], [true], [{ error: '#DIV/0!' }], ['1/0']])('得分率 %j is not a ratio: SCHEME_INVALID on its cell', (v) => {
  const r = levels(['好', v as CellValue], ['差', 0]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B7']);
  expect(r.issues[0]?.message).toContain('不是 0 到 100% 之间的比例。请填写如 80%、0.8、80 或 2/3');
});

test('a blank 得分率 is SCHEME_INVALID on it (no rate is guessed)', () => {
  const r = levels(['好', 1], ['较好', null], ['差', 0]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B8']);
  expect(r.issues[0]?.message).toContain('得分率为空');
});

test('a level word twice (after folding spaces and width) is SCHEME_INVALID on the second', () => {
  const r = levels(['Ａ', 1], ['B', 0.8], [' a ', 0.5]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A9']);
  expect(r.issues[0]?.message).toContain('等级“a”重复（第一次在 A7）');
});

test('a blank or unreadable 等级 is SCHEME_INVALID on it', () => {
  expect(where(levels(['好', 1], [null, 0.5], [true, 0]).issues)).toEqual(['SCHEME_INVALID@A8', 'SCHEME_INVALID@A9']);
});

test('a 【等级分】 with no level is SCHEME_INVALID on its title', () => {
  expect(where(levels().issues)).toEqual(['SCHEME_INVALID@A5']);
  expect(where(parseScheme(grid([...INDICATORS, ['【等级分】']])).issues)).toEqual(['SCHEME_INVALID@A5']);
});

test('the header needs both 等级 and 得分率; free-text columns are allowed', () => {
  const r = parseScheme(grid([...INDICATORS, ['【等级分】'], ['等级', '说明'], ['好', '表现突出']]));
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A6']);
  expect(r.issues[0]?.message).toContain('【等级分】的表头缺少“得分率”列');
  const ok = parseScheme(grid([...INDICATORS, ['【等级分】'], ['等级', '得分率', '备注'], ['好', 1, '表现突出'], ['差', 0]]));
  expect(ok.issues).toEqual([]);
  expect(ok.scheme?.levels?.map((l) => l.word)).toEqual(['好', '差']);
});

test('an unknown column is SCHEME_INVALID on its header cell', () => {
  expect(where(parseScheme(grid([...INDICATORS, ['【等级分】'], ['等级', '得分率', '分数'], ['好', 1, 100]])).issues)).toEqual(['SCHEME_INVALID@C6']);
});
