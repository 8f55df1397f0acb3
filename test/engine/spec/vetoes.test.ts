/**
 * SPEC §1.1 【一票否决】 with §3 and §4: the three effects, two vetoes on one unit, how each vetoed
 * unit ranks under 末位 / 正常 / 不排名, its grade cap and its stars.
 */
import { ANOMALY_CODES } from '../../../src/engine';
import { data, pick, run, scheme, unit, type Row } from './helpers';

/*
 * 甲, 乙 (分值 50); vetoes 廉政 定为末等, 评优 取消评优, 安全 总分计零;
 * 等次 优秀 ≥ 90, 良好 ≥ 80, 一般 (no quotas); 星级 5 ≥ 95, 4 ≥ 90, 3 ≥ 80.
 */
const SECTIONS: Row[] = [
  ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
  ['【一票否决】'], ['列名', '效果'], ['廉政', '定为末等'], ['评优', '取消评优'], ['安全', '总分计零'],
  ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, null], ['良好', 80, null], ['一般', null, null],
  ['【星级】'], ['星级', '最低分'], [5, 95], [4, 90], [3, 80],
];

/*
 * Unit   甲  乙  vetoes              total  cap    grade  stars
 * U1     50  50  —                   100    优秀   优秀   5
 * U2     48  47  评优 (取消评优)      95     良好   良好   —  (vetoed)
 * U3     45  45  廉政 (定为末等)      90     一般   一般   —
 * U4     46  46  安全 (总分计零)      0      优秀   一般   —  (total 0 reaches only 一般)
 * U5      0   0  —                   0      优秀   一般   —  (below every star)
 * U6     44  44  评优 + 廉政          88     一般   一般   —  (定为末等 wins)
 * U7     43  43  评优 + 安全          0      良好   一般   —
 * U8     40  40  —                   80     优秀   良好   3
 */
const ROWS: Row[] = [
  ['单位名称', '甲', '乙', '廉政', '评优', '安全'],
  ['U1', 50, 50, '否', null, '无'],
  ['U2', 48, 47, null, '√', null],
  ['U3', 45, 45, '是', '×', null],
  ['U4', 46, 46, null, null, 'Y'],
  ['U5', 0, 0, null, null, null],
  ['U6', 44, 44, 1, true, null],
  ['U7', 43, 43, null, 'YES', '否决'],
  ['U8', 40, 40, 'N', 0, 'FALSE'],
];

