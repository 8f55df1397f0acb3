/**
 * Benchmark (not a test): 100 000 units × 30 indicators with a previous period, grouped or not.
 * Jest's module sandbox makes this code 10–20× slower than plain Node, so it is run outside Jest:
 *   npx tsc --outDir /tmp/kp-bench --rootDir . --module commonjs --moduleResolution node \
 *     --target ES2022 --strict --skipLibCheck test/engine/anomaly/bench.ts
 *   node --expose-gc /tmp/kp-bench/test/engine/anomaly/bench.js [grouped]
 * It prints wall-clock milliseconds per run (the first run is cold, before V8 optimizes).
 */
import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import { DEFAULT_ANOMALY_RULES } from '../../../src/engine/model/scheme';
import { cleanUnits } from './clean-data';
import { mulberry32, normal } from './prng';
import { columnsOf } from './fixtures';

const grouped = process.argv[2] === 'grouped';
const maxes = Array.from({ length: 30 }, (_, j) => [2, 3, 4, 5, 6, 8][j % 6] as number);
const { indicators, units: clean } = cleanUnits(100_000, maxes, mulberry32(7), 0.5);
const rand = mulberry32(9);
const units = clean.map((u, i) => ({ ...u, group: grouped ? `组${i % 10}` : null, rank: i + 1 }));
// Fresh strings, as a host would read them from another workbook.
const previous = { units: units.map((u) => ({ name: `${u.name} `.trim(), total: u.total + 5 * normal(rand), rank: u.rank })) };
const input = { sheet: '考核数据', nameCol: 1, indicators, units: columnsOf(units), grouped, rules: DEFAULT_ANOMALY_RULES, previous };
const gc = (globalThis as { gc?: () => void }).gc;
const times: string[] = [];
let issues = 0;
for (let run = 0; run < 8; run++) {
  gc?.();
  const start = performance.now();
  issues = detectAnomalies(input).length;
  times.push((performance.now() - start).toFixed(0));
}
console.log(`${grouped ? 'grouped' : 'ungrouped'}: ${issues} issues; ms per run: ${times.join(' ')}`);
