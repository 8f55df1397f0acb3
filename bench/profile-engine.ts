/**
 * Where the engine's time goes: builds the synthetic workbook and runs `assess` twice (warm-up +
 * one more), for `node --cpu-prof`. Usage:
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof bench/out/bench/profile-engine.js 100000
 *   node bench/out/bench/profile-top.js bench/out/prof/*.cpuprofile 40
 */
import { assess } from '../src/engine';
import { mulberry32 } from './prng';
import { makeSynthetic } from './synthetic';
import { SEED } from './engine-bench';
import { timeOnce } from './measure';

const n = Number(process.argv[2] ?? 100_000);
const s = makeSynthetic(n, mulberry32(SEED), '美式');
for (let k = 0; k < 2; k++) {
  const { timing } = timeOnce(() => assess(s.workbook, { mode: 'score' }));
  console.log(`assess n=${n}: ${timing.wallMs.toFixed(0)} ms wall, ${timing.cpuMs.toFixed(0)} ms CPU`);
}
