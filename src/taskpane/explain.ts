/**
 * Why a unit got its total (the pane's unit explanation): per indicator the score and the points it
 * gave (score ÷ 分值 × 权重), what a computed score came from (SPEC §8.6 details), the 加扣分 and
 * caps, every veto, and why the grade is what it is. Also: which unit a cell selected in the sheet
 * belongs to. Pure: no React, no Office.
 */
import { levelsOf, methodOf, type Assessment, type IndicatorDetail, type Issue, type ScoringMethod, type UnitResult } from '../engine';
import { fold } from '../engine/text/fold';
import type { Translate } from './i18n';
import { ratioText } from './scheme-methods';
import { num } from './view';

export interface IndicatorLine {
  readonly name: string;
  readonly method: ScoringMethod;
  readonly score: number | null;
  readonly max: number;
  /** 权重, or 分值 when the scheme gives none. */
  readonly weight: number;
  /** score ÷ 分值 × 权重, or null without a score. */
  readonly points: number | null;
  readonly detail: IndicatorDetail | null;
  /** 定性: the word's 得分率 (`80%`), when the word is a level of 【等级分】. */
  readonly rate: string | null;
  /** 评委: the cells (as `detail.judges[].cell` writes them) flagged JUDGE_OUTLIER. */
  readonly outliers: ReadonlySet<string>;
}

export interface Explanation {
  readonly unit: UnitResult;
  readonly lines: readonly IndicatorLine[];
  /** `加分 +2`, `扣分 −3`, `加分 3 按上限计 2`, `已按上限计：加分合计上限`. */
  readonly adjustments: readonly string[];
  /** One line per veto, strongest first. */
  readonly vetoes: readonly string[];
  /** The grade and why: its cap, the grades missed and why. */
  readonly grade: readonly string[];
}

/** `D7` on the data sheet, `民主测评!D7` elsewhere: how details and 异常标记 write a cell. */
export function qualifiedCell(sheet: string, cell: string, dataSheet: string | null): string {
  return sheet === dataSheet ? cell : `${sheet}!${cell}`;
}

/** The judges' cells that carry a JUDGE_OUTLIER warning, written as the details write them. */
export function outlierCells(issues: readonly Issue[], dataSheet: string | null): Set<string> {
  const out = new Set<string>();
  for (const i of issues) if (i.code === 'JUDGE_OUTLIER' && i.cell !== null) out.add(qualifiedCell(i.sheet, i.cell, dataSheet));
  return out;
}

function line(a: Assessment, u: UnitResult, k: number, outliers: ReadonlySet<string>): IndicatorLine | null {
  const ind = a.scheme?.indicators[k];
  if (!ind || !a.scheme) return null;
  const score = u.scores[k] ?? null;
  const weight = ind.weight ?? ind.max;
  const detail = u.details[k] ?? null;
  const word = detail?.word;
  const level = word === undefined ? undefined : levelsOf(a.scheme).find((l) => fold(l.word) === fold(word));
  const mine = new Set((detail?.judges ?? []).map((j) => j.cell).filter((c) => outliers.has(c)));
  return {
    name: ind.name, method: methodOf(ind), score, max: ind.max, weight,
    points: score === null ? null : (score / ind.max) * weight,
    detail, rate: level ? ratioText(level.rate) : null, outliers: mine,
  };
}

function adjustmentLines(u: UnitResult, t: Translate): string[] {
  const out: string[] = [];
  for (const adj of u.adjustments) {
    if (adj.counted !== adj.raw) out.push(t('explain.adjustmentCapped', { column: adj.column, raw: num(adj.raw), counted: num(adj.counted) }));
  }
  if (u.bonus !== null && u.bonus !== 0) out.push(t('explain.bonus', { n: num(u.bonus) }));
  if (u.deduction !== null && u.deduction !== 0) out.push(t('explain.deduction', { n: num(u.deduction) }));
  if (u.capsApplied.length) out.push(t('explain.caps', { caps: u.capsApplied.join('、') }));
  return out;
}

function gradeLines(a: Assessment, u: UnitResult, t: Translate): string[] {
  if (u.total === null) return [];
  const out: string[] = [u.grade === null ? t('explain.noGrade') : t('explain.grade', { grade: u.grade })];
  const r = u.gradeReason;
  if (!r) return out;
  const top = a.scheme?.grades[0]?.name ?? null;
  if (r.cap !== null && r.cap !== top) out.push(t('explain.cap', { grade: r.cap }));
  for (const m of r.missed) out.push(t(`explain.missed.${m.why}`, { grade: m.grade }));
  return out;
}

/** The explanation of one unit. Example (fixtures/assessment.ts, 城关镇 of COMPOSITE): 述职评议 89 → 22.25 points. */
export function explainUnit(a: Assessment, u: UnitResult, t: Translate): Explanation {
  const outliers = outlierCells(a.issues, a.dataSheet);
  const lines = (a.scheme?.indicators ?? []).map((_, k) => line(a, u, k, outliers)).filter((l): l is IndicatorLine => l !== null);
  const vetoes = u.vetoes.map((v) => t('explain.veto', { column: v.column, reason: v.reason, effect: v.effect, cell: v.cell }));
  return { unit: u, lines, adjustments: adjustmentLines(u, t), vetoes, grade: gradeLines(a, u, t) };
}

/** `民主测评!D7:G7` → { sheet: '民主测评', row: 6 }; `D7` → the data sheet; null when no row. */
export function cellRow(cell: string, dataSheet: string | null): { sheet: string | null; row: number } | null {
  const bang = cell.lastIndexOf('!');
  const sheet = bang < 0 ? dataSheet : cell.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const m = /^\$?[A-Za-z]{0,3}\$?(\d{1,7})/.exec(cell.slice(bang + 1));
  return m ? { sheet, row: Number(m[1]) - 1 } : null;
}

/**
 * The unit whose row holds the selected cell: on the data sheet the unit of that row; on a 来源表 the
 * unit whose details read a cell of that row. `address` as Excel reports a selection (`B5`, `B5:D5`,
 * `5:5`); null when no unit is there.
 */
export function unitAtSelection(a: Assessment, sheet: string, address: string): UnitResult | null {
  const at = cellRow(address, sheet);
  if (!at) return null;
  if (sheet === a.dataSheet) return a.units.find((u) => u.row === at.row) ?? null;
  const here = (cell: string): boolean => {
    const c = cellRow(cell, a.dataSheet);
    return c !== null && c.sheet === sheet && c.row === at.row;
  };
  return a.units.find((u) => u.details.some((d) => d !== null && (here(d.cell) || (d.judges ?? []).some((j) => here(j.cell))))) ?? null;
}
