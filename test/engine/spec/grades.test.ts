/**
 * SPEC §1.1 【等次】 / 比例取整 and §4: quota sizes, what N counts, quotas per scope.
 */
import { codes, data, pick, run, scheme, type Row } from './helpers';

/* One indicator 甲 (分值 100): total = the score. 优秀 ≥ `min` with 比例上限 `quota`, then 良好 (the rest). */
function graded(min: number, quota: string, extra: Row[] = []): Row[] {
  return [
    ['【指标】'], ['指标名称', '分值'], ['甲', 100],
    ...extra,
    ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', min, quota], ['良好', 0, null],
  ];
}
const rowsOf = (totals: number[]): Row[] => [['单位名称', '甲'], ...totals.map((t, i): Row => [`U${i + 1}`, t])];
const best = (r: ReturnType<typeof run>): string[] => r.units.filter((u) => u.grade === '优秀').map((u) => u.name);

describe('比例取整: N × p rounded 向下 (default) or 四舍五入', () => {
  const thirteen = rowsOf([100, 95, 90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40]);

  it('13 × 30% = 3.9: =ROUNDDOWN(3.9,0) = 3 places; =ROUND(3.9,0) = 4 places', () => {
    expect(best(run(scheme([], graded(60, '30%')), data(thirteen)))).toEqual(['U1', 'U2', 'U3']);
    expect(best(run(scheme([['比例取整', '向下']], graded(60, '30%')), data(thirteen)))).toEqual(['U1', 'U2', 'U3']);
    expect(best(run(scheme([['比例取整', '四舍五入']], graded(60, '30%')), data(thirteen)))).toEqual(['U1', 'U2', 'U3', 'U4']);
  });

  it('5 × 10% = 0.5: 向下 gives nobody the grade, 四舍五入 gives one', () => {
    const five = rowsOf([100, 95, 90, 85, 80]);
    expect(best(run(scheme([], graded(0, '10%')), data(five)))).toEqual([]);
    expect(best(run(scheme([['比例取整', '四舍五入']], graded(0, '10%')), data(five)))).toEqual(['U1']);
  });

  it('12 × 29% = 3.48 (the double 3.4799999999999995): 3 places either way', () => {
    const twelve = rowsOf([100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89]);
    expect(best(run(scheme([['比例取整', '四舍五入']], graded(0, '29%')), data(twelve)))).toEqual(['U1', 'U2', 'U3']);
  });
});

describe('what N counts (SPEC §1.1: scored units in the scope, vetoed ones included, units with errors not)', () => {
  it('a unit with an error is not counted: 3 scored × 50% = 1.5 → 1 place (4 × 50% would be 2)', () => {
    const r = run(scheme([], graded(0, '50%')), data([['单位名称', '甲'], ['A', 90], ['B', 80], ['C', 70], ['E', '85%']]));
    expect(codes(r)).toEqual([['NOT_A_NUMBER', 'B5', 'error']]);
    expect(pick(r, 'grade')).toEqual({ A: '优秀', B: '良好', C: '良好', E: null });
  });

  const vetoed = graded(0, '50%', [['【一票否决】'], ['列名', '效果'], ['廉政', '定为末等']]);
  const fourWithVeto: Row[] = [['单位名称', '甲', '廉政'], ['A', 90, null], ['B', 85, null], ['C', 70, null], ['V', 95, '是']];

  it('a vetoed (定为末等) unit is counted: 4 × 50% = 2 places for A and B; V gets the lowest grade', () => {
    const r = run(scheme([], vetoed), data(fourWithVeto));
    expect(pick(r, 'grade')).toEqual({ A: '优秀', B: '优秀', C: '良好', V: '良好' });
  });

  it('under 不排名 the vetoed unit has no rank but is still counted in N', () => {
    const r = run(scheme([['否决单位排名', '不排名']], vetoed), data(fourWithVeto));
    expect(pick(r, 'rank')).toEqual({ A: 1, B: 2, C: 3, V: null });
    expect(pick(r, 'grade')).toEqual({ A: '优秀', B: '优秀', C: '良好', V: '良好' });
  });
});

describe('quotas per scope (分组列)', () => {
  it('each group has its own N: 乡镇 5 × 40% = 2 places, 部门 2 × 40% = 0.8 → 0', () => {
    const r = run(scheme([['分组列', '类别']], graded(0, '40%')), data([
      ['单位名称', '类别', '甲'],
      ['A', '乡镇', 95], ['B', '乡镇', 90], ['C', '乡镇', 85], ['D', '乡镇', 80], ['E', '乡镇', 75],
      ['F', '部门', 99], ['G', '部门', 60],
    ]));
    expect(pick(r, 'grade')).toEqual({ A: '优秀', B: '优秀', C: '良好', D: '良好', E: '良好', F: '良好', G: '良好' });
    expect(pick(r, 'rank')).toEqual({ A: 1, B: 2, C: 3, D: 4, E: 5, F: 1, G: 2 });
    // 总排名 over all seven: 99, 95, 90, 85, 80, 75, 60.
    expect(pick(r, 'overallRank')).toEqual({ A: 2, B: 3, C: 4, D: 5, E: 6, F: 1, G: 7 });
  });
});
