/**
 * The 方案 tab's 计分方法 text, one method at a time. Expected lines written by hand from the
 * composite fixture's scheme (fixtures/composite.ts) and SPEC §8.
 */
import type { Indicator, Scheme } from '../../../src/engine';
import { translator } from '../../../src/taskpane/i18n';
import { hasComputedIndicators, methodLines, methodViews, ratioText } from '../../../src/taskpane/scheme-methods';
import { COMPOSITE_SCHEME, SCHEME } from '../fixtures/assessment';

const zh = translator('zh');
const ind = (name: string): Indicator => {
  const i = COMPOSITE_SCHEME.indicators.find((x) => x.name === name);
  if (!i) throw new Error(name);
  return i;
};
const lines = (name: string, scheme: Scheme = COMPOSITE_SCHEME) => methodLines(scheme, ind(name), zh);

describe('计分方法 on the 方案 tab', () => {
  test('each indicator: its method, its 来源表 (the data sheet by default), in scheme order', () => {
    expect(methodViews(COMPOSITE_SCHEME, '综合考核', zh).map((v) => [v.name, v.method, v.source])).toEqual([
      ['日常考核', '直接', '来源表：数据表（综合考核）'],
      ['述职评议', '评委', '来源表：述职评议'],
      ['民主测评', '测评', '来源表：民主测评'],
      ['班子评价', '定性', '来源表：数据表（综合考核）'],
      ['任务完成', '完成率', '来源表：数据表（综合考核）'],
      ['信访办结', '逆向', '来源表：数据表（综合考核）'],
      ['经济增速', '功效系数', '来源表：数据表（综合考核）'],
      ['安全生产', '扣分制', '来源表：数据表（综合考核）'],
    ]);
  });

  test('直接: plainly, the cell is the score', () => {
    expect(lines('日常考核')).toEqual(['表中填的分数即得分（0～100）']);
  });

  test('定性: the formula and the 【等级分】 rates', () => {
    expect(lines('班子评价')).toEqual(['得分 = 10 × 等级的得分率', '等级分：好 100%，较好 80%，一般 60%，差 0%']);
  });

  test('测评: the rates, 实到 and 应到 with the 参评率, and the 差票 veto on the last level', () => {
    expect(lines('民主测评')).toEqual([
      '得分 = 100 × Σ(票数 × 得分率) ÷ 总票数',
      '等级分：好 100%，较好 80%，一般 60%，差 0%',
      '实到人数列：实到人数（票数不得超过实到）',
      '应到人数列：应到人数，最低参评率 2/3',
      '差票否决：“差”票超过 1/3 → 取消评优',
    ]);
  });

  test('测评 without 【等级分】, 实到列 or 差票 keys: the default levels, said so', () => {
    const plain: Scheme = {
      ...COMPOSITE_SCHEME,
      levels: undefined as never,
      settings: { ...COMPOSITE_SCHEME.settings, votePresentColumn: null, voteExpectedColumn: null, badVoteVeto: null },
    };
    delete (plain as { levels?: unknown }).levels;
    expect(lines('民主测评', plain)).toEqual([
      '得分 = 100 × Σ(票数 × 得分率) ÷ 总票数',
      '等级分（默认）：好 100%，较好 80%，一般 60%，差 0%',
      '未设实到人数列：不核对票数',
    ]);
  });

  test('评委: 评委满分 (the 分值 by default), the drops, the minimum, the deviation in points', () => {
    expect(lines('述职评议')).toEqual([
      '得分 = 100 × 平均分 ÷ 评委满分',
      '评委满分 100',
      '去掉最高分 1 个、最低分 1 个，其余取平均',
      '评委最少人数 5',
      '偏离阈值 20%：与其他评委中位数相差超过 20 分，提示“评分偏离”',
    ]);
    // 评委满分 10, drop 2 and 2 of at least 7, 15%: 15% × 10 = 1.5 points.
    const ten: Scheme = { ...COMPOSITE_SCHEME, settings: { ...COMPOSITE_SCHEME.settings, judgeFullMark: 10, dropHighest: 2, dropLowest: 2, judgeMinimum: 7, judgeDeviation: { num: 15, den: 100 } } };
    expect(lines('述职评议', ten).slice(1)).toEqual([
      '评委满分 10',
      '去掉最高分 2 个、最低分 2 个，其余取平均',
      '评委最少人数 7',
      '偏离阈值 15%：与其他评委中位数相差超过 1.5 分，提示“评分偏离”',
    ]);
  });

  test('完成率: 目标值 from a column, 封顶 as a percent with its points (10 × 120%)', () => {
    expect(lines('任务完成')).toEqual(['得分 = 10 × 实际 ÷ 目标值', '目标值 按“任务数”列', '封顶 120%（最高 12 分）']);
  });

  test('逆向: a constant 目标值', () => {
    expect(lines('信访办结')).toEqual(['得分 = 5 × 目标值 ÷ 实际（实际 ≤ 0 得封顶分）', '目标值 5', '封顶 100%（最高 5 分）']);
  });

  test('功效系数: 满意值 and 不允许值; lower-is-better said when 满意值 < 不允许值', () => {
    expect(lines('经济增速')).toEqual([
      '得分 = 5 × (0.6 + 0.4 × (实际 − 不允许值) ÷ (满意值 − 不允许值))',
      '满意值 8，不允许值 2',
      '封顶 100%（最高 5 分）',
    ]);
    const rules = (COMPOSITE_SCHEME.rules ?? []).map((r) => (r.indicator === '经济增速'
      ? { ...r, satisfied: { kind: 'number' as const, value: 3, cell: r.cell }, disallowed: { kind: 'column' as const, header: '上限', cell: r.cell } }
      : r));
    expect(lines('经济增速', { ...COMPOSITE_SCHEME, rules })[1]).toBe('满意值 3，不允许值 按“上限”列');
    const lower = (COMPOSITE_SCHEME.rules ?? []).map((r) => (r.indicator === '经济增速'
      ? { ...r, satisfied: { kind: 'number' as const, value: 2, cell: r.cell }, disallowed: { kind: 'number' as const, value: 10, cell: r.cell } }
      : r));
    expect(lines('经济增速', { ...COMPOSITE_SCHEME, rules: lower }).slice(1, 3)).toEqual(['满意值 2，不允许值 10', '满意值小于不允许值：越低越好']);
  });

  test('扣分制: 每次扣分, down to 0', () => {
    expect(lines('安全生产')).toEqual(['得分 = 5 − 每次扣分 × 次数，最低 0', '每次扣分 1，扣完为止']);
  });

  test('a 实绩 indicator without its 【计分规则】 row says what to add', () => {
    expect(lines('任务完成', { ...COMPOSITE_SCHEME, rules: [] })).toEqual(['缺少【计分规则】行：请在“考核方案”中补上该指标的参数']);
  });

  test('in English', () => {
    expect(methodLines(COMPOSITE_SCHEME, ind('任务完成'), translator('en'))).toEqual(['score = 10 × actual ÷ target', 'Target the "任务数" column', 'Cap 120% (at most 12)']);
  });

  test('shown only for schemes that use §8: a plain scheme has no 计分方法 section', () => {
    expect(hasComputedIndicators(COMPOSITE_SCHEME)).toBe(true);
    expect(hasComputedIndicators(SCHEME)).toBe(false);
    // A 来源表 alone is enough.
    const sourced = { ...SCHEME, indicators: SCHEME.indicators.map((i, k) => (k === 0 ? { ...i, source: '日常考核表' } : i)) };
    expect(hasComputedIndicators(sourced)).toBe(true);
  });

  test('ratios: a percent when exact, else the fraction', () => {
    expect([ratioText({ num: 80, den: 100 }), ratioText({ num: 8, den: 10 }), ratioText({ num: 1, den: 8 }), ratioText({ num: 2, den: 3 }), ratioText({ num: 1, den: 3 }), ratioText({ num: 120, den: 100 })])
      .toEqual(['80%', '80%', '12.5%', '2/3', '1/3', '120%']);
  });
});
