import { parseScheme } from '../../../src/engine/scheme/parse';
import { splitList } from '../../../src/engine/scheme/settings';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS, where } from './helpers';

/** 【基本设置】 in A1, its rows from row 2, then the 50 + 50 indicators. */
function withSettings(...rows: Array<Array<CellValue | undefined>>) {
  return parseScheme(grid([['【基本设置】'], ...rows, ...INDICATORS]));
}

test('keys and values are matched ignoring surrounding spaces and full-/half-width', () => {
  const r = withSettings(['　满分　', '１００'], [' 排名方式', '　中国式 '], ['单位列　', '单位'], ['空白处理', '按０分']);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.settings).toMatchObject({ fullMark: 100, rankMethod: '中国式', unitColumn: '单位', blank: '按0分' });
});

test('a numeric text value with 分 reads as a number', () => {
  expect(withSettings(['满分', '100分']).scheme?.settings.fullMark).toBe(100);
});

test('an optional header row 项目 | 值 is skipped', () => {
  const r = withSettings(['项目', '值'], ['小数位', 0]);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.settings.decimals).toBe(0);
});

test('a blank value keeps the default but records its cell', () => {
  const r = withSettings(['排名方式', null], ['满分', '']);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.settings.rankMethod).toBe('美式');
  expect(r.scheme?.settings.fullMark).toBe(100);
  expect(r.scheme?.settings.cells).toEqual({ 排名方式: { row: 1, col: 1 }, 满分: { row: 2, col: 1 } });
});

test('a number as a name setting is its text', () => {
  expect(withSettings(['数据表', 2026]).scheme?.settings.dataSheet).toBe('2026');
});

