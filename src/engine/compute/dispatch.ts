/**
 * One unit's cells for one located indicator, read from its sheet's row and handed to its method
 * (compute/methods/): the only place that knows both where cells are and how each method is called.
 *
 * A `MethodRunner` is made once per located indicator and run for every unit: its cells (the
 * `GivenCell`s a method reads: column, label) are made once and only their values are refilled per
 * unit, so a method call makes no object per cell. Methods keep no cell after they return (they
 * copy what an issue or detail needs), which is what makes the reuse safe.
 */
import type { Scheme } from '../model/scheme';
import { levelsOf, methodOf, ratioValue } from '../model/scheme';
import type { CellValue } from '../model/workbook';
import type { LocatedIndicator, LocatedParam } from './locate';
import type { MethodOutcome, UnitPlace } from './types';
import { keep, type KeptValues } from './details';
import { keepPacked } from './packed';
import type { SheetView } from '../table/sheet-view';
import { scoreDirect, scoreFigure, scoreJudges, scoreLevel, scoreVotes, type FigureParams, type VoteExtra } from './methods';
import { judgeLine, judgesClean, type JudgeLine } from './fused/judges';
import { votesClean, type VoteLine } from './fused/votes';
import { figureClean, figureLine, type FigureLine } from './fused/figure';
import { commonDenominator } from './methods/vote-score';

/** Where cell values come from: the indicator's sheet (a SheetView), or a unit's values kept for later. */
export interface CellSource {
  value(row: number, col: number): CellValue;
  /** The row's cells when each is its own value (table/sheet-view.ts), else null. */
  plainRow?(row: number): ReadonlyArray<CellValue | undefined> | null;
}

/** A given cell whose value is refilled for each unit. */
interface Cell {
  readonly col: number;
  value: CellValue;
  readonly label?: string;
}

const cellAt = (col: number, label?: string): Cell => (label === undefined ? { col, value: null } : { col, value: null, label });

const PARAM_KEYS = ['target', 'satisfied', 'disallowed', 'perCount'] as const;

/** No score, no detail, no issue. */
const NOTHING: MethodOutcome = { score: null, detail: null, issues: [], veto: null };

type Call = (place: UnitPlace) => MethodOutcome;
/**
 * The method's fast path (compute/fused/) with its per-indicator line: the clean unit's score on its
 * packed row (packed.ts), else NaN. A tag and a switch rather than a closure per indicator: the call of
 * each fused function then has one target and is inlined (fast/README.md, "fused methods").
 */
export type Fast =
  | { readonly kind: 'none' }
  | { readonly kind: 'judges'; readonly line: JudgeLine }
  | { readonly kind: 'votes'; readonly line: VoteLine }
  | { readonly kind: 'figure'; readonly line: FigureLine };
/** A method, and its fast path. */
interface Prepared {
  readonly call: Call;
  readonly fast: Fast;
}
const NO_FAST: Fast = { kind: 'none' };

/** Runs one located indicator's method for any unit (see the file's comment); made by `makeRunner`. */
export class MethodRunner {
  /** The cells' columns, in cell order. */
  private readonly cols: Int32Array;

  /** `cells`: every cell the method reads, in the order `values` lists their values; `call`: the method on them. */
  constructor(
    private readonly cells: readonly Cell[],
    private readonly call: Call,
    private readonly fast: Fast = NO_FAST,
  ) {
    this.cols = Int32Array.from(cells, (c) => c.col);
  }

  /** Scores the unit whose row on the indicator's sheet is `place.row`, reading `source`. */
  run(source: CellSource, place: UnitPlace): MethodOutcome {
    this.read(source, place.row);
    return this.call(place);
  }

  /** Reads the unit's cells on `row` of `source`, for `cleanScore` and then, if need be, `finish`. */
  read(source: CellSource, row: number): void {
    const cells = this.cells;
    const plain = source.plainRow?.(row) ?? null;
    if (plain !== null) {
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k];
        if (cell) cell.value = plain[cell.col] ?? null;
      }
      return;
    }
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k];
      if (cell) cell.value = source.value(row, cell.col);
    }
  }

  /**
   * The score of the unit whose packed row (packed.ts) starts at `base` of `vals` when it is clean —
   * what `read` then `finish` would give with no issue, no veto and a detail kept for later — else
   * NaN; without filling the cells (src/engine/fast/README.md, "fused methods").
   */
  cleanScore(vals: Float64Array, base: number): number {
    const fast = this.fast;
    switch (fast.kind) {
      case 'judges':
        return judgesClean(vals, base, fast.line);
      case 'votes':
        return votesClean(vals, base, fast.line);
      case 'figure':
        return figureClean(vals, base, fast.line);
      case 'none':
        return NaN;
    }
  }

  /** Keeps the values of the unit `cleanScore` scored (its packed row at `base`, its `row` on `view`), as `keep` would after `read`. */
  keepPacked(into: KeptValues, u: number, vals: Float64Array, base: number, view: SheetView, row: number): void {
    keepPacked(into, u, vals, base, this.cols, view, row);
  }

  /** The columns the method reads, in cell order (what its kept values hold). */
  get columns(): Int32Array {
    return this.cols;
  }

  /** The first column the method reads (Infinity when none): where its packed row may start. */
  get firstColumn(): number {
    let least = Infinity;
    for (let k = 0; k < this.cols.length; k++) least = Math.min(least, this.cols[k] ?? Infinity);
    return least;
  }

  /** The widest column the method reads, + 1 (−1 + 1 when none): where its packed row may end. */
  get stride(): number {
    let most = -1;
    for (let k = 0; k < this.cols.length; k++) most = Math.max(most, this.cols[k] ?? -1);
    return most + 1;
  }

  /** The method on the cells `read` read. */
  finish(place: UnitPlace): MethodOutcome {
    return this.call(place);
  }

  /** How many cells a unit has (the width of its kept values). */
  get width(): number {
    return this.cells.length;
  }

  /** Keeps the values the last `run` read as unit u's, in cell order (what `runOn` takes back). */
  keep(into: KeptValues, u: number): void {
    keep(into, u, this.cells);
  }

  /** The method on values `values()` gave: the same outcome the run that read them had (but for `place`). */
  runOn(values: readonly CellValue[], place: UnitPlace): MethodOutcome {
    const cells = this.cells;
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k];
      if (cell) cell.value = values[k] ?? null;
    }
    return this.call(place);
  }
}

