import { detectAnomalies } from '../../../src/engine/anomaly/detect';
import type { PreviousUnit } from '../../../src/engine/model/previous';
import { input, rulesWith, unit, type UnitRecord } from './fixtures';

/**
 * Thirty ranked units 单位1..单位30 in sheet rows 4..33 (单位k in row 3 + k), total 100 − k, rank k.
 * N = 30 ranked units, so with 突变名次比例 1/3 the rank limit is 30/3 = 10 places.
 */
function thirty(patch: Record<number, Partial<UnitRecord>> = {}): UnitRecord[] {
  return Array.from({ length: 30 }, (_, i) => {
    const k = i + 1;
    return { ...unit(3 + k, `单位${k}`, [], { total: 100 - k, rank: k }), ...patch[k] };
  });
}
const rules = rulesWith(['PERIOD_JUMP']);
const run = (units: UnitRecord[], prev: PreviousUnit[], r = rules) =>
  detectAnomalies(input({ indicators: [], units, rules: r, previous: { units: prev } }));

describe('PERIOD_JUMP on the total', () => {
  it('matches names after folding and flags a move of more than 15 points (exactly 15 is not)', () => {
    const issues = run(thirty({ 4: { total: 75.9 } }), [
      { name: '单位１', total: 84, rank: 1 }, // full-width digit; 99 − 84 = 15 exactly → no flag
      { name: ' 单位 2 ', total: 82.99, rank: 2 }, // spaces; 98 − 82.99 = 15.01 (15.00999… in binary) → flag
      { name: '单位3', total: 82, rank: 3 }, // 97 − 82 = 15 → no flag
      { name: '单位4', total: 60.9, rank: 4 }, // 75.9 − 60.9 is 15.000000000000007 in binary, 15 at 15 digits → no flag
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.unit, i.unitRow, i.where])).toEqual([['PERIOD_JUMP', 'B5', '单位2', 4, '总分']]); // unitRow 0-based: sheet row 5
    expect(issues[0]!.message).toBe('B5：“单位2”与上期相比总分由 82.99 变为 98（+15.01 分，超过 15 分），排名仍为第 2 名。请核实变化原因。');
    expect(issues[0]!.messageEn).toBe(
      'B5: since the previous period, "单位2": total went from 82.99 to 98 (+15.01, more than 15); rank unchanged at 2. Verify the reason for the change.',
    );
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.label).toBe('突变');
  });

  it('flags a fall as well as a rise, and uses 突变分差', () => {
    // 单位5 now 95, last period 112 → −17 (> 15, ≤ 20).
    const prev = [{ name: '单位5', total: 112, rank: 5 }];
    expect(run(thirty(), prev).map((i) => i.message)).toEqual([
      'B8：“单位5”与上期相比总分由 112 变为 95（-17 分，超过 15 分），排名仍为第 5 名。请核实变化原因。',
    ]);
    expect(run(thirty(), prev, rulesWith(['PERIOD_JUMP'], { jumpPoints: 20 }))).toEqual([]);
  });
});

describe('PERIOD_JUMP on the rank', () => {
  it('flags a move of more than a third of the ranked units (10 of 30: exactly 10 is not)', () => {
    const issues = run(thirty(), [
      { name: '单位15', total: 85, rank: 5 }, // 5 → 15: down 10 → no flag
      { name: '单位16', total: 84, rank: 5 }, // 5 → 16: down 11 → flag
      { name: '单位10', total: 90, rank: 22 }, // 22 → 10: up 12 → flag
    ]);
    expect(issues.map((i) => [i.cell, i.unit, i.where])).toEqual([
      ['B13', '单位10', '排名'],
      ['B19', '单位16', '排名'],
    ]);
    expect(issues[0]!.message).toBe(
      'B13：“单位10”与上期相比总分仍为 90 分，排名由第 22 名变为第 10 名（上升 12 名，超过 10 名，即 30 个排名单位的 33.33%）。请核实变化原因。',
    );
    expect(issues[1]!.message).toContain('排名由第 5 名变为第 16 名（下降 11 名，超过 10 名，即 30 个排名单位的 33.33%）');
  });

  it('counts only the units ranked now: with 单位30 unranked, N = 29 and the limit 29/3 = 9.67 places', () => {
    const prev = [{ name: '单位15', total: 85, rank: 5 }]; // down 10 > 9.67 → flag
    const issues = run(thirty({ 30: { rank: null } }), prev);
    expect(issues.map((i) => i.where)).toEqual(['排名']);
    expect(issues[0]!.message).toContain('下降 10 名，超过 9.6667 名，即 29 个排名单位的 33.33%');
    // 突变名次比例 0.5: 15 places of 30; a move of 11 is not flagged.
    expect(run(thirty(), [{ name: '单位16', total: 84, rank: 5 }], rulesWith(['PERIOD_JUMP'], { jumpRankFraction: 0.5 }))).toEqual([]);
  });
});

describe('PERIOD_JUMP, one issue per unit', () => {
  it('a unit that moved on both gets one issue, where 总分、排名', () => {
    // 单位20: 96 → 80 (−16) and rank 2 → 20 (down 18).
    const issues = run(thirty(), [{ name: '单位20', total: 96, rank: 2 }]);
    expect(issues.map((i) => [i.cell, i.where])).toEqual([['B23', '总分、排名']]);
    expect(issues[0]!.message).toBe(
      'B23：“单位20”与上期相比总分由 96 变为 80（-16 分，超过 15 分），排名由第 2 名变为第 20 名（下降 18 名，超过 10 名，即 30 个排名单位的 33.33%）。请核实变化原因。',
    );
  });

  it('ignores unknown names, names found twice last period, missing totals or ranks, and no previous period', () => {
    const prev = [
      { name: '单位99', total: 0, rank: 30 }, // not a unit now
      { name: '单位25', total: 20, rank: 1 }, // 单位25 twice after folding: ambiguous, matched to nothing
      { name: '单位 25', total: 30, rank: 2 },
      { name: '单位26', total: null, rank: null }, // blocked last period
      { name: '单位27', total: 73, rank: 1 }, // rank 1 → null now (unranked): only the total (73 → 73) counts
    ];
    expect(run(thirty({ 27: { rank: null } }), prev)).toEqual([]);
    expect(detectAnomalies(input({ indicators: [], units: thirty(), rules, previous: null }))).toEqual([]);
  });

  it('is off when 突变 is 否', () => {
    expect(run(thirty(), [{ name: '单位20', total: 96, rank: 2 }], rulesWith(['OUTLIER']))).toEqual([]);
  });
});
