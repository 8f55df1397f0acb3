/**
 * A fixed pure-JS workload, the yardstick of the speed guard (bench/guard.ts): measured in the same
 * process as the engine, it tells how fast this machine runs JavaScript right now. It does the kind
 * of work the engine does — objects and arrays allocated per row, string keys in a Map, number
 * parsing, a sort — on fixed seeded data, ~45–80 ms of CPU on the bench machine at load 4–10. It must
 * never change: the reference in bench/reference.json was measured with it (change it → record the
 * reference again).
 */
import { mulberry32 } from './prng';

/** Runs the workload once; returns a checksum (so nothing is optimised away). */
export function calibrate(): number {
  const next = mulberry32(7);
  const n = 15_000;
  const rows: Array<{ name: string; scores: number[]; total: number }> = new Array(n);
  for (let i = 0; i < n; i++) {
    const scores = new Array<number>(12);
    let total = 0;
    for (let k = 0; k < 12; k++) {
      const s = Number((next() * 20).toFixed(1));
      scores[k] = s;
      total += s;
    }
    rows[i] = { name: `单位${(i * 7919) % n}`, scores, total: Math.round(total * 100) / 100 };
  }
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set((rows[i] as { name: string }).name, i);
  const order = rows.map((_, i) => i).sort((a, b) => (rows[b]?.total ?? 0) - (rows[a]?.total ?? 0) || a - b);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (index.get(`单位${i}`) ?? 0) * 1e-9 + (order[i] as number) * 1e-12;
  return sum;
}
