/**
 * The 实绩 methods' fast path for the common clean figure: the score `scoreFigure`
 * (compute/methods/figure.ts) gives when it has nothing to say, without its `Found`, outcome or detail.
 * Clean = the figure a finite number (for 扣分制 a whole number ≥ 0 or empty), each parameter the
 * scheme's finite number or a per-unit cell holding one, the parameters usable (目标值 > 0, 满意值 ≠
 * 不允许值, 每次扣分 ≥ 0) and a finite result. Anything else is NaN: the caller then runs the plain
 * method. The score is the plain one's formula (`FORMULAS`, ROUND); test/engine/compute/fused-methods.test.ts.
 */
import { excelRound, sig15 } from '../../math/round';
import { EMPTY } from '../packed';
import { NEEDS, type FigureParams } from '../methods/figure';
import { FORMULAS, type FigureMethod, type FigureValues } from '../methods/formulas';

/** A finite number as `readFigure` takes it without an issue, else NaN. */
function figure(v: number): number {
  return Number.isFinite(v) ? (v === 0 ? 0 : v) : NaN;
}

/** A parameter: the scheme's finite number, or its per-unit cell's finite number on the row; else NaN. */
function param(p: FigureParams[keyof FigureParams], vals: Float64Array, base: number): number {
  if (p === undefined) return NaN;
  return typeof p === 'number' ? (Number.isFinite(p) ? p : NaN) : figure(vals[base + p.col] ?? NaN);
}

/** One 实绩 indicator's method and settings, and the values one unit's formula reuses. */
export interface FigureLine {
  /** The figure's column on the row. */
  readonly col: number;
  readonly method: FigureMethod;
  readonly formula: (v: FigureValues, text: boolean) => { readonly raw: number };
  readonly params: FigureParams;
  readonly need: { readonly target: boolean; readonly satisfied: boolean; readonly disallowed: boolean; readonly perCount: boolean };
  readonly decimals: number;
  readonly values: { -readonly [K in keyof FigureValues]: FigureValues[K] };
}

export function figureLine(col: number, method: FigureMethod, params: FigureParams, max: number, cap: number, decimals: number): FigureLine {
  const need = NEEDS[method];
  return {
    col,
    method,
    formula: FORMULAS[method],
    params,
    need: { target: need.includes('target'), satisfied: need.includes('satisfied'), disallowed: need.includes('disallowed'), perCount: need.includes('perCount') },
    decimals,
    values: { max, actual: 0, target: NaN, satisfied: NaN, disallowed: NaN, perCount: NaN, cap },
  };
}

/** The clean figure's score on the unit's packed row (compute/packed.ts) at `base`, else NaN (see the file's comment). */
export function figureClean(vals: Float64Array, base: number, at: FigureLine): number {
  const { method, need, params, values } = at;
  const v = vals[base + at.col] ?? NaN;
  const actual = method === '扣分制' ? (v === EMPTY ? 0 : v >= 0 && Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : NaN) : figure(v);
  if (Number.isNaN(actual)) return NaN;
  const target = need.target ? param(params.target, vals, base) : NaN;
  const satisfied = need.satisfied ? param(params.satisfied, vals, base) : NaN;
  const disallowed = need.disallowed ? param(params.disallowed, vals, base) : NaN;
  const perCount = need.perCount ? param(params.perCount, vals, base) : NaN;
  if (method === '完成率' || method === '逆向') {
    if (!(target > 0)) return NaN;
  } else if (method === '功效系数') {
    if (Number.isNaN(satisfied) || Number.isNaN(disallowed) || sig15(satisfied) === sig15(disallowed)) return NaN;
  } else if (!(perCount >= 0)) return NaN;
  values.actual = actual;
  values.target = target;
  values.satisfied = satisfied;
  values.disallowed = disallowed;
  values.perCount = perCount;
  const raw = at.formula(values, false).raw;
  return Number.isFinite(raw) ? excelRound(raw, at.decimals) : NaN;
}
