/**
 * SPEC §5 (as the engine plans it): the clerk's own 总分 / 排名 / 等次 columns are never written, are
 * compared with the program's values (TOTAL_MISMATCH, RANK_MISMATCH, GRADE_MISMATCH on exactly the
 * differing cells), and the program's columns are added beside the table with `（核）`.
 */
import { codes, data, run, scheme, type Row } from './helpers';

const SECTIONS: Row[] = [
  ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
  ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, null], ['良好', 0, null],
];

/*
 * Program's values: A 50+45 = 95 (1, 优秀); D 45+44.995 = 89.995 → =ROUND(89.995,2) = 90 (2, 优秀);
 * B 40+42 = 82 (3, 良好); C 30+30 = 60 (4, 良好); E blocked ('85%').
 * Clerk's values (columns D 总分, E 排名, F 等次):
 *   A 95 / 1 / 优秀        all equal
 *   B 82 / 2 / 良好        排名 2 ≠ 3 → RANK_MISMATCH E3
 *   C 61 / 4 / 优秀        总分 61 ≠ 60 → TOTAL_MISMATCH D4; 等次 优秀 ≠ 良好 → GRADE_MISMATCH F4
 *   D 89.995 / blank / ' 优秀 '   89.995 rounds to 90 = 90; a blank 排名 claims nothing; 等次 equal after trimming
 *   E 99 / 1 / 优秀        blocked: nothing to compare
 */
const ROWS: Row[] = [
  ['单位名称', '甲', '乙', '总分', '排名', '等次'],
  ['A', 50, 45, 95, 1, '优秀'],
  ['B', 40, 42, 82, 2, '良好'],
  ['C', 30, 30, 61, 4, '优秀'],
  ['D', 45, 44.995, 89.995, null, ' 优秀 '],
  ['E', '85%', 40, 99, 1, '优秀'],
];

describe('the clerk\'s own 总分 / 排名 / 等次 columns', () => {
  const r = run(scheme([], SECTIONS), data(ROWS, { formulas: new Map([['1,3', 'SUM(B2:C2)'], ['2,3', 'SUM(B3:C3)']]) }));

  it('flags exactly the differing cells, as warnings on the clerk\'s cells', () => {
    expect(codes(r)).toEqual([
      ['RANK_MISMATCH', 'E3', 'warning'],
      ['TOTAL_MISMATCH', 'D4', 'warning'],
      ['GRADE_MISMATCH', 'F4', 'warning'],
      ['NOT_A_NUMBER', 'B6', 'error'],
    ]);
    const total = r.issues.find((i) => i.code === 'TOTAL_MISMATCH');
    expect(total?.unit).toBe('C');
    expect(total?.message).toContain('61');
    expect(total?.message).toContain('60');
  });

  it('never plans a write into the clerk\'s columns; adds 总分（核）, 排名（核）, 等次（核） beside the table', () => {
    expect(r.plan?.columns.map((c) => [c.header, c.col, c.isNew])).toEqual([
      ['总分（核）', 6, true], ['排名（核）', 7, true], ['等次（核）', 8, true], ['异常标记', 9, true],
    ]);
    expect(r.plan?.columns[0]?.values).toEqual([95, 82, 60, 90, null]);
    expect(r.units.map((u) => [u.name, u.total, u.rank, u.grade])).toEqual([
      ['A', 95, 1, '优秀'], ['B', 82, 3, '良好'], ['C', 60, 4, '良好'], ['D', 90, 2, '优秀'], ['E', null, null, null],
    ]);
  });

  it('marks the mismatching cells yellow with a note, and names them in 异常标记', () => {
    expect(r.plan?.marks.map((m) => [m.row, m.col, m.fill])).toEqual([[2, 4, '#FFEB9C'], [3, 3, '#FFEB9C'], [3, 5, '#FFEB9C'], [5, 1, '#FFC7CE']]);
    expect(r.plan?.columns[3]?.values).toEqual([null, '排名不符(E3)', '总分不符(D4)；等次不符(F4)', null, '非数字(B6)']);
  });
});
