/** A total the program itself made 0 (a 总分计零 veto) is no 离群 — a real 0 from the scores is. */
import { assess } from '../../../src/engine';
import type { WorkbookInput } from '../../../src/engine/model/workbook';

const scheme = { name: '考核方案', cells: [['【指标】'], ['指标名称', '分值'], ['得分', 100], [], ['【一票否决】'], ['列名', '效果'], ['信访', '总分计零']] };
// Ten units scoring 80..89; 癸 (row 11) scores 85 but is vetoed, or scores 0 without a veto.
function book(lastScore: number, lastVeto: string): WorkbookInput {
  const rows: Array<Array<string | number>> = [['单位名称', '得分', '信访']];
  '甲乙丙丁戊己庚辛壬'.split('').forEach((n, i) => rows.push([n, 80 + i, '否']));
  rows.push(['癸', lastScore, lastVeto]);
  return { sheets: [{ name: '考核数据', cells: rows }, scheme] };
}

test('a 总分计零 veto: total 0, ranked last, and no OUTLIER on its total', () => {
  const a = assess(book(85, '是'));
  const u = a.units.find((x) => x.name === '癸');
  expect([u?.total, u?.rank, u?.veto?.effect]).toEqual([0, 10, '总分计零']);
  expect(a.issues.filter((i) => i.code === 'OUTLIER')).toEqual([]);
});

test('a real 0 from the scores is still an OUTLIER (on the total and the score)', () => {
  const a = assess(book(0, '否'));
  expect(a.issues.filter((i) => i.code === 'OUTLIER').map((i) => [i.cell, i.unit])).toEqual([['A11', '癸'], ['B11', '癸']]);
});
