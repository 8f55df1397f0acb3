/**
 * Two units of one name on the data sheet (DUPLICATE_UNIT, both blocked) and a 来源表 with one row of
 * that name: both units are matched to that row (SPEC §8.1 matches by name) and both get its computed
 * score in the report (§8.6: the indicators that could be computed). The step's fast path runs in the
 * 来源表's row order and can give a row's score to one unit only: the other twin takes the plain method,
 * which must give the same score. Worked by hand:
 * 民主测评 (测评, 分值 50; 好 100% 较好 80% 一般 60% 差 0%): 城关镇 10 0 0 0 → 50 × 10/10 = 50;
 * 河口镇 5 5 0 0 → 50 × (5 + 4)/10 = 45. 日常 as typed: 50, 40, 45. 河口镇's total 45 + 45 = 90.
 */
import { assess } from '../../../src/engine';
import type { WorkbookInput } from '../../../src/engine/model/workbook';

const workbook: WorkbookInput = {
  sheets: [
    { name: '考核数据', cells: [['单位名称', '日常'], ['城关镇', 50], ['城关镇', 40], ['河口镇', 45]] },
    {
      name: '民主测评',
      cells: [['单位名称', '民主测评', null, null, null], [null, '好', '较好', '一般', '差'], ['河口镇', 5, 5, 0, 0], ['城关镇', 10, 0, 0, 0]],
      merges: [{ top: 0, left: 1, bottom: 0, right: 4 }],
    },
    {
      name: '考核方案',
      cells: [['【基本设置】'], ['数据表', '考核数据'], [], ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'], ['日常', 50, '直接', null], ['民主测评', 50, '测评', '民主测评']],
    },
  ],
};

test('twins on the data sheet both get the 来源表 row\'s score; both are DUPLICATE_UNIT and unscored', () => {
  const a = assess(workbook, { mode: 'score' });
  expect(a.units.map((u) => [u.name, u.row, [...u.scores], u.total])).toEqual([
    ['城关镇', 1, [50, 50], null],
    ['城关镇', 2, [40, 50], null],
    ['河口镇', 3, [45, 45], 90],
  ]);
  expect(a.issues.filter((i) => i.code === 'DUPLICATE_UNIT').map((i) => i.cell)).toEqual(['A2', 'A3']);
  // Both twins' details come from the same row: 好 10, 共 10 票.
  expect(a.units.slice(0, 2).map((u) => u.details[1]?.text)).toEqual(['好 10，较好 0，一般 0，差 0，共 10 票', '好 10，较好 0，一般 0，差 0，共 10 票']);
});
