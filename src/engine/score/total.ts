/**
 * Scoring one unit (SPEC §2):
 *   points_i = score_i / 分值_i × weight_i;  base = Σ points_i;  subtotal_k = Σ over 一级指标 k
 *   bonus = min(Σ capped 加分, 加分合计上限);  minus = min(Σ capped 扣分, 扣分合计上限)
 *   total = ROUND(clamp(base + bonus − minus, 总分下限, 总分上限), 小数位)   (Excel ROUND)
 * A 总分计零 veto makes the total 0.
 * Example: scores 18/20 (权重 30) and 45/50 (权重 70), 加分 2 → 27 + 63 + 2 = 92.
 */
import type { Scheme } from '../model/scheme';
import type { AdjustmentOutcome, VetoOutcome } from '../model/result';
import { excelRound } from '../math/round';

export interface UnitScore {
  readonly base: number;
  readonly bonus: number;
  readonly minus: number;
  readonly subtotals: Record<string, number>;
  /** The same rounded subtotals as a list, in `categoryOrder(scheme)` (for fast column writes). */
  readonly subtotalList: readonly number[];
  readonly total: number;
  readonly capsApplied: readonly string[];
}

/** Per scheme, computed once: each indicator's 一级指标 index (-1 for none). */
interface ScoreModel {
  readonly category: Int32Array;
  readonly categories: readonly string[];
  /** Scratch space for one unit's 一级指标 sums. */
  readonly sums: Float64Array;
}

const MODELS = new WeakMap<Scheme, ScoreModel>();
/** Shared empty lists for units without caps or 一级指标 (frozen: nothing may push into them). */
const NO_CAPS: readonly string[] = Object.freeze([]);
const NO_SUBTOTALS: readonly number[] = Object.freeze([]);

function modelOf(scheme: Scheme): ScoreModel {
  let m = MODELS.get(scheme);
  if (m) return m;
  const categories: string[] = [];
  const category = new Int32Array(scheme.indicators.length).fill(-1);
  scheme.indicators.forEach((ind, i) => {
    if (ind.category === null) return;
    let k = categories.indexOf(ind.category);
    if (k < 0) k = categories.push(ind.category) - 1;
    category[i] = k;
  });
  m = { category, categories, sums: new Float64Array(categories.length) };
  MODELS.set(scheme, m);
  return m;
}

/**
 * An indicator's points: score / 分值 × 权重 (× 分值 when there is no 权重), in the SPEC's order of
 * operations. Example: 18 of 20 with 权重 30 → 27.
 */
export function indicatorPoints(ind: Scheme['indicators'][number], score: number): number {
  return (score / ind.max) * (ind.weight ?? ind.max);
}

/** The 一级指标 in the order of their first indicator. Example: [组织建设, 业务工作]. */
export function categoryOrder(scheme: Scheme): readonly string[] {
  return modelOf(scheme).categories;
}

/** `scores` must all be valid numbers (the unit is not blocked). */
export function scoreUnit(scheme: Scheme, scores: readonly number[], adjustments: readonly AdjustmentOutcome[], vetoes: readonly VetoOutcome[]): UnitScore {
  const { settings } = scheme;
  const model = modelOf(scheme);
  // Most units hit no cap: one shared empty list for them, a list of their own only when needed.
  let caps: string[] | null = null;
  const cap = (what: string): void => {
    (caps ??= []).push(what);
  };
  const n = scheme.indicators.length;
  // One scratch array per scheme for the 一级指标 sums (scoreUnit runs to the end synchronously).
  const sums = model.categories.length ? model.sums.fill(0) : null;
  let base = 0;
  for (let i = 0; i < n; i++) {
    // score / 分值 × weight, in the SPEC's order of operations.
    const ind = scheme.indicators[i] as Scheme['indicators'][number];
    const p = indicatorPoints(ind, scores[i] ?? 0);
    base += p;
    const k = model.category[i] as number;
    if (sums && k >= 0) sums[k] = (sums[k] as number) + p;
  }
  let bonus = 0;
  let minus = 0;
  for (const a of adjustments) {
    if (a.kind === '加分') bonus += a.counted;
    else minus += a.counted;
    if (a.counted !== a.raw) cap(`${a.column}上限`);
  }
  if (settings.bonusTotalCap !== null && bonus > settings.bonusTotalCap) {
    bonus = settings.bonusTotalCap;
    cap('加分合计上限');
  }
  if (settings.minusTotalCap !== null && minus > settings.minusTotalCap) {
    minus = settings.minusTotalCap;
    cap('扣分合计上限');
  }
  let raw = base + bonus - minus;
  if (raw < settings.totalMin) {
    raw = settings.totalMin;
    cap('总分下限');
  }
  if (settings.totalMax !== null && raw > settings.totalMax) {
    raw = settings.totalMax;
    cap('总分上限');
  }
  let total = excelRound(raw, settings.decimals);
  for (const v of vetoes) {
    if (v.effect === '总分计零') {
      total = 0;
      cap('总分计零');
      break;
    }
  }
  const subtotals: Record<string, number> = {};
  let subtotalList = NO_SUBTOTALS;
  if (sums) {
    const list = new Array<number>(sums.length);
    model.categories.forEach((c, k) => {
      const v = excelRound(sums[k] as number, settings.decimals);
      subtotals[c] = v;
      list[k] = v;
    });
    subtotalList = list;
  }
  return { base, bonus, minus, subtotals, subtotalList, total, capsApplied: caps ?? NO_CAPS };
}
