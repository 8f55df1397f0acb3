/**
 * A full 双述双评 scheme (SPEC §8): every 计分方法, 来源表, a custom 【等级分】, 【计分规则】 and every new
 * 基本设置 key, read into the exact Scheme. Rows are 1-based in the comments (Excel rows).
 */
import { parseScheme } from '../../../src/engine/scheme/parse';
import { DEFAULT_ANOMALY_RULES, DEFAULT_LEVELS, levelsOf } from '../../../src/engine/model/scheme';
import { grid, INDICATORS } from './helpers';

const SCHEME = grid([
  ['【基本设置】'], //                                                         1
  ['数据表', '考核数据'], //                                                   2
  ['测评实到列', '实到人数'], //                                               3
  ['测评应到列', ' 应到人数 '], //                                             4
  ['测评最低参评率', '2/3'], //                                                5
  ['差票否决比例', '１/３'], //                                                6
  ['差票否决效果', '定为末等'], //                                             7
  ['评委满分', 100], //                                                        8
  ['去掉最高分', 2], //                                                        9
  ['去掉最低分', '２'], //                                                     10
  ['评委最少人数', 7], //                                                      11
  ['评委偏离阈值', '15%'], //                                                  12
  ['【指标】'], //                                                             13
  ['指标名称', '分值', '计分方法', '来源表', '说明'], //                       14
  ['日常考核', 30, '直接', '日常考核', '各科室平时打分汇总'], //               15
  ['述职评议', 20, '评委', '述职评议'], //                                     16
  ['民主测评', 20, ' 测 评 ', '民主测评'], //                                  17
  ['党建任务完成率', 10, '完成率', null], //                                   18
  ['信访件数', 5, '逆向'], //                                                  19
  ['招商引资', 5, '功效系数'], //                                              20
  ['安全生产', 5, '扣分制'], //                                                21
  ['履职评价', 5, '定性', ''], //                                              22
  ['【等级分】'], //                                                           23
  ['等级', '得分率'], //                                                       24
  ['优秀', '100%'], //                                                         25
  ['称职', 0.85], //                                                           26
  ['基本称职', 60], //                                                         27
  ['不称职', 0], //                                                            28
  ['【计分规则】'], //                                                         29
  ['指标名称', '目标值', '满意值', '不允许值', '封顶', '每次扣分', '备注'], // 30
  ['党建任务完成率', '任务数', null, null, '120%', null, '各乡镇任务数不同'], // 31
  ['信访件数', 3], //                                                          32
  ['招商引资', null, '５０００', 1000, 150], //                               33
  ['安全生产', null, null, null, null, '2分'], //                             34
]);

const at = (row: number, col: number) => ({ row, col });

