/**
 * The 实绩 formulas of SPEC §8.5, evaluated in doubles exactly as written there (the caller ROUNDs),
 * each with the detail sentence a clerk can check by hand:
 * - 完成率: 分值 × min(max(实际, 0) / 目标值, 封顶) — `实际 45 ÷ 目标 50 = 90%`
 * - 逆向: 分值 × min(目标值 / 实际, 封顶), 分值 × 封顶 when 实际 ≤ 0 — `目标 5 ÷ 实际 4 = 125%，封顶 100%`
 * - 功效系数: 分值 × min(max(0.6 + 0.4 × (实际 − 不允许值) / (满意值 − 不允许值), 0), 封顶)
 * - 扣分制: max(分值 − 每次扣分 × count, 0) — `3 次 × 每次扣 2 分 = 扣 6 分`
 */
import { shownNumber, shownPercent } from './exact';

export type FigureMethod = '完成率' | '逆向' | '功效系数' | '扣分制';

export interface FigureValues {
  /** 分值 */
  readonly max: number;
  /** The figure (实际), or the 扣分制 count. */
  readonly actual: number;
  readonly target: number;
  readonly satisfied: number;
  readonly disallowed: number;
  readonly perCount: number;
  /** 封顶 as a double (1.2 for 120%). */
  readonly cap: number;
}

export interface Computed {
  /** The formula's value, before ROUND. */
  readonly raw: number;
  /** The sentence; '' when it was not asked for (`text` false: the compute step's own run, see UnitPlace.deferDetail). */
  readonly text: string;
}

/** `，封顶 120%` when the rate was capped. */
const capNote = (rate: number, cap: number): string => (rate > cap ? `，封顶 ${shownPercent(cap)}` : '');

function completion(v: FigureValues, text: boolean): Computed {
  const rate = Math.max(v.actual, 0) / v.target;
  if (!text) return { raw: v.max * Math.min(rate, v.cap), text: '' };
  const shown = v.actual < 0 ? `实际 ${shownNumber(v.actual)}（按 0 计）` : `实际 ${shownNumber(v.actual)}`;
  return { raw: v.max * Math.min(rate, v.cap), text: `${shown} ÷ 目标 ${shownNumber(v.target)} = ${shownPercent(rate)}${capNote(rate, v.cap)}` };
}

function inverse(v: FigureValues, text: boolean): Computed {
  if (v.actual <= 0) return { raw: v.max * v.cap, text: !text ? '' : `实际 ${shownNumber(v.actual)}（不大于 0），按封顶 ${shownPercent(v.cap)} 计` };
  const rate = v.target / v.actual;
  if (!text) return { raw: v.max * Math.min(rate, v.cap), text: '' };
  return { raw: v.max * Math.min(rate, v.cap), text: `目标 ${shownNumber(v.target)} ÷ 实际 ${shownNumber(v.actual)} = ${shownPercent(rate)}${capNote(rate, v.cap)}` };
}

function efficacy(v: FigureValues, text: boolean): Computed {
  const c = 0.6 + (0.4 * (v.actual - v.disallowed)) / (v.satisfied - v.disallowed);
  const used = Math.min(Math.max(c, 0), v.cap);
  if (!text) return { raw: v.max * used, text: '' };
  const a = shownNumber(v.actual);
  const d = shownNumber(v.disallowed);
  const s = shownNumber(v.satisfied);
  const note = c < 0 ? '，按 0 计' : capNote(c, v.cap);
  return { raw: v.max * used, text: `0.6 + 0.4 ×（实际 ${a} − 不允许值 ${d}）÷（满意值 ${s} − 不允许值 ${d}）= ${shownPercent(c)}${note}` };
}

function deduction(v: FigureValues, withText: boolean): Computed {
  const off = v.perCount * v.actual;
  if (!withText) return { raw: Math.max(v.max - off, 0), text: '' };
  const text = `${shownNumber(v.actual)} 次 × 每次扣 ${shownNumber(v.perCount)} 分 = 扣 ${shownNumber(off)} 分${off > v.max ? '，扣完为止' : ''}`;
  return { raw: Math.max(v.max - off, 0), text };
}

export const FORMULAS: Readonly<Record<FigureMethod, (v: FigureValues, text: boolean) => Computed>> = {
  完成率: completion,
  逆向: inverse,
  功效系数: efficacy,
  扣分制: deduction,
};
