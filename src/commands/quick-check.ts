/**
 * 快速校验 (the ribbon button, no task pane): read the workbook, check it, highlight the problem
 * cells (fills and notes only: the engine's `highlightPlan`), and put the cursor on the first
 * problem — the first error's cell, else the first warning's. Excel is reached only through the
 * functions passed in.
 */
import { highlightPlan, recordOf, type Assessment, type AssessOptions, type Issue, type WorkbookInput, type WritePlan } from '../engine';

export interface QuickCheckDeps {
  readWorkbook(): Promise<{ readonly workbook: WorkbookInput; readonly fingerprint: string }>;
  assess(workbook: WorkbookInput, options: AssessOptions): Assessment;
  /** The host's writePlan: `{ ok: false }` when the sheet changed since it was read (nothing written). */
  writePlan(plan: WritePlan, fingerprint: string): Promise<{ readonly ok: boolean }>;
  selectCell(sheet: string, address: string): Promise<void>;
}

export interface QuickCheckOutcome {
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
  let failure: { error: unknown } | null = null;
  if (a.plan) {
    const plan = highlightPlan(a.plan, recordOf(workbook));
    if (plan.marks.length || plan.clearMarks.length) {
      try {
        const out = await deps.writePlan(plan, fingerprint);
        if (out.ok) written = { marks: plan.marks.length, cleared: plan.clearMarks.length };
      } catch (error) {
        failure = { error }; // the cursor still goes to the first problem; then the failure is passed on
      }
    }
  }
  const first = firstIssueWithCell(a.issues);
  if (first && first.cell !== null) await deps.selectCell(first.sheet, first.cell);
  if (failure) throw failure.error;
  return { errors: a.summary.errors, warnings: a.summary.warnings, selected: first, written };
}
