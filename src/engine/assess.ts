import type { Assessment } from './model/result';
import type { WorkbookInput } from './model/workbook';

/** Last period's results, matched to this period's units by folded name (issue 5, PERIOD_JUMP). */
export interface PreviousPeriod {
  readonly units: ReadonlyArray<{ readonly name: string; readonly total: number | null; readonly rank: number | null }>;
}

export interface AssessOptions {
  /** `check` validates only (no plan); `score` also plans the write-back. Default `score`. */
  readonly mode?: 'check' | 'score';
  readonly previous?: PreviousPeriod | null;
}

/** Runs one check-and-score pass over a workbook (SPEC §1–§6). Never throws on bad input. */
export function assess(_workbook: WorkbookInput, _options: AssessOptions = {}): Assessment {
  throw new Error('assess: under construction');
}
