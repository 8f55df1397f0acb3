/**
 * SPEC §5 on generated workbooks: a second run over the written sheet, with the program's record,
 * reuses every column, reproduces every result and claims no mismatch; without the record, the same
 * columns are the clerk's own, hold the program's values, and so differ nowhere.
 */
import fc from 'fast-check';
import { assess, type Assessment, type WritePlan } from '../../../src/engine';
import { caseArb } from './model';
import { dataSheet, schemeRows } from './build';
import { applyColumns, recordSheet } from './apply';

const RUNS = { numRuns: 60, seed: 20261127 };
const MISMATCH = new Set(['TOTAL_MISMATCH', 'RANK_MISMATCH', 'GRADE_MISMATCH']);

const results = (r: Assessment): unknown[] => r.units.map((u) => [u.name, u.total, u.rank, u.overallRank, u.grade, u.stars]);

describe('reruns over the written sheet', () => {
  it('with the record: same results, same columns reused, no mismatch, no stale marks', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const scheme = { name: '考核方案', cells: schemeRows(m) };
        const sheet = dataSheet(m);
        const first = assess({ sheets: [scheme, sheet] });
        const plan = first.plan as WritePlan;
        const written = { ...sheet, cells: applyColumns(sheet.cells, plan) };
        const second = assess({ sheets: [scheme, written, recordSheet(plan)] });
        expect(results(second)).toEqual(results(first));
        expect(second.issues.filter((i) => MISMATCH.has(i.code))).toEqual([]);
        expect(second.issues.map((i) => [i.code, i.cell])).toEqual(first.issues.map((i) => [i.code, i.cell]));
        const cols = (second.plan as WritePlan).columns;
        expect(cols.map((c) => [c.header, c.col, c.isNew])).toEqual(plan.columns.map((c) => [c.header, c.col, false]));
        expect((second.plan as WritePlan).clearMarks).toEqual([]);
      }),
      RUNS,
    );
  });

  it('without the record: the columns are the clerk\'s, hold the program\'s values, and no cell differs', () => {
    fc.assert(
      fc.property(caseArb, (m) => {
        const scheme = { name: '考核方案', cells: schemeRows(m) };
        const sheet = dataSheet(m);
        const first = assess({ sheets: [scheme, sheet] });
        const plan = first.plan as WritePlan;
        const second = assess({ sheets: [scheme, { ...sheet, cells: applyColumns(sheet.cells, plan) }] });
        expect(results(second)).toEqual(results(first));
        expect(second.issues.filter((i) => MISMATCH.has(i.code))).toEqual([]);
        const cols = (second.plan as WritePlan).columns;
        expect(cols.map((c) => c.header)).toEqual(plan.columns.map((c) => `${c.header}（核）`));
        expect(Math.min(...cols.map((c) => c.col))).toBeGreaterThan(Math.max(...plan.columns.map((c) => c.col)));
      }),
      RUNS,
    );
  });
});
