/**
 * The speed guard of `npm run bench -- --quick` (issue 11): is the engine more than 25% slower than
 * the reference recorded in bench/reference.json? Pure: no timing, no files (unit-tested in
 * test/bench/guard.test.ts).
 *
 * The figure compared is the engine's CPU time divided by the CPU time of a fixed pure-JS workload
 * (bench/calibration.ts) run just before it in the same process: the median over the runs of that
 * quotient (bench/quick.ts). A machine that is uniformly slower (a slower CPU, neighbours sharing its
 * caches and memory bandwidth) slows both alike and the quotient stays; a slower engine moves only
 * the numerator. CPU time, not wall time: on a shared machine wall time also counts the time other
 * processes held the core. Method and figures: docs/performance.md, "The speed guard".
 */

/** One size, as measured: medians of CPU ms, and the median of engine ÷ calibration per run. */
export interface GuardFigures {
  readonly engineCpuMs: number;
  readonly calibrationCpuMs: number;
  readonly normalised: number;
}

export interface GuardVerdict {
  readonly pass: boolean;
  /** current.normalised ÷ reference.normalised, to 2 decimals; NaN when the figures can not be compared. */
  readonly ratio: number;
  readonly message: string;
}

/** "More than 25% slower" fails: a ratio above 1.25. */
export const SLOWDOWN_LIMIT = 1.25;

/**
 * Compares `current` with `reference` for the size named `label` (e.g. "10,000 × 30"). The ratio is
 * rounded to 2 decimals and that rounded figure is judged, so a message never shows a passing number
 * for a failure: 1.25 passes, 1.26 fails.
 * Example: judge('10,000 × 30', { engineCpuMs: 250, calibrationCpuMs: 50, normalised: 5 }, { engineCpuMs: 200, calibrationCpuMs: 50, normalised: 4 })
 * → { pass: true, ratio: 1.25, message: 'PASS 10,000 × 30: 1.25× the reference (limit 1.25×): engine ÷ calibration 5.00 (medians: engine 250 ms CPU, calibration 50 ms), reference 4.00' }.
 */
export function judge(label: string, current: GuardFigures, reference: GuardFigures, limit = SLOWDOWN_LIMIT): GuardVerdict {
  if (![current.normalised, reference.normalised].every((x) => Number.isFinite(x) && x > 0)) {
    return {
      pass: false,
      ratio: NaN,
      message: `FAIL ${label}: cannot compare engine ÷ calibration ${current.normalised} with the reference's ${reference.normalised}: both must be positive numbers. Record the reference again: npm run bench -- --quick --record`,
    };
  }
  const ratio = Math.round((current.normalised / reference.normalised) * 100) / 100;
  const figures = `engine ÷ calibration ${current.normalised.toFixed(2)} (medians: engine ${ms(current.engineCpuMs)} ms CPU, calibration ${ms(current.calibrationCpuMs)} ms), reference ${reference.normalised.toFixed(2)}`;
  if (ratio <= limit) {
    return { pass: true, ratio, message: `PASS ${label}: ${ratio.toFixed(2)}× the reference (limit ${limit.toFixed(2)}×): ${figures}` };
  }
  return {
    pass: false,
    ratio,
    message: `FAIL ${label}: the engine is ${ratio.toFixed(2)}× the reference, more than ${Math.round((limit - 1) * 100)}% slower (limit ${limit.toFixed(2)}×): ${figures}. `
      + 'Run it again when the machine is quieter; if it fails again, find the commit that slowed the engine (git bisect) and profile it (docs/performance.md).',
  };
}

/** Milliseconds for a message: whole from 100 up, else one decimal at most. Example: ms(190.4) → '190'; ms(48.25) → '48.3'; ms(50) → '50'. */
function ms(x: number): string {
  return x >= 100 ? x.toFixed(0) : String(Math.round(x * 10) / 10);
}