/**
 * One runner alive as long as this module: it keeps the class's hidden class alive between runs, so a
 * full GC with no assessment alive does not throw away the optimized code that used it (fast/README.md,
 * "unit table").
 */
export const IDLE_RUNNER = new MethodRunner([], () => NOTHING);

/**
 * The last run's fast paths, alive until the next run replaces them, for the shapes of their lines
 * (object literals made per run: V8 keeps no shape of theirs alive, and the fused methods were thrown
 * away when a forced GC between runs collected them; fast/README.md, "shapes kept alive"). Small: a
 * line holds its indicator's settings, columns and buffers, no sheet.
 */
export const KEPT_FAST: { lines: Fast[] } = { lines: [] };

/** The runner of `located`: its cells (made once) and the call of its method on them. */
export function makeRunner(located: LocatedIndicator, scheme: Scheme, keep: Fast[] = []): MethodRunner {
  const cells: Cell[] = [];
  const add = (col: number, label?: string): Cell => {
    const cell = cellAt(col, label);
    cells.push(cell);
    return cell;
  };
  const { call, fast } = prepare(located, scheme, add);
  keep.push(fast);
  return new MethodRunner(cells, call, fast);
}

function prepare(located: LocatedIndicator, scheme: Scheme, add: (col: number, label?: string) => Cell): Prepared {
  const { indicator: ind, cells } = located;
  const settings = scheme.settings;
  const levels = levelsOf(scheme);
  switch (cells.kind) {
    case 'votes': {
      const counts = cells.levels.map((l) => add(l.col, l.label));
      const present = cells.present >= 0 ? add(cells.present) : undefined;
      const expected = cells.expected >= 0 ? add(cells.expected) : undefined;
      const extra: VoteExtra = { ...(present ? { present } : {}), ...(expected ? { expected } : {}), firstCol: cells.first };
      const cols = counts.map((c) => c.col);
      const at: VoteLine = { ind, counts: cols, present: present?.col ?? -1, expected: expected?.col ?? -1, levels, settings, values: new Float64Array(levels.length), den: commonDenominator(levels) };
      return { call: (place) => scoreVotes(ind, counts, levels, settings, place, extra), fast: { kind: 'votes', line: at } };
    }
    case 'judges': {
      const judges = cells.judges.map((j) => add(j.col, j.label));
      const at = judgeLine(ind, settings, judges.map((j) => j.col));
      return { call: (place) => scoreJudges(ind, judges, settings, place, cells.first), fast: { kind: 'judges', line: at } };
    }
    case 'column': {
      const cell = add(cells.col);
      const method = methodOf(ind);
      if (method === '直接') return { call: (place) => scoreDirect(ind, cell, settings, place), fast: NO_FAST };
      if (method === '定性') return { call: (place) => scoreLevel(ind, cell, levels, settings, place), fast: NO_FAST };
      // A 实绩 indicator without its 【计分规则】 row is a scheme error already (nothing is scored):
      // its figures are not read as scores, which would only add false OUT_OF_RANGE issues.
      // (测评 and 评委 cells are never a single column: locate.ts gives them their header's columns.)
      const rule = located.rule;
      if (method === '测评' || method === '评委' || !rule) return { call: () => NOTHING, fast: NO_FAST };
      const params: { -readonly [K in keyof FigureParams]: FigureParams[K] } = {};
      for (const key of PARAM_KEYS) {
        const p: LocatedParam | undefined = located.params[key];
        if (p) params[key] = p.kind === 'number' ? p.value : add(p.col);
      }
      const at = figureLine(cell.col, method, params, ind.max, ratioValue(rule.cap), settings.decimals);
      return { call: (place) => scoreFigure(ind, method, cell, params, rule, settings, place), fast: { kind: 'figure', line: at } };
    }
  }
}
