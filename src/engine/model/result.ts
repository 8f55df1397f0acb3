/**
 * The engine's output: every unit with the reasons behind its numbers, every issue, and the
 * write plan (what hosts write back). See SPEC §2–§5.
 */
import type { Issue } from './issue';
import type { Scheme, ScoringMethod, VetoEffect } from './scheme';
import type { WritePlan } from './plan';

export interface VetoOutcome {
  /** The 【一票否决】 column, or for a 差票 veto (SPEC §8.3) the 测评 indicator's name. */
  readonly column: string;
  readonly effect: VetoEffect;
  /** The cell's text when it was not a plain yes (e.g. `发生安全事故`), else the column name. */
  readonly reason: string;
  /** A1 address of the veto cell (for a 差票 veto: `民主测评!H7`, the lowest level's vote cell, with its sheet when not the data sheet). */
  readonly cell: string;
  /** `差票` for a 差票否决 (SPEC §8.3); absent for a 【一票否决】 column. */
  readonly source?: '差票';
}

/**
 * How a computed indicator's score came about (SPEC §8.6 `details`), for the report and the pane's
 * unit explanation. `text` is the report's sentence.
 */
export interface IndicatorDetail {
  readonly indicator: string;
  readonly method: ScoringMethod;
  /**
   * E.g. `好 30，较好 8，一般 2，差 0，共 40 票`; `9 位评委，去掉最高 95、最低 70，其余 7 位平均 86.14`;
   * `完成 45 / 目标 50 = 90%`; `定性“较好”（80%）`.
   */
  readonly text: string;
  /** The cell(s) read, with sheet when not the data sheet (`民主测评!D7`). */
  readonly cell: string;
  /** 测评: each level's count, in 【等级分】 order. */
  readonly votes?: ReadonlyArray<{ readonly level: string; readonly count: number }>;
  /** 评委: each judge's score in column order (null: did not score); `dropped` marks the dropped ones. */
  readonly judges?: ReadonlyArray<{ readonly label: string; readonly cell: string; readonly score: number | null; readonly dropped: 'high' | 'low' | null }>;
  /** 定性: the level word; 实绩: the figure read and the parameters used (per unit or constant). */
  readonly word?: string;
  readonly figure?: number;
  readonly params?: Readonly<Record<string, number>>;
}

/**
 * Details kept for later (SPEC §8.6 details cost more to build than the scores: strings, one object
 * per judge): the compute step keeps the values each method read and `build(u)` runs the methods on
 * them again to give unit u's details exactly as they would have been built at once
 * (compute/details.ts). One per assessment; the unit table builds a unit's details at the first
 * reader's request (`UnitTable.detailsOf`).
 */
export interface DetailsLater {
  build(unit: number): ReadonlyArray<IndicatorDetail | null>;
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
  /**
   * Per indicator, in scheme order: the score read from the cell, or for a computed indicator (SPEC
   * §8) the score computed and rounded; null when missing, bad, or not computable.
   */
  readonly scores: ReadonlyArray<number | null>;
  /** Per indicator, in scheme order: how a computed score came about (null for 直接 indicators and where none was computed). */
  readonly details: ReadonlyArray<IndicatorDetail | null>;
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
  /**
   * All vetoes that fired, strongest first (SPEC §8.3: 定为末等, then 总分计零, then 取消评优; then
   * 【一票否决】 rows before 差票, each in scheme order); the first is `veto`.
   */
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
