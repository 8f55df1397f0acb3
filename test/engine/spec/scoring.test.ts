/**
 * SPEC §1.1 【加扣分】 and §2 (scoring), sentence by sentence: caps on cells and sums, the clamp of
 * the total, Excel ROUND of totals and subtotals, blank cells, blocked units.
 */
import { codes, data, pick, run, scheme, unit, type Row } from './helpers';

/* 甲, 乙 (分值 50, no 权重); 加分A (上限 5), 加分B (no 上限), 扣分A (no 上限). */
const ADJ: Row[] = [
  ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
  ['【加扣分】'], ['列名', '类型', '上限'], ['加分A', '加分', 5], ['加分B', '加分', null], ['扣分A', '扣分', null],
];
const HEAD: Row = ['单位名称', '甲', '乙', '加分A', '加分B', '扣分A'];

describe('§2.3 加分 / 扣分: cell caps, then 加分合计上限 / 扣分合计上限', () => {
  it('caps each cell at its column\'s 上限 (CAPPED), then the sums at the 合计上限', () => {
    const r = run(scheme([['加分合计上限', 3], ['扣分合计上限', 1]], ADJ), data([
      HEAD,
      ['城关镇', 40, 40, 2, 2, 2], //   bonus min(2 + 2, 3) = 3; deduction min(2, 1) = 1 → 80 + 3 − 1 = 82
      ['东关街道', 40, 40, 6, null, null], // 加分A 6 → 5 (CAPPED D3); min(5, 3) = 3 → 83
      ['南山乡', 40, 40, 1, 1, 0.5], //   bonus 2 (under the cap), deduction 0.5 → 81.5
    ]));
    expect(pick(r, 'total')).toEqual({ 城关镇: 82, 东关街道: 83, 南山乡: 81.5 });
    expect(codes(r)).toEqual([['CAPPED', 'D3', 'warning']]);
    expect(unit(r, '城关镇').capsApplied).toEqual(['加分合计上限', '扣分合计上限']);
    expect([unit(r, '城关镇').bonus, unit(r, '城关镇').deduction]).toEqual([3, 1]);
    expect(unit(r, '东关街道').adjustments).toEqual([{ column: '加分A', kind: '加分', raw: 6, counted: 5 }]);
    expect(unit(r, '东关街道').capsApplied).toEqual(['加分A上限', '加分合计上限']);
  });

  it('reads 加扣分 cells like scores: empty is 0, text numbers with TEXT_NUMBER, percent and words are errors', () => {
    const r = run(scheme([], ADJ), data([
      HEAD,
      ['城关镇', 40, 40, '２分', null, '1.5'], // 80 + 2 − 1.5 = 80.5, TEXT_NUMBER on D2 and F2
      ['东关街道', 40, 40, '5%', null, null], //  NOT_A_NUMBER on D3: blocked
      ['南山乡', 40, 40, null, '加2分', null], // NOT_A_NUMBER on E4: blocked
    ]));
    expect(codes(r)).toEqual([
      ['TEXT_NUMBER', 'D2', 'warning'], ['TEXT_NUMBER', 'F2', 'warning'], ['NOT_A_NUMBER', 'D3', 'error'], ['NOT_A_NUMBER', 'E4', 'error'],
    ]);
    expect(pick(r, 'total')).toEqual({ 城关镇: 80.5, 东关街道: null, 南山乡: null });
  });
});

describe('§2.4 the clamp: 总分下限 (default 0) and 总分上限', () => {
  it('clamps at 总分上限 and at the default 总分下限 0', () => {
    const r = run(scheme([['总分上限', 100]], ADJ), data([
      HEAD,
      ['城关镇', 50, 48, 4, null, null], //  98 + 4 = 102 → 100
      ['东关街道', 2, 1, null, null, 10], // 3 − 10 = −7 → 0
      ['南山乡', 50, 49, 1, null, null], //  99 + 1 = 100 (not clamped)
    ]));
    expect(pick(r, 'total')).toEqual({ 城关镇: 100, 东关街道: 0, 南山乡: 100 });
    expect(pick(r, 'capsApplied')).toEqual({ 城关镇: ['总分上限'], 东关街道: ['总分下限'], 南山乡: [] });
    // 城关镇 and 南山乡 tie at 100 after the clamp.
    expect(pick(r, 'rank')).toEqual({ 城关镇: 1, 东关街道: 3, 南山乡: 1 });
  });

  it('a 总分下限 above 0 lifts low totals to it', () => {
    const r = run(scheme([['总分下限', 60]], ADJ), data([HEAD, ['城关镇', 20, 30, null, null, null], ['东关街道', 40, 30, null, null, null]]));
    // 50 → 60; 70 stays.
    expect(pick(r, 'total')).toEqual({ 城关镇: 60, 东关街道: 70 });
  });

  it('a negative total (总分下限 −10) rounds half away from zero: =ROUND(-2.5,0) = -3', () => {
    const r = run(scheme([['总分下限', -10], ['小数位', 0]], ADJ), data([HEAD, ['城关镇', 0, 0, null, null, 2.5], ['东关街道', 0, 0, null, null, 20]]));
    // 0 − 2.5 = −2.5 → −3; 0 − 20 = −20 → clamped to −10.
    expect(pick(r, 'total')).toEqual({ 城关镇: -3, 东关街道: -10 });
  });
});

