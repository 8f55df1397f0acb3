/**
 * The unit table: every unit of the data sheet as columns — one typed array or list per field,
 * unit i at entry i (its unit index, in sheet order; not its row) — declared and sized here, once.
 * Why columns and not one object per unit: src/engine/fast/README.md (columns).
 *
 * One run fills it step by step; each step is `(scheme, table) → its own columns` and reads only
 * the columns of the steps before it:
 *
 *   read       table/read-units.ts    rows … blocked   (it also creates the table: only it knows how
 *                                                       many units the sheet holds)
 *   compute    compute/step.ts        details; and the scores, issues, vetoes and blocked of the
 *                                      indicators that are not data-sheet cells (SPEC §8)
 *   score      score/total.ts         scored … caps
 *   standings  grade/standing.ts      rank … gradeReason
 *   (anomaly flags read the table: anomaly/units.ts; they fill no column, they raise issues)
 *   flags      issues/order.ts        flags, flagDetails (from the sorted issues, once all are known)
 *
 * Then `unitResults` (below) builds the immutable `UnitResult`s, and the write plan (plan/) reads
 * the table: one source for each fact.
 *
 * Adding a per-unit quantity (e.g. SPEC §8's computed indicator score and its detail text):
 *   1. declare its column in `Columns` under the step that fills it, with a doc comment;
 *   2. size it in `allocate` (typed array for numbers, list for anything else), and, when it is a
 *      plain list, cut it in `UnitTable.cut`;
 *   3. give it a getter on `UnitTable` if readers need the "none" encoding undone (like `totalOf`);
 *   4. map it into `UnitResult` in `unitResults` (and its type in model/result.ts) if the report
 *      shows it;
 *   5. fill it in its step (e.g. a `computeIndicators(scheme, table)` between read and score).
 * Steps 1–4 are this file; nothing else needs to learn the new column.
 */
import type { Issue } from './issue';
import type { AdjustmentOutcome, DetailsLater, GradeReason, IndicatorDetail, UnitResult, VetoOutcome } from './result';
import { NONE, NO_ENTRIES } from './empty';

/** One 异常标记 entry of a unit: an issue's label and the cell (or what it concerns). */
export type FlagDetail = UnitResult['flagDetails'][number];

/** Every column, by the step that fills it. */
interface Columns {
  // ── read (table/read-units.ts) ──
  /** 0-based sheet row. */
  readonly rows: Int32Array;
  readonly names: string[];
  readonly groups: Array<string | null>;
  /** Per indicator in scheme order: the score read (null when missing or bad). */
  readonly scores: Array<Array<number | null>>;
  readonly adjustments: Array<readonly AdjustmentOutcome[]>;
  readonly vetoes: Array<readonly VetoOutcome[]>;
  /** The issues found reading the unit's row (the shared empty list when none). */
  readonly issues: Array<readonly Issue[]>;
  /** 1 when an error in the row blocks scoring. */
  readonly blocked: Uint8Array;

  // ── compute (compute/step.ts, SPEC §8): fills `scores` of computed indicators, may add issues,
  //    vetoes (差票) and set `blocked`; and this column ──
  /**
   * Per indicator in scheme order: how a computed score came about (the shared empty list when the
   * scheme computes none); or the assessment's details kept for later, built by `detailsOf`.
   */
  readonly details: Array<UnitDetails>;

  // ── score (score/total.ts); 0 for an unscored unit ──
  /** 1 when the unit was scored; 0 when its row (or the scheme) has an error, or a score is missing. */
  readonly scored: Uint8Array;
  readonly base: Float64Array;
  readonly bonus: Float64Array;
  readonly deduction: Float64Array;
  /** The rounded total. */
  readonly total: Float64Array;
  /**
   * Rounded subtotals: unit i's K values at `i × K …`, in `categories` order (null for an unscored
   * unit). A plain list filled with null, not a Float64Array: see fast/README.md (subtotals).
   */
  readonly subtotals: Array<number | null>;
  /** Which caps applied (undefined: none), e.g. `加分合计上限`. */
  readonly caps: Array<readonly string[] | undefined>;

