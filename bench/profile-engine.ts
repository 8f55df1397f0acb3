/**
 * Where the engine's time goes: builds the synthetic workbook (or, with `composite`, the 综合评价
 * workbook of composite.ts) and runs `assess` twice (warm-up + one more; `RUNS` to change), for
 * `node --cpu-prof`. Usage:
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof bench/out/bench/profile-engine.js 100000
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof bench/out/bench/profile-engine.js 10000 composite 6
 *   (`twin` instead of `composite`: its plain twin)
 *   node bench/out/bench/profile-top.js bench/out/prof/*.cpuprofile 40
 */
import { assess } from '../src/engine';
import { mulberry32 } from './prng';
import { makeSynthetic } from './synthetic';
import { makeComposite } from './composite';
import { COMPOSITE_SEED } from './composite-bench';
import { SEED } from './engine-bench';
import { timeOnce } from './measure';

const n = Number(process.argv[2] ?? 100_000);
// `composite`: the 综合评价 workbook; `twin`: its plain twin (the same units, every indicator 直接).
const composite = process.argv[3] === 'composite' || process.argv[3] === 'twin';
const built = composite ? makeComposite(n, mulberry32(COMPOSITE_SEED)) : null;
const workbook = built ? (process.argv[3] === 'twin' ? built.plain : built.workbook) : makeSynthetic(n, mulberry32(SEED), '美式').workbook;
for (let k = 0; k < Number(process.argv[4] ?? 2); k++) {
  const { timing } = timeOnce(() => assess(workbook, { mode: 'score' }));
  console.log(`assess n=${n}${composite ? ' (composite)' : ''}: ${timing.wallMs.toFixed(0)} ms wall, ${timing.cpuMs.toFixed(0)} ms CPU`);
}