describe('§2.4 Excel ROUND of totals and subtotals', () => {
  it('=ROUND(1+0.005,2) = 1.01 (the double sum is 1.00499999999999989…)', () => {
    const r = run(scheme([]), data([['单位名称', '甲', '乙'], ['城关镇', 1, 0.005]]));
    expect(pick(r, 'total')).toEqual({ 城关镇: 1.01 });
  });

  it('小数位 0: =ROUND(84.5,0) = 85; 小数位 3 keeps 84.125', () => {
    const rows: Row[] = [['单位名称', '甲', '乙'], ['城关镇', 42, 42.5], ['东关街道', 42, 42.125]];
    expect(pick(run(scheme([['小数位', 0]]), data(rows)), 'total')).toEqual({ 城关镇: 85, 东关街道: 84 });
    expect(pick(run(scheme([['小数位', 3]]), data(rows)), 'total')).toEqual({ 城关镇: 84.5, 东关街道: 84.125 });
  });

  it('subtotals per 一级指标 are rounded the same way, from unrounded points', () => {
    // 甲 分值 3 权重 50 (一级 A), 乙 分值 7 权重 50 (一级 B); scores 1 and 1:
    // 1/3×50 = 16.6666…, 1/7×50 = 7.142857…; total =ROUND(23.8095…,2) = 23.81; subtotals 16.67 and 7.14.
    const sections: Row[] = [['【指标】'], ['指标名称', '分值', '权重', '一级指标'], ['甲', 3, 50, 'A'], ['乙', 7, 50, 'B']];
    const r = run(scheme([], sections), data([['单位名称', '甲', '乙'], ['城关镇', 1, 1]]));
    expect(unit(r, '城关镇')).toMatchObject({ total: 23.81, subtotals: { A: 16.67, B: 7.14 } });
    expect(r.plan?.columns.map((c) => [c.header, c.values[0], c.numberFormat])).toEqual([
      ['A小计', 16.67, '0.00'], ['B小计', 7.14, '0.00'], ['总分', 23.81, '0.00'], ['排名', 1, null], ['异常标记', null, null],
    ]);
  });
});

describe('§1.1 空白处理 and §2.5 blocked units', () => {
  it('按0分: an empty indicator cell is 0 with a MISSING_VALUE warning; the unit is scored and ranked', () => {
    const r = run(scheme([['空白处理', '按0分']]), data([['单位名称', '甲', '乙'], ['城关镇', null, 45], ['东关街道', 30, 30]]));
    expect(codes(r)).toEqual([['MISSING_VALUE', 'B2', 'warning']]);
    expect(r.units.map((u) => [u.name, u.total, u.rank, u.blocked])).toEqual([['城关镇', 45, 2, false], ['东关街道', 60, 1, false]]);
    expect(r.plan?.columns.find((c) => c.header === '异常标记')?.values).toEqual(['缺失值(B2)', null]);
  });

  it('报错 (default): the unit gets no total, rank or grade and its 异常标记 says why; it is not counted for ranks', () => {
    const r = run(scheme([]), data([['单位名称', '甲', '乙'], ['城关镇', null, 45], ['东关街道', 30, 30], ['南山乡', 20, 20]]));
    expect(codes(r)).toEqual([['MISSING_VALUE', 'B2', 'error']]);
    expect(r.units.map((u) => [u.name, u.total, u.rank, u.grade, u.blocked])).toEqual([
      ['城关镇', null, null, null, true], ['东关街道', 60, 1, null, false], ['南山乡', 40, 2, null, false],
    ]);
    expect(r.plan?.columns.find((c) => c.header === '异常标记')?.values).toEqual(['缺失值(B2)', null, null]);
    expect(r.plan?.marks.map((m) => [m.row, m.col, m.fill])).toEqual([[1, 1, '#FFC7CE']]);
  });
});