describe('the three veto effects (SPEC §1.1, §2.4, §4)', () => {
  const r = run(scheme([], SECTIONS), data(ROWS));

  it('reads every standard answer without a warning', () => {
    expect(r.issues).toEqual([]);
  });

  it('总分计零 makes the total 0; the others keep it', () => {
    expect(pick(r, 'total')).toEqual({ U1: 100, U2: 95, U3: 90, U4: 0, U5: 0, U6: 88, U7: 0, U8: 80 });
    expect(unit(r, 'U4').capsApplied).toEqual(['总分计零']);
  });

  it('取消评优 can not get the top grade but gets the second; 定为末等 gets the lowest; two vetoes: the stronger cap', () => {
    expect(pick(r, 'grade')).toEqual({ U1: '优秀', U2: '良好', U3: '一般', U4: '一般', U5: '一般', U6: '一般', U7: '一般', U8: '良好' });
    expect(unit(r, 'U2').gradeReason).toEqual({ cap: '良好', missed: [{ grade: '优秀', why: 'veto' }] });
    expect(unit(r, 'U3').gradeReason?.cap).toBe('一般');
  });

  it('a vetoed unit gets no stars, whatever its total', () => {
    expect(pick(r, 'stars')).toEqual({ U1: 5, U2: null, U3: null, U4: null, U5: null, U6: null, U7: null, U8: 3 });
    expect(r.plan?.columns.find((c) => c.header === '星级')?.values).toEqual(['★★★★★', null, null, null, null, null, null, '★★★']);
  });

  it('two vetoes on one unit: both are kept, the 定为末等 one is reported first', () => {
    const u6 = unit(r, 'U6');
    expect(u6.vetoes.map((v) => [v.column, v.effect, v.cell])).toEqual([['廉政', '定为末等', 'D7'], ['评优', '取消评优', 'E7']]);
    expect(u6.veto).toEqual({ column: '廉政', effect: '定为末等', reason: '廉政', cell: 'D7' });
    expect(unit(r, 'U7').vetoes.map((v) => v.effect)).toEqual(['总分计零', '取消评优']); // §8.3: `vetoes` strongest first
  });

  it('末位 (default): vetoed units rank after every unvetoed one, a 总分计零 unit after an unvetoed 0', () => {
    // Unvetoed: U1 100, U8 80, U5 0 → 1, 2, 3. Vetoed by total: U2 95, U3 90, U6 88, U4 0 = U7 0 → 4, 5, 6, 7, 7.
    expect(pick(r, 'rank')).toEqual({ U1: 1, U2: 4, U3: 5, U4: 7, U5: 3, U6: 6, U7: 7, U8: 2 });
  });

  it('正常: vetoed units rank by total like any other (=RANK.EQ)', () => {
    const n = run(scheme([['否决单位排名', '正常']], SECTIONS), data(ROWS));
    // 100, 95, 90, 88, 80, 0, 0, 0 → 1, 2, 3, 4, 5, 6, 6, 6.
    expect(pick(n, 'rank')).toEqual({ U1: 1, U2: 2, U3: 3, U4: 6, U5: 6, U6: 4, U7: 6, U8: 5 });
    expect(pick(n, 'grade')).toEqual(pick(r, 'grade'));
  });

  it('不排名: vetoed units get no rank, and the grades do not change', () => {
    const n = run(scheme([['否决单位排名', '不排名']], SECTIONS), data(ROWS));
    expect(pick(n, 'rank')).toEqual({ U1: 1, U2: null, U3: null, U4: null, U5: 3, U6: null, U7: null, U8: 2 });
    expect(pick(n, 'grade')).toEqual(pick(r, 'grade'));
  });

  it('中国式 under 末位: dense ranks continue after the unvetoed units', () => {
    const n = run(scheme([['排名方式', '中国式']], SECTIONS), data(ROWS));
    // Positions: U1, U8, U5 | U2, U3, U6, (U4 = U7) → 1, 2, 3, 4, 5, 6, 7, 7.
    expect(pick(n, 'rank')).toEqual({ U1: 1, U2: 4, U3: 5, U4: 7, U5: 3, U6: 6, U7: 7, U8: 2 });
  });
});

describe('with the anomaly flags on (issue 5, the default)', () => {
  it('the same totals, ranks, grades and stars; only anomaly warnings are added', () => {
    const quiet = run(scheme([], SECTIONS), data(ROWS));
    const loud = run(scheme([], SECTIONS, true), data(ROWS));
    for (const key of ['total', 'rank', 'grade', 'stars'] as const) expect(pick(loud, key)).toEqual(pick(quiet, key));
    // U1 is at full marks on both indicators: ALL_FULL_MARKS on its name cell A2 (U2…U8 are not).
    expect(loud.issues.map((i) => [i.code, i.cell, i.severity])).toContainEqual(['ALL_FULL_MARKS', 'A2', 'warning']);
    for (const i of loud.issues) {
      expect(ANOMALY_CODES).toContain(i.code);
      expect(i.severity).toBe('warning');
    }
  });
});

describe('取消评优 with a quota on the top grade (SPEC §4.1, §4.2)', () => {
  it('the vetoed unit is not a candidate for 优秀 but is counted in N; it takes 良好', () => {
    // 优秀 ≥ 90 with 比例上限 40%, 良好 ≥ 80, 一般. N = 5 (V included) → 5 × 40% = 2 places.
    // Candidates for 优秀 in rank order (V excluded by its cap): A 98, B 97, C 96 → A and B.
    // Had V not been counted, N = 4 → 1.6 → 1 place (A only).
    const sections: Row[] = [
      ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
      ['【一票否决】'], ['列名', '效果'], ['评优', '取消评优'],
      ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, '40%'], ['良好', 80, null], ['一般', 0, null],
    ];
    const r = run(scheme([], sections), data([
      ['单位名称', '甲', '乙', '评优'],
      ['V', 50, 49, '是'], // 99
      ['A', 50, 48, null], // 98
      ['B', 49, 48, null], // 97
      ['C', 48, 48, null], // 96
      ['D', 25, 25, null], // 50
    ]));
    expect(pick(r, 'grade')).toEqual({ V: '良好', A: '优秀', B: '优秀', C: '良好', D: '一般' });
    expect(unit(r, 'C').gradeReason?.missed).toEqual([{ grade: '优秀', why: 'quota' }]);
    expect(r.issues).toEqual([]);
  });
});
