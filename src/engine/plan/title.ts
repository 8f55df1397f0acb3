/**
 * The 考核结果 sheet's title, from the workbook's own (issue 14): the title line above the data
 * sheet's header, cut after its last assessment word, + 结果（公示）; else `<数据表>考核结果（公示）`.
 */
import type { SheetView } from '../table/sheet-view';
import { cellText } from '../table/sheet-view';

/** The words that name the assessment itself; what follows the last of them names the form. */
const ASSESSMENT_WORD = /(考核|考评|评价|评议|评定|测评)/g;

/**
 * The first text above the header row that reads as a title (not a 单位/日期 line with a colon):
 * e.g. `XX县2026年度基层党组织考核评价台账`. Null when there is none.
 */
export function sheetTitle(view: SheetView, headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < view.rowWidth(r); c++) {
      const t = cellText(view.value(r, c)).replace(/\s+/g, '');
      if (t === '' || /[:：]/.test(t) || typeof view.value(r, c) !== 'string') continue;
      return t;
    }
  }
  return null;
}

/**
 * The title up to its last assessment word (考核, 考评, 评价, 评议, 评定, 测评) + 结果（公示）: what
 * followed it named the form (台账, 评分表, 得分, 汇总…). Examples:
 * `XX县2026年度基层党组织考核评价台账` → `XX县2026年度基层党组织考核评价结果（公示）`;
 * `XX县2026年度县直部门考核评分表` → `XX县2026年度县直部门考核结果（公示）`;
 * `XX街道2026年度社区党组织星级评定` → `XX街道2026年度社区党组织星级评定结果（公示）`;
 * `XX县2026年度目标管理考核得分汇总表（分类考核）` → `XX县2026年度目标管理考核结果（公示）`;
 * a title without one → `<title>考核结果（公示）`; none → `<数据表>考核结果（公示）`.
 */
export function resultTitle(title: string | null, dataSheet: string): string {
  if (title === null) return `${dataSheet}考核结果（公示）`;
  // A bracketed note at the end (（分类考核）, (示例)) is not part of the name.
  const t = title.replace(/[（(][^（）()]*[）)]$/, '') || title;
  let end = -1;
  for (const m of t.matchAll(ASSESSMENT_WORD)) end = m.index + m[0].length;
  return end > 0 ? `${t.slice(0, end)}结果（公示）` : `${t}考核结果（公示）`;
}