test('a 双述双评 scheme reads into the exact Scheme, with no issue', () => {
  const r = parseScheme(SCHEME);
  expect(r.issues).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.scheme).toEqual({
    sheet: '考核方案',
    settings: {
      dataSheet: '考核数据', unitColumn: '单位名称', groupColumn: null, fullMark: 100, rankMethod: '美式', tieBreakers: [],
      decimals: 2, totalMin: 0, totalMax: null, blank: '报错', vetoRank: '末位', quotaRounding: '向下',
      bonusTotalCap: null, deductionTotalCap: null,
      votePresentColumn: '实到人数', voteExpectedColumn: '应到人数', voteQuorum: { num: 2, den: 3 },
      badVoteVeto: { num: 1, den: 3 }, badVoteEffect: '定为末等', judgeFullMark: 100, dropHighest: 2, dropLowest: 2,
      judgeMinimum: 7, judgeDeviation: { num: 15, den: 100 },
      cells: {
        数据表: at(1, 1), 测评实到列: at(2, 1), 测评应到列: at(3, 1), 测评最低参评率: at(4, 1), 差票否决比例: at(5, 1),
        差票否决效果: at(6, 1), 评委满分: at(7, 1), 去掉最高分: at(8, 1), 去掉最低分: at(9, 1), 评委最少人数: at(10, 1),
        评委偏离阈值: at(11, 1),
      },
    },
    // 30 + 20 + 20 + 10 + 5 + 5 + 5 + 5 = 100 = 满分. An empty 来源表 (rows 18, 22) is the data sheet:
    // no `source`, but its cell is recorded.
    indicators: [
      { name: '日常考核', max: 30, weight: null, category: null, code: null, cell: at(14, 0), method: '直接', source: '日常考核', methodCell: at(14, 2), sourceCell: at(14, 3) },
      { name: '述职评议', max: 20, weight: null, category: null, code: null, cell: at(15, 0), method: '评委', source: '述职评议', methodCell: at(15, 2), sourceCell: at(15, 3) },
      { name: '民主测评', max: 20, weight: null, category: null, code: null, cell: at(16, 0), method: '测评', source: '民主测评', methodCell: at(16, 2), sourceCell: at(16, 3) },
      { name: '党建任务完成率', max: 10, weight: null, category: null, code: null, cell: at(17, 0), method: '完成率', methodCell: at(17, 2), sourceCell: at(17, 3) },
      { name: '信访件数', max: 5, weight: null, category: null, code: null, cell: at(18, 0), method: '逆向', methodCell: at(18, 2), sourceCell: at(18, 3) },
      { name: '招商引资', max: 5, weight: null, category: null, code: null, cell: at(19, 0), method: '功效系数', methodCell: at(19, 2), sourceCell: at(19, 3) },
      { name: '安全生产', max: 5, weight: null, category: null, code: null, cell: at(20, 0), method: '扣分制', methodCell: at(20, 2), sourceCell: at(20, 3) },
      { name: '履职评价', max: 5, weight: null, category: null, code: null, cell: at(21, 0), method: '定性', methodCell: at(21, 2), sourceCell: at(21, 3) },
    ],
    adjustments: [],
    vetoes: [],
    grades: [],
    stars: [],
    anomaly: DEFAULT_ANOMALY_RULES,
    // 100% → 100/100; 0.85 → 85/100; 60 (above 1: a percent) → 60/100; 0 → 0/1.
    levels: [
      { word: '优秀', rate: { num: 100, den: 100 }, cell: at(24, 0) },
      { word: '称职', rate: { num: 85, den: 100 }, cell: at(25, 0) },
      { word: '基本称职', rate: { num: 60, den: 100 }, cell: at(26, 0) },
      { word: '不称职', rate: { num: 0, den: 1 }, cell: at(27, 0) },
    ],
    rules: [
      {
        indicator: '党建任务完成率', target: { kind: 'column', header: '任务数', cell: at(30, 1) }, satisfied: null, disallowed: null,
        cap: { num: 120, den: 100 }, capCell: at(30, 4), perCount: null, cell: at(30, 0),
      },
      {
        indicator: '信访件数', target: { kind: 'number', value: 3, cell: at(31, 1) }, satisfied: null, disallowed: null,
        cap: { num: 100, den: 100 }, perCount: null, cell: at(31, 0),
      },
      {
        // ５０００ is a text number (§1.2); 封顶 150 is above 1, so a percent: 150%.
        indicator: '招商引资', target: null, satisfied: { kind: 'number', value: 5000, cell: at(32, 2) },
        disallowed: { kind: 'number', value: 1000, cell: at(32, 3) }, cap: { num: 150, den: 100 }, capCell: at(32, 4),
        perCount: null, cell: at(32, 0),
      },
      {
        indicator: '安全生产', target: null, satisfied: null, disallowed: null, cap: { num: 100, den: 100 },
        perCount: { kind: 'number', value: 2, cell: at(33, 5) }, cell: at(33, 0),
      },
    ],
  });
  // `capCell` is absent, not undefined, where 封顶 is blank (toEqual would not tell).
  expect(Object.keys(r.scheme?.rules?.[1] ?? {})).not.toContain('capCell');
  expect(Object.keys(r.scheme?.indicators[3] ?? {})).not.toContain('source');
  expect(r.scheme && levelsOf(r.scheme).map((l) => l.word)).toEqual(['优秀', '称职', '基本称职', '不称职']);
});

test('without 【等级分】 and 【计分规则】 the scheme has no levels or rules field, and levelsOf gives the defaults', () => {
  const r = parseScheme(grid(INDICATORS));
  expect(r.ok).toBe(true);
  expect(r.scheme && 'levels' in r.scheme).toBe(false);
  expect(r.scheme && 'rules' in r.scheme).toBe(false);
  expect(r.scheme && levelsOf(r.scheme)).toBe(DEFAULT_LEVELS);
});

test('an indicator table without 计分方法 / 来源表 columns gives indicators without those fields', () => {
  const r = parseScheme(grid(INDICATORS));
  expect(r.scheme?.indicators[0]).toEqual({ name: '党建工作', max: 50, weight: null, category: null, code: null, cell: at(2, 0) });
  expect(Object.keys(r.scheme?.indicators[0] ?? {}).sort()).toEqual(['category', 'cell', 'code', 'max', 'name', 'weight']);
});
