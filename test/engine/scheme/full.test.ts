import { parseScheme } from '../../../src/engine/scheme/parse';
import { DEFAULT_ANOMALY_RULES } from '../../../src/engine/model/scheme';
import { grid, INDICATORS, where } from './helpers';

// A complete scheme as a clerk would write it. Rows are 1-based in comments (Excel rows).
const FULL = grid([
  ['2026年度乡镇党委考核方案'], //                     1  title row, allowed above the first section
  [], //                                               2
  ['【基本设置】'], //                                  3
  ['数据表', '考核数据'], //                            4
  ['单位列', '单位'], //                                5
  ['分组列', '类别'], //                                6
  ['满分', 100], //                                     7
  ['排名方式', '中国式'], //                            8
  ['同分比较', '经济发展，党建工作'], //                 9
  ['小数位', 1], //                                     10
  ['总分下限', 0], //                                   11
  ['总分上限', 110], //                                 12
  ['空白处理', '按0分'], //                             13
  ['否决单位排名', '不排名'], //                        14
  ['比例取整', '四舍五入'], //                          15
  ['加分合计上限', 5], //                               16
  ['扣分合计上限', 10], //                              17
  ['【指标】'], //                                      18
  ['编号', '一级指标', '指标名称', '分值', '权重'], //   19
  ['1.1', '组织建设', '党建工作', 20, 40], //           20
  [1.2, '经济', '经济发展', 30, 60], //                 21
  ['［加扣分］'], //                                    22
  ['列名', '类型', '上限'], //                          23
  ['创新加分', '加分', 3], //                           24
  ['通报扣分', '扣分', null], //                        25
  ['[一票否决]'], //                                    26
  ['列名', '效果'], //                                  27
  ['安全事故', null], //                                28
  ['违纪违法', '总分计零'], //                          29
  ['【等次】'], //                                      30
  ['等次', '最低分', '比例上限'], //                    31
  ['优秀', 90, '20%'], //                               32
  ['良好', 80, 0.5], //                                 33
  ['一般', null, null], //                              34
  ['【星级】'], //                                      35
  ['星级', '最低分'], //                                36
  [4, 90], //                                           37
  ['★★★★★', 95], //                                     38
  ['【异常规则】'], //                                  39
  ['离群阈值', 3], //                                   40
  ['突变名次比例', '25%'], //                           41
  ['雷同', '否'], //                                    42
]);

test('a full valid scheme reads into the exact Scheme', () => {
  const r = parseScheme(FULL);
  expect(r.issues).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.scheme).toEqual({
    sheet: '考核方案',
    settings: {
      dataSheet: '考核数据', unitColumn: '单位', groupColumn: '类别', fullMark: 100, rankMethod: '中国式',
      tieBreakers: ['经济发展', '党建工作'], decimals: 1, totalMin: 0, totalMax: 110, blank: '按0分',
      vetoRank: '不排名', quotaRounding: '四舍五入', bonusTotalCap: 5, deductionTotalCap: 10,
      votePresentColumn: null, voteExpectedColumn: null, voteQuorum: { num: 2, den: 3 }, badVoteVeto: null,
      badVoteEffect: '取消评优', judgeFullMark: null, dropHighest: 1, dropLowest: 1, judgeMinimum: 5,
      judgeDeviation: { num: 20, den: 100 },
      cells: {
        数据表: { row: 3, col: 1 }, 单位列: { row: 4, col: 1 }, 分组列: { row: 5, col: 1 }, 满分: { row: 6, col: 1 },
        排名方式: { row: 7, col: 1 }, 同分比较: { row: 8, col: 1 }, 小数位: { row: 9, col: 1 }, 总分下限: { row: 10, col: 1 },
        总分上限: { row: 11, col: 1 }, 空白处理: { row: 12, col: 1 }, 否决单位排名: { row: 13, col: 1 },
        比例取整: { row: 14, col: 1 }, 加分合计上限: { row: 15, col: 1 }, 扣分合计上限: { row: 16, col: 1 },
      },
    },
    // Weights 40 + 60 = 100 = 满分. The name is in column C (index 2): `cell` is the name cell.
    indicators: [
      { name: '党建工作', max: 20, weight: 40, category: '组织建设', code: '1.1', cell: { row: 19, col: 2 } },
      { name: '经济发展', max: 30, weight: 60, category: '经济', code: '1.2', cell: { row: 20, col: 2 } },
    ],
    adjustments: [
      { column: '创新加分', kind: '加分', cap: 3, cell: { row: 23, col: 0 } },
      { column: '通报扣分', kind: '扣分', cap: null, cell: { row: 24, col: 0 } },
    ],
    vetoes: [
      { column: '安全事故', effect: '定为末等', cell: { row: 27, col: 0 } },
      { column: '违纪违法', effect: '总分计零', cell: { row: 28, col: 0 } },
    ],
    grades: [
      { name: '优秀', min: 90, quota: 0.2, cell: { row: 31, col: 0 } },
      { name: '良好', min: 80, quota: 0.5, cell: { row: 32, col: 0 } },
      { name: '一般', min: 0, quota: null, cell: { row: 33, col: 0 } },
    ],
    // Most stars first, whatever the sheet order.
    stars: [
      { stars: 5, min: 95, cell: { row: 37, col: 0 } },
      { stars: 4, min: 90, cell: { row: 36, col: 0 } },
    ],
    anomaly: {
      ...DEFAULT_ANOMALY_RULES,
      outlierZ: 3,
      jumpRankFraction: 0.25,
      enabled: { ...DEFAULT_ANOMALY_RULES.enabled, IDENTICAL_ROWS: false },
    },
  });
});