  // ── standings (grade/standing.ts); for an unranked unit: 0, 0, -1, -1, null ──
  /** 排名 (0: none). */
  readonly rank: Int32Array;
  /** 总排名 when grouped (0: none or not grouped). */
  readonly overallRank: Int32Array;
  /** Index into the scheme's grades (-1: none). */
  readonly grade: Int32Array;
  /** Stars (-1: none). */
  readonly stars: Int32Array;
  readonly gradeReason: Array<GradeReason | null>;

  // ── flags (issues/order.ts), once every issue is known and sorted ──
  /** Codes of the issues on the unit's row, in issue order, unique (the shared empty list when none). */
  readonly flags: Array<readonly string[]>;
  readonly flagDetails: Array<readonly FlagDetail[]>;
}

/** What the table needs of the scheme: its 一级指标 (subtotal order) and its grade names. */
export interface TableShape {
  /** `categoryOrder(scheme)`. */
  readonly categories: readonly string[];
  /** The scheme's grade names, best first. */
  readonly grades: readonly string[];
}

function allocate(n: number, k: number): Columns {
  return {
    rows: new Int32Array(n),
    names: new Array<string>(n),
    groups: new Array<string | null>(n),
    scores: new Array<Array<number | null>>(n),
    adjustments: new Array<readonly AdjustmentOutcome[]>(n),
    vetoes: new Array<readonly VetoOutcome[]>(n),
    issues: new Array<readonly Issue[]>(n),
    blocked: new Uint8Array(n),
    details: new Array<UnitDetails>(n).fill(NONE),
    scored: new Uint8Array(n),
    base: new Float64Array(n),
    bonus: new Float64Array(n),
    deduction: new Float64Array(n),
    total: new Float64Array(n),
    // Filled with null first: see fast/README.md (subtotals).
    subtotals: new Array<number | null>(n * k).fill(null),
    caps: new Array<readonly string[] | undefined>(n),
    rank: new Int32Array(n),
    overallRank: new Int32Array(n),
    grade: new Int32Array(n).fill(-1),
    stars: new Int32Array(n).fill(-1),
    gradeReason: new Array<GradeReason | null>(n).fill(null),
    flags: new Array<readonly string[]>(n).fill(NONE),
    flagDetails: new Array<readonly FlagDetail[]>(n).fill(NONE),
  };
}

/**
 * The unit table. Columns are public for the steps that fill them and for loops that need raw
 * speed; readers elsewhere use the getters, which undo each column's "none" encoding.
 */
export class UnitTable implements Columns {
  declare readonly rows: Int32Array;
  declare readonly names: string[];
  declare readonly groups: Array<string | null>;
  declare readonly scores: Array<Array<number | null>>;
  declare readonly adjustments: Array<readonly AdjustmentOutcome[]>;
  declare readonly vetoes: Array<readonly VetoOutcome[]>;
  declare readonly issues: Array<readonly Issue[]>;
  declare readonly blocked: Uint8Array;
  declare readonly details: Array<UnitDetails>;
  declare readonly scored: Uint8Array;
  declare readonly base: Float64Array;
  declare readonly bonus: Float64Array;
  declare readonly deduction: Float64Array;
  declare readonly total: Float64Array;
  declare readonly subtotals: Array<number | null>;
  declare readonly caps: Array<readonly string[] | undefined>;
  declare readonly rank: Int32Array;
  declare readonly overallRank: Int32Array;
  declare readonly grade: Int32Array;
  declare readonly stars: Int32Array;
  declare readonly gradeReason: Array<GradeReason | null>;
  declare readonly flags: Array<readonly string[]>;
  declare readonly flagDetails: Array<readonly FlagDetail[]>;
  /** Number of 一级指标 (K): the width of a unit's subtotals. */
  declare readonly categoryCount: number;
  /**
   * Every 一级指标 as a key, in order, values null: copied for each unit's `subtotals` record (so the
   * copies share one shape and hold the table's numbers, not boxes of their own; fast/README.md).
   */
  private declare readonly subtotalModel: Readonly<Record<string, number | null>>;

  /** Number of units. */
  declare readonly count: number;
  declare readonly shape: TableShape;

