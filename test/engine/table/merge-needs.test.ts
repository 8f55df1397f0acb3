/**
 * Where merged areas matter (SPEC §1.3, §8.1): the data sheet, columns A up to the unit and group
 * columns; a 来源表, columns A up to its unit column; and a sheet holding a 测评 / 评委 header, every
 * column of its first rows (down to the last row a header block can reach: header row + 6).
 */
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

describe('SPEC §8: 来源表 and 测评 / 评委 headers', () => {
  const sources = (rows: Array<Array<string | number | null>>) => ({
    name: '考核方案',
    cells: [['【基本设置】'], ['数据表', '考核数据'], ['测评实到列', '实到'], [], ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'], ...rows, [], ['【计分规则】'], ['指标名称', '目标值'], ['重点任务', '任务数']],
  });
  // 述职评议: a title row, 单位名称 in B2 (merged down over B2:B3), 述职评议 over C2:I2.
  const panel = { name: '述职评议', cells: [['述职评议评分表'], ['序号', '单位名称', '述职评议'], [null, null, '评委1', '评委2', '评委3', '评委4', '评委5'], [1, '甲', 90, 91, 92, 93, 94]] };
  // 民主测评: 单位名称 in A1, 民主测评 centred across D1:G1 (not merged).
  const votes = { name: '民主测评', cells: [['单位名称', '应到', '实到', '民主测评'], [null, null, null, '好', '较好', '一般', '差'], ['甲', 40, 40, 30, 8, 2, 0]] };
  // 实绩: two title rows, 单位名称 in C3.
  const figures = { name: '实绩', cells: [['实绩'], ['单位：件'], ['序号', '片区', '单位名称', '任务数', '重点任务'], [1, '东', '甲', 10, 9]] };
  const dataSheet = { name: '考核数据', cells: [['考核表'], ['序号', '单位名称', '日常考核', '履职评价'], [1, '甲', 50, '好']] };

  test('a 评委 来源表 (header row 2): A:B every row, every column in rows 1–7; a 测评 来源表 (header row 1): A, every column in rows 1–6; a 完成率 来源表: A:C', () => {
    const wb: WorkbookInput = {
      sheets: [dataSheet, panel, votes, figures, sources([
        ['日常考核', 40, '直接', null], ['述职评议', 20, '评委', '述职评议'], ['民主测评', 20, '测评', '民主测评'], ['重点任务', 10, '完成率', '实绩'], ['履职评价', 10, '定性', null],
      ])],
    };
    expect(mergeNeeds(wb)).toEqual([
      { sheet: '考核数据', cols: 2 },
      { sheet: '述职评议', cols: 2, wideRows: 7 },
      { sheet: '民主测评', cols: 1, wideRows: 6 },
      { sheet: '实绩', cols: 3 },
    ]);
  });

  test('a 测评 indicator on the data sheet (no 来源表): the data sheet needs every column of its header block too', () => {
    const onData = { name: '考核数据', cells: [['考核表'], ['单位名称', '实到', '民主测评'], [null, null, '好', '较好', '一般', '差'], ['甲', 40, 30, 8, 2, 0]] };
    const wb: WorkbookInput = { sheets: [onData, sources([['民主测评', 100, '测评', null]])] };
    expect(mergeNeeds(wb)).toEqual([{ sheet: '考核数据', cols: 1, wideRows: 7 }]);
  });

  test('two indicators on one 来源表 (直接 and 评委): one need, the wider of the two', () => {
    const wb: WorkbookInput = { sheets: [dataSheet, panel, figures, sources([['日常考核', 40, '直接', '述职评议'], ['述职评议', 50, '评委', '述职评议'], ['重点任务', 10, '完成率', '实绩']])] };
    expect(mergeNeeds(wb)).toEqual([{ sheet: '考核数据', cols: 2 }, { sheet: '述职评议', cols: 2, wideRows: 7 }, { sheet: '实绩', cols: 3 }]);
  });

  test('a 来源表 that does not exist, or without a 单位名称 header: no need for it', () => {
    const noHeader = { name: '述职评议', cells: [['名称', '述职评议'], ['甲', 90]] };
    const wb: WorkbookInput = { sheets: [dataSheet, noHeader, sources([['日常考核', 40, '直接', null], ['述职评议', 30, '评委', '述职评议'], ['民主测评', 30, '测评', '民主测评']])] };
    expect(mergeNeeds(wb)).toEqual([{ sheet: '考核数据', cols: 2 }]);
  });
});
