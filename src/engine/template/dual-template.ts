/**
 * The 双述双评 template (SPEC §8): a 考核方案 whose indicators are computed from other sheets — a
 * panel's 述职评议, 民主测评 votes, 实绩 figures and a 定性 word — and the sample sheets that match it
 * (a data sheet and three source sheets, 8 units in 2 groups, merged headers described as data).
 * Pure data: `kaoping template --kind 双述双评` and the pane's 插入模板 write it.
 *
 * Indicators (分值 25 + 25 + 25 + 10 + 10 + 5 = 100 = 满分):
 *   日常考核 25 直接 (data sheet) | 述职评议 25 评委 (7 judges, 百分制) | 民主测评 25 测评 |
 *   履职评价 10 定性 (data sheet) | 党建任务 10 完成率 (目标值: each unit's 任务数) | 信访件数 5 逆向 (目标值 3).
 * Every unit scores cleanly; e.g. 城关镇党委: 23 + 25 × (619 − 91 − 86) / 5 / 100 = 22.1 + ROUND(25 ×
 * (33 + 4 × 0.8 + 1 × 0.6) / 38, 2) = 24.21 + 10 (好) + 10 (12 of 12) + 5 (信访 2 ≤ 3) = 94.31.
 */
import type { CellValue, MergeArea } from '../model/workbook';

/** One sheet of a template: its rows (row 0 = sheet row 1) and its merged areas (0-based, inclusive). */
export interface TemplateSheet {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly merges?: MergeArea[];
}

/**
 * The sheets' names. A host that finds them taken may pass others (the scheme's 数据表 and 来源表 cells
 * follow), or rename afterwards as the pane's placeTemplate does.
 */
export interface DualSheetNames {
  readonly data: string;
  readonly panel: string;
  readonly votes: string;
  readonly figures: string;
}

export const DUAL_SHEET_NAMES: DualSheetNames = { data: '示例数据', panel: '述职评议', votes: '民主测评', figures: '实绩' };

// [单位名称, 类别, 日常考核, 履职评价, 党风廉政]
const UNITS: ReadonlyArray<readonly [string, string, number, string, string]> = [
  ['城关镇党委', '乡镇党委', 23, '好', '否'],
  ['东关街道党工委', '乡镇党委', 21.5, '较好', '否'],
  ['西河乡党委', '乡镇党委', 20, '较好', '否'],
  ['南山镇党委', '乡镇党委', 22, '好', '否'],
  ['县发改局党组', '县直部门党组织', 22.5, '好', '否'],
  ['县教育局党组', '县直部门党组织', 21, '较好', '否'],
  ['县财政局党组', '县直部门党组织', 23.5, '好', '否'],
  ['县交通局党组', '县直部门党组织', 19.5, '一般', '否'],
];

/** 评委1…评委7 per unit, in UNITS order. */
const JUDGES: readonly (readonly number[])[] = [
  [88, 90, 86, 89, 87, 91, 88], [84, 85, 83, 86, 82, 85, 84], [80, 82, 79, 81, 83, 80, 78], [87, 86, 89, 88, 85, 88, 90],
  [86, 88, 85, 87, 89, 86, 87], [83, 84, 82, 85, 83, 81, 84], [90, 89, 91, 88, 92, 90, 89], [78, 80, 77, 79, 81, 76, 78],
];

/** 应到, 实到, 好, 较好, 一般, 差 per unit. */
const VOTES: readonly (readonly number[])[] = [
  [40, 38, 33, 4, 1, 0], [36, 35, 27, 6, 2, 0], [32, 30, 21, 7, 2, 0], [38, 37, 31, 5, 1, 0],
  [30, 29, 25, 3, 1, 0], [45, 43, 34, 7, 2, 0], [28, 28, 25, 3, 0, 0], [33, 31, 20, 8, 3, 0],
];

/** 任务数, 完成项数, 信访件数 per unit. */
const FIGURES: readonly (readonly number[])[] = [
  [12, 12, 2], [15, 14, 4], [10, 9, 3], [14, 14, 1], [8, 8, 0], [10, 9, 2], [9, 9, 0], [11, 10, 5],
];

/** The 考核方案 rows, naming the given sheets. */
export function dualSchemeRows(names: DualSheetNames = DUAL_SHEET_NAMES): CellValue[][] {
  return [
    ['【基本设置】'],
    ['数据表', names.data],
    ['单位列', '单位名称'],
    ['分组列', '类别'],
    ['满分', 100],
    ['排名方式', '美式'],
    ['小数位', 2],
    ['测评实到列', '实到人数'],
    ['测评应到列', '应到人数'],
    ['测评最低参评率', '2/3'],
    ['差票否决比例', '1/3'],
    ['差票否决效果', '取消评优'],
    ['评委满分', 100],
    ['去掉最高分', 1],
    ['去掉最低分', 1],
    ['评委最少人数', 5],
    ['评委偏离阈值', '20%'],
    [],
    ['【指标】'],
    ['指标名称', '分值', '一级指标', '计分方法', '来源表', '说明'],
    ['日常考核', 25, '平时考核', '直接', null, '组织部全年日常考核得分，直接填分'],
    ['述职评议', 25, '年终评议', '评委', names.panel, '评委百分制打分，去掉一个最高分、一个最低分后平均，折算为 25 分'],
    ['民主测评', 25, '年终评议', '测评', names.votes, '好、较好、一般、差四档票数，按【等级分】折算'],
    ['履职评价', 10, '年终评议', '定性', null, '填“好”“较好”“一般”“差”'],
    ['党建任务', 10, '工作实绩', '完成率', names.figures, '完成项数 ÷ 本单位任务数'],
    ['信访件数', 5, '工作实绩', '逆向', names.figures, '越少越好，3 件及以内得满分'],
    [],
    ['【等级分】'],
    ['等级', '得分率'],
    ['好', '100%'],
    ['较好', '80%'],
    ['一般', '60%'],
    ['差', '0%'],
    [],
    ['【计分规则】'],
    ['指标名称', '目标值', '满意值', '不允许值', '封顶', '每次扣分'],
    ['党建任务', '任务数', null, null, null, null],
    ['信访件数', 3, null, null, null, null],
    [],
    ['【一票否决】'],
    ['列名', '效果'],
    ['党风廉政', '定为末等'],
    [],
    ['【等次】'],
    ['等次', '最低分', '比例上限'],
    ['好', 90, '30%'],
    ['较好', 80, null],
    ['一般', 60, null],
    ['差', 0, null],
  ];
}