  // Fields are declared, not initialised (`declare`): each is set once, below, so V8 sees its
  // final type from the start (a class field would first hold undefined; fast/README.md, unit table).
  private constructor(count: number, shape: TableShape, c: Columns) {
    this.count = count;
    this.shape = shape;
    this.rows = c.rows;
    this.names = c.names;
    this.groups = c.groups;
    this.scores = c.scores;
    this.adjustments = c.adjustments;
    this.vetoes = c.vetoes;
    this.issues = c.issues;
    this.blocked = c.blocked;
    this.details = c.details;
    this.scored = c.scored;
    this.base = c.base;
    this.bonus = c.bonus;
    this.deduction = c.deduction;
    this.total = c.total;
    this.subtotals = c.subtotals;
    this.caps = c.caps;
    this.rank = c.rank;
    this.overallRank = c.overallRank;
    this.grade = c.grade;
    this.stars = c.stars;
    this.gradeReason = c.gradeReason;
    this.flags = c.flags;
    this.flagDetails = c.flagDetails;
    this.categoryCount = shape.categories.length;
    const model: Record<string, number | null> = {};
    for (const c of shape.categories) model[c] = null;
    this.subtotalModel = model;
  }

  /** A table with room for `capacity` units, every column sized once (the read step cuts it with `cut`). */
  static withCapacity(capacity: number, shape: TableShape): UnitTable {
    return new UnitTable(capacity, shape, allocate(capacity, shape.categories.length));
  }

  /** This table cut to its first `count` units (typed arrays as views, lists shortened in place). */
  cut(count: number): UnitTable {
    const k = this.categoryCount;
    const lists = [this.names, this.groups, this.scores, this.adjustments, this.vetoes, this.issues, this.details, this.caps, this.gradeReason, this.flags, this.flagDetails];
    for (const list of lists) list.length = count;
    this.subtotals.length = count * k;
    return new UnitTable(count, this.shape, {
      names: this.names,
      groups: this.groups,
      scores: this.scores,
      adjustments: this.adjustments,
      vetoes: this.vetoes,
      issues: this.issues,
      details: this.details,
      subtotals: this.subtotals,
      caps: this.caps,
      gradeReason: this.gradeReason,
      flags: this.flags,
      flagDetails: this.flagDetails,
      rows: this.rows.subarray(0, count),
      blocked: this.blocked.subarray(0, count),
      scored: this.scored.subarray(0, count),
      base: this.base.subarray(0, count),
      bonus: this.bonus.subarray(0, count),
      deduction: this.deduction.subarray(0, count),
      total: this.total.subarray(0, count),
      rank: this.rank.subarray(0, count),
      overallRank: this.overallRank.subarray(0, count),
      grade: this.grade.subarray(0, count),
      stars: this.stars.subarray(0, count),
    });
  }

