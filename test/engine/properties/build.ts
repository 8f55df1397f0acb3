/**
 * A generated case (`model.ts`) as workbook cells: the `考核方案` sheet and the data sheet
 * `考核数据` (title rows, header with marks, optional 分值 row, units, optional 合计 row).
 */
import type { CellValue, SheetInput, WorkbookInput } from '../../../src/engine';
import type { CaseModel, CellModel, IndicatorModel, UnitModel } from './model';

type Row = Array<CellValue | undefined>;

export const DATA_SHEET = '考核数据';

const FULL_DIGITS = '０１２３４５６７８９';
function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => FULL_DIGITS[Number(d)] as string).replace('.', '．');
}

/** The scheme sheet rows. */
export function schemeRows(m: CaseModel): Row[] {
  const s = m.settings;
  const rows: Row[] = [['【基本设置】']];
  if (s.unitColumn !== null) rows.push(['单位列', s.unitColumn]);
  if (s.grouped) rows.push(['分组列', '分组']);
  if (s.writeFullMark) rows.push(['满分', m.fullMark]);
  rows.push(['排名方式', s.rankMethod], ['否决单位排名', s.vetoRank], ['比例取整', s.halfUp ? '四舍五入' : '向下'], ['小数位', s.decimals]);
  if (s.totalMin !== 0) rows.push(['总分下限', s.totalMin]);
  if (s.totalMax !== null) rows.push(['总分上限', s.totalMax]);
  if (s.bonusTotalCap !== null) rows.push(['加分合计上限', s.bonusTotalCap]);
  if (s.deductionTotalCap !== null) rows.push(['扣分合计上限', s.deductionTotalCap]);
  if (s.tieBreakers.length) rows.push(['同分比较', s.tieBreakers.join('，')]);
  rows.push(['空白处理', s.blankZero ? '按0分' : '报错']);
  rows.push([], ['【指标】']);
  const weighted = m.indicators.some((x) => x.weight !== null);
  const categorised = m.indicators.some((x) => x.category !== null);
  rows.push(['指标名称', '分值', ...(weighted ? ['权重'] : []), ...(categorised ? ['一级指标'] : [])]);
  for (const x of m.indicators) rows.push([x.name, x.max, ...(weighted ? [x.weight] : []), ...(categorised ? [x.category] : [])]);
  if (m.adjustments.length) {
    rows.push(['【加扣分】'], ['列名', '类型', '上限']);
    for (const a of m.adjustments) rows.push([a.column, a.kind, a.cap]);
  }
  if (m.vetoes.length) {
    rows.push(['【一票否决】'], ['列名', '效果']);
    for (const v of m.vetoes) rows.push([v.column, v.blankEffect ? null : v.effect]);
  }
  if (m.grades.length) {
    rows.push(['【等次】'], ['等次', '最低分', '比例上限']);
    for (const g of m.grades) {
      const q = g.quotaPct === null ? null : g.quotaForm === 'text' ? `${g.quotaPct}%` : g.quotaForm === 'fraction' ? g.quotaPct / 100 : g.quotaPct;
      // A whole 100 as a number reads as 1 = 100% either way; 1 as a number would read as 100%: write text then.
      rows.push([g.name, g.min, g.quotaPct === 1 && g.quotaForm === 'number' ? '1%' : q]);
    }
  }
  if (m.stars.length) {
    rows.push(['【星级】'], ['星级', '最低分']);
    for (const st of m.stars) rows.push([st.stars, st.min]);
  }
  if (!m.settings.anomaliesOn) rows.push(['【异常规则】'], ['离群', '否'], ['雷同', '否'], ['全满分', '否'], ['无区分度', '否'], ['突变', '否']);
  return rows;
}

