import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import { DEFAULT_ANOMALY_RULES } from '../../../src/engine/model/scheme';
import { CLEAN_MAXES, cleanUnits, type CleanOptions } from './clean-data';
import { mulberry32 } from './prng';
import { columnsOf } from './fixtures';

/** Units flagged by OUTLIER, IDENTICAL_ROWS or ALL_FULL_MARKS (the flags issues 5 and 14 bound at 2%). */
function flaggedUnits(seed: number, noiseSd: number, options: CleanOptions = {}): number {
  const { indicators, units } = cleanUnits(200, CLEAN_MAXES, mulberry32(seed), noiseSd, options);
  const issues = detectAnomalies({
    sheet: '考核数据', nameCol: 1, indicators, units: columnsOf(units), grouped: (options.groups ?? 0) > 0, rules: DEFAULT_ANOMALY_RULES, previous: null,
  });
  const counted = issues.filter((i) => i.code === 'OUTLIER' || i.code === 'IDENTICAL_ROWS' || i.code === 'ALL_FULL_MARKS');
  return new Set(counted.map((i) => i.unitRow)).size;
}

/** Units flagged over seeds 1..50, as a share of the 10 000 units. */
function share(noiseSd: number, options: CleanOptions = {}): number {
  let total = 0;
  for (let seed = 1; seed <= 50; seed++) total += flaggedUnits(seed, noiseSd, options);
  return total / (50 * 200);
}

// The seed is the date of writing, chosen before the result was known. "Before" figures: the same
// workbooks under the OUTLIER rules before issue 14 (no 离群最小分差, no score-step rules).
describe('clean data: 200 units × 20 indicators, scores near 85% of 分值 ± noise, in steps of 0.5', () => {
  // Noise sd 0.5 points (most scores within ±1 point of 85%). When written: no unit flagged (before: none).
  it('the seeded workbook: at most 2% of units (4 of 200) flagged', () => {
    expect(flaggedUnits(20261127, 0.5)).toBeLessThanOrEqual(4);
  });

  // Fifty more workbooks (seeds 1..50), so the bound is not one lucky seed. When written: 0.17% of
  // units, the worst workbook 3 of 200 (before: 0.37%, the worst 6).
  it('over 50 seeds: on average well under 1% of units flagged', () => {
    expect(share(0.5)).toBeLessThan(0.01);
  });
});

describe('clean data in whole numbers only (issue 14)', () => {
  // The same units with scores rounded to whole points: on most indicators more than half the units
  // share one score (MAD 0), and a few score two points off. When written: no unit flagged on the
  // seeded workbook (before: 14); over 50 seeds 0.75%, 3 workbooks of 50 above 2% (the worst 6 of
  // 200) — before: 4.1%, 48 workbooks of 50 above 2%.
  it('the seeded workbook: at most 4 of 200 flagged', () => {
    expect(flaggedUnits(20261127, 0.5, { step: 1 })).toBeLessThanOrEqual(4);
  });

  it('over 50 seeds: under 1% of units flagged', () => {
    expect(share(0.5, { step: 1 })).toBeLessThan(0.01);
  });
});

describe('scores close together (noise 5% of 分值), half points and whole numbers (issue 14)', () => {
  // The case issue 14 met: many units on one or two scores, so the MAD is 0 or half a step and a
  // one-step difference had a modified z beyond 3.5. When written: the seeded workbook none (before:
  // 64 of 200); over 50 seeds 0.56%, the worst 4 (before: 30%); whole numbers with noise 10% of 分值
  // 0.11% (before: 18%). Not here: whole numbers with noise 5% of 分值 — most units then have the
  // same score list, and IDENTICAL_ROWS flags 8% of units (docs/anomalies.md).
  it('half points, the seeded workbook: at most 4 of 200 flagged', () => {
    expect(flaggedUnits(20261127, 0.05, { relative: true })).toBeLessThanOrEqual(4);
  });

  it('half points over 50 seeds, and whole numbers with noise 10% of 分值: under 1% of units flagged', () => {
    expect(share(0.05, { relative: true })).toBeLessThan(0.01);
    expect(share(0.1, { relative: true, step: 1 })).toBeLessThan(0.01);
  });
});

describe('grouped: five groups of 40 units (issue 14)', () => {
  // Scopes of 40 make the median and MAD coarser. When written: the seeded workbook 2 of 200 in half
  // points (before: 2) and 1 in whole numbers (before: 26); over 50 seeds 1.19% (before: 1.77%) and
  // 0.84% (before: 13.3%), with 5 and 3 workbooks of 50 above 2%.
  it('the seeded workbook: at most 4 of 200 flagged, half points and whole numbers', () => {
    expect(flaggedUnits(20261127, 0.5, { groups: 5 })).toBeLessThanOrEqual(4);
    expect(flaggedUnits(20261127, 0.5, { groups: 5, step: 1 })).toBeLessThanOrEqual(4);
  });

  it('over 50 seeds: under 2% of units flagged, half points and whole numbers', () => {
    expect(share(0.5, { groups: 5 })).toBeLessThan(0.02);
    expect(share(0.5, { groups: 5, step: 1 })).toBeLessThan(0.02);
  });
});
