/**
 * The formula baseline at one size, in its own child process: load the data (not timed), then time
 * adding the clerk's 总分 + 排序值 + RANK.EQ columns; on the last run also time adding the 中国式
 * column; then check that HyperFormula's totals and ranks equal the engine's (`agree`, or the first
 * mismatch). Progress goes to the parent as messages, so the parent can time-box a step (kill the
 * child) and still keep every step that finished.
 */
import { assess, type Assessment } from '../src/engine';
import { mulberry32 } from './prng';
import { makeSynthetic, withRankMethod, type Synthetic } from './synthetic';
import { addDenseRanks, addTotalsAndRanks, columnValues, loadData } from './formula-baseline';
import { fullGc, timeOnce, type Timing } from './measure';
import { SEED } from './engine-bench';

export type FormulaStep = 'totals' | 'dense';

export type FormulaMessage =
  | { type: 'start'; step: FormulaStep; run: number }
  | { type: 'done'; step: FormulaStep; run: number; timing: Timing }
  | { type: 'verify'; step: FormulaStep; agree: boolean; detail: string };

/** First difference between HyperFormula's column and the engine's values, or null. */
function firstMismatch(a: Assessment, s: Synthetic, hf: readonly unknown[], pick: 'total' | 'overallRank'): string | null {
  const byName = new Map(a.units.map((u) => [u.name, u]));
  for (let i = 0; i < s.units.length; i++) {
    const unit = s.units[i];
    const e = unit ? byName.get(unit.name) : undefined;
    const want = e ? e[pick] : undefined;
    if (hf[i] !== want) return `row ${i + 2} (${unit?.name}): formulas ${JSON.stringify(hf[i])}, engine ${JSON.stringify(want)}`;
  }
  return null;
}

/**
 * Runs the baseline at `n` units: `runs` timed totals+RANK.EQ steps (fresh data each run); the
 * 中国式 step on the last run when `dense`. `send` receives the progress messages.
 */
export async function benchFormulas(n: number, runs: number, dense: boolean, send: (m: FormulaMessage) => Promise<void>): Promise<void> {
  const s = makeSynthetic(n, mulberry32(SEED), '美式');
  for (let run = 0; run < runs; run++) {
    const sheet = loadData(s);
    fullGc();
    await send({ type: 'start', step: 'totals', run });
    await send({ type: 'done', step: 'totals', run, timing: timeOnce(() => addTotalsAndRanks(sheet)).timing });
    if (run === runs - 1) {
      const a = assess(s.workbook, { mode: 'score' });
      const bad = firstMismatch(a, s, columnValues(sheet, 'total'), 'total') ?? firstMismatch(a, s, columnValues(sheet, 'rank'), 'overallRank');
      await send({ type: 'verify', step: 'totals', agree: bad === null, detail: bad ?? `agree: ${n} totals and RANK.EQ ranks equal the engine's 总分 and 总排名` });
      if (dense) {
        fullGc();
        await send({ type: 'start', step: 'dense', run });
        await send({ type: 'done', step: 'dense', run, timing: timeOnce(() => addDenseRanks(sheet)).timing });
        const b = assess(withRankMethod(s, '中国式'), { mode: 'check' });
        const badDense = firstMismatch(b, s, columnValues(sheet, 'dense'), 'overallRank');
        await send({ type: 'verify', step: 'dense', agree: badDense === null, detail: badDense ?? `agree: ${n} 中国式 ranks equal the engine's 总排名 under 排名方式 中国式` });
      }
    }
  }
}
