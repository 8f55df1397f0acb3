/**
 * The engine on the synthetic workbook: `assess(workbook, { mode })` — validate, score, rank, grade,
 * flag anomalies and (mode `score`) plan the write-back — timed whole. Runs in its own child process
 * (one per size) so sizes do not share a heap.
 * Method: build the workbook (not timed); `warmups` warm-up `score` runs (several at small sizes,
 * where one run leaves the JIT cold), peak RSS sampled during the first (see measure.ts); then `scoreRuns` timed `score` runs and `checkRuns` timed `check` runs (the
 * code is warm by then: check is the score path without the plan); medians reported.
 */
import { assess } from '../src/engine';
import { mulberry32 } from './prng';
import { makeSynthetic } from './synthetic';
import { fullGc, summarize, timeOnce, withRssPeak, type RssPeak, type Timing, type TimingSummary } from './measure';

export const SEED = 20261127;

export interface EngineResult {
  readonly n: number;
  readonly score: TimingSummary;
  readonly check: TimingSummary;
  readonly memory: RssPeak;
  readonly summary: { units: number; scored: number; errors: number; warnings: number };
  readonly textNumbers: number;
}

/** The first run, RSS sampled: its summary and peak memory (the result itself is dropped). */
async function warmUp(workbook: Parameters<typeof assess>[0]): Promise<{ summary: EngineResult['summary']; memory: RssPeak }> {
  const warm = await withRssPeak(() => assess(workbook, { mode: 'score' }));
  return { summary: warm.value.summary, memory: warm.memory };
}

/** Benchmarks the engine at `n` units: `warmups` warm-up runs, then `scoreRuns` and `checkRuns` timed runs. */
export async function benchEngine(n: number, scoreRuns: number, checkRuns: number, warmups = 1): Promise<EngineResult> {
  const s = makeSynthetic(n, mulberry32(SEED), '美式');
  // Keep only the warm-up's summary and memory: holding its whole result (~130 MB at 100,000 units)
  // through the timed runs would make them run on a heap the CLI never has (one run, one result).
  const { summary, memory } = await warmUp(s.workbook);
  for (let k = 1; k < warmups; k++) assess(s.workbook, { mode: 'score' });
  if (summary.scored !== n || summary.errors !== 0) throw new Error(`engine scored ${summary.scored}/${n} with ${summary.errors} errors`);
  const timed = (mode: 'score' | 'check', runs: number): Timing[] => {
    const out: Timing[] = [];
    for (let k = 0; k < runs; k++) {
      fullGc();
      out.push(timeOnce(() => assess(s.workbook, { mode })).timing);
    }
    return out;
  };
  const score = summarize(timed('score', scoreRuns));
  const check = summarize(timed('check', checkRuns));
  return { n, score, check, memory, summary, textNumbers: s.textNumbers };
}