describe('SCHEME_INVALID at the value cell, with the allowed values in the message', () => {
  test.each([
    ['排名方式', '德式', '“排名方式”只能是“美式”或“中国式”，现为“德式”'],
    ['空白处理', '忽略', '“空白处理”只能是“报错”或“按0分”，现为“忽略”'],
    ['否决单位排名', '最后', '“否决单位排名”只能是“末位”或“不排名”或“正常”，现为“最后”'],
    ['比例取整', '向上', '“比例取整”只能是“向下”或“四舍五入”，现为“向上”'],
    ['排名方式', true, '现为“TRUE”'],
  ])('%s = %j', (key, value, text) => {
    const r = withSettings([key, value]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
    expect(r.issues[0]?.message).toContain(text);
  });

  test.each([
    ['满分', 'abc', '“满分”应为数字，现为“abc”'],
    ['满分', 0, '“满分”应大于 0，现为 0'],
    ['满分', '-5', '“满分”应大于 0，现为 -5'],
    ['小数位', 11, '“小数位”应为 0 到 10 之间的整数，现为 11'],
    ['小数位', -1, '“小数位”应为 0 到 10 之间的整数，现为 -1'],
    ['小数位', 1.5, '“小数位”应为 0 到 10 之间的整数，现为 1.5'],
    ['总分下限', '20%', '“总分下限”应为数字，现为“20%”'],
    ['加分合计上限', -1, '“加分合计上限”不能为负数，现为 -1'],
    ['扣分合计上限', { error: '#N/A' }, '“扣分合计上限”应为数字，现为“#N/A”'],
    ['数据表', { error: '#REF!' }, '“数据表”应填写名称，现为“#REF!”'],
    ['分组列', false, '“分组列”应填写名称，现为“FALSE”'],
  ])('%s = %j', (key, value, text) => {
    const r = withSettings([key, value as CellValue]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
    expect(r.issues[0]?.message).toContain(text);
  });
});

test('小数位 0 and 10 are the bounds', () => {
  expect(withSettings(['小数位', 0]).ok).toBe(true);
  expect(withSettings(['小数位', '１０']).scheme?.settings.decimals).toBe(10);
});

test('总分上限 below 总分下限 is SCHEME_INVALID at 总分上限', () => {
  const r = withSettings(['总分下限', 60], ['总分上限', 50]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B3']);
  expect(r.issues[0]?.message).toContain('“总分上限” 50 低于“总分下限” 60');
});

test('an unknown key is SCHEME_INVALID at the key cell', () => {
  const r = withSettings(['满分值', 100]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A2']);
  expect(r.issues[0]?.message).toContain('“满分值”不是【基本设置】中可识别的项目');
});

test('a duplicate key is SCHEME_INVALID at the second; the first counts', () => {
  const r = withSettings(['满分', 100], [' 满分 ', 90]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A3']);
  expect(r.scheme?.settings.fullMark).toBe(100);
});

test('a value without a key, and content from column C on, are SCHEME_INVALID', () => {
  const r = withSettings([null, 100], ['满分', 100, '说明：各指标权重之和']);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2', 'SCHEME_INVALID@C3']);
});

describe('同分比较', () => {
  test('names separated by , ， 、 are matched to indicators and stored as 【指标】 spells them', () => {
    const r = withSettings(['同分比较', ' 经济发展 、党建工作']);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.settings.tieBreakers).toEqual(['经济发展', '党建工作']);
    expect(withSettings(['同分比较', '经济发展,党建工作，']).scheme?.settings.tieBreakers).toEqual(['经济发展', '党建工作']);
  });
  test('a name that is not an indicator is SCHEME_INVALID at the 同分比较 cell', () => {
    const r = withSettings(['同分比较', '经济发展，安全生产']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
    expect(r.issues[0]?.message).toContain('“同分比较”中的“安全生产”不是【指标】中的指标');
  });
  test('a name listed twice is SCHEME_INVALID', () => {
    expect(where(withSettings(['同分比较', '经济发展，经济发展']).issues)).toEqual(['SCHEME_INVALID@B2']);
  });
  test('splitList', () => {
    expect(splitList('a，b、 c ;；d,')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList(' ， ')).toEqual([]);
  });
});

describe('names that must differ (单位列, 分组列, indicators, 加扣分 and 一票否决 columns)', () => {
  test('an indicator named like the default 单位列 is reported at the indicator', () => {
    const r = parseScheme(grid([['【指标】'], ['指标名称', '分值'], ['单位名称', 100]]));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A3']);
    expect(r.issues[0]?.message).toContain('与单位列“单位名称”（默认值）重名');
  });
  test('分组列 equal to 单位列 is reported at the later cell', () => {
    const r = withSettings(['单位列', '单位'], ['分组列', ' 单位 ']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B3']);
  });
});

test.each([['考核方案'], [' 考核结果 '], ['_考评记录']])('数据表 %j (a program or scheme sheet) is SCHEME_INVALID', (name) => {
  const r = withSettings(['数据表', name]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
  expect(r.issues[0]?.message).toContain('“数据表”不能是');
});

test('the obvious other spellings of a choice are accepted (issue 13)', () => {
  const r = withSettings(['排名方式', '中国式排名'], ['空白处理', '按0分计'], ['比例取整', '向下取整']);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.settings).toMatchObject({ rankMethod: '中国式', blank: '按0分', quotaRounding: '向下' });
  expect(withSettings(['排名方式', '美式排名']).scheme?.settings.rankMethod).toBe('美式');
  expect(withSettings(['比例取整', '四舍五入法']).scheme?.settings.quotaRounding).toBe('四舍五入');
});

test('a spelling that belongs to another key is still refused, naming the allowed words', () => {
  const r = withSettings(['排名方式', '按0分计']);
  expect(r.issues.map((i) => i.message)).toEqual(['考核方案 B2：“排名方式”只能是“美式”或“中国式”，现为“按0分计”。请按说明修改考核方案后重新校验。']);
});

test('a 基本设置 key written under another section says so, and that table reads as if the row were not there', () => {
  const r = parseScheme(grid([
    ['【指标】'], ['指标名称', '分值'], ['党建', 50], ['排名方式', '中国式'], ['业务', 50],
  ]));
  expect(r.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
    ['SCHEME_INVALID', 'A4', '考核方案 A4：“排名方式”是【基本设置】中的设置项，却写在【指标】下。请把这一行移到【基本设置】分节中。请按说明修改考核方案后重新校验。'],
  ]);
  expect(r.scheme?.indicators.map((i) => i.name)).toEqual(['党建', '业务']);
  expect(r.scheme?.settings.rankMethod).toBe('美式');
});

test('the settings have every field, in one order (one object shape for every parse), 公示异常标记 and the cells last', () => {
  const plainKeys = ['dataSheet', 'unitColumn', 'groupColumn', 'fullMark', 'rankMethod', 'tieBreakers', 'decimals', 'totalMin', 'totalMax', 'blank', 'vetoRank',
    'quotaRounding', 'bonusTotalCap', 'deductionTotalCap', 'votePresentColumn', 'voteExpectedColumn', 'voteQuorum', 'badVoteVeto', 'badVoteEffect',
    'judgeFullMark', 'dropHighest', 'dropLowest', 'judgeMinimum', 'judgeDeviation'];
  expect(Object.keys(withSettings(['满分', 100]).scheme?.settings ?? {})).toEqual([...plainKeys, 'cells']);
  const r = withSettings(['公示异常标记', '不显示'], ['满分', 100]);
  expect(Object.keys(r.scheme?.settings ?? {})).toEqual([...plainKeys, 'publicFlags', 'cells']);
  expect(r.scheme?.settings.publicFlags).toBe('不显示');
  expect(r.scheme?.settings.cells).toEqual({ 公示异常标记: expect.anything(), 满分: expect.anything() });
  // Two parses of one sheet: equal settings, neither shared nor changed by the other.
  const a = withSettings(['同分比较', '指标1']).scheme?.settings;
  const b = withSettings(['同分比较', '指标1']).scheme?.settings;
  expect(a).toEqual(b);
  expect(a).not.toBe(b);
});
