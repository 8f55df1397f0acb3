import { assess } from '../../../src/engine';
import { HEADER_A, SCHEME_A, UNITS_A, schemeWith, sheet, workbook } from './helpers';

/*
 * Scheme A: 党建工作 分值 20 权重 30; 业务工作 分值 50 权重 70; 加分 上限 3; 扣分; 党风廉政 定为末等;
 * 等次 优秀 ≥90 (20%), 良好 ≥80, 一般 ≥60, 较差 ≥0.
 * By hand (points = score/分值×权重, total = ROUND(Σ + 加分 − 扣分, 2)):
 *   U1  20/20×30 + 50/50×70           = 30 + 70           = 100
 *   U2  18/20×30 + 45/50×70 + 2       = 27 + 63 + 2       = 92
 *   U3  27 + 63 + min(5, 3)           = 93   (CAPPED on D4)
 *   U4  16/20×30 + 40/50×70 − 1       = 24 + 56 − 1       = 79
 *   U5  30 + 63                       = 93
 *   U6  10/20×30 + 25/50×70           = 15 + 35           = 50
 *   U7  30 + 70 = 100, vetoed (定为末等)
 *   U8  14/20×30 + 40/50×70           = 21 + 56           = 77
 *   U9  17/20×30 + 42/50×70           = 25.5 + 58.8       = 84.3
 *   U10 19/20×30 + 48/50×70           = 28.5 + 67.2       = 95.7
 * 美式 (=RANK.EQ on totals, vetoed last under 末位): U1 1, U10 2, U3 3, U5 3, U2 5, U9 6, U4 7, U8 8, U6 9, U7 10.
 * 中国式 (dense): U1 1, U10 2, U3 3, U5 3, U2 4, U9 5, U4 6, U8 7, U6 8, U7 9.
 * Grades: N = 10, 优秀 quota = FLOOR(10×20%) = 2 → U1, U10 (U10 and the 3rd candidate U3 are not tied);
 *   良好 (≥80): U3, U5, U2, U9; 一般 (≥60): U4, U8; 较差: U6 (50) and U7 (定为末等).
 */
const data = () => sheet('考核数据', [HEADER_A, ...UNITS_A]);

function byName(result: ReturnType<typeof assess>) {
  return Object.fromEntries(result.units.map((u) => [u.name, u]));
}

describe('scoring, ranking and grading (SPEC §2–§4) on scheme A', () => {
  const result = assess(workbook(sheet('考核方案', SCHEME_A), data()));
  const u = byName(result);

  it('computes every total by hand', () => {
    expect(result.units.map((x) => [x.name, x.total])).toEqual([
      ['U1', 100], ['U2', 92], ['U3', 93], ['U4', 79], ['U5', 93], ['U6', 50], ['U7', 100], ['U8', 77], ['U9', 84.3], ['U10', 95.7],
    ]);
  });

  it('writes subtotals per 一级指标, rounded', () => {
    expect(u.U9?.subtotals).toEqual({ 组织建设: 25.5, 业务: 58.8 });
    expect(u.U4?.subtotals).toEqual({ 组织建设: 24, 业务: 56 });
  });

  it('ranks 美式 with ties and the vetoed unit last', () => {
    expect(result.units.map((x) => x.rank)).toEqual([1, 5, 3, 7, 3, 9, 10, 8, 6, 2]);
    expect(result.units.every((x) => x.overallRank === null)).toBe(true);
  });

  it('grades with the 优秀 quota and the veto', () => {
    expect(result.units.map((x) => x.grade)).toEqual(['优秀', '良好', '良好', '一般', '良好', '较差', '较差', '一般', '良好', '优秀']);
    expect(u.U7?.veto).toEqual({ column: '党风廉政', effect: '定为末等', reason: '党风廉政', cell: 'F8' });
    expect(u.U3?.gradeReason?.missed).toEqual([{ grade: '优秀', why: 'quota' }]);
  });

  it('caps 加分 at its 上限 with a CAPPED warning on the cell', () => {
    expect(u.U3?.adjustments).toEqual([{ column: '加分', kind: '加分', raw: 5, counted: 3 }]);
    const capped = result.issues.filter((i) => i.code === 'CAPPED');
    expect(capped.map((i) => [i.cell, i.severity, i.unit])).toEqual([['D4', 'warning', 'U3']]);
    expect(u.U3?.flags).toEqual(['CAPPED']);
  });

  it('flags the anomalies of issue 5 as warnings', () => {
    // U1 and U7 have full marks on both indicators (ALL_FULL_MARKS).
    // Totals sorted: 50 77 79 84.3 92 93 93 95.7 100 100 → median 92.5; |x − 92.5| sorted:
    // .5 .5 .5 3.2 7.5 7.5 8.2 13.5 15.5 42.5 → MAD 7.5; U6: 0.6745 × (50 − 92.5) / 7.5 = −3.82 < −3.5 → OUTLIER.
    expect(result.issues.map((i) => [i.code, i.cell, i.where ?? null])).toEqual([
      ['ALL_FULL_MARKS', 'A2', null], ['CAPPED', 'D4', null], ['OUTLIER', 'A7', '总分'], ['ALL_FULL_MARKS', 'A8', null],
    ]);
    expect(result.plan?.columns.find((c) => c.header === '异常标记')?.values[5]).toBe('离群(总分)');
  });

  it('summarises', () => {
    expect(result.summary).toEqual({ units: 10, scored: 10, errors: 0, warnings: 4 });
  });
});

