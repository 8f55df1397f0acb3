import { assess } from '../src/engine';
import { mulberry32 } from './prng';
import { makeComposite } from './composite';
import { COMPOSITE_SEED } from './composite-bench';
import { fullGc, median, timeOnce } from './measure';
const c = makeComposite(10000, mulberry32(COMPOSITE_SEED));
for (let k = 0; k < 4; k++) { assess(c.workbook, { mode: 'score' }); assess(c.plain, { mode: 'score' }); }
const a: number[] = []; const b: number[] = []; const r: number[] = [];
for (let k = 0; k < 15; k++) { fullGc(); const x = timeOnce(() => assess(c.workbook, { mode: 'score' })).timing.cpuMs; fullGc(); const y = timeOnce(() => assess(c.plain, { mode: 'score' })).timing.cpuMs; a.push(x); b.push(y); r.push(x / y); }
console.log(`min composite ${Math.min(...a).toFixed(0)} plain ${Math.min(...b).toFixed(0)} min-ratio ${(Math.min(...a) / Math.min(...b)).toFixed(2)}; composite ${median(a).toFixed(0)} plain ${median(b).toFixed(0)} ratio ${median(r).toFixed(2)} [${r.map((x) => x.toFixed(2)).join(' ')}]`);
