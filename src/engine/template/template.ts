/**
 * The first-time user's template: a 考核方案 sheet (SPEC §1.1: 5 indicators under 3 一级指标,
 * one 加分 and one 扣分 column, one 一票否决 column, 等次 and 星级) and a sample data sheet of 8
 * units that matches it. Pure data: the pane's 插入模板 (insertTemplate) and `kaoping template` write it.
 */
import type { CellValue } from '../model/workbook';

/**
 * The scheme rows. Weights: 20 + 15 + 25 + 20 + 20 = 100 = 满分. `dataSheet` is the sample
 * sheet's name (it may carry a suffix when the workbook already has a sheet of that name).
 */
export function schemeRows(dataSheet: string): CellValue[][] {
  return [
    ['【基本设置】'],
    ['数据表', dataSheet],
    ['单位列', '单位名称'],
    ['满分', 100],
    ['排名方式', '美式'],
    ['小数位', 2],
    [],
    ['【指标】'],
    ['指标名称', '分值', '一级指标'],
    ['党建工作', 20, '组织建设'],
    ['队伍建设', 15, '组织建设'],
    ['经济发展', 25, '发展实绩'],
    ['民生保障', 20, '发展实绩'],
    ['安全稳定', 20, '平安建设'],
    [],
    ['【加扣分】'],
    ['列名', '类型', '上限'],
    ['创新加分', '加分', 3],
    ['通报扣分', '扣分', 5],
    [],
    ['【一票否决】'],
    ['列名', '效果'],
    ['安全事故', '定为末等'],
    [],
    ['【等次】'],
    ['等次', '最低分', '比例上限'],
    ['优秀', 90, '20%'],
    ['良好', 80, null],
    ['合格', 60, null],
    ['不合格', 0, null],
    [],
    ['【星级】'],
    ['星级', '最低分'],
    [5, 95],
    [4, 90],
    [3, 80],
  ];
}

/** The sample data sheet: a title row, the header row, 8 units. */
export function sampleRows(): CellValue[][] {
  return [
    ['2026年度综合考核评分表（示例）'],
    ['序号', '单位名称', '党建工作', '队伍建设', '经济发展', '民生保障', '安全稳定', '创新加分', '通报扣分', '安全事故'],
    [1, '城关镇', 19, 14, 23, 18, 19, 2, null, '否'],
    [2, '东关街道', 18, 13, 22, 19, 18, null, 1, '否'],
    [3, '西河乡', 17, 12, 20, 17, 18, 1, null, '否'],
    [4, '南山镇', 20, 14, 24, 19, 20, 1, null, '否'],
    [5, '北岭乡', 16, 12, 19, 16, 17, null, 2, '否'],
    [6, '县发改局', 18, 14, 21, 18, 19, 1, null, '否'],
    [7, '县教育局', 19, 13, 22, 20, 18, null, null, '否'],
    [8, '县交通局', 17, 13, 21, 17, 16, null, null, '是'],
  ];
}

/** `base`, else `base2`, `base3`, … — the first name not in `taken` (case-insensitive, like Excel). */
export function freeName(base: string, taken: readonly string[]): string {
  const t = new Set(taken.map((n) => n.toLowerCase()));
  if (!t.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!t.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}
