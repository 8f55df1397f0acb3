/** Where merged areas matter (SPEC §1.3): the data sheet, columns A up to the unit and group columns. */
import { mergeNeeds } from '../../../src/engine';
import type { WorkbookInput } from '../../../src/engine/model/workbook';

const scheme = (settings: string[][]) => ({ name: '考核方案', cells: [['【基本设置】'], ...settings, ['【指标】'], ['指标名称', '分值'], ['得分', 100]] });
const data = { name: '考核数据', cells: [['XX县考核表'], ['序号', '类别', '单位名称', '得分'], [1, '乡镇', '甲', 90]] };

test.each<[string, WorkbookInput, ReturnType<typeof mergeNeeds>]>([
  ['unit column C, no group column → A:C', { sheets: [data, scheme([])] }, [{ sheet: '考核数据', cols: 3 }]],
  ['group column B left of the unit column C → still A:C', { sheets: [data, scheme([['分组列', '类别']])] }, [{ sheet: '考核数据', cols: 3 }]],
  ['数据表 named, group column C right of the unit column A → A:C', {
    sheets: [{ name: '说明', cells: [['x']] }, { name: '台账', cells: [['单位名称', '得分', '片区'], ['甲', 1, '东']] }, scheme([['数据表', '台账'], ['分组列', '片区']])],
  }, [{ sheet: '台账', cols: 3 }]],
  ['no 考核方案 → none', { sheets: [data] }, []],
  ['no 单位名称 header in the first 30 rows → none', { sheets: [{ name: '考核数据', cells: [['名称', '得分']] }, scheme([])] }, []],
])('%s', (_name, workbook, expected) => {
  expect(mergeNeeds(workbook)).toEqual(expected);
});
