/**
 * The CLI part of the bench (issue 3): read + score + write of a synthetic .xlsx against exceljs's own
 * read + write, each run in a fresh child process (so its peak RSS is its own).
 *  (a) baseline: `new Workbook().xlsx.readFile(in)` then `xlsx.writeFile(out)`;
 *  (b) the CLI's path (src/cli/run.ts): `loadWorkbookFile` → `toWorkbookInput` → `assess(…, score)`
 *      → `applyPlan` → `saveWorkbookFile`.
 * Target: b / a ≤ 1.3. The input file is written by exceljs's streaming writer (`makeXlsx`).
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { assess } from '../src/engine';
import { applyPlan, loadWorkbookFile, saveWorkbookFile, toWorkbookInput } from '../src/hosts/xlsx';
import { mulberry32 } from './prng';
import { makeSynthetic } from './synthetic';
import { SEED } from './engine-bench';
import { timeOnceAsync, type Timing } from './measure';

export const OUT_DIR = path.join(__dirname, '..');

/** bench/out/synthetic-N.xlsx */
export function xlsxPath(n: number): string {
  return path.join(OUT_DIR, `synthetic-${n}.xlsx`);
}

/** Writes the synthetic workbook of `n` units to bench/out/synthetic-N.xlsx with the streaming writer. */
export async function makeXlsx(n: number): Promise<string> {
  const s = makeSynthetic(n, mulberry32(SEED), '美式');
  const file = xlsxPath(n);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: true });
  for (const sheet of s.workbook.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.cells) ws.addRow((row ?? []).map((v) => (v === undefined ? null : v))).commit();
    ws.commit();
  }
  await wb.commit();
  return file;
}

export interface XlsxRun {
  readonly n: number;
  readonly variant: 'exceljs' | 'cli';
  readonly timing: Timing;
  /** The process's peak RSS (kernel high-water mark) minus its RSS before the run, bytes. */
  readonly peakDelta: number;
  readonly peak: number;
  readonly scored: number | null;
  /** Wall ms of each step: read, write (exceljs); read, toWorkbookInput, assess, applyPlan, write (cli). */
  readonly phases: Record<string, number>;
}

/** One timed run of variant (a) `exceljs` or (b) `cli` on bench/out/synthetic-N.xlsx. */
export async function runXlsx(n: number, variant: 'exceljs' | 'cli'): Promise<XlsxRun> {
  const input = xlsxPath(n);
  const output = path.join(OUT_DIR, `synthetic-${n}-${variant}.xlsx`);
  const before = process.memoryUsage.rss();
  let scored: number | null = null;
  const phases: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    phases[name] = Math.round(now - t);
    t = now;
  };
  const { timing } = await timeOnceAsync(async () => {
    if (variant === 'exceljs') {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(input);
      lap('read');
      await wb.xlsx.writeFile(output);
      lap('write');
      return;
    }
    const wb = await loadWorkbookFile(input);
    lap('read');
    const workbook = toWorkbookInput(wb);
    lap('toWorkbookInput');
    const a = assess(workbook, { mode: 'score' });
    lap('assess');
    if (!a.plan) throw new Error('no write plan');
    scored = a.summary.scored;
    applyPlan(wb, a.plan);
    lap('applyPlan');
    await saveWorkbookFile(wb, output);
    lap('write');
  });
  const peak = process.resourceUsage().maxRSS * 1024;
  return { n, variant, timing, peakDelta: peak - before, peak, scored, phases };
}
