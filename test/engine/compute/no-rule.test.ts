/**
 * A 实绩 indicator without its 【计分规则】 row: SCHEME_INVALID on its 计分方法 cell (SPEC §8.1), nothing
 * scored — and its figures are not read as scores (a completion count of 45 for an indicator of 分值
 * 20 is no OUT_OF_RANGE: it is a figure).
 */
import { assess } from '../../../src/engine';
import type { SheetInput } from '../../../src/engine/model/workbook';

const scheme: SheetInput = {
  name: '考核方案',
  cells: [['【指标】'], ['指标名称', '分值', '计分方法'], ['党建', 80, null], ['任务完成数', 20, '完成率']],
};
const data: SheetInput = { name: '考核数据', cells: [['单位名称', '党建', '任务完成数'], ['城关镇', 70, 45], ['河口镇', 60, 30]] };

test('no 【计分规则】 row: one scheme error on the 计分方法 cell, no cell issue on the figures', () => {
  const run = assess({ sheets: [scheme, data] });
  expect(run.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['SCHEME_INVALID', '考核方案', 'C4']]);
  expect(run.units.map((u) => u.total)).toEqual([null, null]);
});
