/**
 * The 考核结果 sheet's title, from the workbook's own (issue 14): the title line above the data
 * sheet's header, cut after its last assessment word, + 结果（公示）; else `<数据表>考核结果（公示）`.
 * And the 考核单位/日期 line of that title block, for the line under the title.
 */
import type { SheetView } from '../table/sheet-view';
import { cellText } from '../table/sheet-view';
import { clip } from './limits';

/** The words that name the assessment itself; what follows the last of them names the form. */
const ASSESSMENT_WORD = /(考核|考评|评价|评议|评定|测评)/g;

/** The title line's row and text (see `sheetTitle`), or null. */
function titleCell(view: SheetView, headerRow: number): { readonly row: number; readonly text: string } | null {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < view.rowWidth(r); c++) {
      const t = cellText(view.value(r, c)).replace(/\s+/g, '');
      if (t === '' || /[:：]/.test(t) || typeof view.value(r, c) !== 'string') continue;
      return { row: r, text: t };
    }
  }
  return null;
}

/**
 * The first text above the header row that reads as a title (not a 单位/日期 line with a colon):
 * e.g. `XX县2026年度基层党组织考核评价台账`. Null when there is none.
 */
export function sheetTitle(view: SheetView, headerRow: number): string | null {
  return titleCell(view, headerRow)?.text ?? null;
}

/**
 * A cell that opens a 考核单位/日期 line: after any leading marks (`（`, `★`, `=`) and with its spaces
 * removed, one of these label words and `：` or `:` — 填报单位, 填表单位, 报送单位, 制表单位, 编制单位,
 * 考核单位, 考评单位, 组织单位, 牵头单位; 日期, 时间 alone or after 填报, 填表, 报送, 制表, 考核, 统计,
 * 截止, 截至; 年度, 考核年度; 考核期间, 统计期间. A bare `单位：` is not one (`单位：分` names the unit of
 * measure), nor `填表人：` (a person).
 */
const INFO_LABEL = /^[^\p{L}\p{N}]*(?:(?:填报|填表|报送|制表|编制|考核|考评|组织|牵头)单位|(?:填报|填表|报送|制表|考核|统计|截止|截至)?(?:日期|时间)|(?:考核)?年度|(?:考核|统计)期间)[:：]/u;

/** Between two cells' texts of the line: two full-width spaces, none after a label's colon. */
const GAP = '\u3000\u3000';

/** Excel serials of 2000-01-01 and 2099-12-31: a whole number in this range after a 日期 label is a date cell. */
const DATE_SERIALS = [36526, 73050] as const;

/** An Excel date serial as `2026年12月1日` (1900 date system). Example: dateText(46357) === '2026年12月1日'. */
export function dateText(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** One cell's part of the line: text trimmed; a number as shown (a date cell after a date label as a date); nothing else. */
function infoPart(v: unknown, before: string): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v !== 'number' || !Number.isFinite(v)) return '';
  const afterDate = /(?:日期|时间)\s*[:：]$/.test(before);
  return afterDate && Number.isInteger(v) && v >= DATE_SERIALS[0] && v <= DATE_SERIALS[1] ? dateText(v) : String(v);
}

/** Row `r`'s cells' texts joined (two full-width spaces between cells, none after a colon). */
function lineText(view: SheetView, r: number): string {
  let line = '';
  for (let c = 0; c < view.rowWidth(r); c++) {
    const part = infoPart(view.value(r, c), line);
    if (part === '') continue;
    line = line === '' || /[:：]$/.test(line) ? line + part : line + GAP + part;
  }
  return line;
}

/**
 * The 考核单位/日期 line of the data sheet's title block (the rows above its header row), for row 2 of
 * 考核结果 (issue 14): every row of the block, the title's row excepted, with a cell that opens with a
 * label word (`INFO_LABEL`), its cells' texts joined; several such rows are joined in order with two
 * full-width spaces. Null when the block has none.
 * Example: A2 `填报单位：XX县委组织部`, F2 `日期：2026年12月` → `填报单位：XX县委组织部 + two full-width spaces + 日期：2026年12月`.
 */
export function sheetInfo(view: SheetView, headerRow: number): string | null {
  const title = titleCell(view, headerRow)?.row ?? -1;
  const lines: string[] = [];
  for (let r = 0; r < headerRow; r++) {
    if (r === title) continue;
    let labelled = false;
    for (let c = 0; c < view.rowWidth(r) && !labelled; c++) {
      const v = view.value(r, c);
      labelled = typeof v === 'string' && INFO_LABEL.test(v.replace(/\s+/g, ''));
    }
    if (labelled) lines.push(lineText(view, r));
  }
  return lines.length ? clip(lines.join(GAP)) : null;
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
