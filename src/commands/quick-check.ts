/**
 * 快速校验 (the ribbon button, no task pane): read the workbook, check it, and put the cursor on
 * the first problem — the first error's cell, else the first warning's. Excel is reached only
 * through the functions passed in.
 */
import type { Assessment, AssessOptions, Issue, WorkbookInput } from '../engine';

export interface QuickCheckDeps {
  readWorkbook(): Promise<{ readonly workbook: WorkbookInput; readonly fingerprint: string }>;
  assess(workbook: WorkbookInput, options: AssessOptions): Assessment;
  selectCell(sheet: string, address: string): Promise<void>;
}

export interface QuickCheckOutcome {
  readonly errors: number;
  readonly warnings: number;
  /** The issue whose cell was selected, or null when no issue has a cell. */
  readonly selected: Issue | null;
}

/** The issue to show first: the first error with a cell, else the first warning with one. */
export function firstIssueWithCell(issues: readonly Issue[]): Issue | null {
  return issues.find((i) => i.severity === 'error' && i.cell !== null) ?? issues.find((i) => i.cell !== null) ?? null;
}

/** Example: a sheet whose only error is an empty E4 → E4 selected, `{ errors: 1, warnings: 0 }`. */
export async function runQuickCheck(deps: QuickCheckDeps): Promise<QuickCheckOutcome> {
  const { workbook } = await deps.readWorkbook();
  const a = deps.assess(workbook, { mode: 'check' });
  const first = firstIssueWithCell(a.issues);
  if (first && first.cell !== null) await deps.selectCell(first.sheet, first.cell);
  return { errors: a.summary.errors, warnings: a.summary.warnings, selected: first };
}
