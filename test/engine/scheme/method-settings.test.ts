/** The 基本设置 keys of SPEC §8 (测评…, 差票…, 评委…): values, ranges and the checks between keys. */
import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS, where } from './helpers';

type Row = Array<CellValue | undefined>;

/** 【基本设置】 in A1, `rows` from row 2, then the 50 + 50 直接 indicators. */
function withSettings(...rows: Row[]) {
  return parseScheme(grid([['【基本设置】'], ...rows, ...INDICATORS]));
}

/** Like `withSettings`, but the second indicator is a 测评 one (so the 差票 keys apply). */
function withVote(...rows: Row[]) {
  return parseScheme(grid([['【基本设置】'], ...rows, ['【指标】'], ['指标名称', '分值', '计分方法'], ['党建工作', 50], ['民主测评', 50, '测评']]));
}

describe('values read', () => {
  test('every key, with its value', () => {
    const r = withVote(['测评实到列', '实到'], ['测评应到列', '应到'], ['测评最低参评率', '80%'], ['差票否决比例', 0.3],
      ['差票否决效果', '总分计零'], ['评委满分', '１０'], ['去掉最高分', 0], ['去掉最低分', '0'], ['评委最少人数', 1], ['评委偏离阈值', 25]);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.settings).toMatchObject({
      votePresentColumn: '实到', voteExpectedColumn: '应到', voteQuorum: { num: 80, den: 100 }, badVoteVeto: { num: 3, den: 10 },
      badVoteEffect: '总分计零', judgeFullMark: 10, dropHighest: 0, dropLowest: 0, judgeMinimum: 1, judgeDeviation: { num: 25, den: 100 },
    });
  });

  test.each([
    ['定为末等', '定为末等'], ['末等', '定为末等'], ['取消评优资格', '取消评优'], ['不得评优', '取消评优'], ['总分计0', '总分计零'],
    [' 取消 评优 ', '取消评优'],
  ])('差票否决效果 %j reads as %s', (text, effect) => {
    const r = withVote(['差票否决比例', '1/3'], ['差票否决效果', text]);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.settings.badVoteEffect).toBe(effect);
  });

  test.each([['罚款'], ['按0分'], [1]])('差票否决效果 %j is SCHEME_INVALID on its value cell, listing the three effects', (v) => {
    const r = withVote(['差票否决比例', '1/3'], ['差票否决效果', v]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B3']);
    expect(r.issues[0]?.message).toContain('“差票否决效果”只能是“定为末等”或“取消评优”或“总分计零”');
  });
});

