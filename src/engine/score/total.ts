/**
 * Scoring (SPEC §2), every unit at once into flat arrays (no object per unit):
 *   points_i = score_i / 分值_i × weight_i;  base = Σ points_i;  subtotal_k = Σ over 一级指标 k
 *   bonus = min(Σ capped 加分, 加分合计上限);  deduction = min(Σ capped 扣分, 扣分合计上限)
 *   total = ROUND(clamp(base + bonus − deduction, 总分下限, 总分上限), 小数位)   (Excel ROUND)
 * A 总分计零 veto makes the total 0.
 * Example: scores 18/20 (权重 30) and 45/50 (权重 70), 加分 2 → 27 + 63 + 2 = 92.
 */
import type { Scheme } from '../model/scheme';
import type { AdjustmentOutcome, VetoOutcome } from '../model/result';
import { excelRound } from '../math/round';
import { categoryOrder } from '../scheme/categories';
import { NONE, NO_ENTRIES } from '../model/empty';

/** What scoring needs of the units as read (unit i is entry i of each list; see `ReadTable`). */
export interface ScoreInput {
  readonly count: number;
  readonly scores: ReadonlyArray<ReadonlyArray<number | null>>;
  readonly adjustments: ReadonlyArray<readonly AdjustmentOutcome[]>;
  readonly vetoes: ReadonlyArray<readonly VetoOutcome[]>;
  /** 1 when an error in the row blocks scoring. */
  readonly blocked: Uint8Array;
}

/** Every unit's score, by unit index. Entries of an unscored unit (`scored[i] === 0`) are 0. */
export interface ScoreTable {
  /** 1 when unit i was scored; 0 when its row (or the scheme) has an error, or a score is missing. */
  readonly scored: Uint8Array;
  readonly base: Float64Array;
  readonly bonus: Float64Array;
  readonly deduction: Float64Array;
  /** The rounded total. */
  readonly total: Float64Array;
  /** Number of 一级指标 (K). */
  readonly categoryCount: number;
  /**
   * Rounded subtotals: unit i's K values at `i * K`, in `categoryOrder(scheme)` (null for an
   * unscored unit). A plain list, not a Float64Array: see fast/README.md (subtotals).
   */
  readonly subtotals: ReadonlyArray<number | null>;
  /** Which caps applied to unit i (undefined: none), e.g. `加分合计上限`. */
  readonly caps: ReadonlyArray<readonly string[] | undefined>;
}

/** Unit i's subtotals are `subtotals[i × categoryCount …]` when `scored[i]` is 1. */
export type SubtotalTable = Pick<ScoreTable, 'scored' | 'subtotals' | 'categoryCount'>;

/** Per scheme, computed once: each indicator's 分值, weight and 一级指标 index (-1 for none). */
interface IndicatorColumns {
  /** Every 一级指标 as a key, in order (values null): copied for each unit's `subtotals` record. */
  readonly record: Readonly<Record<string, number | null>>;
  readonly max: Float64Array;
  readonly weight: Float64Array;
  readonly category: Int32Array;
  readonly categories: readonly string[];
}

const INDICATOR_COLUMNS = new WeakMap<Scheme, IndicatorColumns>();

function indicatorColumnsOf(scheme: Scheme): IndicatorColumns {
  let m = INDICATOR_COLUMNS.get(scheme);
  if (m) return m;
  const categories = categoryOrder(scheme);
  const n = scheme.indicators.length;
  const category = new Int32Array(n).fill(-1);
  const max = new Float64Array(n);
  const weight = new Float64Array(n);
  scheme.indicators.forEach((ind, i) => {
    max[i] = ind.max;
    weight[i] = ind.weight ?? ind.max;
    if (ind.category !== null) category[i] = categories.indexOf(ind.category);
  });
  // null, not a number: see fast/README.md (subtotals).
  const record: Record<string, number | null> = {};
  for (const c of categories) record[c] = null;
  m = { record, max, weight, category, categories };
  INDICATOR_COLUMNS.set(scheme, m);
  return m;
}

/**
 * An indicator's points: score / 分值 × 权重 (× 分值 when there is no 权重), in the SPEC's order of
 * operations. Example: 18 of 20 with 权重 30 → 27.
 */
export function indicatorPoints(ind: Scheme['indicators'][number], score: number): number {
  return (score / ind.max) * (ind.weight ?? ind.max);
}

