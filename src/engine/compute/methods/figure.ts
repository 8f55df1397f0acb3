/**
 * 实绩 figures (SPEC §8.5): `完成率`, `逆向`, `功效系数`, `扣分制`. The figure is read by `readFigure`
 * (percent text accepted, negatives allowed, not compared with 分值); the 扣分制 count by `readCount`
 * (empty = 0 occurrences). A parameter is a number from 【计分规则】 or a per-unit cell read like the
 * figure, whose emptiness is always MISSING_VALUE. Per-unit parameters that make the formula
 * meaningless are BAD_TARGET on their cell (目标值 ≤ 0, 满意值 = 不允许值, 每次扣分 < 0). The formulas
 * are in formulas.ts; the score is their value ROUNDed to 小数位.
 */
import { excelRound, sig15 } from '../../math/round';
import { ratioValue, type Indicator, type ScoringRule, type Settings } from '../../model/scheme';
import { DETAIL_LATER, type GivenCell, type MethodOutcome, type UnitPlace } from '../types';
import { shownNumber } from './exact';
import { Found, cellName } from './found';
import { FORMULAS, type FigureMethod, type FigureValues } from './formulas';
import { BAD, EMPTY, blankScore, readCount, readFigure, type Read } from './read';

export type { FigureMethod } from './formulas';

/** A 【计分规则】 parameter: the scheme's number, or the unit's cell of a per-unit column. */
export type FigureParam = number | GivenCell;

export interface FigureParams {
  readonly target?: FigureParam | undefined;
  readonly satisfied?: FigureParam | undefined;
  readonly disallowed?: FigureParam | undefined;
  readonly perCount?: FigureParam | undefined;
}

type ParamKey = keyof FigureParams;
const BLANK_FIX = { zh: '请填写该单位的实际数值（可带 %）。', en: 'Enter the unit\'s actual figure (% allowed).' };
const PARAM_NAMES: Readonly<Record<ParamKey, string>> = { target: '目标值', satisfied: '满意值', disallowed: '不允许值', perCount: '每次扣分' };
const PARAM_EN: Readonly<Record<ParamKey, string>> = { target: 'the target (目标值)', satisfied: 'the satisfying value (满意值)', disallowed: 'the disallowed value (不允许值)', perCount: 'the points per occurrence (每次扣分)' };
/** The parameters each method reads (the fast path, compute/fused/figure.ts, reads the same). */
export const NEEDS: Readonly<Record<FigureMethod, readonly ParamKey[]>> = {
  完成率: ['target'],
  逆向: ['target'],
  功效系数: ['satisfied', 'disallowed'],
  扣分制: ['perCount'],
};

/** A parameter read: its value and the column of its per-unit cell (null for the scheme's number). */
interface ParamValue {
  readonly value: number;
  readonly col: number | null;
}