  // ── getters ──
  rowOf(i: number): number {
    return this.rows[i] ?? -1;
  }
  nameOf(i: number): string {
    return this.names[i] ?? '';
  }
  groupOf(i: number): string | null {
    return this.groups[i] ?? null;
  }
  scoresOf(i: number): ReadonlyArray<number | null> {
    return this.scores[i] ?? NONE;
  }
  adjustmentsOf(i: number): readonly AdjustmentOutcome[] {
    return this.adjustments[i] ?? NONE;
  }
  vetoesOf(i: number): readonly VetoOutcome[] {
    return this.vetoes[i] ?? NONE;
  }
  issuesOf(i: number): readonly Issue[] {
    return this.issues[i] ?? NONE;
  }
  /**
   * Per indicator: how its computed score came about (empty when the scheme computes none). Details
   * kept for later are built here, once: the built list replaces them in the column.
   */
  detailsOf(i: number): ReadonlyArray<IndicatorDetail | null> {
    const d = this.details[i] ?? NONE;
    if (isArray(d)) return d;
    const built = d.build(i);
    this.details[i] = built;
    return built;
  }
  /**
   * What `UnitResult.details` holds: the unit's details, or — while some are kept for later — a
   * read-only view of them that builds them (in place, once) at its first read, whatever the read
   * (an index, length, iteration, JSON, a spread). Not a getter on the result: an object literal
   * with an accessor costs V8 a slow path per unit (~15 µs; 10,000 units took longer than scoring).
   */
  detailsViewOf(i: number): ReadonlyArray<IndicatorDetail | null> {
    const d = this.details[i] ?? NONE;
    if (isArray(d)) return d;
    // The view's target: an empty list, filled with the built details at the first read.
    return new Proxy<IndicatorDetail[]>([], new BuildOnRead(this, i));
  }
  /**
   * Indicator k's score (read, or computed and rounded), or null when there is none. A score that
   * could be computed is there even for a unit with errors (SPEC §8.6 reports it too).
   */
  scoreOf(i: number, k: number): number | null {
    return this.scores[i]?.[k] ?? null;
  }
  isBlocked(i: number): boolean {
    return this.blocked[i] === 1;
  }
  isScored(i: number): boolean {
    return this.scored[i] === 1;
  }
  /** The rounded total, or null when the unit was not scored. */
  totalOf(i: number): number | null {
    return this.scored[i] === 1 ? (this.total[i] ?? null) : null;
  }
  /** Subtotal k (in `shape.categories` order), or null when unscored. */
  subtotalOf(i: number, k: number): number | null {
    return this.scored[i] === 1 && k >= 0 && k < this.categoryCount ? (this.subtotals[i * this.categoryCount + k] ?? null) : null;
  }
  capsOf(i: number): readonly string[] {
    return this.caps[i] ?? NONE;
  }
  rankOf(i: number): number | null {
    const r = this.rank[i] ?? 0;
    return r > 0 ? r : null;
  }
  overallRankOf(i: number): number | null {
    const r = this.overallRank[i] ?? 0;
    return r > 0 ? r : null;
  }
  /** The grade's name, or null. */
  gradeOf(i: number): string | null {
    const g = this.grade[i] ?? -1;
    return g >= 0 ? (this.shape.grades[g] ?? null) : null;
  }
  starsOf(i: number): number | null {
    const s = this.stars[i] ?? -1;
    return s >= 0 ? s : null;
  }
  gradeReasonOf(i: number): GradeReason | null {
    return this.gradeReason[i] ?? null;
  }
  flagsOf(i: number): readonly string[] {
    return this.flags[i] ?? NONE;
  }
  flagDetailsOf(i: number): readonly FlagDetail[] {
    return this.flagDetails[i] ?? NONE;
  }
  /** The strongest veto, the one reported: 定为末等, then 总分计零, then 取消评优 (SPEC §8.3). */
  strongestVetoOf(i: number): VetoOutcome | null {
    return this.vetoesInOrderOf(i)[0] ?? null;
  }
  /**
   * Every veto, strongest first (SPEC §8.3): 定为末等, then 总分计零, then 取消评优; within one
   * effect, 【一票否决】 rows before 差票, each in scheme order (the order the steps added them).
   */
  vetoesInOrderOf(i: number): readonly VetoOutcome[] {
    const vetoes = this.vetoesOf(i);
    if (vetoes.length <= 1) return vetoes;
    // Array.prototype.sort is stable: equal effects keep the order they were added in.
    return [...vetoes].sort((a, b) => effectRank(a.effect) - effectRank(b.effect) || (a.source === '差票' ? 1 : 0) - (b.source === '差票' ? 1 : 0));
  }
  /** Unit i's subtotals as 一级指标 → points (the shared empty record when unscored or the scheme has none). */
  subtotalRecordOf(i: number): Readonly<Record<string, number>> {
    const K = this.categoryCount;
    if (this.scored[i] !== 1 || K === 0) return NO_ENTRIES;
    // A copy of the model record, then its values: see fast/README.md (subtotals).
    const out: Record<string, number | null> = { ...this.subtotalModel };
    const categories = this.shape.categories;
    for (let k = 0; k < K; k++) out[categories[k] ?? ''] = this.subtotals[i * K + k] ?? null;
    return out as Record<string, number>;
  }
}