/** Rows `first`…`first + UNITS.length − 1` of a column, merged per group (类别). */
function groupMerges(first: number, col: number): MergeArea[] {
  const out: MergeArea[] = [];
  UNITS.forEach(([, group], i) => {
    const last = out[out.length - 1];
    if (i > 0 && UNITS[i - 1]?.[1] === group && last) out[out.length - 1] = { ...last, bottom: first + i };
    else out.push({ top: first + i, left: col, bottom: first + i, right: col });
  });
  return out;
}

function dataSheet(name: string): TemplateSheet {
  const rows: CellValue[][] = [
    ['2026年度党组织书记抓基层党建工作“双述双评”考核汇总表（示例）'],
    ['序号', '单位名称', '类别', '日常考核（25分）', '履职评价', '党风廉政（一票否决）'],
    ...UNITS.map(([unit, group, daily, level, veto], i): CellValue[] => [i + 1, unit, group, daily, level, veto]),
  ];
  // 类别: only the first cell of each merged area holds the group (the others are empty under the merge).
  groupMerges(2, 2).forEach((m) => { for (let r = m.top + 1; r <= m.bottom; r++) (rows[r] as CellValue[])[2] = null; });
  return { name, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }, ...groupMerges(2, 2)] };
}

/** Rows 1–2: `序号 | 单位名称 | …` each merged over both rows, except the spanned header over `labels`. */
function twoLevel(before: readonly string[], span: string, labels: readonly string[]): { rows: CellValue[][]; merges: MergeArea[] } {
  const n = before.length;
  const top: CellValue[] = [...before, span, ...labels.slice(1).map(() => null)];
  const below: CellValue[] = [...before.map(() => null), ...labels];
  const merges: MergeArea[] = before.map((_, c) => ({ top: 1, left: c, bottom: 2, right: c }));
  merges.push({ top: 1, left: n, bottom: 1, right: n + labels.length - 1 });
  return { rows: [top, below], merges };
}

function panelSheet(name: string): TemplateSheet {
  const judges = Array.from({ length: 7 }, (_, j) => `评委${j + 1}`);
  const head = twoLevel(['序号', '单位名称'], '述职评议', judges);
  const rows: CellValue[][] = [
    ['述职评议评分表（评委百分制打分；评委缺席的格子空着）'],
    ...head.rows,
    ...UNITS.map(([unit], i): CellValue[] => [i + 1, unit, ...(JUDGES[i] ?? [])]),
  ];
  return { name, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 8 }, ...head.merges] };
}

function voteSheet(name: string): TemplateSheet {
  const head = twoLevel(['序号', '单位名称', '应到人数', '实到人数'], '民主测评', ['好', '较好', '一般', '差']);
  const rows: CellValue[][] = [
    ['民主测评票数统计表（填票数）'],
    ...head.rows,
    ...UNITS.map(([unit], i): CellValue[] => [i + 1, unit, ...(VOTES[i] ?? [])]),
  ];
  return { name, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 7 }, ...head.merges] };
}

function figureSheet(name: string): TemplateSheet {
  const rows: CellValue[][] = [
    ['工作实绩统计表'],
    ['序号', '单位名称', '任务数', '党建任务（完成项数）', '信访件数'],
    ...UNITS.map(([unit], i): CellValue[] => [i + 1, unit, ...(FIGURES[i] ?? [])]),
  ];
  return { name, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] };
}

/**
 * The template's sheets in the order to add them: 考核方案 first, then the data sheet and the three
 * source sheets. `schemeName` is the scheme sheet's name (always 考核方案 for the engine to find it).
 */
export function dualTemplate(names: DualSheetNames = DUAL_SHEET_NAMES, schemeName = '考核方案'): TemplateSheet[] {
  return [
    { name: schemeName, rows: dualSchemeRows(names) },
    dataSheet(names.data),
    panelSheet(names.panel),
    voteSheet(names.votes),
    figureSheet(names.figures),
  ];
}

/** The template with its own sheet names: what the pane's 插入模板 (src/taskpane/templates.ts) connects to. */
export function dualTemplateSheets(): TemplateSheet[] {
  return dualTemplate();
}
