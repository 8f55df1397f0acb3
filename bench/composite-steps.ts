/**
 * Where the 综合评价 run's time goes, step by step, at steady state (docs/performance.md, "The speed
 * work of 2026-12-04"): each engine step function is wrapped in place (its module's export, which the
 * compiled callers read at every call) and timed (wall), over `RUNS` runs after as many warm-ups, each
 * after a forced GC; printed as ms per run. One scheme per process, so neither sees the other's shapes:
 *   node --expose-gc --max-semi-space-size=64 bench/out/bench/composite-steps.js composite|plain [RUNS]
 */
import { makeComposite } from './composite';
import { COMPOSITE_SEED } from './composite-bench';
import { fullGc } from './measure';
import { mulberry32 } from './prng';

/** Module (under bench/out/src/engine) and exported function of each step, in run order. */
const STEPS: ReadonlyArray<readonly [string, string]> = [
  ['table/read-units', 'readUnits'],
  ['compute/step', 'computeIndicators'],
  ['compute/rows', 'matchRows'],
  ['score/total', 'scoreUnits'],
  ['grade/standing', 'computeStandings'],
  ['anomaly/detect', 'detectAnomalies'],
  ['model/unit-table', 'unitResults'],
  ['plan/build', 'buildPlan'],
  ['plan/result-sheet', 'buildResultSheet'],
];

/** With `fine` as the fourth argument, also these parts of the steps (wrapping stops their inlining). */
const FINE: ReadonlyArray<readonly [string, string]> = [
  ['compute/rows', 'unitIndex'],
  ['fast/match-rows', 'matchCleanRows'],
  ['compute/packed', 'packSheet'],
  ['compute/details', 'detailsLater'],
  ['anomaly/outlier', 'detectOutliers'],
  ['anomaly/identical', 'detectIdenticalRows'],
  ['plan/result-layout', 'layoutResult'],
  ['plan/column-width', 'columnWidth'],
];

const spent = new Map<string, number>();

for (const [file, name] of process.argv[4] === 'fine' ? [...STEPS, ...FINE] : STEPS) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`../src/engine/${file}`) as Record<string, (...args: unknown[]) => unknown>;
  const original = mod[name];
  if (typeof original !== 'function') throw new Error(`no ${name} in ${file}`);
  mod[name] = (...args: unknown[]): unknown => {
    const t = performance.now();
    const out = original(...args);
    spent.set(name, (spent.get(name) ?? 0) + performance.now() - t);
    return out;
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assess } = require('../src/engine') as typeof import('../src/engine');
const which = process.argv[2] === 'plain' ? 'plain' : 'composite';
const runs = Number(process.argv[3] ?? 20);
const c = makeComposite(10_000, mulberry32(COMPOSITE_SEED));
const workbook = which === 'plain' ? c.plain : c.workbook;
const total = new Map<string, number>();
const whole: number[] = [];
for (let k = 0; k < 2 * runs; k++) {
  fullGc();
  spent.clear();
  const t = performance.now();
  assess(workbook, { mode: 'score' });
  spent.set('assess', performance.now() - t);
  if (k < runs) continue; // warm-ups
  whole.push(spent.get('assess') ?? NaN);
  for (const [name, ms] of spent) total.set(name, (total.get(name) ?? 0) + ms);
}
console.log(`${which}, 10,000 units, wall ms per run (mean of ${runs} after ${runs} warm-ups):`);
for (const [name, ms] of total) console.log(`  ${name.padEnd(20)} ${(ms / runs).toFixed(1)}`);
whole.sort((a, b) => a - b);
console.log(`  ${'assess (fastest)'.padEnd(20)} ${(whole[0] ?? NaN).toFixed(1)}`);
console.log(`  ${'assess (median)'.padEnd(20)} ${(whole[whole.length >> 1] ?? NaN).toFixed(1)}`);
