/**
 * The 综合评价 part of `npm run bench` (SPEC §8, issue 12): runs the jobs of composite-bench.ts and
 * prints their figures and verdicts. Targets: the engine on the composite scheme at most 2× its time
 * on the plain scheme (same units, the same number of indicators, all 直接 on the data sheet), judged
 * on the median of the per-pair CPU ratios; and the engine against the clerk's formulas in
 * HyperFormula (ratio reported; agreement to the cent required). Method: docs/performance.md,
 * "综合评价 (SPEC §8)".
 */
import type { CompositeFormulaMessage, CompositeResult, CompositeStep } from './composite-bench';
import { runJob, resultOf } from './jobs';
import { median, type Timing } from './measure';

export const COMPOSITE_UNITS = 10_000;
export const COMPOSITE_LIMIT = 2;

export interface CompositeFormulaRun {
  readonly step: CompositeStep;
  readonly timing: Timing | null;
}

export interface CompositeBench {
  readonly engine: CompositeResult;
  readonly formulas: {
    readonly runs: CompositeFormulaRun[];
    /** The step that hit the time-box, or null. */
    readonly timedOut: string | null;
    /** The agreement checks that ran: after `source` (the computed scores) and after `lookup` (scores + 总分). */
    readonly verify: Array<{ step: CompositeStep; agree: boolean; compared: number; mismatches: number; detail: string }>;
  };
}

const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** Runs the engine job and the formula job at COMPOSITE_UNITS. */
export async function runComposite(short: boolean, timeboxMs: number, log: (l: string) => void): Promise<CompositeBench> {
  const n = COMPOSITE_UNITS;
  const engine = resultOf<CompositeResult>(await runJob(['composite', n, short ? 5 : 11, short ? 2 : 3], 3_600_000));
  log(`  engine n=${n}: composite ${int(engine.composite.cpuMs)} ms CPU (${int(engine.composite.wallMs)} wall), plain ${int(engine.plain.cpuMs)} ms CPU (${int(engine.plain.wallMs)} wall); composite ÷ plain per pair (CPU) ${engine.ratioCpuAll.join(' ')}`);
  const runs: CompositeFormulaRun[] = [];
  const verify: CompositeBench['formulas']['verify'] = [];
  const outcome = await runJob(['composite-formula', n, short ? 1 : 2], timeboxMs, (raw) => {
    const m = raw as unknown as CompositeFormulaMessage;
    if (m.type === 'done') runs.push({ step: m.step, timing: m.timing });
    if (m.type === 'verify') verify.push({ step: m.step, agree: m.agree, compared: m.compared, mismatches: m.mismatches, detail: m.detail });
  });
  const timedOut = outcome.timedOut ? `${outcome.timedOut.step} (run ${outcome.timedOut.run})` : null;
  log(`  formulas n=${n}: ${runs.map((r) => `${r.step} ${int(r.timing?.cpuMs ?? NaN)} ms CPU`).join(', ')}${timedOut ? `; time-boxed at ${timedOut}` : ''}`);
  return { engine, formulas: { runs, timedOut, verify } };
}

/** Median CPU and wall ms of source + lookup over the runs that did both. */
function formulaTime(b: CompositeBench): { cpuMs: number; wallMs: number } | null {
  const pick = (step: CompositeStep): Timing[] => b.formulas.runs.filter((r) => r.step === step && r.timing).map((r) => r.timing as Timing);
  const source = pick('source');
  const lookup = pick('lookup');
  const k = Math.min(source.length, lookup.length);
  if (k === 0) return null;
  const sum = (f: (t: Timing) => number): number => median(Array.from({ length: k }, (_, i) => f(source[i] as Timing) + f(lookup[i] as Timing)));
  return { cpuMs: sum((t) => t.cpuMs), wallMs: sum((t) => t.wallMs) };
}

/** Prints the figures, the agreement and the two verdicts. */
export function printComposite(b: CompositeBench | null | undefined, timeboxMs: number, log: (l: string) => void): void {
  if (!b) return;
  const e = b.engine;
  log('');
  log(`综合评价 (SPEC §8), ${int(e.n)} units: 4 直接 + 评委 (9 judges) + 测评 (4 levels, 应到/实到) + 完成率 + 逆向 from 3 source sheets (shuffled rows); ${e.summary.warnings} warnings, ${e.summary.vetoed} 差票 vetoes`);
  log(`  engine, composite: median ${int(e.composite.cpuMs)} ms CPU, ${int(e.composite.wallMs)} ms wall (runs ${e.composite.wallAll.join(' ')})`);
  log(`  engine, plain (8 直接): median ${int(e.plain.cpuMs)} ms CPU, ${int(e.plain.wallMs)} ms wall (runs ${e.plain.wallAll.join(' ')})`);
  log(`  composite ÷ plain per pair, CPU: ${e.ratioCpuAll.join(' ')} (median ${e.ratioCpu.toFixed(2)}; wall ${e.ratioWall.toFixed(2)})`);
  const f = formulaTime(b);
  for (const step of ['source', 'lookup'] as const) {
    const ts = b.formulas.runs.filter((r) => r.step === step && r.timing).map((r) => r.timing as Timing);
    log(`  formulas (HyperFormula), ${step === 'source' ? 'source sheets\' score columns' : 'INDEX/MATCH lookups + 总分'}: ${ts.map((t) => `${int(t.cpuMs)} ms CPU / ${int(t.wallMs)} wall`).join('; ') || '—'}`);
  }
  for (const v of b.formulas.verify) log(`  agreement after ${v.step}: ${v.agree ? '' : 'MISMATCH — '}${v.detail}`);
  if (b.formulas.verify.length === 0) log('  agreement: not checked (time-boxed)');
  const disagree = b.formulas.verify.some((v) => !v.agree);
  log(`  ${e.ratioCpu <= COMPOSITE_LIMIT ? 'PASS' : 'FAIL'}  综合评价: engine on the composite scheme ≤ ${COMPOSITE_LIMIT}× the plain scheme: ${e.ratioCpu.toFixed(2)}× CPU (median of ${e.ratioCpuAll.length} pairs, ${Math.min(...e.ratioCpuAll).toFixed(2)}–${Math.max(...e.ratioCpuAll).toFixed(2)}), ${e.ratioWall.toFixed(2)}× wall`);
  const source = b.formulas.runs.filter((r) => r.step === 'source' && r.timing).map((r) => r.timing as Timing);
  const sourceRatio = source.length ? `; the source sheets' score formulas alone ${(median(source.map((t) => t.cpuMs)) / e.composite.cpuMs).toFixed(1)}× CPU` : '';
  const ratio = f ? `${(f.cpuMs / e.composite.cpuMs).toFixed(1)}× CPU, ${(f.wallMs / e.composite.wallMs).toFixed(1)}× wall` : b.formulas.timedOut ? `> ${(timeboxMs / e.composite.wallMs).toFixed(0)}× wall (lookups time-boxed at ${timeboxMs / 1000} s)` : '—';
  log(`  ${disagree ? 'FAIL' : 'INFO'}  综合评价: the clerk's formulas (HyperFormula) ÷ the engine's whole run: ${ratio}${sourceRatio}${disagree ? ' — the formulas disagree with the engine' : ''}`);
}
