/**
 * The commands behind `kaoping check|score|undo`: run the files, print the tables and summaries,
 * write the JSON report. Loaded by `main` only when a command runs (so `--help` stays instant).
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { undoLastRun, loadWorkbookFile, saveWorkbookFile, toWorkbookInput, WorkbookFileError } from '../hosts/xlsx';
import { SCHEME_SHEET } from '../engine/model/scheme';
import type { CellValue } from '../engine/model/workbook';
import { sampleRows, schemeRows } from '../engine/template/template';
import { draftScheme } from '../engine/template/draft';
import { dualTemplate, type TemplateSheet } from '../engine/template/dual-template';
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
import { failureLine, pick, type Lang } from './lang';

export type RunArgs = Extract<Parsed, { kind: 'run' }>;

/** `--previous` names a sheet of the workbook itself when it is no workbook path: no .xls* ending, no such file. */
function isSheetName(value: string): boolean {
  return !/\.xls[xmb]?$/i.test(value) && !fs.existsSync(value);
}

export function printError(io: CliIo, lang: Lang, message: string, messageEn: string): void {
  io.stderr.write(failureLine(lang, message, messageEn));
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

  const progress = createProgress(io.stderr, inputs.files.length, { phases: mode === 'score' ? ['读取', '计算', '写入'] : ['读取', '计算'], lang: args.lang });
  const results: FileResult[] = [];
  try {
    for (let i = 0; i < inputs.files.length; i++) {
      const file = inputs.files[i] as string;
      results.push(await runFile(file, outputs[i] ?? null, { mode, previous, previousSheet, progress, index: i, lang: args.lang }));
    }
  } finally {
    progress.clear();
  }

  const width = io.stdout.columns || 100; // not a terminal (a pipe, a file): 100
  if (inputs.multi) printMulti(results, mode, args.lang, io);
  else printSingle(results[0] as FileResult, args, width, io);

  let worst: Status = results.reduce<Status>((w, r) => (r.status > w ? r.status : w), 0);
  if (args.json !== null) {
    const written = writeJson(args.json, inputs.multi, results, args.lang, io);
    if (!written) worst = 2;
  }
  return worst;
}

function printSingle(r: FileResult, args: RunArgs, width: number, io: CliIo): void {
  const lang = args.lang;
  if (r.report && !args.quiet) {
    const lines = renderProblems(r.report.issues, r.report.dataSheet, { limit: args.limit, width, lang });
    if (lines.length) io.stdout.write(`${lines.join('\n')}\n\n`);
  }
  // A failure prints no summary first: the clerk sees what went wrong, not a result that was not written.
  if (r.report && !r.error) io.stdout.write(`${summaryLines(r.report, r.gradeOrder, r.quotas ?? null, lang).join('\n')}\n`);
  if (r.output !== null) {
    const sheet = r.resultSheet ? pick(lang, `（考核结果在“${r.resultSheet}”工作表）`, ` (results on sheet "${r.resultSheet}")`) : '';
    const replaced = r.replaced ? pick(lang, `\n（已替换原有的“${r.output}”）`, `\n(replaced the existing "${r.output}")`) : '';
    io.stdout.write(`${pick(lang, '已写出：', 'Written: ')}${r.output}${sheet}${replaced}\n`);
  }
  if (r.notWritten !== null) io.stdout.write(`${pick(lang, r.notWritten.zh, r.notWritten.en)}\n`);
  if (r.error) printError(io, lang, r.error.message, r.error.messageEn);
}

