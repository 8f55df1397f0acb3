/**
 * SPEC §3: 同分比较 with two indicators, ranks within groups and over all units, 中国式, vetoed and
 * blocked units.
 */
import { data, pick, run, scheme, type Row } from './helpers';

/* 甲 (分值 50), 乙 (30), 丙 (20), no 权重: points = scores. */
const THREE: Row[] = [['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 30], ['丙', 20]];

/*
 * Unit  甲  乙  丙  total
 * A     40  30  10  80
 * B     40  25  15  80
 * C     45  25  10  80
 * D     45  25  10  80   (equal to C on 乙 and 丙 too)
 * E     30  30  20  80
 * F     50  30  10  90
 * G     10  10  10  30
 */
const ROWS: Row[] = [
  ['单位名称', '甲', '乙', '丙'],
  ['A', 40, 30, 10], ['B', 40, 25, 15], ['C', 45, 25, 10], ['D', 45, 25, 10], ['E', 30, 30, 20], ['F', 50, 30, 10], ['G', 10, 10, 10],
];

describe('同分比较 with two indicators (SPEC §1.1, §3)', () => {
  it('breaks ties on the total by 乙, then 丙; units equal on all of them stay tied', () => {
    // F 90 first. The 80s by 乙: A, E (30) before B, C, D (25); A vs E by 丙: E 20 > A 10.
    // B, C, D by 丙: B 15, then C = D 10 (tied). 美式: F 1, E 2, A 3, B 4, C 5, D 5, G 7.
    const r = run(scheme([['同分比较', '乙、丙']], THREE), data(ROWS));
    expect(pick(r, 'rank')).toEqual({ A: 3, B: 4, C: 5, D: 5, E: 2, F: 1, G: 7 });
    // 中国式: … C 5, D 5, G 6.
    const dense = run(scheme([['同分比较', '乙，丙'], ['排名方式', '中国式']], THREE), data(ROWS));
    expect(pick(dense, 'rank')).toEqual({ A: 3, B: 4, C: 5, D: 5, E: 2, F: 1, G: 6 });
  });

  it('the order of the 同分比较 names matters: 丙 first', () => {
    // 80s by 丙: E 20, B 15, then A, C, D (10) by 乙: A 30, then C = D 25.
    const r = run(scheme([['同分比较', '丙,乙']], THREE), data(ROWS));
    expect(pick(r, 'rank')).toEqual({ A: 4, B: 3, C: 5, D: 5, E: 2, F: 1, G: 7 });
  });

  it('without 同分比较 the 80s all tie at 2 (=RANK.EQ), and G is 7', () => {
    expect(pick(run(scheme([], THREE), data(ROWS)), 'rank')).toEqual({ A: 2, B: 2, C: 2, D: 2, E: 2, F: 1, G: 7 });
  });

  it('compares the indicators\' points (score / 分值 × 权重), not their raw scores', () => {
    // 甲 分值 10 权重 60, 乙 分值 100 权重 40; 同分比较 甲.
    // P: 甲 5 → 30 points, 乙 100 → 40: total 70. Q: 甲 10 → 60, 乙 25 → 10: total 70. Q's 甲 points (60) > P's (30).
    const sections: Row[] = [['【指标】'], ['指标名称', '分值', '权重'], ['甲', 10, 60], ['乙', 100, 40]];
    const r = run(scheme([['同分比较', '甲']], sections), data([['单位名称', '甲', '乙'], ['P', 5, 100], ['Q', 10, 25]]));
    expect(r.units.map((u) => [u.name, u.total, u.rank])).toEqual([['P', 70, 2], ['Q', 70, 1]]);
  });
});

describe('groups: 排名 inside the group, 总排名 over all units (SPEC §3)', () => {
  const sections: Row[] = [...THREE, ['【一票否决】'], ['列名', '效果'], ['廉政', '定为末等']];
  const rows: Row[] = [
    ['单位名称', '分组', '甲', '乙', '丙', '廉政'],
    ['A', '乡镇', 45, 25, 20, null], // 90
    ['B', '乡镇', 40, 25, 15, null], // 80
    ['C', '乡镇', 40, 20, 20, null], // 80
    ['D', '部门', 45, 25, 15, null], // 85
    ['E', '部门', 30, 20, 20, null], // 70
    ['F', '部门', 50, 30, 15, '是'], // 95, vetoed
    ['G', '乡镇', null, 30, 20, null], // MISSING_VALUE: no rank, not counted
  ];

  it('美式: a vetoed unit is last in its group and over all; a blocked unit is not counted', () => {
    const r = run(scheme([['分组列', '分组']], sections), data(rows));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['MISSING_VALUE', 'C8']]);
    // 乡镇: A 1, B 2, C 2. 部门: D 1, E 2, F (vetoed) 3.
    // Over all: A 90, D 85, B 80, C 80, E 70, then F → 1, 2, 3, 3, 5, 6.
    expect(r.units.map((u) => [u.name, u.rank, u.overallRank])).toEqual([
      ['A', 1, 1], ['B', 2, 3], ['C', 2, 3], ['D', 1, 2], ['E', 2, 5], ['F', 3, 6], ['G', null, null],
    ]);
  });

  it('中国式: dense in the group and over all', () => {
    const r = run(scheme([['分组列', '分组'], ['排名方式', '中国式']], sections), data(rows));
    // Over all: A 1, D 2, B = C 3, E 4, F 5.
    expect(r.units.map((u) => [u.name, u.rank, u.overallRank])).toEqual([
      ['A', 1, 1], ['B', 2, 3], ['C', 2, 3], ['D', 1, 2], ['E', 2, 4], ['F', 3, 5], ['G', null, null],
    ]);
  });

  it('the 考核结果 sheet lists each group in rank order, unscored units last in their group', () => {
    const r = run(scheme([['分组列', '分组']], sections), data(rows));
    const rs = r.plan?.resultSheet;
    expect(rs?.rows.map((row) => row[2])).toEqual(['A', 'B', 'C', 'G', 'D', 'E', 'F']);
    expect(rs?.groupStarts).toEqual([0, 4]);
  });
});
