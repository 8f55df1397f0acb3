/** The 考核结果 title from the workbook's own title (issue 14). */
import { dateText, resultTitle, sheetInfo, sheetTitle } from '../../../src/engine/plan/title';
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

describe('the 考核单位/日期 line (sheetInfo): the title block\'s rows with a label word and a colon', () => {
  const info = (cells: unknown[][], headerRow = cells.length - 1): string | null =>
    sheetInfo(new SheetView({ name: 'S', cells: cells as never }), headerRow);

  test('a two-part line across two cells: the texts joined with two full-width spaces', () => {
    expect(info([['XX县2026年度考核台账'], ['填报单位：XX县委组织部   ', null, null, null, '  日期：2026年12月'], ['单位名称']]))
      .toBe('填报单位：XX县委组织部　　日期：2026年12月');
  });

  test('a label in one cell and its value in the next: joined without a gap after the colon', () => {
    expect(info([['XX县2026年度考核台账'], ['考核单位:', 'XX县考核办', '统计时间：', '2026年12月'], ['单位名称']]))
      .toBe('考核单位:XX县考核办　　统计时间：2026年12月');
  });

  test('no title block, a title only, or a block without a label word: none', () => {
    expect(info([['单位名称']], 0)).toBeNull();
    expect(info([['XX县2026年度考核台账'], ['单位名称']])).toBeNull();
    // 单位：分 names the unit of measure, 填表人 a person, 注 a note: not the line.
    expect(info([['XX县2026年度考核台账'], ['单位：分'], ['填表人：张三'], ['注：满分100分'], ['单位名称']])).toBeNull();
  });

  test('every label word of the list opens a line; spaces inside a label (日  期) are folded', () => {
    const labels = ['填报单位', '填表单位', '报送单位', '制表单位', '编制单位', '考核单位', '考评单位', '组织单位', '牵头单位',
      '日期', '时间', '填报日期', '填表日期', '报送日期', '制表日期', '考核日期', '统计日期', '截止日期', '截至时间', '统计时间',
      '年度', '考核年度', '考核期间', '统计期间', '日  期'];
    for (const l of labels) expect(info([['台账'], [`${l}：X`], ['单位名称']])).toBe(`${l}：X`);
  });

  test('a formula-looking text is kept as it is (the hosts write it as text)', () => {
    expect(info([['XX县2026年度考核台账'], ['=填报单位：XX县委组织部'], ['单位名称']])).toBe('=填报单位：XX县委组织部');
    expect(info([['XX县2026年度考核台账'], ['-', '填报日期：2026年12月'], ['单位名称']])).toBe('-　　填报日期：2026年12月');
  });

  test('two labelled rows: joined in order; the title\'s row is never part of it', () => {
    expect(info([['填报单位：XX县委组织部'], ['XX县2026年度考核台账'], ['填报日期：2026年12月'], ['单位名称']]))
      .toBe('填报单位：XX县委组织部　　填报日期：2026年12月');
  });

  test('a date cell after a date label reads as the date (Excel serial 46357 = 2026-12-01); other numbers as shown', () => {
    expect(info([['台账'], ['填报日期：', 46357], ['单位名称']])).toBe('填报日期：2026年12月1日');
    expect(info([['台账'], ['考核年度：', 2026], ['单位名称']])).toBe('考核年度：2026');
    expect(dateText(36526)).toBe('2000年1月1日');
    expect(dateText(73050)).toBe('2099年12月31日');
  });
});