function printMulti(results: readonly FileResult[], mode: 'check' | 'score', lang: Lang, io: CliIo): void {
  const lines = results.map((r) => ({
    file: r.file,
    report: r.report,
    output: r.output ?? (r.notWritten !== null ? pick(lang, '未写出（方案有错误）', 'not written (scheme errors)') : null),
    error: r.error ? pick(lang, r.error.message, r.error.messageEn) : null,
  }));
  io.stdout.write(`${filesTable(lines, mode === 'score', lang).join('\n')}\n`);
  const ok = results.filter((r) => r.status === 0).length;
  const bad = results.filter((r) => r.status === 1).length;
  const failed = results.filter((r) => r.status === 2).length;
  io.stdout.write(pick(lang,
    `共 ${results.length} 个文件：无错误 ${ok}，有错误 ${bad}，无法处理 ${failed}。查看某个文件的问题明细：kaoping check 文件名\n`,
    `${results.length} files: ${ok} clean, ${bad} with errors, ${failed} could not be processed. For one file's problems: kaoping check FILE\n`,
  ));
  for (const r of results) if (r.error) printError(io, lang, r.error.message, r.error.messageEn);
}

/** Writes the JSON report. Returns false (after saying why) when it could not be written. */
function writeJson(file: string, multi: boolean, results: readonly FileResult[], lang: Lang, io: CliIo): boolean {
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
    printError(io, lang, e.messageZh, e.messageEn);
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
  io.stdout.write(pick(args.lang, `已撤销上次写回：${target}\n`, `Last write-back undone: ${target}\n`));
  return 0;
}

/** Where `kaoping template` writes without `-o`: a fresh template in the current folder. */
export const TEMPLATE_FILE = '考核方案模板.xlsx';
/** The same for `kaoping template --kind 双述双评`. */
export const DUAL_TEMPLATE_FILE = '双述双评考核模板.xlsx';
/** The suffix of a 台账 copy with a draft 考核方案 added (`台账.xlsx` → `台账.含方案.xlsx`). */
export const DRAFT_SUFFIX = '.含方案';

function writeRows(ws: ExcelJS.Worksheet, rows: ReadonlyArray<ReadonlyArray<CellValue>>): void {
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v === null) return;
    // Text is text (never a formula): exceljs stores a JS string as a string.
    ws.getCell(i + 1, j + 1).value = typeof v === 'object' ? { error: v.error } as ExcelJS.CellErrorValue : v;
  }));
}

/** Writes a template's sheets (rows, merges, a readable first column) into `wb`. */
function writeTemplateSheets(wb: ExcelJS.Workbook, sheets: readonly TemplateSheet[]): void {
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    writeRows(ws, sheet.rows);
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    ws.getColumn(1).width = sheet.name === SCHEME_SHEET ? 16 : 6;
    if (sheet.name !== SCHEME_SHEET) ws.getColumn(2).width = 18;
  }
}

/**
 * `kaoping template`: without a file, a new workbook holding the 考核方案 template and a sample data
 * sheet (the pane's 插入模板); with a 台账, a copy of it with a draft 考核方案 guessed from its header
 * and 分值 row. An existing output file is never replaced: the command refuses and says so.
 */
