/**
 * The bench's printed table and target verdicts (PASS/FAIL), from the collected results.
 */
import type { EngineResult } from './engine-bench';
import type { ScalingResult } from './rank-scaling';
import { extrapolate, type SeriesPoint, type SeriesResult } from './series';
import type { XlsxRun } from './xlsx-bench';
import { CLI_SMALL_LIMIT, type CliSmallResult } from './cli-small';
import { median, MB } from './measure';
import { printComposite, type CompositeBench } from './composite-report';

export interface BenchResults {
  readonly date: string;
  readonly commit: string;
  readonly machine: { cpus: number; model: string; memoryGiB: number; node: string; loadAtStart: number[]; loadAtEnd: number[] };
  readonly timeboxMs: number;
  readonly engine: EngineResult[];
  /** The 100,000-unit engine run under node's default flags (reference; absent in older results). */
  readonly engineDefaultFlags?: EngineResult | null;
  /** The V8 flags every other job ran under (the CLI's, bin/node-flags.json). */
  readonly cliFlags?: readonly string[];
  readonly rank: ScalingResult | null;
  readonly totals: SeriesResult;
  readonly dense: SeriesResult;
  readonly xlsx: XlsxRun[] | null;
  /** The 综合评价 part (SPEC §8; absent in older results). */
  readonly composite?: CompositeBench | null;
  /** `kaoping score` on the 40-unit sample vs node + exceljs (absent in older results). */
  readonly cliSmall?: CliSmallResult | null;
  readonly elapsedS: number;
}

const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** A baseline cell: the measured median, or "> time-box" / "≈ extrapolated". */
export function baselineCell(p: SeriesPoint | undefined, timeboxMs: number): string {
  if (!p) return '—';
  if (p.status === 'measured' && p.wallMs !== null) return int(p.wallMs);
  const cpuK = p.cpuExponent !== null && p.cpuExponent !== undefined ? `; on CPU times k = ${p.cpuExponent.toFixed(2)}` : '';
  const guess = p.predictedMs !== null ? `≈ ${int(p.predictedMs)} extrapolated (k = ${p.exponent?.toFixed(2)}${cpuK})` : 'no estimate';
  return p.status === 'time-boxed' ? `> ${int(timeboxMs)} (time-boxed); ${guess}` : `not run; ${guess}`;
}

/** Ratio baseline / engine: exact when measured, a lower bound when time-boxed, ≈ when extrapolated. */
export function ratioOf(p: SeriesPoint | undefined, engineMs: number, timeboxMs: number, engineCpuMs?: number): { text: string; value: number | null; kind: 'measured' | 'lower-bound' | 'extrapolated' | 'none' } {
  if (!p) return { text: '—', value: null, kind: 'none' };
  if (p.status === 'measured' && p.wallMs !== null) {
    // The verdict uses CPU time where both sides have it (wall time swings with the machine's load).
    const cpuRatio = p.cpuMs !== null && engineCpuMs ? p.cpuMs / engineCpuMs : null;
    const cpu = cpuRatio !== null ? ` (CPU ${cpuRatio.toFixed(1)}×)` : '';
    return { text: `${(p.wallMs / engineMs).toFixed(1)}×${cpu}`, value: cpuRatio ?? p.wallMs / engineMs, kind: 'measured' };
  }
  const est = p.predictedMs !== null ? ` (≈ ${(p.predictedMs / engineMs).toFixed(0)}× extrapolated)` : '';
  if (p.status === 'time-boxed') return { text: `> ${(timeboxMs / engineMs).toFixed(1)}×${est}`, value: timeboxMs / engineMs, kind: 'lower-bound' };
  return { text: `≈ ${p.predictedMs !== null ? (p.predictedMs / engineMs).toFixed(0) : '?'}× (extrapolated)`, value: p.predictedMs !== null ? p.predictedMs / engineMs : null, kind: 'extrapolated' };
}

function table(rows: string[][], log: (l: string) => void): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length))) ?? [];
  rows.forEach((r, i) => {
    log(`| ${r.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - [...cell].length)).join(' | ')} |`);
    if (i === 0) log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  });
}

