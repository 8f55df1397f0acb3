/**
 * Scoring (SPEC §2), every unit at once into flat arrays (no object per unit):
 *   points_i = score_i / 分值_i × weight_i;  base = Σ points_i;  subtotal_k = Σ over 一级指标 k
 *   bonus = min(Σ capped 加分, 加分合计上限);  deduction = min(Σ capped 扣分, 扣分合计上限)
 *   total = ROUND(clamp(base + bonus − deduction, 总分下限, 总分上限), 小数位)   (Excel ROUND)
 * A 总分计零 veto makes the total 0.
 * Example: scores 18/20 (权重 30) and 45/50 (权重 70), 加分 2 → 27 + 63 + 2 = 92.
 */
import type { Scheme } from '../model/scheme';
import type { VetoOutcome } from '../model/result';
import type { UnitTable } from '../model/unit-table';
import { excelRound } from '../math/round';
import { categoryOrder } from '../scheme/categories';

/** Per scheme, computed once: each indicator's 分值, weight and 一级指标 index (-1 for none). */
interface IndicatorColumns {
  readonly max: Float64Array;
  readonly weight: Float64Array;
  readonly category: Int32Array;
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
  m = { max, weight, category };
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

/** True when every score of the row was read (none missing or bad). */
function complete(scores: ReadonlyArray<number | null>): scores is readonly number[] {
  for (let i = 0; i < scores.length; i++) if (scores[i] === null) return false;
  return true;
}

export interface ScoreInput {
  readonly scheme: Scheme;
  /** Its read columns filled; this step fills scored, base, bonus, deduction, total, subtotals, caps. */
  readonly table: UnitTable;
  /** An error in the scheme: nothing is scored. */
  readonly schemeBlocked: boolean;
}

/**
 * The score step: scores every unit that can be scored — not blocked by an error in its row,
 * every score present, and no error in the scheme (`schemeBlocked` scores nothing).
 */
export function scoreUnits({ scheme, table, schemeBlocked }: ScoreInput): void {
  if (schemeBlocked) return;
  const model = indicatorColumnsOf(scheme);
  const sums = new Float64Array(table.categoryCount);
  for (let u = 0; u < table.count; u++) {
    const scores = table.scoresOf(u);
    if (table.isBlocked(u) || !complete(scores)) continue;
    table.scored[u] = 1;
    scoreOne(scheme, model, scores, u, table, sums);
  }
}

/** Scores unit `u` into `table`; `sums` is scratch space of K entries. */
function scoreOne(scheme: Scheme, model: IndicatorColumns, scores: readonly number[], u: number, table: UnitTable, sums: Float64Array): void {
  const { settings } = scheme;
  const { max, weight, category } = model;
  const K = sums.length;
  if (K) sums.fill(0);
  let base = 0;
  for (let i = 0; i < scores.length; i++) {
    // score / 分值 × weight, in the SPEC's order of operations.
    const p = ((scores[i] ?? 0) / (max[i] ?? 1)) * (weight[i] ?? 0);
    base += p;
    const k = category[i] ?? -1;
    if (k >= 0) sums[k] = (sums[k] ?? 0) + p;
  }
  // Most units hit no cap: a list of their own only when needed.
  let caps: string[] | undefined;
  let bonus = 0;
  let deduction = 0;
  const adjustments = table.adjustmentsOf(u);
  for (let j = 0; j < adjustments.length; j++) {
    const a = adjustments[j];
    if (a === undefined) continue;
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
  if (zeroedByVeto(table.vetoesOf(u))) {
    total = 0;
    (caps ??= []).push('总分计零');
  }
  table.base[u] = base;
  table.bonus[u] = bonus;
  table.deduction[u] = deduction;
  table.total[u] = total;
  if (caps) table.caps[u] = caps;
  for (let k = 0; k < K; k++) table.subtotals[u * K + k] = excelRound(sums[k] ?? 0, settings.decimals);
}

/** True when a 总分计零 veto fired (the total is 0). */
function zeroedByVeto(vetoes: readonly VetoOutcome[]): boolean {
  for (let j = 0; j < vetoes.length; j++) if (vetoes[j]?.effect === '总分计零') return true;
  return false;
}
