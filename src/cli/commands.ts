/**
 * The commands behind `kaoping check|score|undo`: run the files, print the tables and summaries,
 * write the JSON report. Loaded by `main` only when a command runs (so `--help` stays instant).
 */
import * as fs from 'fs';
import { undoLastRun, loadWorkbookFile, saveWorkbookFile, WorkbookFileError } from '../hosts/xlsx';
import type { PreviousPeriod } from '../engine/model/previous';
import type { Parsed } from './args';
import { CliError, writeError } from './errors';
import { checkJsonTarget, ensureParent, expandInputs, planOutputs, SCORED_SUFFIX, UNDONE_SUFFIX } from './files';
import type { CliIo } from './io';
import { renderProblems } from './problems';
import { createProgress } from './progress';
import type { MultiReport, Report } from './report';
import { loadPrevious, runFile, type FileResult, type Status } from './run';
import { filesTable, summaryLines } from './summary';

export type RunArgs = Extract<Parsed, { kind: 'run' }>;

/** `--previous` names a sheet of the workbook itself when it is no workbook path: no .xls* ending, no such file. */
function isSheetName(value: string): boolean {
  return !/\.xls[xmb]?$/i.test(value) && !fs.existsSync(value);
}

export function printError(io: CliIo, message: string, messageEn: string): void {
  io.stderr.write(`错误：${message}\nError: ${messageEn}\n`);
}

/** `check` and `score`: every file, then the output, then the JSON report. Returns the worst status. */
export async function runAssess(args: RunArgs, io: CliIo): Promise<Status> {
  const mode = args.command === 'score' ? 'score' : 'check';
  const inputs = expandInputs(args.inputs);
  const outputs = mode === 'score' ? planOutputs(inputs.files, args.output, SCORED_SUFFIX) : inputs.files.map(() => null);
  if (args.json !== null) checkJsonTarget(args.json, inputs.files);
  let previous: PreviousPeriod | null = null;
  // `--previous 考核结果` (no .xlsx, no such file): a sheet of each workbook itself; else a workbook.
  const previousSheet = args.previous !== null && isSheetName(args.previous) ? args.previous : null;
  if (args.previous !== null && previousSheet === null) previous = await loadPrevious(args.previous);

  const progress = createProgress(io.stderr, inputs.files.length, { phases: mode === 'score' ? ['读取', '计算', '写入'] : ['读取', '计算'] });
  const results: FileResult[] = [];
  try {
    for (let i = 0; i < inputs.files.length; i++) {
      const file = inputs.files[i] as string;
      results.push(await runFile(file, outputs[i] ?? null, { mode, previous, previousSheet, progress, index: i }));
    }
  } finally {
    progress.clear();
  }

  const width = io.stdout.columns || 100; // not a terminal (a pipe, a file): 100
  if (inputs.multi) printMulti(results, mode, io);
  else printSingle(results[0] as FileResult, args, width, io);

  let worst: Status = results.reduce<Status>((w, r) => (r.status > w ? r.status : w), 0);
  if (args.json !== null) {
    const written = writeJson(args.json, inputs.multi, results, io);
    if (!written) worst = 2;
  }
  return worst;
}

function printSingle(r: FileResult, args: RunArgs, width: number, io: CliIo): void {
  if (r.report && !args.quiet) {
    const lines = renderProblems(r.report.issues, r.report.dataSheet, { limit: args.limit, width });
    if (lines.length) io.stdout.write(`${lines.join('\n')}\n\n`);
  }
  if (r.report) io.stdout.write(`${summaryLines(r.report, r.gradeOrder).join('\n')}\n`);
  if (r.output !== null) io.stdout.write(`已写出 / written：${r.output}${r.resultSheet ? `（考核结果在“${r.resultSheet}”工作表 / results on sheet "${r.resultSheet}"）` : ''}\n`);
  if (r.notWritten !== null) io.stdout.write(`${r.notWritten}\n`);
  if (r.error) printError(io, r.error.message, r.error.messageEn);
}

function printMulti(results: readonly FileResult[], mode: 'check' | 'score', io: CliIo): void {
  const lines = results.map((r) => ({
    file: r.file,
    report: r.report,
    output: r.output ?? (r.notWritten !== null ? '未写出（方案有错误）' : null),
    error: r.error ? r.error.message : null,
  }));
  io.stdout.write(`${filesTable(lines, mode === 'score').join('\n')}\n`);
  const ok = results.filter((r) => r.status === 0).length;
  const bad = results.filter((r) => r.status === 1).length;
  const failed = results.filter((r) => r.status === 2).length;
  io.stdout.write(
    `共 ${results.length} 个文件：无错误 ${ok}，有错误 ${bad}，无法处理 ${failed}。查看某个文件的问题明细：kaoping check 文件名\n` +
      `${results.length} files: ${ok} clean, ${bad} with errors, ${failed} could not be processed. For one file's problems: kaoping check FILE\n`,
  );
  for (const r of results) if (r.error) printError(io, r.error.message, r.error.messageEn);
}

/** Writes the JSON report. Returns false (after saying why) when it could not be written. */
function writeJson(file: string, multi: boolean, results: readonly FileResult[], io: CliIo): boolean {
  let body: Report | MultiReport;
  if (multi) {
    body = {
      files: results.map((r) => ({ file: r.file, output: r.output, status: r.status, report: r.report, error: r.error ? { ...r.error } : null })),
    };
  } else {
    // One file: its report, also when writing the workbook failed after the report was made.
    const only = results[0];
    if (!only || only.report === null) return true;
    body = only.report;
  }
  try {
    ensureParent(file);
    fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`, 'utf8');
    return true;
  } catch (err) {
    const e = writeError(file, err);
    printError(io, e.messageZh, e.messageEn);
    return false;
  }
}

/** `undo`: restores the last write-back of one file into `<name>.撤销.xlsx` or -o. */
export async function runUndo(args: RunArgs, io: CliIo): Promise<Status> {
  const input = args.inputs[0] as string;
  const [output] = planOutputs([input], args.output, UNDONE_SUFFIX);
  const target = output as string;
  const wb = await loadWorkbookFile(input);
  const undone = undoLastRun(wb);
  if (!undone.ok) throw new CliError(`“${input}”：${undone.reasonZh}`, `"${input}": ${undone.reasonEn}`);
  try {
    ensureParent(target);
    await saveWorkbookFile(wb, target);
  } catch (err) {
    throw err instanceof WorkbookFileError ? err : writeError(target, err);
  }
  io.stdout.write(`已撤销上次写回 / last write-back undone：${target}\n`);
  return 0;
}