/** Unit i's rounded subtotals as 一级指标 → points (the shared empty record when unscored or the scheme has none). */
export function subtotalRecord(scheme: Scheme, table: ScoreTable, i: number): Readonly<Record<string, number>> {
  const model = indicatorColumnsOf(scheme);
  const K = table.categoryCount;
  if (table.scored[i] !== 1 || K === 0) return NO_ENTRIES;
  // A copy of the per-scheme record, then its values: see fast/README.md (subtotals).
  const out: Record<string, number | null> = { ...model.record };
  const categories = model.categories;
  for (let k = 0; k < K; k++) out[categories[k] as string] = table.subtotals[i * K + k] as number;
  return out as Record<string, number>;
}

/** True when every score of the row was read (none missing or bad). */
function complete(scores: ReadonlyArray<number | null>): boolean {
  for (let i = 0; i < scores.length; i++) if (scores[i] === null) return false;
  return true;
}

/**
 * Scores every unit that can be scored: not blocked by an error in its row, every score present,
 * and no error in the scheme (`schemeBlocked` scores nothing).
 */
export function scoreAll(scheme: Scheme, units: ScoreInput, schemeBlocked: boolean): ScoreTable {
  const count = units.count;
  const model = indicatorColumnsOf(scheme);
  const K = model.categories.length;
  const table = {
    scored: new Uint8Array(count),
    base: new Float64Array(count),
    bonus: new Float64Array(count),
    deduction: new Float64Array(count),
    total: new Float64Array(count),
    categoryCount: K,
    // Filled with null first: see fast/README.md (subtotals).
    subtotals: new Array<number | null>(count * K).fill(null),
    caps: new Array<readonly string[] | undefined>(count),
  };
  if (schemeBlocked) return table;
  const sums = new Float64Array(K);
  for (let u = 0; u < count; u++) {
    const scores = units.scores[u] as ReadonlyArray<number | null>;
    if (units.blocked[u] === 1 || !complete(scores)) continue;
    table.scored[u] = 1;
    scoreOne(scheme, model, scores as readonly number[], units.adjustments[u] ?? NONE, units.vetoes[u] ?? NONE, u, table, sums);
  }
  return table;
}

/** Scores unit `u` into `table`; `sums` is scratch space of K entries. */
function scoreOne(
  scheme: Scheme,
  model: IndicatorColumns,
  scores: readonly number[],
  adjustments: readonly AdjustmentOutcome[],
  vetoes: readonly VetoOutcome[],
  u: number,
  table: ScoreTable & { caps: Array<readonly string[] | undefined>; subtotals: Array<number | null> },
  sums: Float64Array,
): void {
  const { settings } = scheme;
  const { max, weight, category } = model;
  const K = sums.length;
  if (K) sums.fill(0);
  let base = 0;
  for (let i = 0; i < scores.length; i++) {
    // score / 分值 × weight, in the SPEC's order of operations.
    const p = ((scores[i] as number) / (max[i] as number)) * (weight[i] as number);
    base += p;
    const k = category[i] as number;
    if (k >= 0) sums[k] = (sums[k] as number) + p;
  }
  // Most units hit no cap: a list of their own only when needed.
  let caps: string[] | undefined;
  let bonus = 0;
  let deduction = 0;
  for (let j = 0; j < adjustments.length; j++) {
    const a = adjustments[j] as AdjustmentOutcome;
    if (a.kind === '加分') bonus += a.counted;
    else deduction += a.counted;
    if (a.counted !== a.raw) (caps ??= []).push(`${a.column}上限`);
  }
  if (settings.bonusTotalCap !== null && bonus > settings.bonusTotalCap) {
    bonus = settings.bonusTotalCap;
    (caps ??= []).push('加分合计上限');
  }
  if (settings.deductionTotalCap !== null && deduction > settings.deductionTotalCap) {
    deduction = settings.deductionTotalCap;
    (caps ??= []).push('扣分合计上限');
  }
  let raw = base + bonus - deduction;
  if (raw < settings.totalMin) {
    raw = settings.totalMin;
    (caps ??= []).push('总分下限');
  }
  if (settings.totalMax !== null && raw > settings.totalMax) {
    raw = settings.totalMax;
    (caps ??= []).push('总分上限');
  }
  let total = excelRound(raw, settings.decimals);
  for (let j = 0; j < vetoes.length; j++) {
    if ((vetoes[j] as VetoOutcome).effect === '总分计零') {
      total = 0;
      (caps ??= []).push('总分计零');
      break;
    }
  }
  table.base[u] = base;
  table.bonus[u] = bonus;
  table.deduction[u] = deduction;
  table.total[u] = total;
  if (caps) table.caps[u] = caps;
  for (let k = 0; k < K; k++) table.subtotals[u * K + k] = excelRound(sums[k] as number, settings.decimals);
}
