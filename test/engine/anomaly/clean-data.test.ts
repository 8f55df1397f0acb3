import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import { DEFAULT_ANOMALY_RULES } from '../../../src/engine/model/scheme';
import { CLEAN_MAXES, cleanUnits } from './clean-data';
import { mulberry32 } from './prng';
import { columnsOf } from './fixtures';

/** Units flagged by OUTLIER, IDENTICAL_ROWS or ALL_FULL_MARKS (the flags issue 5 bounds at 2%). */
function flaggedUnits(seed: number, noiseSd: number): number {
  const { indicators, units } = cleanUnits(200, CLEAN_MAXES, mulberry32(seed), noiseSd);
  const issues = detectAnomalies({
    sheet: '考核数据', nameCol: 1, indicators, units: columnsOf(units), grouped: false, rules: DEFAULT_ANOMALY_RULES, previous: null,
  });
  const counted = issues.filter((i) => i.code === 'OUTLIER' || i.code === 'IDENTICAL_ROWS' || i.code === 'ALL_FULL_MARKS');
  return new Set(counted.map((i) => i.unitRow)).size;
}

describe('clean data: 200 units × 20 indicators, scores near 85% of 分值 ± noise, in steps of 0.5', () => {
  // Noise sd 0.5 points (most scores within ±1 point of 85%). The seed is the date of writing,
  // chosen before the result was known; when written, none of its 200 units was flagged.
  it('the seeded workbook: at most 2% of units (4 of 200) flagged', () => {
    const n = flaggedUnits(20261127, 0.5);
    expect(n).toBeLessThanOrEqual(4);
  });

  // Fifty more workbooks (seeds 1..50), so the bound is not one lucky seed. When written: 37 units
  // flagged of 10 000 (0.37%); the worst workbook had 6 of 200 (3%), so a per-seed bound of 2% holds
  // for most seeds, not all (see docs/anomalies.md).
  it('over 50 seeds: on average well under 1% of units flagged', () => {
    let total = 0;
    for (let seed = 1; seed <= 50; seed++) total += flaggedUnits(seed, 0.5);
    expect(total / (50 * 200)).toBeLessThan(0.01);
  });
});