test('only 【指标】: every setting takes its default (SPEC §1.1 table)', () => {
  const r = parseScheme(grid(INDICATORS));
  expect(r.ok).toBe(true);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.settings).toEqual({
    dataSheet: null, unitColumn: '单位名称', groupColumn: null, fullMark: 100, rankMethod: '美式', tieBreakers: [],
    decimals: 2, totalMin: 0, totalMax: null, blank: '报错', vetoRank: '末位', quotaRounding: '向下',
    bonusTotalCap: null, deductionTotalCap: null,
    votePresentColumn: null, voteExpectedColumn: null, voteQuorum: { num: 2, den: 3 }, badVoteVeto: null,
    badVoteEffect: '取消评优', judgeFullMark: null, dropHighest: 1, dropLowest: 1, judgeMinimum: 5,
    judgeDeviation: { num: 20, den: 100 },
    cells: {},
  });
  expect(r.scheme?.adjustments).toEqual([]);
  expect(r.scheme?.vetoes).toEqual([]);
  expect(r.scheme?.grades).toEqual([]);
  expect(r.scheme?.stars).toEqual([]);
  expect(r.scheme?.anomaly).toEqual(DEFAULT_ANOMALY_RULES);
});

test('the scheme carries the sheet name it came from', () => {
  const r = parseScheme(grid(INDICATORS, '方案'));
  expect(r.scheme?.sheet).toBe('方案');
});

test('issues name the scheme sheet, are errors and carry both languages', () => {
  const r = parseScheme(grid([...INDICATORS, ['【基本设置】'], ['满分', -1]]));
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@B6']);
  const [i] = r.issues;
  expect(i).toMatchObject({ sheet: '考核方案', severity: 'error', row: 5, col: 1, unit: null, label: '方案错误' });
  expect(i?.message).toBe('考核方案 B6：“满分”应大于 0，现为 -1。请填写各指标权重（或分值）之和，如 100。请按说明修改考核方案后重新校验。');
  expect(i?.messageEn).toBe('Scheme cell B6: 满分 must be above 0, not -1. Fix the 考核方案 sheet and check again.');
});

test('problems everywhere are all reported, in sheet order', () => {
  const r = parseScheme(grid([
    ['【基本设置】'],
    ['排名方式', '德式'], //        B2 bad choice
    ['小数位', 2.5], //             B3 not a whole number
    ['【指标】'],
    ['指标名称', '分值'],
    ['党建工作', 0], //             B6 分值 must be > 0
    ['党建工作', 50], //            A7 duplicate name
    ['【等次】'],
    ['等次', '最低分'],
    ['优秀', 80],
    ['良好', 90], //                B11 higher than the grade above; also the last grade's 最低分 ≠ 0
  ]));
  expect(r.ok).toBe(false);
  expect(where(r.issues)).toEqual([
    'SCHEME_INVALID@B2', 'SCHEME_INVALID@B3', 'SCHEME_INVALID@B6', 'SCHEME_INVALID@A7',
    'SCHEME_INVALID@B11', 'SCHEME_INVALID@B11',
  ]);
  // A best-effort scheme comes back with the errors.
  expect(r.scheme?.indicators.map((i) => i.name)).toEqual(['党建工作', '党建工作']);
});