export async function runTemplate(args: RunArgs, io: CliIo): Promise<Status> {
  const input = args.inputs[0];
  const dual = args.templateKind === '双述双评';
  const target = args.output ?? (input === undefined ? (dual ? DUAL_TEMPLATE_FILE : TEMPLATE_FILE) : planOutputs([input], null, DRAFT_SUFFIX)[0] as string);
  if (fs.existsSync(target)) {
    throw new CliError(`“${target}”已存在，没有覆盖。请换一个文件名（-o 新文件名.xlsx），或先移走原文件。`, `"${target}" exists and was not replaced. Give another name with -o, or move the file first.`);
  }
  let wb: ExcelJS.Workbook;
  const lines: string[] = [];
  if (input === undefined && dual) {
    wb = new ExcelJS.Workbook();
    const sheets = dualTemplate();
    writeTemplateSheets(wb, sheets);
    lines.push(`已写出“双述双评”考核方案模板和示例表 / template written：${target}`,
      `工作表：${sheets.map((s) => s.name).join('、')}。各指标的计分方法和来源表见“考核方案”的【指标】；把各分表换成本单位的数据，然后运行 kaoping score。`);
  } else if (input === undefined) {
    wb = new ExcelJS.Workbook();
    writeRows(wb.addWorksheet(SCHEME_SHEET), schemeRows('示例数据'));
    writeRows(wb.addWorksheet('示例数据'), sampleRows());
    lines.push(...(args.lang === 'en'
      ? [`Template written: ${target}`, 'Edit its 考核方案 sheet, enter each unit\'s scores in the data sheet, then run kaoping score.']
      : [`已写出考核方案模板和示例数据表：${target}`, '按模板修改“考核方案”，把各单位得分填入数据表，然后运行 kaoping score。']));
  } else {
    wb = await loadWorkbookFile(input);
    if (wb.worksheets.some((ws) => ws.name === SCHEME_SHEET)) {
      throw new CliError(`“${input}”已有“${SCHEME_SHEET}”工作表，没有改动。要重新生成，请先把它改名。`, `"${input}" already has a ${SCHEME_SHEET} sheet; nothing was changed. Rename it first to draft a new one.`);
    }
    const draft = draftScheme(toWorkbookInput(wb));
    if (!draft) {
      throw new CliError(`“${input}”中找不到含“单位名称”（或“被考核单位”“单位”）表头的工作表，无法猜测考核方案。请用不带文件名的 kaoping template 生成模板，再照着填写。`,
        `"${input}" has no sheet with a 单位名称 (or 被考核单位, 单位) header in its first 30 rows, so no scheme can be guessed. Run kaoping template without a file for the template.`);
    }
    const ws = wb.addWorksheet(SCHEME_SHEET);
    writeRows(ws, draft.rows);
    ws.getColumn(1).width = 16;
    ws.getColumn(3).width = 40;
    lines.push(...draftLines(draft, target, args.lang));
  }
  try {
    ensureParent(target);
    await saveWorkbookFile(wb, target);
  } catch (err) {
    throw err instanceof WorkbookFileError ? err : writeError(target, err);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** What `kaoping template 台账.xlsx` says about the draft it wrote. */
function draftLines(draft: NonNullable<ReturnType<typeof draftScheme>>, target: string, lang: Lang): string[] {
  const missing = draft.indicators.filter((i) => i.max === null).map((i) => i.name);
  if (lang === 'en') {
    return [
      `Draft scheme written from the headers of "${draft.dataSheet}": ${target}`,
      `${draft.indicators.length} indicators: ${draft.indicators.map((i) => `${i.name} (${i.max === null ? 'points to fill in' : `${i.max} points`})`).join(', ') || 'none'}`,
      ...(draft.adjustments.length ? [`Bonus / deduction columns: ${draft.adjustments.join(', ')}`] : []),
      ...(draft.vetoes.length ? [`Veto columns: ${draft.vetoes.join(', ')} (effect 定为末等: check it)`] : []),
      ...(missing.length ? [`Fill in the points of ${missing.join(', ')} in 考核方案.`] : []),
      'This is a draft guessed from the headers: check every row of 考核方案 (points, grade quotas, veto effects), then run kaoping check.',
    ];
  }
  return [
    `已根据“${draft.dataSheet}”的表头写出考核方案草稿：${target}`,
    `指标 ${draft.indicators.length} 项：${draft.indicators.map((i) => `${i.name}${i.max === null ? '（分值待填）' : `（${i.max}分）`}`).join('、') || '无'}`,
    ...(draft.adjustments.length ? [`加扣分：${draft.adjustments.join('、')}`] : []),
    ...(draft.vetoes.length ? [`一票否决：${draft.vetoes.join('、')}（效果按“定为末等”，请核对）`] : []),
    ...(missing.length ? [`请在“考核方案”中填写 ${missing.map((m) => `“${m}”`).join('、')} 的分值。`] : []),
    '这是根据表头猜出的草稿：请逐项核对“考核方案”（分值、等次比例、否决效果），再运行 kaoping check。',
  ];
}