describe('中国式 ranking and 不排名', () => {
  it('ranks densely', () => {
    const r = assess(workbook(sheet('考核方案', schemeWith([['排名方式', '中国式']])), data()));
    expect(r.units.map((x) => x.rank)).toEqual([1, 4, 3, 6, 3, 8, 9, 7, 5, 2]);
  });

  it('under 不排名 the vetoed unit gets no rank and still the lowest grade', () => {
    const r = assess(workbook(sheet('考核方案', schemeWith([['否决单位排名', '不排名']])), data()));
    const u7 = r.units.find((x) => x.name === 'U7');
    expect(u7?.rank).toBeNull();
    expect(u7?.grade).toBe('较差');
    expect(r.units.find((x) => x.name === 'U6')?.rank).toBe(9);
  });

  it('under 正常 the vetoed unit ranks by its total (tied first with U1)', () => {
    const r = assess(workbook(sheet('考核方案', schemeWith([['否决单位排名', '正常']])), data()));
    expect(r.units.find((x) => x.name === 'U7')?.rank).toBe(1);
    expect(r.units.find((x) => x.name === 'U1')?.rank).toBe(1);
    expect(r.units.find((x) => x.name === 'U10')?.rank).toBe(3);
  });
});

describe('quota ties (SPEC §4.2)', () => {
  it('gives nobody in a tied run at the quota edge the grade, with QUOTA_TIE', () => {
    // U10 scores 93 instead of 95.7 (19/20×30 + 45.5/50×70 = 28.5 + 63.7 = 92.2 — so use 45 → 28.5 + 63 = 91.5;
    // simplest: make U10 equal U3/U5 at 93 with 20/20 and 45/50 → 30 + 63 = 93).
    // Candidates for 优秀 (≥90) in rank order: U1 100, U3 93, U5 93, U10 93, U2 92; quota 2:
    // the 2nd (U3) and 3rd (U5) are tied → none of U3, U5, U10 gets 优秀; only U1 does.
    const units = UNITS_A.map((r) => (r[0] === 'U10' ? ['U10', 20, 45, null, null, null] : r));
    const r = assess(workbook(sheet('考核方案', SCHEME_A), sheet('考核数据', [HEADER_A, ...units])));
    const grade = Object.fromEntries(r.units.map((x) => [x.name, x.grade]));
    expect(grade).toMatchObject({ U1: '优秀', U3: '良好', U5: '良好', U10: '良好', U2: '良好' });
    const ties = r.issues.filter((i) => i.code === 'QUOTA_TIE');
    expect(ties.map((i) => [i.unit, i.cell, i.severity])).toEqual([['U3', 'A4', 'warning'], ['U5', 'A6', 'warning'], ['U10', 'A11', 'warning']]);
    expect(ties[0]?.message).toContain('优秀');
  });

  it('breaks the tie with 同分比较 so that the quota can be filled', () => {
    // 同分比较 业务工作: U3 and U5 tie at 93 but both have 业务 points 63 → still tied; U10 (20, 45) also 63.
    // Use 党建工作 instead: U3 27 + bonus… points of 党建: U3 27, U5 30, U10 30 → U5 and U10 tie ahead of U3.
    // Order: U1 100, then U5/U10 (93, 党建 30), U3 (93, 党建 27), U2 92. Quota 2: 2nd = U5, 3rd = U10 tied → only U1.
    const units = UNITS_A.map((r) => (r[0] === 'U10' ? ['U10', 20, 45, null, null, null] : r));
    const r = assess(workbook(sheet('考核方案', schemeWith([['同分比较', '党建工作']])), sheet('考核数据', [HEADER_A, ...units])));
    const rank = Object.fromEntries(r.units.map((x) => [x.name, x.rank]));
    expect(rank).toMatchObject({ U1: 1, U5: 2, U10: 2, U3: 4, U2: 5 });
  });
});

describe('Excel ROUND in totals', () => {
  it('rounds 0.1 + 0.2 to exactly 0.3 and ties it with 0.3', () => {
    // Two indicators 分值 50 each, no 权重: points = score. 0.1 + 0.2 = 0.30000000000000004 → ROUND(…,2) = 0.3.
    const scheme = [
      ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
    ];
    const r = assess(workbook(sheet('考核方案', scheme), sheet('数据', [['单位名称', '甲', '乙'], ['A', 0.1, 0.2], ['B', 0.3, 0]])));
    expect(r.units.map((x) => x.total)).toEqual([0.3, 0.3]);
    expect(r.units.map((x) => x.rank)).toEqual([1, 1]);
  });

  it('rounds half away from zero at 小数位 1: 1.25 → 1.3, 2.675 at 2 → 2.68', () => {
    const scheme = (d: number) => [['【基本设置】'], ['小数位', d], ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50]];
    const r1 = assess(workbook(sheet('考核方案', scheme(1)), sheet('数据', [['单位名称', '甲', '乙'], ['A', 1, 0.25]])));
    expect(r1.units[0]?.total).toBe(1.3);
    const r2 = assess(workbook(sheet('考核方案', scheme(2)), sheet('数据', [['单位名称', '甲', '乙'], ['A', 2, 0.675]])));
    expect(r2.units[0]?.total).toBe(2.68);
  });
});
