/**
 * docs/decisions.md “手工总分不符时的排名、等次”: when a clerk's own 总分 differs, the 排名 / 总排名 /
 * 等次 differences that only follow from it — the clerk's value equals what the program's ranking and
 * grading give over the clerk's totals — are named once in that TOTAL_MISMATCH, not warned again.
 * Differences that do not follow from the totals stay warnings of their own.
 */
import { codes, data, pick, run, scheme, type Row } from './helpers';

describe('rank and grade differences that follow from a clerk\'s total', () => {
  const sections: Row[] = [
    ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
    ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 85, null], ['良好', 0, null],
  ];
  /*
   * Program (美式): A 95 (1, 优秀), B 90 (2, 优秀), C 85 (3, 优秀), D 80 (4, 良好), E 70 (5, 良好).
   * Clerk's totals: A 80 (wrong), the rest right → =RANK over them: B 1, C 2, A 3, D 3, E 5;
   * 等次 by 最低分 85: A 良好 (80), B 优秀, C 优秀, D 良好, E 良好.
   * Clerk's columns D 总分, E 排名, F 等次:
   *   A 80 / 3 / 良好   total differs → TOTAL_MISMATCH D2; 排名 3 and 等次 良好 are what 80 gives → named in it
   *   B 90 / 1 / 优秀   排名 1 ≠ 2, = RANK over the clerk's totals → named in D2
   *   C 85 / 2 / 良好   排名 2 ≠ 3 → named in D2; 等次 良好 ≠ 优秀 and 85 gives 优秀 → GRADE_MISMATCH F4
   *   D 80 / 3 / 良好   排名 3 ≠ 4 → named in D2
   *   E 70 / 4 / 良好   排名 4 ≠ 5 and the clerk's totals give 5 → RANK_MISMATCH E6
   */
  const rows: Row[] = [
    ['单位名称', '甲', '乙', '总分', '排名', '等次'],
    ['A', 50, 45, 80, 3, '良好'],
    ['B', 45, 45, 90, 1, '优秀'],
    ['C', 45, 40, 85, 2, '良好'],
    ['D', 40, 40, 80, 3, '良好'],
    ['E', 35, 35, 70, 4, '良好'],
  ];
  const r = run(scheme([], sections), data(rows));

  it('reports the consequences once, inside the TOTAL_MISMATCH, and the rest on their own', () => {
    expect(codes(r)).toEqual([
      ['TOTAL_MISMATCH', 'D2', 'warning'],
      ['GRADE_MISMATCH', 'F4', 'warning'],
      ['RANK_MISMATCH', 'E6', 'warning'],
    ]);
    expect(r.issues[0]?.message).toBe('D2：表中自填的总分 80 与程序计算的 95 不一致，因此本行的排名、等次，以及B（排名）、C（排名）、D（排名）也与程序结果不同（按表中总分排出，不另列出）。请核对公式或填写。');
    expect(r.issues[0]?.messageEn).toBe("D2: the sheet's own total 80 differs from the computed 95; so this row's rank and grade, and the rank of B, the rank of C, the rank of D also differ from the computed ones (they follow from the sheet's totals; not listed again). Check the formula or entry.");
    expect(r.issues[2]?.message).toBe('E6：表中自填的排名 4 与程序计算的 5 不一致。请核对。');
  });

  it('leaves the program\'s results as they were (the clerk\'s totals are only read)', () => {
    expect(pick(r, 'rank')).toEqual({ A: 1, B: 2, C: 3, D: 4, E: 5 });
    expect(pick(r, 'grade')).toEqual({ A: '优秀', B: '优秀', C: '优秀', D: '良好', E: '良好' });
  });

  it('marks only the reported cells; the consequences\' cells keep no fill', () => {
    expect(r.plan?.marks.map((m) => [m.row, m.col])).toEqual([[1, 3], [3, 5], [5, 4]]);
    expect(pick(r, 'flags')).toEqual({ A: ['TOTAL_MISMATCH'], B: [], C: ['GRADE_MISMATCH'], D: [], E: ['RANK_MISMATCH'] });
  });

  it('a total that is no number moves nothing: the rank differences stay warnings', () => {
    const text = run(scheme([], sections), data([
      ['单位名称', '甲', '乙', '总分', '排名'],
      ['A', 50, 45, '九十五', 2],
      ['B', 45, 45, 90, 1],
    ]));
    // The clerk's totals are A 95 (computed: the cell holds no number), B 90 → A 1, B 2: neither 2 nor 1 follows.
    expect(codes(text)).toEqual([
      ['TOTAL_MISMATCH', 'D2', 'warning'],
      ['RANK_MISMATCH', 'E2', 'warning'],
      ['RANK_MISMATCH', 'E3', 'warning'],
    ]);
    expect(text.issues[0]?.message).toBe('D2：表中自填的总分 九十五 与程序计算的 95 不一致。请核对公式或填写。');
  });
});