/** Fills `cpuExponent` of unmeasured points from the measured ones below them (results saved before it existed). */
function withCpuExponents(s: SeriesResult): SeriesResult {
  const points = s.points.map((p, i) => (p.status === 'measured' || p.cpuExponent !== undefined ? p : { ...p, cpuExponent: extrapolate(s.points.slice(0, i), p.n).cpuExponent }));
  return { ...s, points };
}

/** Prints the table, the agreement checks and PASS/FAIL per target. */
export function printReport(saved: BenchResults, log: (l: string) => void): void {
  const r: BenchResults = { ...saved, totals: withCpuExponents(saved.totals), dense: withCpuExponents(saved.dense) };
  log('');
  log(`Results (${r.date}, commit ${r.commit}; ${r.machine.cpus} cores, load ${r.machine.loadAtStart.join(' ')} → ${r.machine.loadAtEnd.join(' ')}); times are median wall ms`);
  const rows: string[][] = [['size', 'engine score ms', 'engine CPU ms', 'engine check ms', 'engine peak MB', 'formula totals+RANK.EQ ms', 'formula 中国式 ms', 'ratio formula/engine (totals+ranks), wall (CPU)']];
  const ratios: Array<ReturnType<typeof ratioOf> & { n: number }> = [];
  for (const e of r.engine) {
    const t = r.totals.points.find((p) => p.n === e.n);
    const d = r.dense.points.find((p) => p.n === e.n);
    const ratio = ratioOf(t, e.score.wallMs, r.timeboxMs, e.score.cpuMs);
    ratios.push({ ...ratio, n: e.n });
    rows.push([int(e.n), int(e.score.wallMs), int(e.score.cpuMs), int(e.check.wallMs), `+${int(e.memory.delta / MB)} (${int(e.memory.peak / MB)} total)`, baselineCell(t, r.timeboxMs), baselineCell(d, r.timeboxMs), ratio.text]);
  }
  table(rows, log);
  log('');
  log('Baseline series (HyperFormula; data loading not timed):');
  for (const s of [r.totals, r.dense]) {
    log(`  ${s.step === 'totals' ? '总分+排序值+RANK.EQ' : '中国式 column'}: ${s.points.map((p) => `${int(p.n)} → ${p.status === 'measured' && p.wallMs !== null ? `${int(p.wallMs)} ms wall, ${int(p.cpuMs ?? NaN)} ms CPU (${p.runs} run${p.runs === 1 ? '' : 's'})` : p.status}`).join('; ')}`);
  }
  log('Agreement (formulas vs engine):');
  for (const v of [...r.totals.verify, ...r.dense.verify]) log(`  n=${int(v.n)}: ${v.agree ? '' : 'MISMATCH — '}${v.detail}`);
  if (r.rank) log(`中国式 alone: n = ${r.rank.sizes.map(int).join(' / ')} → ${r.rank.timings.map((t) => t.wallMs.toFixed(1)).join(' / ')} ms; ×${r.rank.ratios.map((x) => x.toFixed(2)).join(', ×')} per doubling (n log n ≈ ×2.1, n² = ×4); exponent ${r.rank.exponent.toFixed(2)}`);
  if (r.xlsx) {
    log('xlsx (one child process per run):');
    for (const n of [...new Set(r.xlsx.map((x) => x.n))]) {
      const a = r.xlsx.filter((x) => x.n === n && x.variant === 'exceljs');
      const b = r.xlsx.filter((x) => x.n === n && x.variant === 'cli');
      const ma = median(a.map((x) => x.timing.wallMs));
      const mb = median(b.map((x) => x.timing.wallMs));
      const ca = median(a.map((x) => x.timing.cpuMs));
      const cb = median(b.map((x) => x.timing.cpuMs));
      log(`  ${int(n)}: exceljs read+write ${int(ma)} ms wall, ${int(ca)} ms CPU (+${int(median(a.map((x) => x.peakDelta)) / MB)} MB); read+score+write ${int(mb)} ms wall, ${int(cb)} ms CPU (+${int(median(b.map((x) => x.peakDelta)) / MB)} MB); ratio ${(cb / ca).toFixed(2)}× CPU, ${(mb / ma).toFixed(2)}× wall (${a.length} run${a.length === 1 ? '' : 's'} each)`);
    }
  }
  log('');
  log('Targets:');
  const big = r.engine.find((e) => e.n === 100_000);
  // Judged on the smaller of wall and CPU time: wall time grows with other people's load on a shared
  // machine, and CPU time also counts V8's GC helper threads; neither is below the engine's real cost.
  const best = big ? Math.min(big.score.wallMs, big.score.cpuMs) : NaN;
  if (r.engine.length) log(big
    ? `  ${best < 1000 ? 'PASS' : 'FAIL'}  engine at 100,000 × 30 < 1 s: median ${int(big.score.wallMs)} ms wall, ${int(big.score.cpuMs)} ms CPU`
    : '  n/a   engine at 100,000 × 30 < 1 s: not run (--short)');
  if (big && r.cliFlags?.length) log(`        (node flags ${r.cliFlags.join(' ')}, as the CLI runs${r.engineDefaultFlags ? `; with node's default flags: median ${int(r.engineDefaultFlags.score.wallMs)} ms wall, ${int(r.engineDefaultFlags.score.cpuMs)} ms CPU` : ''})`);
  const known = ratios.filter((x) => x.value !== null);
  const ok = known.length > 0 && known.every((x) => (x.value as number) >= 10);
  const failing = known.filter((x) => (x.value as number) < 10).map((x) => int(x.n));
  if (r.engine.length) log(`  ${ok ? 'PASS' : 'FAIL'}  ≥ 10× faster than the formula baseline for totals and ranks (CPU ratio where measured; wall lower bound where time-boxed)${failing.length ? ` — below 10× at ${failing.join(', ')}` : ''}: ${ratios.map((x) => `${int(x.n)}: ${x.text}`).join('; ')}`);
  if (r.rank) {
    const nlogn = r.rank.exponent < 1.3 && r.rank.ratios.every((x) => x < 3);
    log(`  ${nlogn ? 'PASS' : 'FAIL'}  中国式 ranking O(n log n): ×${r.rank.ratios.map((x) => x.toFixed(2)).join(', ×')} per doubling, exponent ${r.rank.exponent.toFixed(2)} (pass: < 1.3, each doubling < ×3)`);
  }
  if (r.xlsx) {
    for (const n of [...new Set(r.xlsx.map((x) => x.n))]) {
      const ma = median(r.xlsx.filter((x) => x.n === n && x.variant === 'exceljs').map((x) => x.timing.wallMs));
      const mb = median(r.xlsx.filter((x) => x.n === n && x.variant === 'cli').map((x) => x.timing.wallMs));
      const ca = median(r.xlsx.filter((x) => x.n === n && x.variant === 'exceljs').map((x) => x.timing.cpuMs));
      const cb = median(r.xlsx.filter((x) => x.n === n && x.variant === 'cli').map((x) => x.timing.cpuMs));
      log(`  ${cb / ca <= 1.3 ? 'PASS' : 'FAIL'}  CLI read+score+write ≤ 1.3× exceljs read+write at ${int(n)}: ${(cb / ca).toFixed(2)}× CPU (${(mb / ma).toFixed(2)}× wall)`);
    }
  }
  if (r.cliSmall) log(cliSmallVerdict(r.cliSmall));
  printComposite(r.composite, r.timeboxMs, log);
}

/**
 * The 40-unit target: judged on CPU (wall moves with other people's load), on wall without /proc.
 * Example: ratioCpu 1.09 → '  PASS  kaoping score on the 40-unit sample ≤ 1.2× node + exceljs read + write: 1.09× CPU (…)'.
 */
export function cliSmallVerdict(s: CliSmallResult): string {
  const ratio = s.ratioCpu ?? s.ratioWall;
  const basis = s.ratioCpu === null ? 'wall' : 'CPU';
  const figures = `${s.cli.cpuMs ?? '—'} / ${s.baseline.cpuMs ?? '—'} ms CPU, ${s.cli.wallMs} / ${s.baseline.wallMs} ms wall, medians of ${s.runs}`;
  return `  ${ratio <= CLI_SMALL_LIMIT ? 'PASS' : 'FAIL'}  kaoping score on the 40-unit sample ≤ ${CLI_SMALL_LIMIT}× node + exceljs read + write: ${ratio.toFixed(2)}× ${basis} (${s.ratioCpu !== null ? `${s.ratioWall.toFixed(2)}× wall; ` : ''}${figures})`;
}
