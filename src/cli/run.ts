/**
 * One file's run: read → assess → (score) apply the plan and write. Failures that mean "the run
 * could not happen" become status 2 with a message; nothing here throws.
 */
import * as fs from 'fs';
import { assess } from '../engine/assess';
import type { PreviousPeriod } from '../engine/model/previous';
import type { Assessment } from '../engine/model/result';
import { SCHEME_SHEET } from '../engine/model/scheme';
import type { WorkbookInput } from '../engine/model/workbook';
import { sameSheetName } from '../engine/record';
import { previousFromSheet } from '../engine/previous';
import { fold } from '../engine/text/fold';
import { applyPlan, loadWorkbookFile, saveWorkbookFile, toWorkbookInput, WorkbookFileError } from '../hosts/xlsx';
import { CliError, describeUnknown, writeError } from './errors';
import { ensureParent, openInExcelHint } from './files';
import type { Progress } from './progress';
import { buildReport, type Report } from './report';
import type { QuotaRules } from './summary';
import type { Lang } from './lang';

export type Status = 0 | 1 | 2;

export interface FileResult {
  readonly file: string;
  readonly status: Status;
  readonly report: Report | null;
  /** The workbook written, or null. */
  readonly output: string | null;
  readonly error: { readonly message: string; readonly messageEn: string } | null;
  /** The scheme's grades, best first (for the summary). */
  readonly gradeOrder: readonly string[];
  /** Why no workbook was written although one was asked for (score with nothing to write). */
  readonly notWritten: { readonly zh: string; readonly en: string } | null;
  /** The results sheet written into `output` (考核结果, or 考核结果（考评助手） beside a clerk's own). */
  readonly resultSheet?: string;
  /** The scheme's quotas, for the summary's sentences. */
  readonly quotas?: QuotaRules;
  /** True when `output` existed and was replaced (a rerun writes the same name: said, not silent). */
  readonly replaced?: boolean;
}

/** Turns any failure into the `{ message, messageEn }` shown to the user. */
export function failure(err: unknown): { message: string; messageEn: string } {
  if (err instanceof CliError) return { message: err.messageZh, messageEn: err.messageEn };
  if (err instanceof WorkbookFileError) return { message: err.messageZh, messageEn: err.messageEn };
  const detail = describeUnknown(err);
  return {
    message: `处理时发生意外错误：${detail}。请确认文件可以在 Excel 中正常打开；如仍出错，请把该文件和这条信息交给维护人员。`,
    messageEn: `Unexpected error: ${detail}. Check that the file opens in Excel; if it still fails, send the file and this message to the maintainers.`,
  };
}

/**
 * The message for a workbook without a 考核方案 sheet, for the command line: the sheets it has, a
 * near name the clerk may have meant (`评分方案`, `考核方案 2026`), and `kaoping template`. (The
 * engine's own message suggests the task pane's 插入模板, which the command line does not have.)
 * Example: sheets [考核数据, 评分方案] → “…没有名为“考核方案”的工作表（工作簿中的工作表：考核数据、评分方案）。“评分方案”是不是考核方案？…”
 */
export function noSchemeError(sheets: readonly string[], file: string): CliError {
  const near = sheets.filter((n) => n !== SCHEME_SHEET && (fold(n).includes(fold('方案')) || fold(n).includes(fold(SCHEME_SHEET))));
  const list = sheets.length ? `（工作簿中的工作表：${sheets.join('、')}）` : '';
  const listEn = sheets.length ? ` (its sheets: ${sheets.join(', ')})` : '';
  const guess = near.length ? `“${near[0]}”是不是考核方案？是的话请把工作表改名为“${SCHEME_SHEET}”。` : '';
  const guessEn = near.length ? ` Is "${near[0]}" the scheme? If so, rename that sheet to "${SCHEME_SHEET}".` : '';
  return new CliError(
    `“${file}”无法评分：工作簿中没有名为“${SCHEME_SHEET}”的工作表${list}。${guess}没有考核方案时，可运行 kaoping template “${file}” 根据表头生成方案草稿，或运行 kaoping template 得到模板。`,
    `"${file}" cannot be assessed: the workbook has no sheet named "${SCHEME_SHEET}"${listEn}.${guessEn} Without a scheme, run kaoping template "${file}" for a draft guessed from its headers, or kaoping template for the template.`,
  );
}

export interface RunOptions {
  readonly mode: 'check' | 'score';
  readonly previous: PreviousPeriod | null;
  /** A sheet of the workbook itself to read as 上期 (`--previous 考核结果`: a clerk's kept list). */
  readonly previousSheet?: string | null;
  readonly progress: Progress;
  readonly index: number;
  /** The language of the notes written into cells (default Chinese). */
  readonly lang?: Lang;
}

/**
 * Exit 2 is for a workbook without a 考核方案 sheet (SPEC §7); an empty or unreadable 考核方案 is a
 * scheme error like any other (SCHEME_INVALID, exit 1).
 */
function lacksScheme(assessment: Assessment): boolean {
  return assessment.scheme === null && assessment.issues.some((i) => i.code === 'SHEET_NOT_FOUND' && i.sheet === SCHEME_SHEET);
}

