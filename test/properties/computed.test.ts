/**
 * SPEC §8 properties (fast-check), end to end through `assess` on generated 综合评价 workbooks
 * (computed-model.ts):
 * - the rows of a 来源表 may come in any order: scores, totals, ranks, grades, details and vetoes are
 *   the same, and so are the issues up to their source cells (each names the same unit's same cell);
 * - a judge panel's columns may come in any order (labels moving with them): the same again;
 * - garbage in vote, judge, figure, parameter and level cells never throws, and every bad cell is an
 *   error at that very cell (its unit gets no total);
 * - 10,000 judge columns under one header complete, with the score worked out by hand.
 */
import fc from 'fast-check';
import { assess } from '../../src/engine';
import { a1 } from '../../src/engine/address';
import type { Assessment } from '../../src/engine/model/result';
import type { CellValue, WorkbookInput } from '../../src/engine/model/workbook';
import { badCells, buildSheets, compArb, judgeCount, PANEL, toInput, type CompSpec } from './computed-model';

const perm = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 });

function colRow(cell: string): { col: string; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return { col: m?.[1] ?? cell, row: Number(m?.[2] ?? 0) - 1 };
}

/**
 * The outcome with every source cell named by what it is rather than where: on a source sheet, the
 * row by the unit named there; on the panel, a judge's column by its label (`label` true).
 */
function outcome(a: Assessment, spec: CompSpec, judgeOrder?: readonly number[], label = false): unknown {
  const sheets = buildSheets(spec, judgeOrder);
  const rowsOf = (sheet: string) => sheets.find((s) => s.name === sheet)?.rows ?? [];
  const where = (sheet: string, cell: string, code: string): string => {
    if (sheet === '考核数据') return cell;
    const { col, row } = colRow(cell);
    const unit = String(rowsOf(sheet)[row]?.[0] ?? `row ${row}`);
    // The panel's judges by label; the row's first cell under the header (too few judges, a blank) stays.
    if (label && sheet === PANEL && code !== 'JUDGES_TOO_FEW' && code !== 'MISSING_VALUE') {
      const c = col.charCodeAt(0) - 65;
      return `${unit}/${String(rowsOf(sheet)[2]?.[c] ?? col)}`;
    }
    return `${unit}/${col}`;
  };
  return {
    units: a.units.map((u) => ({
      name: u.name, scores: u.scores, total: u.total, rank: u.rank, grade: u.grade, blocked: u.blocked,
      details: u.details.map((d) => d?.text ?? null),
      vetoes: u.vetoes.map((v) => [v.column, v.effect, v.reason]),
    })),
    issues: a.issues.map((i) => [i.code, i.severity, i.unit, i.sheet, where(i.sheet, i.cell ?? '', i.code)].join(' ')).sort(),
  };
}

describe('SPEC §8 properties, end to end', () => {
  test('shuffling the rows of the 来源表 changes nothing (issues up to their source cells)', () => {
    fc.assert(
      fc.property(compArb({ garbage: true }), perm, perm, perm, (spec, panel, votes, figures) => {
        const other: CompSpec = { ...spec, order: { panel, votes, figures } };
        expect(outcome(assess(toInput(other)), other)).toEqual(outcome(assess(toInput(spec)), spec));
      }),
      { numRuns: 150, seed: 20261205 },
    );
  });

  test('a judge panel\'s result does not depend on the order of its columns', () => {
    const spec = compArb({ garbage: true }).chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(Array.from({ length: judgeCount(s) }, (_, j) => j), { minLength: judgeCount(s), maxLength: judgeCount(s) })));
    fc.assert(
      fc.property(spec, ([s, order]) => {
        expect(outcome(assess(toInput(s, order)), s, order, true)).toEqual(outcome(assess(toInput(s)), s, undefined, true));
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });

  test('garbage never throws; every bad cell is an error at that cell, and its unit gets no total', () => {
    let bad = 0;
    fc.assert(
      fc.property(compArb({ garbage: true }), (spec) => {
        const a = assess(toInput(spec));
        for (const c of badCells(spec)) {
          bad++;
          const at = a.issues.filter((i) => i.sheet === c.sheet && i.cell === a1(c.row, c.col));
          expect(at.map((i) => i.severity)).toContain('error');
        }
        for (const u of a.units) {
          if (u.blocked) expect(u.total).toBeNull();
        }
        const blocked = new Set(a.issues.filter((i) => i.severity === 'error').map((i) => i.unit));
        for (const u of a.units) expect(u.total === null).toBe(blocked.has(u.name));
      }),
      { numRuns: 300, seed: 20261207 },
    );
    expect(bad).toBeGreaterThan(100);
  });
});

/**
 * 10,000 judges under one header (merged over them, or centred across them unmerged): each unit's
 * judges all give 80 but the first 100 and the last 60 (unit 丙: the first 90, the last 70) →
 * (SUM − MAX − MIN)/(COUNT − 2) = 80 → 述职评议 = 20 × 80 / 100 = 16; no outlier (|100 − 80| = 20 is not
 * more than 20% × 100). Totals 日常考核 + 16: 甲 80 + 16 = 96, 乙 70 + 16 = 86, 丙 75 + 16 = 91.
 */
describe('10,000 judge columns under one header', () => {
  const K = 10_000;
  const row = (name: string, daily: number, hi: number, lo: number): CellValue[] => [name, daily, ...Array.from({ length: K }, (_, j) => (j === 0 ? hi : j === K - 1 ? lo : 80))];
  const book = (merged: boolean): WorkbookInput => ({
    sheets: [
      { name: '考核数据', cells: [['单位名称', '日常考核'], ['甲', 80], ['乙', 70], ['丙', 75]] },
      {
        name: PANEL,
        cells: [['单位名称', '日常考核', '述职评议'], [null, null, ...Array.from({ length: K }, (_, j) => `评委${j + 1}`)], row('丙', 0, 90, 70), row('甲', 0, 100, 60), row('乙', 0, 100, 60)],
        merges: merged ? [{ top: 0, left: 2, bottom: 0, right: K + 1 }] : [],
      },
      { name: '考核方案', cells: [['【基本设置】'], ['评委满分', 100], ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'], ['日常考核', 80, '直接', null], ['述职评议', 20, '评委', PANEL]] },
    ],
  });

  test.each([true, false])('merged header: %s — completes, every unit 16', (merged) => {
    const start = Date.now();
    const a = assess(book(merged), { mode: 'score' });
    expect(Date.now() - start).toBeLessThan(15_000);
    expect(a.units.map((u) => [u.name, u.scores, u.total, u.rank])).toEqual([['甲', [80, 16], 96, 1], ['乙', [70, 16], 86, 3], ['丙', [75, 16], 91, 2]]);
    expect(a.issues).toEqual([]);
    expect(a.units[0]?.details[1]?.text).toBe('10000 位评委，去掉最高 100、最低 60，其余 9998 位平均 80');
  }, 30_000);
});
