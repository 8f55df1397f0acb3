/**
 * A draft 考核方案 for a 台账 that has none (`kaoping template 台账.xlsx`): guessed from the data
 * sheet's header row and its 分值 / 满分 row, for the clerk to check — never used to score without
 * the clerk saving it first.
 *
 * The guess: the header row is the first of the first 30 rows with 单位名称 / 被考核单位 / 单位; the
 * columns right of it whose data cells are mostly numbers are indicators, except a header with 加分 or
 * 扣分 (【加扣分】) and a column under a 否决 header or holding mostly 是/否 marks (【一票否决】); an indicator's 分值 is the number in its 分值 /
 * 满分 row, else the mark in its header (`党建工作（20分）`), else left blank for the clerk. 【等次】 is
 * the common 优秀 ≥ 90 (≤ 20%) / 良好 ≥ 80 / 合格 ≥ 60 / 不合格.
 */
import type { CellValue, SheetInput, WorkbookInput } from '../model/workbook';
import { PROGRAM_SHEET_PREFIX, RESULT_SHEET, SCHEME_SHEET } from '../model/scheme';
import { fold, tidy } from '../text/fold';
import { readNumber } from '../cells/number';
import { SheetView, cellText } from '../table/sheet-view';
import { UNIT_HEADERS } from '../previous';

const MARK_ROWS = ['分值', '满分'];
/** Answers a 一票否决 column holds (folded). */
const VETO_MARKS = new Set(['是', '否', '√', '×', '✓', '✗', '无', 'y', 'n', 'yes', 'no'].map(fold));

export interface DraftScheme {
  /** The 考核方案 rows to write from A1. */
  readonly rows: CellValue[][];
  readonly dataSheet: string;
  readonly indicators: ReadonlyArray<{ readonly name: string; readonly max: number | null }>;
  readonly adjustments: readonly string[];
  readonly vetoes: readonly string[];
}

/** `党建工作（20分）` → { name: '党建工作', max: 20 }; `队伍建设` → { name: '队伍建设', max: null }. */
export function splitMark(header: string): { name: string; max: number | null } {
  const text = tidy(header.replace(/\s*[\r\n]+\s*/g, ''));
  const m = /^(.*?)[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$/.exec(text);
  if (m) return { name: (m[1] as string).trim(), max: Number(m[2]) };
  return { name: text.replace(/[（(][^（）()]*[）)]$/, '').trim(), max: null };
}

function headerRowOf(view: SheetView): { row: number; col: number } | null {
  for (let r = 0; r < Math.min(view.rowCount, 30); r++) {
    for (let c = 0; c < view.rowWidth(r); c++) {
      const t = fold(cellText(view.value(r, c)));
      if (UNIT_HEADERS.some((h) => t === fold(h))) return { row: r, col: c };
    }
  }
  return null;
}

function isDataSheetCandidate(s: SheetInput): boolean {
  const f = fold(s.name);
  return (s.visibility ?? 'visible') === 'visible' && f !== fold(SCHEME_SHEET) && f !== fold(RESULT_SHEET) && !f.startsWith(fold(PROGRAM_SHEET_PREFIX));
}

/** The draft, or null when no visible sheet has a 单位名称 / 被考核单位 / 单位 header in its first 30 rows. */
export function draftScheme(workbook: WorkbookInput): DraftScheme | null {
  for (const sheet of workbook.sheets.filter(isDataSheetCandidate)) {
    const view = new SheetView(sheet);
    const header = headerRowOf(view);
    if (header) return draftFor(sheet.name, view, header);
  }
  return null;
}

function draftFor(dataSheet: string, view: SheetView, header: { row: number; col: number }): DraftScheme {
  const unitHeader = cellText(view.value(header.row, header.col));
  // The 分值 / 满分 row, and the data rows (a unit name, not a mark or 合计 row).
  let markRow = -1;
  const dataRows: number[] = [];
  for (let r = header.row + 1; r < view.rowCount; r++) {
    const unit = fold(cellText(view.value(r, header.col)));
    if (unit === '') continue;
    if (MARK_ROWS.some((m) => unit === fold(m))) { if (markRow < 0) markRow = r; continue; }
    if (/^(合计|总计|小计|平均|备注|说明)/.test(unit) || /[:：]/.test(unit)) continue;
    dataRows.push(r);
  }
  const width = Math.max(...[header.row, ...dataRows].map((r) => view.rowWidth(r)), 0);
  const indicators: Array<{ name: string; max: number | null }> = [];
  const adjustments: Array<{ name: string; kind: '加分' | '扣分' }> = [];
  const vetoes: string[] = [];
  for (let c = header.col + 1; c < width; c++) {
    // The column's label: the lowest non-empty header cell (a sub-header under a merged parent).
    let label = '';
    let vetoParent = false;
    for (let r = header.row; r < (dataRows[0] ?? header.row + 1); r++) {
      if (r === markRow) continue;
      const t = cellText(view.mergedValue(r, c));
      if (t.includes('否决')) vetoParent = true;
      if (cellText(view.value(r, c)) !== '') label = t;
    }
    if (label === '') continue;
    const { name, max } = splitMark(label);
    if (name === '' || /^(序号|备注|说明|总分|排名|总排名|等次|星级|异常标记)$/.test(name) || name.endsWith('小计')) continue;
    const marks = dataRows.filter((r) => VETO_MARKS.has(fold(cellText(view.value(r, c))))).length;
    if (vetoParent || (dataRows.length > 0 && marks * 2 >= dataRows.length)) { vetoes.push(name); continue; }
    const numbers = dataRows.filter((r) => readNumber(view.value(r, c)).kind === 'number').length;
    if (name.includes('加分') || name.includes('扣分')) { adjustments.push({ name, kind: name.includes('扣分') ? '扣分' : '加分' }); continue; }
    if (dataRows.length === 0 || numbers * 2 < dataRows.length) continue;
    const marked = markRow >= 0 ? readNumber(view.value(markRow, c)) : null;
    indicators.push({ name, max: marked && marked.kind === 'number' && marked.value > 0 ? marked.value : max });
  }
  const known = indicators.every((i) => i.max !== null);
  const full = known ? indicators.reduce((s, i) => s + (i.max ?? 0), 0) : null;
  const rows: CellValue[][] = [
    ['【基本设置】'],
    ['数据表', dataSheet],
    ['单位列', unitHeader],
    ['满分', full ?? 100],
    ['排名方式', '美式'],
    ['小数位', 2],
    [],
    ['【指标】'],
    ['指标名称', '分值', '说明'],
    ...indicators.map((i, k): CellValue[] => [i.name, i.max, i.max === null ? '请填写分值' : k === 0 ? '草稿：由 kaoping template 根据表头猜测，请逐项核对' : null]),
  ];
  if (adjustments.length) rows.push([], ['【加扣分】'], ['列名', '类型', '上限'], ...adjustments.map((a): CellValue[] => [a.name, a.kind, null]));
  if (vetoes.length) rows.push([], ['【一票否决】'], ['列名', '效果'], ...vetoes.map((v): CellValue[] => [v, '定为末等']));
  rows.push([], ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, '20%'], ['良好', 80, null], ['合格', 60, null], ['不合格', 0, null]);
  return { rows, dataSheet, indicators, adjustments: adjustments.map((a) => a.name), vetoes };
}