describe('a bad value: SCHEME_INVALID on its value cell', () => {
  test.each([
    ['评委满分', 0, '“评委满分”应大于 0，现为 0'],
    ['评委满分', '-10', '“评委满分”应大于 0，现为 -10'],
    ['评委满分', '满分', '“评委满分”应为数字，现为“满分”'],
    ['去掉最高分', 1.5, '“去掉最高分”应为 0 或正整数，现为 1.5'],
    ['去掉最高分', -1, '“去掉最高分”应为 0 或正整数，现为 -1'],
    ['去掉最低分', '-1', '“去掉最低分”应为 0 或正整数，现为 -1'],
    ['去掉最低分', true, '“去掉最低分”应为数字，现为“TRUE”'],
    ['评委最少人数', 0, '“评委最少人数”应为正整数，现为 0'],
    ['评委最少人数', 5.5, '“评委最少人数”应为正整数，现为 5.5'],
    ['评委偏离阈值', '120%', '“评委偏离阈值”应在 0 到 100% 之间，现为 120%'],
    ['评委偏离阈值', '3/2', '“评委偏离阈值”应在 0 到 100% 之间，现为 3/2'],
    ['评委偏离阈值', -0.2, '“评委偏离阈值”应为比例，如 2/3、80% 或 0.8，现为“-0.2”'],
    ['评委偏离阈值', { error: '#N/A' }, '“评委偏离阈值”应为比例'],
  ])('%s = %j', (key, value, text) => {
    const r = withSettings([key, value as CellValue]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
    expect(r.issues[0]?.message).toContain(text);
  });

  test.each([
    ['测评最低参评率', '101%', '“测评最低参评率”应在 0 到 100% 之间，现为 101%'],
    ['测评最低参评率', '4/3', '“测评最低参评率”应在 0 到 100% 之间，现为 4/3'],
    ['差票否决比例', 150, '“差票否决比例”应在 0 到 100% 之间，现为 150%'],
    ['差票否决比例', '三分之一', '“差票否决比例”应为比例'],
  ])('%s = %j (with 测评实到列 and a 测评 indicator)', (key, value, text) => {
    const r = withVote(['测评实到列', '实到'], [key, value]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B3']);
    expect(r.issues[0]?.message).toContain(text);
  });

  test('the bounds 0 and 100% are within range', () => {
    expect(withVote(['测评实到列', '实到'], ['测评最低参评率', '100%'], ['差票否决比例', 0], ['评委偏离阈值', 1]).issues).toEqual([]);
  });
});

describe('评委最少人数 must exceed 去掉最高分 + 去掉最低分', () => {
  test('on the 评委最少人数 cell when it is written', () => {
    const r = withSettings(['去掉最高分', 2], ['去掉最低分', 2], ['评委最少人数', 4]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B4']);
    expect(r.issues[0]?.message).toContain('“评委最少人数”4 不多于“去掉最高分”2 与“去掉最低分”2 之和 4');
    expect(r.issues[0]?.message).toContain('请把评委最少人数设为至少 5');
  });

  test('on the 去掉最高分 cell when 评委最少人数 (default 5) is not written', () => {
    expect(where(withSettings(['去掉最低分', 2], ['去掉最高分', 3]).issues)).toEqual(['SCHEME_INVALID@B3']);
  });

  test('on the 去掉最低分 cell when only it is written', () => {
    expect(where(withSettings(['去掉最低分', 4]).issues)).toEqual(['SCHEME_INVALID@B2']);
  });

  test('one more than the drops is enough', () => {
    expect(withSettings(['去掉最高分', 2], ['去掉最低分', 2], ['评委最少人数', 5]).issues).toEqual([]);
    expect(withSettings(['去掉最高分', 0], ['去掉最低分', 0], ['评委最少人数', 1]).issues).toEqual([]);
  });

  test('not checked while one of the three is itself bad (that is the one reported)', () => {
    expect(where(withSettings(['去掉最高分', 9.5], ['评委最少人数', 3]).issues)).toEqual(['SCHEME_INVALID@B2']);
  });
});

describe('测评应到列 and 测评最低参评率 need 测评实到列', () => {
  test('each written without it is SCHEME_INVALID on its own value cell', () => {
    const r = withVote(['测评应到列', '应到'], ['测评最低参评率', '2/3']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2', 'SCHEME_INVALID@B3']);
    expect(r.issues[0]?.message).toContain('“测评应到列”要和“测评实到列”一起用');
    expect(r.issues[1]?.message).toContain('“测评最低参评率”要和“测评实到列”一起用');
  });

  test('a blank 测评实到列 is no 测评实到列', () => {
    expect(where(withVote(['测评实到列', null], ['测评应到列', '应到']).issues)).toEqual(['SCHEME_INVALID@B3']);
  });

  test('with 测评实到列 they are fine; 测评实到列 alone is fine', () => {
    expect(withVote(['测评实到列', '实到'], ['测评应到列', '应到'], ['测评最低参评率', '2/3']).issues).toEqual([]);
    expect(withVote(['测评实到列', '实到']).issues).toEqual([]);
  });

  test('a written key with a blank value is still said (decision: the row is a leftover)', () => {
    expect(where(withVote(['测评最低参评率', null]).issues)).toEqual(['SCHEME_INVALID@B2']);
  });

  test('a value that can not be read is reported once, by the reader', () => {
    const r = withVote(['测评应到列', true]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
    expect(r.issues[0]?.message).toContain('“测评应到列”应填写名称，现为“TRUE”');
  });
});

describe('the 差票 keys need a 测评 indicator', () => {
  test('each written without one is SCHEME_INVALID on its value cell', () => {
    const r = withSettings(['差票否决比例', '1/3'], ['差票否决效果', '取消评优']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2', 'SCHEME_INVALID@B3']);
    expect(r.issues[0]?.message).toContain('方案中没有计分方法为“测评”的指标，“差票否决比例”无处可用');
  });

  test('with a 测评 indicator they are fine', () => {
    expect(withVote(['差票否决比例', '1/3'], ['差票否决效果', '取消评优']).issues).toEqual([]);
  });

  test('差票否决效果 without 差票否决比例 does nothing: SCHEME_INVALID on it (decision)', () => {
    const r = withVote(['差票否决效果', '定为末等']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
    expect(r.issues[0]?.message).toContain('只写了“差票否决效果”，没有“差票否决比例”');
  });

  test('not said while 【指标】 has a row that could not be read (it may be the 测评 one)', () => {
    const r = parseScheme(grid([['【基本设置】'], ['差票否决比例', '1/3'], ['【指标】'], ['指标名称', '分值', '计分方法'], ['党建工作', 50], ['民主测评', 50, '民主']]));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C6']);
  });
});

test('评委 keys need no 评委 indicator (they are checked for their values only)', () => {
  expect(withSettings(['评委满分', 100], ['去掉最高分', 1], ['评委偏离阈值', '20%']).issues).toEqual([]);
});