function label(x: IndicatorModel): string {
  switch (x.label) {
    case 'plain': return x.name;
    case 'mark': return `${x.name}（${x.max}分）`;
    case 'weightMark': return `${x.name}(权重${x.weight ?? x.max}%)`;
    case 'spaced': return `${x.name.slice(0, 2)}\u3000${x.name.slice(2)} `;
    case 'break': return `${x.name.slice(0, 2)}\n${x.name.slice(2)}（${x.max}分）`;
  }
}

function indicatorCell(c: CellModel, max: number): CellValue {
  switch (c.kind) {
    case 'blank': return null;
    case 'score': return c.form === 'number' ? c.score : c.form === 'text分' ? `${c.score}分` : fullWidth(c.score);
    case 'bad':
      switch (c.value) {
        case 'percent': return '85%';
        case 'error': return { error: '#N/A' };
        case 'bool': return true;
        case 'text': return '优';
        case 'over': return max + 1;
      }
  }
}

const VETO_YES: CellValue[] = ['是', '√', 1, true, '发生安全事故', 'Ｙ'];
const VETO_NO: CellValue[] = [null, '否', '无', 0, '×', null];

/** Logical columns, in model order: 序号, unit, group, indicators…, adjustments…, vetoes…, 备注. */
function columns(m: CaseModel): Array<{ header: CellValue; mark: CellValue; value: (u: UnitModel, i: number) => CellValue; used: boolean }> {
  return [
    { header: '序号', mark: null, value: (_u, i) => i + 1, used: m.extraColumns },
    { header: m.settings.unitColumn ?? '单位名称', mark: '分值', value: (u) => u.name, used: true },
    { header: '分组', mark: null, value: (u) => u.group, used: m.settings.grouped },
    ...m.indicators.map((x, k) => ({ header: label(x), mark: x.max, value: (u: UnitModel) => indicatorCell(u.cells[k] as CellModel, x.max), used: true })),
    ...m.adjustments.map((a, k) => ({ header: a.column, mark: null, value: (u: UnitModel) => ((u.adjustments[k] ?? 0) === 0 ? null : (u.adjustments[k] as number)), used: true })),
    ...m.vetoes.map((v, k) => ({ header: v.column, mark: null, value: (u: UnitModel) => (u.vetoes[k] ? VETO_YES : VETO_NO)[u.vetoForm % 6] ?? null, used: true })),
    { header: '备注', mark: null, value: (u) => (u.hidden ? '已核实' : null), used: m.extraColumns },
  ];
}

/** The data sheet with the units in the given order. */
export function dataSheet(m: CaseModel, units: readonly UnitModel[] = m.units): SheetInput {
  const all = columns(m);
  const order = m.columnOrder.filter((c) => all[c]?.used);
  const pick = (f: (c: (typeof all)[number]) => CellValue): Row => order.map((c) => f(all[c] as (typeof all)[number]));
  const rows: Row[] = [];
  for (let t = 0; t < m.titleRows; t++) rows.push([t === 0 ? 'XX县2026年度考核台账' : `说明第${t}行`]);
  rows.push(pick((c) => c.header));
  if (m.markRow) rows.push(pick((c) => c.mark));
  const first = rows.length;
  units.forEach((u, i) => rows.push(pick((c) => c.value(u, i))));
  if (m.totalRow) rows.push(pick((c) => (c.mark === '分值' ? '合计' : typeof c.mark === 'number' ? 999 : null)));
  const hiddenRows = units.flatMap((u, i) => (u.hidden ? [first + i] : []));
  return { name: DATA_SHEET, cells: rows, hiddenRows };
}

export function workbookOf(m: CaseModel, units: readonly UnitModel[] = m.units): WorkbookInput {
  return { sheets: [{ name: '考核方案', cells: schemeRows(m) }, dataSheet(m, units)] };
}

/** The 0-based data-sheet columns that the scheme names (unit, group, indicators, 加扣分, 一票否决) and every used column. */
export function usedColumnCount(m: CaseModel): number {
  return columns(m).filter((c) => c.used).length;
}