export function scoreFigure(ind: Indicator, method: FigureMethod, figure: GivenCell, params: FigureParams, rule: ScoringRule, settings: Settings, place: UnitPlace): MethodOutcome {
  const found = new Found(place);
  const actual: Read =
    method === '扣分制' ? readCount(found, figure, { what: '发生次数', whatEn: 'count of occurrences', invalid: 'NOT_A_NUMBER' }) : readFigure(found, figure);
  const got: Partial<Record<ParamKey, ParamValue>> = {};
  for (const key of NEEDS[method]) {
    const p = readParam(found, ind, key, params[key], figure.col);
    if (p !== null) got[key] = p;
  }
  checkParams(found, ind, method, got, figure.col);
  const blank = actual === EMPTY && method !== '扣分制';
  if (found.error || actual === BAD) {
    // An empty figure beside a bad parameter is an error cell too under 报错 (every bad cell an issue).
    if (blank && settings.blank === '报错') blankScore(found, figure.col, ind, settings, BLANK_FIX);
    return found.failed();
  }
  if (blank) {
    const score = blankScore(found, figure.col, ind, settings, BLANK_FIX);
    return score === null ? found.failed() : found.scored(score, place.deferDetail === true ? DETAIL_LATER : { indicator: ind.name, method, text: '空白，按 0 分计', cell: cellName(place, figure.col) });
  }
  const values: FigureValues = {
    max: ind.max,
    actual: actual === EMPTY ? 0 : actual,
    target: got.target?.value ?? NaN,
    satisfied: got.satisfied?.value ?? NaN,
    disallowed: got.disallowed?.value ?? NaN,
    perCount: got.perCount?.value ?? NaN,
    cap: ratioValue(rule.cap),
  };
  const later = place.deferDetail === true;
  const { raw, text } = FORMULAS[method](values, !later);
  if (!Number.isFinite(raw)) {
    // Only numbers near the double's limit (1e308) overflow the formula: say so rather than write NaN.
    found.add('BAD_TARGET', figure.col, { indicator: ind.name, param: '实际数值及参数', paramEn: 'the figure and its parameters', value: shownNumber(values.actual), reason: '数值过大，无法按公式计算', reasonEn: 'the numbers are too large for the formula' });
    return found.failed();
  }
  if (later) return found.scored(excelRound(raw, settings.decimals), DETAIL_LATER);
  const used: Record<string, number> = {};
  for (const key of NEEDS[method]) used[PARAM_NAMES[key]] = values[key];
  if (method !== '扣分制') used['封顶'] = values.cap;
  return found.scored(excelRound(raw, settings.decimals), { indicator: ind.name, method, text, cell: cellName(place, figure.col), figure: values.actual, params: used });
}

/** One parameter: the scheme's number as it is, a per-unit cell read like the figure (empty: MISSING_VALUE). */
function readParam(found: Found, ind: Indicator, key: ParamKey, p: FigureParam | undefined, figureCol: number): ParamValue | null {
  const name = PARAM_NAMES[key];
  if (typeof p === 'number' || p === undefined) {
    if (p !== undefined && Number.isFinite(p)) return { value: p, col: null };
    // The scheme check (SCHEME_INVALID) keeps this from happening; never compute without it.
    found.add('BAD_TARGET', figureCol, { indicator: ind.name, param: name, value: p === undefined ? '（未设置）' : String(p), reason: '考核方案【计分规则】中没有这个参数的有效数值', reasonEn: 'the scheme gives no valid value' });
    return null;
  }
  const read = readFigure(found, p);
  if (read === BAD) return null;
  if (read === EMPTY) {
    found.add('MISSING_VALUE', p.col, {
      indicator: p.label ?? name,
      fix: `请填写该单位的${name}（考核方案【计分规则】中“${ind.name}”的${name}取自这一列）。`,
      fixEn: `Enter the unit's ${name}: 【计分规则】 takes "${ind.name}"'s ${name} from this column.`,
    });
    return null;
  }
  return { value: read, col: p.col };
}

/** BAD_TARGET for parameters the formula can not use: 目标值 ≤ 0, 满意值 = 不允许值, 每次扣分 < 0. */
function checkParams(found: Found, ind: Indicator, method: FigureMethod, got: Partial<Record<ParamKey, ParamValue>>, figureCol: number): void {
  const bad = (key: ParamKey, p: ParamValue, reason: string, reasonEn: string): void => {
    const scheme = p.col === null ? '（考核方案【计分规则】）' : '';
    found.add('BAD_TARGET', p.col ?? figureCol, { indicator: ind.name, param: PARAM_NAMES[key], paramEn: PARAM_EN[key], value: shownNumber(p.value), reason: reason + scheme, reasonEn });
  };
  const { target, satisfied, disallowed, perCount } = got;
  if ((method === '完成率' || method === '逆向') && target && !(target.value > 0)) bad('target', target, '应大于 0', 'it must be above 0');
  if (method === '功效系数' && satisfied && disallowed && sig15(satisfied.value) === sig15(disallowed.value)) {
    bad('satisfied', satisfied, `与不允许值 ${shownNumber(disallowed.value)} 相同，两者必须不同`, `it equals the 不允许值 ${shownNumber(disallowed.value)}; they must differ`);
  }
  if (method === '扣分制' && perCount && perCount.value < 0) bad('perCount', perCount, '应不小于 0', 'it must not be negative');
}
