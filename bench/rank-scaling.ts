/**
 * 中国式 (dense) ranking alone — the engine's `rankEntries` — on n, 2n and 4n entries, to show it is
 * O(n log n): doubling n should cost ≈ 2.1× (2·log(2n)/log n), not 4× as a quadratic method would.
 * Totals are two-decimal values in 40…100 (many ties, as in real 考核) and ~3% vetoed entries.
 */
import { rankEntries, type RankEntry } from '../src/engine/rank/rank';
import { mulberry32 } from './prng';
import { fullGc, summarize, timeOnce, type TimingSummary } from './measure';

export interface ScalingResult {
  readonly sizes: number[];
  readonly timings: TimingSummary[];
  /** t(2n)/t(n) and t(4n)/t(2n), from the median wall times. */
  readonly ratios: number[];
  /** Fitted exponent k in t ∝ n^k over n…4n (1 for linear, ≈1.06 for n log n here, 2 for quadratic). */
  readonly exponent: number;
}

function entries(n: number, seed: number): RankEntry[] {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => ({ vetoed: next() < 0.03, total: Math.round((40 + next() * 60) * 100) / 100, tieKeys: [] }));
}

/** Times `rankEntries(…, '中国式', '末位')` at n, 2n, 4n: one warm-up then `runs` runs each. */
export function rankScaling(n: number, runs: number): ScalingResult {
  const sizes = [n, 2 * n, 4 * n];
  const timings = sizes.map((size, k) => {
    const list = entries(size, 7 + k);
    rankEntries(list, '中国式', '末位');
    const out = [];
    for (let r = 0; r < runs; r++) {
      fullGc();
      out.push(timeOnce(() => rankEntries(list, '中国式', '末位')).timing);
    }
    return summarize(out);
  });
  const w = timings.map((t) => t.wallMs);
  const ratios = [(w[1] as number) / (w[0] as number), (w[2] as number) / (w[1] as number)];
  const exponent = Math.log((w[2] as number) / (w[0] as number)) / Math.log(4);
  return { sizes, timings, ratios, exponent };
}
