/** A seeded, realistic workbook of clean units (not a test file). */
import type { AnomalyIndicator } from '../../../src/engine/anomaly/detect';
import type { UnitRecord } from './fixtures';
import { normal } from './prng';

/** Twenty indicators whose 分值 add up to 100, as in a typical 年度考核 scheme. */
export const CLEAN_MAXES = [2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 8, 8];

export interface CleanOptions {
  /** The scores' step: 0.5 (half points, the default) or 1 (whole numbers only). */
  readonly step?: number;
  /** True: the noise's sd is `noiseSd` × 分值 (scores close together on every indicator), not points. */
  readonly relative?: boolean;
  /** Units in this many groups (unit i in group `组${i mod groups}`); 0: ungrouped. */
  readonly groups?: number;
}

/**
 * `n` units with ordinary noise: each unit has its own level (85% of 分值, sd 3%), and each score
 * is level × 分值 plus noise of sd `noiseSd` points (or × 分值 when `relative`), rounded to the
 * step and kept within 0..分值. Totals are the sums (rounded to 2 decimals); ranks are left null.
 * Units sit in sheet rows 4.. (0-based 3..), names in column B, indicators from column C. `rand`
 * is the seeded source.
 */
export function cleanUnits(n: number, maxes: readonly number[], rand: () => number, noiseSd: number, options: CleanOptions = {}) {
  const { step = 0.5, relative = false, groups = 0 } = options;
  const indicators: AnomalyIndicator[] = maxes.map((max, j) => ({ name: `指标${j + 1}`, max, col: 2 + j, headerRow: 2 }));
  const units: UnitRecord[] = [];
  for (let i = 0; i < n; i++) {
    const level = 0.85 + 0.03 * normal(rand);
    const scores = maxes.map((max) => {
      const raw = level * max + noiseSd * (relative ? max : 1) * normal(rand);
      return Math.min(max, Math.max(0, Math.round(raw / step) * step));
    });
    const total = Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100;
    units.push({ row: 3 + i, name: `单位${i + 1}`, group: groups > 0 ? `组${i % groups}` : null, scores, total, rank: null });
  }
  return { indicators, units };
}
