/**
 * 快速校验 (the ribbon button, no task pane): read the workbook, check it, highlight the problem
 * cells (fills and notes only: the engine's `highlightPlan`), and put the cursor on the first
 * problem — the first error's cell, else the first warning's. Excel is reached only through the
 * functions passed in.
 */
import { highlightPlan, recordOf, type Assessment, type AssessOptions, type Issue, type WorkbookInput, type WritePlan } from '../engine';
import { describeError } from '../taskpane/errors';
import type { Lang, Translate } from '../taskpane/i18n';

export interface QuickCheckDeps {
  readWorkbook(): Promise<{ readonly workbook: WorkbookInput; readonly fingerprint: string }>;
  assess(workbook: WorkbookInput, options: AssessOptions): Assessment;
  /** The host's writePlan: `{ ok: false }` when the sheet changed since it was read (nothing written). */
  writePlan(plan: WritePlan, fingerprint: string): Promise<{ readonly ok: boolean }>;
  selectCell(sheet: string, address: string): Promise<void>;
}

export interface QuickCheckOutcome {
  readonly units: number;
  readonly errors: number;
  readonly warnings: number;
  /** The issue whose cell was selected, or null when no issue has a cell. */
  readonly selected: Issue | null;
  /**
   * What was written: `marks` cells filled and noted, `cleared` old marks given back their own fill
   * and note; null when nothing was written (no plan — e.g. no 考核方案 —, nothing to mark or clear,
   * or the sheet changed while checking).
   */
  readonly written: { readonly marks: number; readonly cleared: number } | null;
  /** Why there is no plan (e.g. no 考核方案 sheet, no table found): the first error, or null when there is a plan. */
  readonly noPlan: Issue | null;
  /** True when the sheet changed between reading and writing, so nothing was written. */
  readonly changed: boolean;
}

/** The issue to show first: the first error with a cell, else the first warning with one. */
export function firstIssueWithCell(issues: readonly Issue[]): Issue | null {
  return issues.find((i) => i.severity === 'error' && i.cell !== null) ?? issues.find((i) => i.cell !== null) ?? null;
}

/**
 * Example: a sheet whose only error is an empty E4 → E4 filled `#FFC7CE` with a note, E4 selected,
 * `{ errors: 1, warnings: 0, written: { marks: 1, cleared: 0 } }`. A clean sheet whose E4 was marked
 * by the last run → E4's mark cleared, nothing selected, `written: { marks: 0, cleared: 1 }`.
 * With nothing to mark or clear, nothing is written (the last full run stays the one 撤销 undoes).
 */
export async function runQuickCheck(deps: QuickCheckDeps): Promise<QuickCheckOutcome> {
  const { workbook, fingerprint } = await deps.readWorkbook();
  const a = deps.assess(workbook, { mode: 'score' });
  let written: QuickCheckOutcome['written'] = null;
  let changed = false;
  let failure: { error: unknown } | null = null;
  if (a.plan) {
    const plan = highlightPlan(a.plan, recordOf(workbook));
    if (plan.marks.length || plan.clearMarks.length) {
      try {
        const out = await deps.writePlan(plan, fingerprint);
        if (out.ok) written = { marks: plan.marks.length, cleared: plan.clearMarks.length };
        else changed = true;
      } catch (error) {
        failure = { error }; // the cursor still goes to the first problem; then the failure is passed on
      }
    }
  }
  const first = firstIssueWithCell(a.issues);
  if (first && first.cell !== null) await deps.selectCell(first.sheet, first.cell);
  if (failure) throw failure.error;
  const noPlan = a.plan ? null : (a.issues.find((i) => i.severity === 'error') ?? a.issues[0] ?? null);
  return { units: a.summary.units, errors: a.summary.errors, warnings: a.summary.warnings, selected: first, written, noPlan, changed };
}

/**
 * What the clerk is told after 快速校验, or null when the sheet itself says it: with problems found
 * and marked, the fills, the notes and the selected cell are the answer (a dialog on every click —
 * on the web preceded by Office's Allow / Ignore prompt — would be in the way). Told: why nothing
 * was marked (no 考核方案, no table: the engine's own message, which says how to fix it), a sheet
 * changed while checking, a clean result (else nothing would visibly happen), and any failure (the
 * pane's wording from `describeError`).
 * Example: no 考核方案 → "快速校验没有标出单元格：找不到工作表“考核方案”。…请新建名为“考核方案”的工作表…".
 */
export function quickCheckMessage(result: { readonly outcome: QuickCheckOutcome } | { readonly error: unknown }, t: Translate, lang: Lang): string | null {
  if ('error' in result) return t('quick.failed', { reason: describeError(result.error, t) });
  const o = result.outcome;
  if (o.noPlan) return t('quick.noPlan', { problem: lang === 'en' ? o.noPlan.messageEn : o.noPlan.message });
  if (o.changed) return t('quick.changed');
  if (o.errors === 0 && o.warnings === 0) return t('quick.clean', { units: o.units });
  return null;
}
