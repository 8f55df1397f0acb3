/**
 * `npm run bench`: the engine against the formula baseline a clerk has today (issue 2), and with
 * `--xlsx` the CLI's read + score + write against exceljs alone (issue 3). A script, not a test.
 * Prints the table and the PASS/FAIL of each target, and writes bench/out/results.json.
 * Options: --quick (1,000 and 10,000 units only, fewer runs), --xlsx (add the .xlsx part),
 * --xlsx-only (only the .xlsx part), --timebox=SECONDS (120), --report=FILE (reprint a saved
 * results.json without running anything).
 * Method and figures: docs/performance.md.
 */
import { execSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { EngineResult } from './engine-bench';
import type { ScalingResult } from './rank-scaling';
import type { XlsxRun } from './xlsx-bench';
import { CLI_FLAGS, resultOf, runJob } from './jobs';
import { formulaSeries, type SeriesResult } from './series';
import { printReport, type BenchResults } from './report';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const xlsxOnly = args.includes('--xlsx-only');
const withXlsx = xlsxOnly || args.includes('--xlsx');
const timeboxMs = 1000 * Number(args.find((a) => a.startsWith('--timebox='))?.split('=')[1] ?? 120);
const log = (line: string): void => console.log(line);

async function engine(): Promise<EngineResult[]> {
  // [units, score runs, check runs, warm-up runs]
  const plan = quick ? [[1000, 9, 5, 5], [10_000, 5, 3, 2]] : [[1000, 15, 9, 5], [10_000, 7, 5, 2], [100_000, 5, 1, 1]];
  const out: EngineResult[] = [];
  for (const [n, scoreRuns, checkRuns, warmups] of plan as [number, number, number, number][]) {
    const r = resultOf<EngineResult>(await runJob(['engine', n, scoreRuns, checkRuns, warmups], 3_600_000));
    log(`  engine n=${n}: score ${r.score.wallMs.toFixed(0)} ms (CPU ${r.score.cpuMs.toFixed(0)} ms, runs ${r.score.wallAll.join(' ')}), check ${r.check.wallMs.toFixed(0)} ms, peak +${(r.memory.delta / 2 ** 20).toFixed(0)} MB`);
    out.push(r);
  }
  return out;
}

/** For reference: the engine at 100,000 units under node's default flags (not the CLI's). */
async function engineDefaultFlags(): Promise<EngineResult | null> {
  if (quick) return null;
  const r = resultOf<EngineResult>(await runJob(['engine', 100_000, 5, 1, 1], 3_600_000, undefined, []));
  log(`  engine n=100000, node's default flags: score ${r.score.wallMs.toFixed(0)} ms (CPU ${r.score.cpuMs.toFixed(0)} ms, runs ${r.score.wallAll.join(' ')})`);
  return r;
}

async function xlsx(): Promise<XlsxRun[]> {
  const plan: Array<[number, number]> = quick ? [[10_000, 1]] : [[10_000, 3], [100_000, 1]];
  const out: XlsxRun[] = [];
  for (const [n, runs] of plan) {
    await runJob(['xlsx-make', n], 3_600_000);
    for (let k = 0; k < runs; k++) {
      for (const variant of ['exceljs', 'cli'] as const) {
        const r = resultOf<XlsxRun>(await runJob(['xlsx-run', n, variant], 3_600_000));
        log(`  xlsx n=${n} ${variant}: ${r.timing.wallMs.toFixed(0)} ms (CPU ${r.timing.cpuMs.toFixed(0)} ms), peak +${(r.peakDelta / 2 ** 20).toFixed(0)} MB; ${Object.entries(r.phases ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        out.push(r);
      }
    }
  }
  return out;
}

function gitState(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: __dirname, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- src/engine src/hosts/xlsx', { cwd: __dirname, encoding: 'utf8' }).trim();
    return dirty ? `${head} (src/engine or src/hosts/xlsx with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const saved = args.find((a) => a.startsWith('--report='))?.split('=')[1];
  if (saved) {
    printReport(JSON.parse(readFileSync(saved, 'utf8')) as BenchResults, log);
    return;
  }
  const started = Date.now();
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    model: cpus[0]?.model ?? '?',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
    loadAtEnd: [] as number[],
  };
  log(`考评助手 bench — ${machine.cpus} cores (${machine.model}), ${machine.memoryGiB} GiB, node ${machine.node}, load ${machine.loadAtStart.join(' ')}`);
  if (xlsxOnly) {
    log('xlsx: exceljs read + write vs read + score + write:');
    const runs = await xlsx();
    const empty = { step: 'totals' as const, points: [], verify: [] };
    printReport({ date: new Date().toISOString(), commit: gitState(), machine: { ...machine, loadAtEnd: os.loadavg() }, timeboxMs, engine: [], engineDefaultFlags: null, cliFlags: [...CLI_FLAGS], rank: null, totals: empty, dense: { ...empty, step: 'dense' }, xlsx: runs, elapsedS: Math.round((Date.now() - started) / 1000) }, log);
    return;
  }
  log(`engine (assess, whole run; node flags as the CLI: ${CLI_FLAGS.join(' ')}):`);
  const engineResults = await engine();
  const engineDefaults = await engineDefaultFlags();
  log('中国式 ranking alone (rankEntries), n / 2n / 4n:');
  const rank = resultOf<ScalingResult>(await runJob(['rank', quick ? 50_000 : 100_000, quick ? 3 : 5], 600_000));
  log(`  ${rank.sizes.join(' / ')}: ${rank.timings.map((t) => t.wallMs.toFixed(1)).join(' / ')} ms; ratios ${rank.ratios.map((r) => r.toFixed(2)).join(', ')}; exponent ${rank.exponent.toFixed(2)}`);
  log(`formula baseline (HyperFormula), time-box ${timeboxMs / 1000} s per step:`);
  const totals: SeriesResult = await formulaSeries('totals', quick
    ? [{ n: 1000, runs: 3 }, { n: 2000, runs: 1 }, { n: 4000, runs: 1 }, { n: 10_000, runs: 1 }]
    : [{ n: 1000, runs: 5 }, { n: 2000, runs: 1 }, { n: 4000, runs: 1 }, { n: 10_000, runs: 3 }, { n: 100_000, runs: 1 }], timeboxMs, log);
  const dense: SeriesResult = await formulaSeries('dense', quick
    ? [{ n: 100, runs: 1 }, { n: 200, runs: 1 }, { n: 1000, runs: 1 }, { n: 10_000, runs: 1 }]
    : [{ n: 100, runs: 1 }, { n: 200, runs: 1 }, { n: 300, runs: 1 }, { n: 1000, runs: 1 }, { n: 10_000, runs: 1 }, { n: 100_000, runs: 1 }], timeboxMs, log);
  let xlsxRuns: XlsxRun[] | null = null;
  if (withXlsx) {
    log('xlsx: exceljs read + write vs read + score + write:');
    xlsxRuns = await xlsx();
  }
  machine.loadAtEnd = os.loadavg().map((x) => Number(x.toFixed(2)));
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: gitState(),
    machine,
    timeboxMs,
    engine: engineResults,
    engineDefaultFlags: engineDefaults,
    cliFlags: [...CLI_FLAGS],
    rank,
    totals,
    dense,
    xlsx: xlsxRuns,
    elapsedS: Math.round((Date.now() - started) / 1000),
  };
  const outDir = path.join(__dirname, '..');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2));
  printReport(results, log);
  log(`(bench/out/results.json; ${results.elapsedS} s; load at end ${machine.loadAtEnd.join(' ')})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