/**
 * One empty table, alive as long as this module: it keeps the UnitTable hidden class (V8 map) alive
 * between runs. Without a live instance a full GC collects that map (the class's field-by-field
 * transitions are weak), the next run builds a new one, and V8 throws away every optimized function
 * that read a table ("weak objects"): each run then starts the table loops unoptimized (~40% slower
 * in the speed guard, which forces a GC before each run). See fast/README.md (unit table).
 */
export const EMPTY_TABLE: UnitTable = UnitTable.withCapacity(0, { categories: [], grades: [] });

/** A unit's entry of the details column: its details, or the assessment's details kept for later. */
export type UnitDetails = ReadonlyArray<IndicatorDetail | null> | DetailsLater;

function isArray(d: UnitDetails): d is ReadonlyArray<IndicatorDetail | null> {
  return Array.isArray(d);
}

/**
 * One unit's details view (`detailsViewOf`): the handler of its Proxy. Each read fills the target
 * first; writes are refused (the list is read-only). A class, not an object literal with
 * `__proto__` (V8 makes such a literal on a slow path, ~2 ms per 10,000 units).
 */
class BuildOnRead implements ProxyHandler<IndicatorDetail[]> {
  private filled = false;
  constructor(
    private readonly table: UnitTable,
    private readonly unit: number,
  ) {}

  /** Fills the target with the unit's details (once), then gives it. */
  private fill(target: IndicatorDetail[]): IndicatorDetail[] {
    if (!this.filled) {
      this.filled = true;
      for (const d of this.table.detailsOf(this.unit)) target.push(d as IndicatorDetail);
    }
    return target;
  }

  get(target: IndicatorDetail[], key: string | symbol): unknown {
    return Reflect.get(this.fill(target), key) as unknown;
  }
  has(target: IndicatorDetail[], key: string | symbol): boolean {
    return Reflect.has(this.fill(target), key);
  }
  ownKeys(target: IndicatorDetail[]): ArrayLike<string | symbol> {
    return Reflect.ownKeys(this.fill(target));
  }
  getOwnPropertyDescriptor(target: IndicatorDetail[], key: string | symbol): PropertyDescriptor | undefined {
    return Reflect.getOwnPropertyDescriptor(this.fill(target), key);
  }
  set(): boolean {
    return false;
  }
  defineProperty(): boolean {
    return false;
  }
  deleteProperty(): boolean {
    return false;
  }
}

/** One view alive as long as this module, for its class's hidden class (fast/README.md, "classes kept alive"). */
export const IDLE_DETAILS_VIEW = new BuildOnRead(EMPTY_TABLE, -1);

function effectRank(effect: string): number {
  return effect === '定为末等' ? 0 : effect === '总分计零' ? 1 : 2;
}

/** Unit i's result, read from every column of the table. */
function unitResult(t: UnitTable, i: number): UnitResult {
  const scored = t.scored[i] === 1;
  return {
    row: t.rowOf(i),
    name: t.nameOf(i),
    group: t.groupOf(i),
    scores: t.scoresOf(i),
    details: t.detailsViewOf(i), // built when first read (the report, the pane): see DetailsLater
    subtotals: t.subtotalRecordOf(i),
    base: scored ? (t.base[i] ?? null) : null,
    bonus: scored ? (t.bonus[i] ?? null) : null,
    deduction: scored ? (t.deduction[i] ?? null) : null,
    adjustments: t.adjustmentsOf(i),
    capsApplied: t.capsOf(i),
    total: scored ? (t.total[i] ?? null) : null,
    rank: t.rankOf(i),
    overallRank: t.overallRankOf(i),
    grade: t.gradeOf(i),
    stars: t.starsOf(i),
    veto: t.strongestVetoOf(i),
    vetoes: t.vetoesInOrderOf(i),
    gradeReason: t.gradeReasonOf(i),
    blocked: !scored,
    flags: t.flagsOf(i),
    flagDetails: t.flagDetailsOf(i),
  };
}

/**
 * The run's `UnitResult`s, built once from the finished table (flags included) and frozen in type:
 * nothing changes them afterwards. Indexed loop: see fast/README.md (loops).
 */
export function unitResults(t: UnitTable): UnitResult[] {
  const out = new Array<UnitResult>(t.count);
  for (let i = 0; i < t.count; i++) out[i] = unitResult(t, i);
  return out;
}
