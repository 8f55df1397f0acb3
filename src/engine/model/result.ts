/**
 * The engine's output: every unit with the reasons behind its numbers, every issue, and the
 * write plan (what hosts write back). See SPEC §2–§5.
 */
import type { Issue } from './issue';
import type { Scheme, VetoEffect } from './scheme';
import type { WritePlan } from './plan';

export interface VetoOutcome {
  readonly column: string;
  readonly effect: VetoEffect;
  /** The cell's text when it was not a plain yes (e.g. `发生安全事故`), else the column name. */
  readonly reason: string;
  /** A1 address of the veto cell. */
  readonly cell: string;
}

/** Why a unit got (or did not get) a grade: which cap and which quota decided it. */
export interface GradeReason {
  /** The best grade this unit's veto allows (SPEC §4.1). */
  readonly cap: string | null;
  /** Grades this unit reached by score but lost: `quota` = the quota was full; `tie` = QUOTA_TIE; `veto` = its cap. */
  readonly missed: ReadonlyArray<{ readonly grade: string; readonly why: 'quota' | 'tie' | 'veto' }>;
}

export interface AdjustmentOutcome {
  readonly column: string;
  readonly kind: '加分' | '扣分';
  /** Points as read from the cell. */
  readonly raw: number;
  /** Points after the column's 上限. */
  readonly counted: number;
}

export interface UnitResult {
  /** 0-based sheet row, like every row inside the engine (messages and the CLI report show row + 1). */
  readonly row: number;
  readonly name: string;
  readonly group: string | null;
  /** Per indicator, in scheme order: the score read from the cell (null when missing or bad). */
  readonly scores: ReadonlyArray<number | null>;
  /** 一级指标 → rounded subtotal (empty when the scheme has none or the unit is blocked). */
  readonly subtotals: Readonly<Record<string, number>>;
  readonly base: number | null;
  readonly bonus: number | null;
  readonly deduction: number | null;
  readonly adjustments: readonly AdjustmentOutcome[];
  /** Which caps applied: e.g. `加分合计上限`, `总分上限`, `总分下限`, `总分计零`. */
  readonly capsApplied: readonly string[];
  readonly total: number | null;
  readonly rank: number | null;
  readonly overallRank: number | null;
  readonly grade: string | null;
  readonly stars: number | null;
  readonly veto: VetoOutcome | null;
  /** All vetoes that fired (the first, by scheme order of severity, is `veto`). */
  readonly vetoes: readonly VetoOutcome[];
  readonly gradeReason: GradeReason | null;
  /** True when an error in the row blocks scoring. */
  readonly blocked: boolean;
  /** Codes of the issues on this unit's row, in order found (unique). */
  readonly flags: readonly string[];
  /** Each issue of the unit as 异常标记 shows it: label and the cell (or what it concerns). */
  readonly flagDetails: ReadonlyArray<{ readonly code: string; readonly label: string; readonly where: string }>;
}

export interface Summary {
  readonly units: number;
  readonly scored: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface Assessment {
  /** null when the scheme could not be read at all (no 考核方案 sheet). */
  readonly scheme: Scheme | null;
  readonly dataSheet: string | null;
  readonly units: readonly UnitResult[];
  readonly issues: readonly Issue[];
  readonly summary: Summary;
  /** What a host writes back (null in check mode or when there is nothing to write). */
  readonly plan: WritePlan | null;
}
