/** The 考核结果 title from the workbook's own title (issue 14). */
import { resultTitle, sheetTitle } from '../../../src/engine/plan/title';
import { SheetView } from '../../../src/engine/table/sheet-view';

test.each([
  ['XX县2026年度基层党组织考核评价台账', 'XX县2026年度基层党组织考核评价结果（公示）'],
  ['XX县2026年度县直部门考核评分表', 'XX县2026年度县直部门考核结果（公示）'],
  ['XX区2026年度街道党工委综合考核得分表', 'XX区2026年度街道党工委综合考核结果（公示）'],
  ['XX街道2026年度社区党组织星级评定', 'XX街道2026年度社区党组织星级评定结果（公示）'],
  ['XX县2026年度目标管理考核得分汇总表（分类考核）', 'XX县2026年度目标管理考核结果（公示）'],
  ['2026年度综合考核评分表（示例）', '2026年度综合考核结果（公示）'],
  ['XX县2026年度工作台账', 'XX县2026年度工作台账考核结果（公示）'],
  [null, '考核数据考核结果（公示）'],
])('%s → %s', (title, expected) => {
  expect(resultTitle(title, '考核数据')).toBe(expected);
});

test('the title line is the first text above the header, not a 单位/日期 line nor a number', () => {
  const view = new SheetView({ name: 'S', cells: [[null, '填报单位：XX县委组织部'], [2026], [' XX县 2026年度 考核台账 '], ['单位名称']] });
  expect(sheetTitle(view, 3)).toBe('XX县2026年度考核台账');
  expect(sheetTitle(view, 0)).toBeNull();
});
