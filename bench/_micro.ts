import { assess } from '../src/engine';
import { mulberry32 } from './prng';
import { makeComposite } from './composite';
import { COMPOSITE_SEED } from './composite-bench';
const c = makeComposite(10000, mulberry32(COMPOSITE_SEED));
for (let k = 0; k < 10; k++) { const p0 = process.cpuUsage().user; assess(c.plain, { mode: 'score' }); console.log('plain', ((process.cpuUsage().user - p0) / 1000).toFixed(0)); const c0 = process.cpuUsage().user; const t0 = performance.now(); assess(c.workbook, { mode: 'score' }); const t = (process.cpuUsage().user - c0) / 1000; const T = (globalThis as unknown as { T: number[][] }).T.pop() ?? []; console.log(`assess ${t.toFixed(0)}: match ${T[0]?.toFixed(0)} judges ${T[1]?.toFixed(0)} votes ${T[2]?.toFixed(0)} completion ${T[3]?.toFixed(0)} inverse ${T[4]?.toFixed(0)} compute total ${T[9]?.toFixed(0)}`); }
