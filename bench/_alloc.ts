import { assess } from '../src/engine';
import { mulberry32 } from './prng';
import { makeComposite } from './composite';
import { COMPOSITE_SEED } from './composite-bench';
const c = makeComposite(10000, mulberry32(COMPOSITE_SEED));
const gc = (globalThis as { gc?: () => void }).gc as () => void;
for (let k = 0; k < 3; k++) { assess(c.workbook, { mode: 'score' }); assess(c.plain, { mode: 'score' }); }
for (const [nm, w, mode] of [['composite', c.workbook, 'score'], ['plain', c.plain, 'score'], ['composite check', c.workbook, 'check'], ['plain check', c.plain, 'check']] as const) {
  gc(); gc();
  const h0 = process.memoryUsage().heapUsed;
  const r = assess(w, { mode });
  const h1 = process.memoryUsage().heapUsed;
  gc(); gc();
  const h2 = process.memoryUsage().heapUsed;
  console.log(nm, 'allocated', ((h1 - h0) / 1e6).toFixed(1), 'MB; retained', ((h2 - h0) / 1e6).toFixed(1), 'MB', r.summary.units);
}