/**
 * 上期 from a sheet of the same workbook (`--previous 考核结果`): a clerk's copy of last year's list.
 * Read only; the run never writes it (a clerk's 考核结果 is never the program's). Throws CliError
 * (exit 2) when the sheet is missing or has no unit, 总分 and rank columns.
 */
function previousInWorkbook(input: WorkbookInput, name: string, file: string): PreviousPeriod {
  const sheet = input.sheets.find((s) => sameSheetName(s.name, name));
  if (!sheet) {
    throw new CliError(`“${file}”中没有工作表“${name}”，无法作为上期（--previous）。--previous 可写上期工作簿的路径（.xlsx），或本工作簿中上期结果表的名称（如 考核结果）。`,
      `"${file}" has no sheet "${name}" to use as the previous period (--previous). Give the path of last period's workbook (.xlsx) or the name of a sheet of this workbook.`);
  }
  const previous = previousFromSheet(sheet);
  if (!previous) {
    throw new CliError(`上期工作表“${name}”中找不到单位、总分和排名列。该表前 30 行内须有一行表头，含“单位名称”、“总分”和“排名”（或“总排名”）。`,
      `The previous-period sheet "${name}" has no unit, 总分 and rank columns: within its first 30 rows it needs a header row with 单位名称, 总分 and 排名 (or 总排名).`);
  }
  return previous;
}

/** Runs one file. `output` is where score writes (ignored by check). */
export async function runFile(file: string, output: string | null, opts: RunOptions): Promise<FileResult> {
  const base: { file: string; output: null; gradeOrder: string[]; notWritten: null; quotas?: QuotaRules } = { file, output: null, gradeOrder: [], notWritten: null };
  let report: Report | null = null;
  let gradeOrder: string[] = [];
  try {
    opts.progress.phase(opts.index, file, '读取');
    const wb = await loadWorkbookFile(file);
    const input = toWorkbookInput(wb);
    opts.progress.phase(opts.index, file, '计算');
    const assessment = assess(input, {
      mode: opts.mode,
      previous: opts.previousSheet ? previousInWorkbook(input, opts.previousSheet, file) : opts.previous,
      noteLang: opts.lang ?? 'zh',
    });
    if (lacksScheme(assessment)) throw noSchemeError(input.sheets.map((sh) => sh.name), file);
    report = buildReport(assessment);
    gradeOrder = assessment.scheme?.grades.map((g) => g.name) ?? [];
    const scheme = assessment.scheme;
    if (scheme) base.quotas = { rounding: scheme.settings.quotaRounding, grades: scheme.grades.map((g) => ({ name: g.name, quota: g.quota })) };
    const status: Status = report.summary.errors > 0 ? 1 : 0;
    if (opts.mode === 'check' || output === null) return { ...base, status, report, error: null, gradeOrder };
    if (assessment.plan === null) {
      return {
        ...base,
        status,
        report,
        error: null,
        gradeOrder,
        notWritten: { zh: '考核方案有错误，没有可写回的结果，未写出工作簿。', en: 'The scheme has errors; nothing to write, no workbook written.' },
      };
    }
    opts.progress.phase(opts.index, file, '写入');
    const replaced = fs.existsSync(output);
    applyPlan(wb, assessment.plan);
    try {
      ensureParent(output);
      await saveWorkbookFile(wb, output);
    } catch (err) {
      throw err instanceof WorkbookFileError || err instanceof CliError ? err : writeError(output, err);
    }
    const resultSheet = assessment.plan.resultSheet?.name;
    return { ...base, status, report, output, error: null, gradeOrder, replaced, ...(resultSheet !== undefined ? { resultSheet } : {}) };
  } catch (err) {
    const f = failure(err);
    const hint = [file, ...(output !== null ? [output] : [])].map(openInExcelHint).find((h) => h !== null);
    return { ...base, status: 2, report, error: hint ? { message: f.message + hint.zh, messageEn: f.messageEn + hint.en } : f, gradeOrder };
  }
}

/**
 * Reads last period's workbook for PERIOD_JUMP: its units' names, totals and ranks as this
 * program computes them. Throws CliError (exit 2) when it can not be read or has no scheme.
 */
export async function loadPrevious(file: string): Promise<PreviousPeriod> {
  let assessment: Assessment;
  let sheets: string[] = [];
  try {
    const input = toWorkbookInput(await loadWorkbookFile(file));
    sheets = input.sheets.map((s) => s.name);
    assessment = assess(input, { mode: 'score', previous: null });
  } catch (err) {
    const f = failure(err);
    throw new CliError(`上期工作簿（--previous）无法读取：${f.message}`, `The previous period's workbook (--previous) cannot be read: ${f.messageEn}`);
  }
  if (lacksScheme(assessment)) {
    const e = noSchemeError(sheets, file);
    throw new CliError(`上期工作簿（--previous）${e.messageZh}`, `Previous period (--previous): ${e.messageEn}`);
  }
  // Last period's rank over all units: this period's PERIOD_JUMP compares 总排名 when there are groups.
  return { units: assessment.units.map((u) => ({ name: u.name, total: u.total, rank: u.overallRank ?? u.rank })) };
}