describe('with groups and quotas: 排名 and 等次 per group, 总排名 over all', () => {
  const sections: Row[] = [
    ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
    ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 0, '40%'], ['良好', 0, null],
  ];
  /*
   * Program: 甲组 A1 90 (1, 优秀: 3 × 40% = 1.2 → 1 place), A2 80 (2, 良好), A3 70 (3, 良好);
   *          乙组 B1 85 (1, 优秀), B2 75 (2, 良好), B3 60 (3, 良好);
   *          总排名 A1 1, B1 2, A2 3, B2 4, A3 5, B3 6.
   * Clerk's totals: A2 95 and B3 65 (both wrong) → 甲组 A2 1 优秀, A1 2 良好, A3 3; 乙组 unchanged;
   *          总排名 A2 1, A1 2, B1 3, B2 4, A3 5, B3 6.
   * Clerk's columns E 总分, F 排名, G 总排名, H 等次:
   *   A1 90 / 2 / 2 / 良好   排名, 总排名, 等次 all follow from A2's 95 → named in E3
   *   A2 95 / 1 / 1 / 优秀   TOTAL_MISMATCH E3, its own 排名, 总排名, 等次 follow
   *   A3 70 / 3 / 5 / 良好   all equal
   *   B1 85 / 1 / 3 / 优秀   总排名 3 ≠ 2 follows from A2 (over all units): named in E3, not in B3's E7
   *   B2 75 / 2 / 4 / 优秀   等次 优秀 ≠ 良好, the clerk's totals give 良好 → GRADE_MISMATCH H6
   *   B3 65 / 3 / 6 / 良好   TOTAL_MISMATCH E7, nothing follows (65 stays last)
   */
  const rows: Row[] = [
    ['单位名称', '类别', '甲', '乙', '总分', '排名', '总排名', '等次'],
    ['A1', '甲组', 45, 45, 90, 2, 2, '良好'],
    ['A2', '甲组', 40, 40, 95, 1, 1, '优秀'],
    ['A3', '甲组', 35, 35, 70, 3, 5, '良好'],
    ['B1', '乙组', 45, 40, 85, 1, 3, '优秀'],
    ['B2', '乙组', 40, 35, 75, 2, 4, '优秀'],
    ['B3', '乙组', 30, 30, 65, 3, 6, '良好'],
  ];
  const r = run(scheme([['分组列', '类别']], sections), data(rows));

  it('names each consequence in the TOTAL_MISMATCH of its scope', () => {
    expect(pick(r, 'overallRank')).toEqual({ A1: 1, A2: 3, A3: 5, B1: 2, B2: 4, B3: 6 });
    expect(pick(r, 'grade')).toEqual({ A1: '优秀', A2: '良好', A3: '良好', B1: '优秀', B2: '良好', B3: '良好' });
    expect(codes(r)).toEqual([
      ['TOTAL_MISMATCH', 'E3', 'warning'],
      ['GRADE_MISMATCH', 'H6', 'warning'],
      ['TOTAL_MISMATCH', 'E7', 'warning'],
    ]);
    expect(r.issues[0]?.message).toBe('E3：表中自填的总分 95 与程序计算的 80 不一致，因此本行的排名、总排名、等次，以及A1（排名、总排名、等次）、B1（总排名）也与程序结果不同（按表中总分排出，不另列出）。请核对公式或填写。');
    expect(r.issues[2]?.message).toBe('E7：表中自填的总分 65 与程序计算的 60 不一致。请核对公式或填写。');
  });
});
