/**
 * The common case (issue 13): `kaoping score` on a county's 40-unit workbook, end to end as a clerk
 * runs it (`node bin/kaoping.js score 台账.xlsx -o 结果.xlsx`: the launcher, module loading, read,
 * score, write, the printed summary), against a node process that only reads and writes the same
 * file with exceljs (bench/exceljs-rw.ts). Target: at most 1.2× on CPU.
 *
 * The workbook is the bundled sample, examples/县直单位年度考核.xlsx (40 units, ~13 KB). Each run is
 * a fresh process; the two alternate (baseline, CLI, baseline, CLI…) after warm-up pairs, so both
 * see the same machine. CPU is the children's user + system time from /proc/self/stat (cutime +
 * cstime, which include a re-spawned grandchild), in clock ticks (10 ms); without /proc, wall only.
 */
import { execSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { median } from './measure';

const ROOT = path.join(__dirname, '..', '..', '..');
export const SAMPLE = path.join(ROOT, 'examples', '县直单位年度考核.xlsx');
const OUT = path.join(__dirname, '..');
/** The target: the CLI's CPU median at most this many times the baseline's. */
export const CLI_SMALL_LIMIT = 1.2;

export interface SideFigures {
  readonly wallAll: number[];
  /** null without /proc (not Linux). */
  readonly cpuAll: number[] | null;
  readonly wallMs: number;
  readonly cpuMs: number | null;
}

export interface CliSmallResult {
  readonly file: string;
  readonly bytes: number;
  readonly runs: number;
  readonly baseline: SideFigures;
  readonly cli: SideFigures;
  /** CLI ÷ baseline, medians. */
  readonly ratioCpu: number | null;
  readonly ratioWall: number;
}

let tickMs: number | null | undefined;

/** The children's CPU so far (waited-for descendants), ms; null when /proc is not there. */
function childrenCpuMs(): number | null {
  if (tickMs === undefined) {
    try {
      tickMs = 1000 / Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim() || '100');
    } catch {
      tickMs = 10;
    }
  }
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: field 3 is state, so cutime (16) and cstime (17) are at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) * (tickMs ?? 10);
}

/** Runs `node ARGS` once; its wall and CPU ms. Throws when it fails to run (status 2 or worse). */
function once(args: readonly string[]): { wall: number; cpu: number | null } {
  const env = { ...process.env };
  delete env.KAOPING_SAME_PROCESS;
  delete env.KAOPING_LANG;
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  const wall = performance.now() - t0;
  const c1 = childrenCpuMs();
  if (r.error || r.status === null || r.status >= 2) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${String(r.stderr)}`);
  return { wall, cpu: c0 === null || c1 === null ? null : c1 - c0 };
}

function figures(xs: ReadonlyArray<{ wall: number; cpu: number | null }>): SideFigures {
  const wallAll = xs.map((x) => Math.round(x.wall));
  const cpuAll = xs.every((x) => x.cpu !== null) ? xs.map((x) => Math.round(x.cpu as number)) : null;
  return { wallAll, cpuAll, wallMs: median(wallAll), cpuMs: cpuAll ? median(cpuAll) : null };
}

/** `runs` timed pairs after `warmups` pairs. */
export function benchCliSmall(runs: number, warmups: number): CliSmallResult {
  const input = path.join(OUT, 'cli40.xlsx');
  copyFileSync(SAMPLE, input);
  const baseline = [path.join(__dirname, 'exceljs-rw.js'), input, path.join(OUT, 'cli40-exceljs.xlsx')];
  const cli = [path.join(ROOT, 'bin', 'kaoping.js'), 'score', input, '-o', path.join(OUT, 'cli40-kaoping.xlsx')];
  const a: Array<{ wall: number; cpu: number | null }> = [];
  const b: Array<{ wall: number; cpu: number | null }> = [];
  for (let k = 0; k < warmups + runs; k++) {
    const x = once(baseline);
    const y = once(cli);
    if (k >= warmups) {
      a.push(x);
      b.push(y);
    }
  }
  const fa = figures(a);
  const fb = figures(b);
  return {
    file: path.relative(ROOT, SAMPLE),
    bytes: readFileSync(input).length,
    runs,
    baseline: fa,
    cli: fb,
    ratioCpu: fa.cpuMs !== null && fb.cpuMs !== null ? fb.cpuMs / fa.cpuMs : null,
    ratioWall: fb.wallMs / fa.wallMs,
  };
}
