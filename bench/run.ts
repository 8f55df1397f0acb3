/**
 * `npm run bench`: the engine against the formula baseline a clerk has today (issue 2), and with
 * `--xlsx` the CLI's read + score + write against exceljs alone (issue 3). A script, not a test.
 * Prints the table and the PASS/FAIL of each target, and writes bench/out/results.json.
 * Options: --quick (the speed guard, under a minute: the engine at 10,000 and 100,000 units against
 * bench/reference.json, exit 1 when more than 25% slower; with --record, measure and write the
 * reference instead), --short (the full bench at 1,000 and 10,000 units only, fewer runs), --xlsx
 * (add the .xlsx part), --xlsx-only (only the .xlsx part), --cli40-only (only `kaoping score` on the
 * 40-unit sample against node + exceljs, issue 13; it is also part of every full run), --timebox=SECONDS (120),
 * --report=FILE (reprint a saved results.json without running anything), --composite-only (only the
 * 综合评价 part, SPEC §8).
 * Method and figures: docs/performance.md.
 */
import { execSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { EngineResult } from './engine-bench';
import { judge, SLOWDOWN_LIMIT, type GuardFigures } from './guard';
import type { QuickResult } from './quick';
import type { ScalingResult } from './rank-scaling';
import type { XlsxRun } from './xlsx-bench';
import { CLI_FLAGS, resultOf, runJob } from './jobs';
import { formulaSeries, type SeriesResult } from './series';
import { printReport, type BenchResults } from './report';
import { printComposite, runComposite } from './composite-report';
import { benchCliSmall, type CliSmallResult } from './cli-small';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const short = args.includes('--short');
const xlsxOnly = args.includes('--xlsx-only');
const withXlsx = xlsxOnly || args.includes('--xlsx');
const cli40Only = args.includes('--cli40-only');
const timeboxMs = 1000 * Number(args.find((a) => a.startsWith('--timebox='))?.split('=')[1] ?? 120);
const log = (line: string): void => console.log(line);

async function engine(): Promise<EngineResult[]> {
  // [units, score runs, check runs, warm-up runs]
  const plan = short ? [[1000, 9, 5, 5], [10_000, 5, 3, 2]] : [[1000, 15, 9, 5], [10_000, 7, 5, 2], [100_000, 5, 1, 1]];
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
  if (short) return null;
  const r = resultOf<EngineResult>(await runJob(['engine', 100_000, 5, 1, 1], 3_600_000, undefined, []));
  log(`  engine n=100000, node's default flags: score ${r.score.wallMs.toFixed(0)} ms (CPU ${r.score.cpuMs.toFixed(0)} ms, runs ${r.score.wallAll.join(' ')})`);
  return r;
}

async function xlsx(): Promise<XlsxRun[]> {
  const plan: Array<[number, number]> = short ? [[10_000, 1]] : [[10_000, 3], [100_000, 1]];
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

/** `kaoping score` on the 40-unit sample against node + exceljs (bench/cli-small.ts): 13 timed pairs (9 with --short). */
function cliSmall(): CliSmallResult {
  const r = benchCliSmall(short ? 9 : 13, 2);
  const cpu = (s: CliSmallResult['cli']): string => (s.cpuMs === null ? 'CPU n/a' : `${s.cpuMs} ms CPU (${(s.cpuAll ?? []).join(' ')})`);
  log(`  node + exceljs read + write: ${r.baseline.wallMs} ms wall, ${cpu(r.baseline)}`);
  log(`  kaoping score, end to end:   ${r.cli.wallMs} ms wall, ${cpu(r.cli)}`);
  return r;
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

/**
 * The speed guard's sizes: [units, timed runs, warm-up runs, judged]. 10,000 units, 15 runs, decide
 * the exit status; 100,000 units run twice (what fits in the minute) and are reported, not judged:
 * two 2-second runs on a shared machine vary by up to ±25% between two calls of the guard.
 */
const QUICK_PLAN: ReadonlyArray<readonly [number, number, number, boolean]> = [[10_000, 15, 3, true], [100_000, 2, 1, false]];
/**
 * The CLI's flags plus --single-threaded-gc: with V8's parallel GC helper threads the process's CPU
 * time grows with other people's load (helpers wait for a core, and spin), independently of the code.
 */
const QUICK_FLAGS: readonly string[] = [...CLI_FLAGS, '--single-threaded-gc'];
const REFERENCE = path.join(__dirname, '..', '..', 'reference.json'); // bench/reference.json

/** One size of bench/reference.json. */
interface ReferenceSize extends GuardFigures {
  readonly units: number;
  readonly indicators: number;
  readonly runs: number;
  readonly engineWallMs: number;
  readonly engineCpuAll: number[];
  readonly calibrationCpuAll: number[];
}

interface Reference {
  readonly comment: string;
  readonly date: string;
  readonly commit: string;
  readonly machine: string;
  readonly load: { readonly atStart: number[]; readonly atEnd: number[] };
  readonly sizes: ReferenceSize[];
}

const loadNow = (): number[] => os.loadavg().map((x) => Number(x.toFixed(2)));
const units = (n: number): string => `${n.toLocaleString('en-US')} × 30`;

/**
 * `--quick`: the speed guard (bench/guard.ts). Measures QUICK_PLAN, then either writes
 * bench/reference.json (`--record`) or compares with it: exit 1 when a size is more than 25% slower.
 */
async function quickGuard(): Promise<number> {
  const record = args.includes('--record');
  const reference = existsSync(REFERENCE) ? (JSON.parse(readFileSync(REFERENCE, 'utf8')) as Reference) : null;
  if (!record && reference === null) {
    console.error(`No reference at ${REFERENCE}: record one with npm run bench -- --quick --record (on a quiet machine).`);
    return 2;
  }
  const cpus = os.cpus();
  const machine = `${cpus.length} cores (${cpus[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.platform()}`;
  const atStart = loadNow();
  log(`考评助手 speed guard — ${machine}, load ${atStart.join(' ')}; node flags ${QUICK_FLAGS.join(' ')}`);
  const started = Date.now();
  const measured: ReferenceSize[] = [];
  for (const [n, runs, warmups] of QUICK_PLAN) {
    const t0 = Date.now();
    const r = resultOf<QuickResult>(await runJob(['quick', n, runs, warmups], 300_000, undefined, QUICK_FLAGS));
    log(`  ${units(n)} (${((Date.now() - t0) / 1000).toFixed(0)} s): engine ${r.engine.cpuMs.toFixed(0)} ms CPU, ${r.engine.wallMs.toFixed(0)} ms wall (median of ${runs}; CPU ${r.engineCpuAll.join(' ')}); calibration ${r.calibration.cpuMs.toFixed(1)} ms CPU (${r.calibrationCpuAll.join(' ')}); engine ÷ calibration ${r.normalised.toFixed(2)}`);
    measured.push({
      units: n, indicators: 30, runs,
      engineCpuMs: Number(r.engine.cpuMs.toFixed(1)), engineWallMs: Number(r.engine.wallMs.toFixed(1)), calibrationCpuMs: Number(r.calibration.cpuMs.toFixed(2)),
      normalised: Number(r.normalised.toFixed(3)),
      engineCpuAll: r.engineCpuAll, calibrationCpuAll: r.calibrationCpuAll,
    });
  }
  const atEnd = loadNow();
  log(`  (${((Date.now() - started) / 1000).toFixed(0)} s; load ${atEnd.join(' ')})`);
  if (record) {
    const written: Reference = {
      comment: 'The speed guard\'s reference (npm run bench -- --quick; docs/performance.md, "The speed guard"). Medians of CPU ms. Record again with npm run bench -- --quick --record, on a quiet machine, after an intended change of speed or of bench/calibration.ts.',
      date: new Date().toISOString(),
      commit: gitState(),
      machine: `${machine}; shared machine`,
      load: { atStart, atEnd },
      sizes: measured,
    };
    // Lists of numbers on one line each, so a new reference reads as a short diff.
    const text = JSON.stringify(written, null, 2).replace(/\[\s+([-\d.,\s]+?)\s+\]/g, (_, xs: string) => `[${xs.split(/,\s*/).join(', ')}]`);
    writeFileSync(REFERENCE, `${text}\n`);
    log(`Reference written to ${REFERENCE} (load ${atStart.join(' ')} → ${atEnd.join(' ')}).`);
    return 0;
  }
  const ref = reference as Reference;
  log(`Against the reference of ${ref.date} (commit ${ref.commit}; load ${ref.load.atStart.join(' ')} → ${ref.load.atEnd.join(' ')}); load now ${atEnd.join(' ')}:`);
  let failed = false;
  for (const m of measured) {
    const then = ref.sizes.find((s) => s.units === m.units);
    if (!then) {
      log(`  (no reference for ${units(m.units)}: record one with npm run bench -- --quick --record)`);
      continue;
    }
    const verdict = judge(units(m.units), m, then, SLOWDOWN_LIMIT);
    if (QUICK_PLAN.find(([n]) => n === m.units)?.[3] === true) {
      log(`  ${verdict.message}`);
      failed ||= !verdict.pass;
    } else {
      log(`  INFO ${units(m.units)}: ${verdict.ratio.toFixed(2)}× the reference (${m.runs} runs: reported, not judged); engine ÷ calibration ${m.normalised.toFixed(2)}, reference ${then.normalised.toFixed(2)}`);
    }
  }
  return failed ? 1 : 0;
}

async function main(): Promise<void> {
  if (quick) {
    process.exitCode = await quickGuard();
    return;
  }
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
  if (args.includes('--composite-only')) {
    const composite = await runComposite(short, timeboxMs, log);
    writeFileSync(path.join(__dirname, '..', 'composite.json'), JSON.stringify({ date: new Date().toISOString(), commit: gitState(), machine, composite }, null, 2));
    printComposite(composite, timeboxMs, log);
    return;
  }
  const empty = { step: 'totals' as const, points: [], verify: [] };
  if (cli40Only) {
    log('kaoping score on the 40-unit sample vs node + exceljs read + write (one process per run):');
    const small = cliSmall();
    printReport({ date: new Date().toISOString(), commit: gitState(), machine: { ...machine, loadAtEnd: os.loadavg() }, timeboxMs, engine: [], engineDefaultFlags: null, cliFlags: [...CLI_FLAGS], rank: null, totals: empty, dense: { ...empty, step: 'dense' }, xlsx: null, cliSmall: small, elapsedS: Math.round((Date.now() - started) / 1000) }, log);
    return;
  }
  if (xlsxOnly) {
    log('xlsx: exceljs read + write vs read + score + write:');
    const runs = await xlsx();
    printReport({ date: new Date().toISOString(), commit: gitState(), machine: { ...machine, loadAtEnd: os.loadavg() }, timeboxMs, engine: [], engineDefaultFlags: null, cliFlags: [...CLI_FLAGS], rank: null, totals: empty, dense: { ...empty, step: 'dense' }, xlsx: runs, elapsedS: Math.round((Date.now() - started) / 1000) }, log);
    return;
  }
  log('kaoping score on the 40-unit sample vs node + exceljs read + write (one process per run):');
  const small = cliSmall();
  log(`engine (assess, whole run; node flags as the CLI: ${CLI_FLAGS.join(' ')}):`);
  const engineResults = await engine();
  const engineDefaults = await engineDefaultFlags();
  log('中国式 ranking alone (rankEntries), n / 2n / 4n:');
  const rank = resultOf<ScalingResult>(await runJob(['rank', short ? 50_000 : 100_000, short ? 3 : 5], 600_000));
  log(`  ${rank.sizes.join(' / ')}: ${rank.timings.map((t) => t.wallMs.toFixed(1)).join(' / ')} ms; ratios ${rank.ratios.map((r) => r.toFixed(2)).join(', ')}; exponent ${rank.exponent.toFixed(2)}`);
  log(`formula baseline (HyperFormula), time-box ${timeboxMs / 1000} s per step:`);
  const totals: SeriesResult = await formulaSeries('totals', short
    ? [{ n: 1000, runs: 3 }, { n: 2000, runs: 1 }, { n: 4000, runs: 1 }, { n: 10_000, runs: 1 }]
    : [{ n: 1000, runs: 5 }, { n: 2000, runs: 1 }, { n: 4000, runs: 1 }, { n: 10_000, runs: 3 }, { n: 100_000, runs: 1 }], timeboxMs, log);
  const dense: SeriesResult = await formulaSeries('dense', short
    ? [{ n: 100, runs: 1 }, { n: 200, runs: 1 }, { n: 1000, runs: 1 }, { n: 10_000, runs: 1 }]
    : [{ n: 100, runs: 1 }, { n: 200, runs: 1 }, { n: 300, runs: 1 }, { n: 1000, runs: 1 }, { n: 10_000, runs: 1 }, { n: 100_000, runs: 1 }], timeboxMs, log);
  log('综合评价 (SPEC §8): composite vs plain scheme, and the clerk\'s formulas in HyperFormula:');
  const composite = await runComposite(short, timeboxMs, log);
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
    composite,
    cliSmall: small,
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
