/**
 * The formula baseline as a series of sizes: measure the small sizes fully, attempt the larger ones
 * under the time-box, and extrapolate what was not measured with the exponent measured between the
 * two largest sizes that finished: t(N) ≈ t(n₂)·(N/n₂)^k, k = log(t(n₂)/t(n₁)) / log(n₂/n₁).
 * A size is not attempted when a smaller one of the same series already hit the time-box, nor when
 * its prediction is past 3× the time-box (it would only burn the shared machine for the time-box and
 * still end as "> time-box").
 */
import { median } from './measure';
import type { FormulaMessage, FormulaStep } from './formula-bench';
import { runJob } from './jobs';

export interface SeriesPoint {
  readonly n: number;
  /** Median wall ms of the finished runs, or null. */
  readonly wallMs: number | null;
  readonly cpuMs: number | null;
  readonly runs: number;
  /** 'measured', 'time-boxed' (killed after the time-box) or 'skipped'. */
  readonly status: 'measured' | 'time-boxed' | 'skipped';
  /** Extrapolated wall ms where not measured, with the exponent used. */
  readonly predictedMs: number | null;
  readonly exponent: number | null;
  /** The same exponent fitted on CPU times (less disturbed by other load on a shared machine). */
  readonly cpuExponent?: number | null;
}

export interface SeriesResult {
  readonly step: FormulaStep;
  readonly points: SeriesPoint[];
  readonly verify: Array<{ n: number; agree: boolean; detail: string }>;
}

/** Fitted exponent and prediction from the two largest measured points, or nulls. */
export function extrapolate(points: readonly SeriesPoint[], n: number): { predictedMs: number | null; exponent: number | null; cpuExponent: number | null } {
  const done = points.filter((p) => p.status === 'measured' && p.wallMs !== null).sort((a, b) => a.n - b.n);
  const p2 = done[done.length - 1];
  const p1 = done[done.length - 2];
  if (!p1 || !p2 || p1.wallMs === null || p2.wallMs === null) return { predictedMs: null, exponent: null, cpuExponent: null };
  const exponent = Math.log(p2.wallMs / p1.wallMs) / Math.log(p2.n / p1.n);
  const cpuExponent = p1.cpuMs && p2.cpuMs ? Math.log(p2.cpuMs / p1.cpuMs) / Math.log(p2.n / p1.n) : null;
  return { predictedMs: p2.wallMs * Math.pow(n / p2.n, exponent), exponent, cpuExponent };
}

/**
 * Runs `step` of the baseline at each of `sizes` (ascending) with `runs(n)` runs; `log` gets progress
 * lines. `timeboxMs` bounds each timed step.
 */
export async function formulaSeries(step: FormulaStep, sizes: ReadonlyArray<{ n: number; runs: number }>, timeboxMs: number, log: (line: string) => void): Promise<SeriesResult> {
  const points: SeriesPoint[] = [];
  const verify: SeriesResult['verify'] = [];
  let boxed = false;
  for (const { n, runs } of sizes) {
    const guess = extrapolate(points, n);
    if (boxed || (guess.predictedMs !== null && guess.predictedMs > 3 * timeboxMs)) {
      points.push({ n, wallMs: null, cpuMs: null, runs: 0, status: 'skipped', ...guess });
      log(`  ${step} n=${n}: not attempted (${boxed ? 'a smaller size hit the time-box' : `predicted past 3× the time-box`}); extrapolated ≈ ${fmtS(guess.predictedMs)}`);
      continue;
    }
    const timings: Array<{ wallMs: number; cpuMs: number }> = [];
    const outcome = await runJob(['formula', n, step === 'dense' ? 1 : runs, step === 'dense' ? 1 : 0], timeboxMs, (raw) => {
      const m = raw as FormulaMessage;
      if (m.type === 'done' && m.step === step) timings.push(m.timing);
      if (m.type === 'verify' && m.step === step) verify.push({ n, agree: m.agree, detail: m.detail });
    });
    const timedOut = outcome.timedOut !== null && outcome.timedOut.step === step;
    if (timedOut) boxed = true;
    const measured = timings.length > 0 && !timedOut;
    const g = measured ? { predictedMs: null, exponent: null, cpuExponent: null } : guess;
    points.push({
      n,
      wallMs: timings.length ? median(timings.map((t) => t.wallMs)) : null,
      cpuMs: timings.length ? median(timings.map((t) => t.cpuMs)) : null,
      runs: timings.length,
      status: measured ? 'measured' : 'time-boxed',
      ...g,
    });
    const last = verify.filter((v) => v.n === n).pop();
    log(`  ${step} n=${n}: ${measured ? `${fmtS(median(timings.map((t) => t.wallMs)))} (median of ${timings.length})` : `> ${fmtS(timeboxMs)} (time-boxed); extrapolated ≈ ${fmtS(guess.predictedMs)}`}${last ? `; ${last.detail}` : ''}`);
  }
  return { step, points, verify };
}

function fmtS(ms: number | null): string {
  if (ms === null) return '?';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${ms.toFixed(0)} ms`;
}
