/**
 * The quick bench job (`npm run bench -- --quick`): the engine at `n` units × 30 indicators on the
 * synthetic workbook of the full bench, and the calibration workload, interleaved in one process.
 * Warm-ups of both first (JIT: the engine `warmups` times, the calibration at least 10 times), then
 * `runs` pairs, each part after a forced GC: calibration, then `assess(workbook, { mode: 'score' })`.
 * Medians of CPU and wall time, and the median over the pairs of engine CPU ÷ calibration CPU (the
 * two parts of a pair run a fraction of a second apart, so they share the machine's state of the
 * moment). See bench/guard.ts.
 */
import { assess } from '../src/engine';
import { calibrate } from './calibration';
import { SEED } from './engine-bench';
import { fullGc, median, summarize, timeOnce, type Timing, type TimingSummary } from './measure';
import { mulberry32 } from './prng';
import { makeSynthetic } from './synthetic';

export interface QuickResult {
  readonly n: number;
  readonly engine: TimingSummary;
  readonly calibration: TimingSummary;
  /** Median over the runs of engine CPU ms ÷ calibration CPU ms (of the same pair). */
  readonly normalised: number;
  /** Every run's CPU ms, engine and calibration, in order. */
  readonly engineCpuAll: number[];
  readonly calibrationCpuAll: number[];
}

export function benchQuick(n: number, runs: number, warmups: number): QuickResult {
  const s = makeSynthetic(n, mulberry32(SEED), '美式');
  let check = 0;
  for (let k = 0; k < Math.max(10, warmups); k++) check += calibrate();
  for (let k = 0; k < warmups; k++) {
    const r = assess(s.workbook, { mode: 'score' });
    if (r.summary.scored !== n || r.summary.errors !== 0) throw new Error(`engine scored ${r.summary.scored}/${n} with ${r.summary.errors} errors`);
  }
  const engine: Timing[] = [];
  const calibration: Timing[] = [];
  for (let k = 0; k < runs; k++) {
    fullGc();
    const c = timeOnce(calibrate);
    check += c.value;
    calibration.push(c.timing);
    fullGc();
    engine.push(timeOnce(() => assess(s.workbook, { mode: 'score' })).timing);
  }
  if (!Number.isFinite(check)) throw new Error('calibration checksum is not a number');
  return {
    n,
    engine: summarize(engine),
    calibration: summarize(calibration),
    normalised: median(engine.map((t, k) => t.cpuMs / (calibration[k] as Timing).cpuMs)),
    engineCpuAll: engine.map((t) => Math.round(t.cpuMs)),
    calibrationCpuAll: calibration.map((t) => Math.round(t.cpuMs * 10) / 10),
  };
}
