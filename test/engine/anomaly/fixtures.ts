/** Builders for anomaly-detector inputs (not a test file). */
import type { AnomalyIndicator, AnomalyInput, AnomalyUnits } from '../../../src/engine/anomaly/detect';
import type { AnomalyRules } from '../../../src/engine/model/scheme';
import { DEFAULT_ANOMALY_RULES } from '../../../src/engine/model/scheme';

export type Flag = keyof AnomalyRules['enabled'];

/** Default rules with only the given flags on (all on when none given). */
export function rulesWith(only: readonly Flag[] = [], overrides: Partial<Omit<AnomalyRules, 'enabled'>> = {}): AnomalyRules {
  const enabled = { OUTLIER: false, IDENTICAL_ROWS: false, ALL_FULL_MARKS: false, NO_SPREAD: false, PERIOD_JUMP: false };
  for (const f of only.length > 0 ? only : (Object.keys(enabled) as Flag[])) enabled[f] = true;
  return { ...DEFAULT_ANOMALY_RULES, ...overrides, enabled };
}

/**
 * Indicators in columns C, D, E… (col 2, 3, …) with their label in header row 3 (0-based 2);
 * names 指标1, 指标2… unless given.
 */
export function indicators(maxes: readonly number[], names?: readonly string[]): AnomalyIndicator[] {
  return maxes.map((max, j) => ({ name: names?.[j] ?? `指标${j + 1}`, max, col: 2 + j, headerRow: 2 }));
}

/** One scored unit as the tests write it (the detectors read columns: `columnsOf`). */
export interface UnitRecord {
  /** 0-based sheet row. */
  readonly row: number;
  readonly name: string;
  readonly group: string | null;
  readonly scores: readonly number[];
  /** NaN: a total no flag compares (as for a 总分计零 veto). */
  readonly total: number;
  readonly rank: number | null;
}

/** The records as the detectors' columns, every unit scored; a null rank is 0 (none). */
export function columnsOf(units: readonly UnitRecord[]): AnomalyUnits {
  return {
    count: units.length,
    scored: new Uint8Array(units.length).fill(1),
    rows: Int32Array.from(units, (u) => u.row),
    names: units.map((u) => u.name),
    groups: units.map((u) => u.group),
    scores: units.map((u) => u.scores),
    totals: Float64Array.from(units, (u) => u.total),
    ranks: Int32Array.from(units, (u) => u.rank ?? 0),
  };
}

/** A unit in sheet row `sheetRow` (1-based; stored 0-based). */
export function unit(
  sheetRow: number,
  name: string,
  scores: readonly number[],
  extra: { total?: number; rank?: number | null; group?: string | null } = {},
): UnitRecord {
  const total = extra.total ?? scores.reduce((a, b) => a + b, 0);
  return { row: sheetRow - 1, name, group: extra.group ?? null, scores, total, rank: extra.rank ?? null };
}

/** Input on sheet 考核数据, names in column B (nameCol 1), the units given as records. */
export function input(
  partial: Partial<Omit<AnomalyInput, 'units'>> & Pick<AnomalyInput, 'indicators'> & { units: readonly UnitRecord[] },
): AnomalyInput {
  return { sheet: '考核数据', nameCol: 1, grouped: false, rules: rulesWith(), previous: null, ...partial, units: columnsOf(partial.units) };
}
