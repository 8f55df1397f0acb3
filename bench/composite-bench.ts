/**
 * The 综合评价 jobs of the bench (SPEC §8, issue 12), each in its own child process (child.ts):
 * - `benchComposite`: the engine on the composite workbook and on its plain twin (composite.ts), in
 *   one process, interleaved: warm-ups of both, then `runs` pairs (each run after a forced GC, the
 *   order alternating), `assess(workbook, { mode: 'score' })` timed whole. Reported: medians, and the
 *   median over the pairs of composite ÷ plain (the two runs of a pair share the machine's moment).
 * - `benchCompositeFormulas`: the clerk's formulas in HyperFormula (composite-formulas.ts), steps
 *   `source` and `lookup` timed, then every unit's four computed scores and total compared with the
 *   engine's, to the cent (`agree`, or the count and the first mismatches).
 */
import { assess, type Assessment } from '../src/engine';
import { makeComposite, type Composite } from './composite';
import { addLookups, addSourceScores, loadComposite, lookedUp, sourceScores } from './composite-formulas';
import { fullGc, median, summarize, timeOnce, type Timing, type TimingSummary } from './measure';
import { mulberry32 } from './prng';

export const COMPOSITE_SEED = 20261203;

export interface CompositeResult {
  readonly n: number;
  readonly composite: TimingSummary;
  readonly plain: TimingSummary;
  /** Median over the pairs of composite ÷ plain, CPU and wall. */
  readonly ratioCpu: number;
  readonly ratioWall: number;
  /** Every pair's CPU ratio, in order (the spread). */
  readonly ratioCpuAll: number[];
  readonly summary: { scored: number; errors: number; warnings: number; vetoed: number };
  readonly drawn: Composite['drawn'];
}

function checked(c: Composite): CompositeResult['summary'] {
  const a = assess(c.workbook, { mode: 'score' });
  const p = assess(c.plain, { mode: 'score' });
  if (a.summary.scored !== c.n || a.summary.errors !== 0) throw new Error(`composite: scored ${a.summary.scored}/${c.n} with ${a.summary.errors} errors`);
  if (p.summary.scored !== c.n || p.summary.errors !== 0) throw new Error(`plain: scored ${p.summary.scored}/${c.n} with ${p.summary.errors} errors`);
  const vetoed = a.units.filter((u) => u.vetoes.length > 0).length;
  return { scored: a.summary.scored, errors: a.summary.errors, warnings: a.summary.warnings, vetoed };
}

export function benchComposite(n: number, runs: number, warmups: number): CompositeResult {
  const c = makeComposite(n, mulberry32(COMPOSITE_SEED));
  const summary = checked(c);
  for (let k = 1; k < warmups; k++) {
    assess(c.workbook, { mode: 'score' });
    assess(c.plain, { mode: 'score' });
  }
  const composite: Timing[] = [];
  const plain: Timing[] = [];
  const time = (w: Composite['workbook']): Timing => {
    fullGc();
    return timeOnce(() => assess(w, { mode: 'score' })).timing;
  };
  for (let k = 0; k < runs; k++) {
    if (k % 2 === 0) {
      plain.push(time(c.plain));
      composite.push(time(c.workbook));
    } else {
      composite.push(time(c.workbook));
      plain.push(time(c.plain));
    }
  }
  const ratios = (pick: (t: Timing) => number): number[] => composite.map((t, k) => pick(t) / pick(plain[k] as Timing));
  return {
    n,
    composite: summarize(composite),
    plain: summarize(plain),
    ratioCpu: median(ratios((t) => t.cpuMs)),
    ratioWall: median(ratios((t) => t.wallMs)),
    ratioCpuAll: ratios((t) => t.cpuMs).map((x) => Number(x.toFixed(2))),
    summary,
    drawn: c.drawn,
  };
}

export type CompositeStep = 'source' | 'lookup';

export type CompositeFormulaMessage =
  | { type: 'start'; step: CompositeStep; run: number }
  | { type: 'done'; step: CompositeStep; run: number; timing: Timing }
  | { type: 'verify'; step: CompositeStep; agree: boolean; compared: number; mismatches: number; detail: string };

const HEADS = ['述职评议', '民主测评', '任务完成数', '信访件数', '总分'] as const;

/** HyperFormula's values (per unit, columns `heads`) against the engine's; the first few differences. */
function compare(a: Assessment, hf: readonly unknown[][], heads: readonly string[], pick: (u: Assessment['units'][number]) => unknown[]): { compared: number; mismatches: string[] } {
  const mismatches: string[] = [];
  let compared = 0;
  a.units.forEach((unit, u) => {
    const want = pick(unit);
    heads.forEach((head, k) => {
      compared++;
      const got = hf[u]?.[k];
      if (got !== want[k]) mismatches.push(`${unit.name} ${head}: formulas ${JSON.stringify(got)}, engine ${JSON.stringify(want[k])}`);
    });
  });
  return { compared, mismatches };
}

function verdict(step: CompositeStep, n: number, what: string, r: { compared: number; mismatches: string[] }): CompositeFormulaMessage {
  const detail = r.mismatches.length === 0 ? `agree: ${n} units × ${what} equal the engine's, to the cent` : `${r.mismatches.length} of ${r.compared} differ; first: ${r.mismatches.slice(0, 5).join('; ')}`;
  return { type: 'verify', step, agree: r.mismatches.length === 0, compared: r.compared, mismatches: r.mismatches.length, detail };
}

/**
 * Runs the baseline at `n` units: `runs` timed runs of both steps (fresh data each run). After the
 * first run's `source` step, every unit's four computed scores (source sheets' formula columns) are
 * compared with the engine's; after its `lookup` step (when that finishes within the time-box), the
 * looked-up scores and the totals.
 */
export async function benchCompositeFormulas(n: number, runs: number, send: (m: CompositeFormulaMessage) => Promise<void>): Promise<void> {
  const c = makeComposite(n, mulberry32(COMPOSITE_SEED));
  const a = assess(c.workbook, { mode: 'check' });
  const computed = (u: Assessment['units'][number]): unknown[] => u.scores.slice(4, 8);
  for (let run = 0; run < runs; run++) {
    const first = run === 0; // the first run: a time-boxed lookup ends the job before any later one
    const sheets = loadComposite(c);
    fullGc();
    await send({ type: 'start', step: 'source', run });
    await send({ type: 'done', step: 'source', run, timing: timeOnce(() => addSourceScores(sheets)).timing });
    if (first) await send(verdict('source', n, '4 computed scores (TRIMMEAN-like, SUMPRODUCT, MIN/MAX, ROUND)', compare(a, sourceScores(sheets, c.rows), HEADS.slice(0, 4), computed)));
    fullGc();
    await send({ type: 'start', step: 'lookup', run });
    await send({ type: 'done', step: 'lookup', run, timing: timeOnce(() => addLookups(sheets)).timing });
    if (first) await send(verdict('lookup', n, '(4 looked-up scores + 总分)', compare(a, lookedUp(sheets), HEADS, (u) => [...computed(u), u.total])));
    sheets.hf.destroy();
  }
}
