import fc from 'fast-check';
import { detectAnomalies, type AnomalyInput } from '../../../src/engine/anomaly/detect';
import { ANOMALY_CODES } from '../../../src/engine/model/issue';
import { columnsOf, indicators, input, rulesWith, unit } from './fixtures';

describe('detectAnomalies: order and switches', () => {
  // Six indicators (C..H): five of 分值 10 and 指标6 of 分值 5. Units 甲..庚 (rows 4..10) score a
  // rotation of v = 5,6,7,8,9,10,6 on 指标1..5 (unit i, indicator j: v[(i + j) mod 7]); 辛 (row 11)
  // scores 10 on each; every unit scores 5 on 指标6.
  // Each of 指标1..5 then holds 5,6,7,8,9,10,6 and 10 → sorted 5,6,6,7,8,9,10,10, median 7.5,
  // |x − 7.5| sorted 0.5,0.5,1.5,1.5,1.5,2.5,2.5,2.5 → MAD 1.5, largest |z| = 0.6745·2.5/1.5 = 1.12: no OUTLIER.
  // 指标6: all 5 → NO_SPREAD on H3 (and no OUTLIER: MAD and MeanAD 0).
  // Totals (given, as after 加分): 35,40,40,38,36,34,32 and 60 for 辛 → sorted 32,34,35,36,38,40,40,60,
  // median 37, |x − 37| sorted 1,1,2,3,3,3,5,23 → MAD 3, z(60) = 0.6745·23/3 = 5.17: OUTLIER on B11.
  // 辛 is at full marks everywhere (ALL_FULL_MARKS), and last period had 40 (+20: PERIOD_JUMP).
  // No two rows are equal except at full marks, so no IDENTICAL_ROWS.
  const v = [5, 6, 7, 8, 9, 10, 6];
  const totals = [35, 40, 40, 38, 36, 34, 32];
  const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
  const units = [
    ...names.map((n, i) => unit(4 + i, n, [0, 1, 2, 3, 4].map((j) => v[(i + j) % 7]!).concat(5), { total: totals[i]! })),
    unit(11, '辛', [10, 10, 10, 10, 10, 5], { total: 60 }),
  ];
  const inds = indicators([10, 10, 10, 10, 10, 5]);
  const previous = { units: [{ name: '辛', total: 40, rank: null }] };

  it('orders by row, then column, then code (OUTLIER, IDENTICAL_ROWS, ALL_FULL_MARKS, NO_SPREAD, PERIOD_JUMP)', () => {
    const issues = detectAnomalies(input({ indicators: inds, units, previous }));
    expect(issues.map((i) => [i.code, i.cell, i.where])).toEqual([
      ['NO_SPREAD', 'H3', undefined],
      ['OUTLIER', 'B11', '总分'],
      ['ALL_FULL_MARKS', 'B11', undefined],
      ['PERIOD_JUMP', 'B11', '总分'],
    ]);
    expect(issues[1]!.message).toBe('B11：“辛”的总分 60 分，明显高于其他单位（中位数 37 分）。请核实。');
    expect(issues[1]!.messageEn).toContain('(median 37, MAD 3, modified z 5.17, threshold ±3.5)');
    expect(issues[3]!.message).toContain('总分由 40 变为 60（+20 分，超过 15 分）');
  });

  it('computes nothing when every flag is off', () => {
    const off = { ...rulesWith(), enabled: { OUTLIER: false, IDENTICAL_ROWS: false, ALL_FULL_MARKS: false, NO_SPREAD: false, PERIOD_JUMP: false } };
    expect(detectAnomalies(input({ indicators: inds, units, previous, rules: off }))).toEqual([]);
  });

  it('is deterministic and does not modify its input', () => {
    const frozen = JSON.stringify(units);
    const a = detectAnomalies(input({ indicators: inds, units, previous }));
    const b = detectAnomalies(input({ indicators: inds, units: [...units].reverse(), previous }));
    expect(b).toEqual(a);
    expect(JSON.stringify(units)).toBe(frozen);
  });

  it('returns nothing for no units', () => {
    expect(detectAnomalies(input({ indicators: inds, units: [], previous }))).toEqual([]);
  });
});

describe('detectAnomalies on arbitrary input (property)', () => {
  const num = fc.oneof(fc.double(), fc.integer({ min: 0, max: 10 }), fc.constantFrom(0, 0.5, 10, -0, NaN, Infinity));
  const arbInput: fc.Arbitrary<AnomalyInput> = fc
    .record({
      maxes: fc.array(fc.oneof(fc.constantFrom(5, 10), fc.double()), { maxLength: 6 }),
      units: fc.array(
        fc.record({
          row: fc.nat(1000),
          name: fc.string({ maxLength: 4 }),
          group: fc.option(fc.constantFrom('', '乡镇', '街道'), { nil: null }),
          scores: fc.array(num, { maxLength: 8 }),
          total: num,
          rank: fc.option(fc.integer({ min: -5, max: 60 }), { nil: null }),
        }),
        { maxLength: 40 },
      ),
      grouped: fc.boolean(),
      outlierZ: fc.oneof(fc.constant(3.5), fc.double()),
      outlierMinUnits: fc.integer({ min: -2, max: 10 }),
      identicalMinIndicators: fc.integer({ min: -2, max: 7 }),
      jumpPoints: fc.oneof(fc.constant(15), fc.double()),
      jumpRankFraction: fc.oneof(fc.constant(1 / 3), fc.double()),
      previous: fc.option(
        fc.array(fc.record({ name: fc.string({ maxLength: 4 }), total: fc.option(num, { nil: null }), rank: fc.option(num, { nil: null }) }), { maxLength: 20 }),
        { nil: null },
      ),
    })
    .map((r) => ({
      sheet: '考核数据',
      nameCol: 1,
      indicators: r.maxes.map((max, j) => ({ name: `指标${j + 1}`, max, col: 2 + j, headerRow: 1 })),
      units: columnsOf(r.units),
      grouped: r.grouped,
      rules: rulesWith([], {
        outlierZ: r.outlierZ,
        outlierMinUnits: r.outlierMinUnits,
        identicalMinIndicators: r.identicalMinIndicators,
        jumpPoints: r.jumpPoints,
        jumpRankFraction: r.jumpRankFraction,
      }),
      previous: r.previous === null ? null : { units: r.previous },
    }));

  it('never throws; every issue is an anomaly warning on a cell, in row/column order', () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const issues = detectAnomalies(inp);
        for (const i of issues) {
          expect((ANOMALY_CODES as readonly string[]).includes(i.code)).toBe(true);
          expect(i.severity).toBe('warning');
          expect(i.sheet).toBe('考核数据');
          expect(i.cell).toMatch(/^[A-Z]+[0-9]+$/);
          expect(typeof i.row).toBe('number');
          expect(typeof i.col).toBe('number');
          expect(i.message.length).toBeGreaterThan(0);
          expect(i.messageEn.length).toBeGreaterThan(0);
        }
        for (let k = 1; k < issues.length; k++) {
          const a = issues[k - 1]!;
          const b = issues[k]!;
          expect(a.row! < b.row! || (a.row === b.row && a.col! <= b.col!)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
