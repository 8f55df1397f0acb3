/**
 * Layout changes that SPEC §1.3 says do not matter, on generated workbooks: merging runs of equal
 * group cells, blank rows between units, and a column the scheme does not name inserted anywhere.
 */
import fc from 'fast-check';
import { assess, type Assessment, type CellValue, type MergeArea, type SheetInput } from '../../../src/engine';
import { caseArb, INDICATOR_NAMES, type CaseModel } from './model';
import { dataSheet, schemeRows } from './build';

const RUNS = { numRuns: 60, seed: 20261127 };

const results = (r: Assessment): unknown[] =>
  [...r.units].sort((a, b) => a.name.localeCompare(b.name)).map((u) => [u.name, u.group, u.total, u.rank, u.overallRank, u.grade, u.stars, u.blocked]);

function runWith(m: CaseModel, sheet: SheetInput): Assessment {
  return assess({ sheets: [{ name: '考核方案', cells: schemeRows(m) }, sheet] }, { mode: 'check' });
}

type Line = Array<CellValue | undefined>;
const copy = (s: SheetInput): Line[] => s.cells.map((r) => [...(r ?? [])]);

describe('layout changes that do not change any result', () => {
  it('merging each run of equal group cells (covered cells empty or stale) changes nothing', () => {
    const grouped = caseArb.map((m) => ({ ...m, settings: { ...m.settings, grouped: true }, units: [...m.units].sort((a, b) => a.group.localeCompare(b.group)) }));
    fc.assert(
      fc.property(grouped, fc.boolean(), (m, stale) => {
        const plain = dataSheet(m);
        const rows = copy(plain);
        const header = m.titleRows;
        const col = (rows[header] as Line).indexOf('分组');
        const first = header + 1 + (m.markRow ? 1 : 0);
        const merges: MergeArea[] = [];
        let start = first;
        for (let r = first + 1; r <= first + m.units.length; r++) {
          const same = r < first + m.units.length && (rows[r] as Line)[col] === (rows[start] as Line)[col];
          if (same) {
            (rows[r] as Line)[col] = stale ? '部门' : null;
            continue;
          }
          if (r - 1 > start) merges.push({ top: start, left: col, bottom: r - 1, right: col });
          start = r;
        }
        const merged: SheetInput = { ...plain, cells: rows, merges };
        expect(results(runWith(m, merged))).toEqual(results(runWith(m, plain)));
      }),
      RUNS,
    );
  });

  it('blank rows between units and an unnamed column inserted anywhere change no result', () => {
    const arb = caseArb.chain((m) => fc.tuple(fc.constant(m), fc.array(fc.nat(), { maxLength: 4 }), fc.nat()));
    fc.assert(
      fc.property(arb, ([m, blanks, at]) => {
        const plain = dataSheet(m);
        const rows = copy(plain);
        const header = m.titleRows;
        const width = (rows[header] as Line).length;
        const c = at % (width + 1);
        rows.forEach((r, i) => r.splice(c, 0, i === header ? '序号（新）' : i > header ? i : null));
        const first = header + 1 + (m.markRow ? 1 : 0);
        for (const b of blanks) rows.splice(first + 1 + (b % Math.max(1, m.units.length)), 0, []);
        const changed: SheetInput = { name: plain.name, cells: rows };
        expect(results(runWith(m, changed))).toEqual(results(runWith(m, { name: plain.name, cells: plain.cells })));
      }),
      RUNS,
    );
  });

  it('a two-level header (一级指标 above the indicators, other headers merged down) changes no result', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), (m, mergeCategories) => {
        const plain = dataSheet(m);
        const rows = copy(plain);
        const h = m.titleRows;
        const header = rows[h] as Line;
        const top: Line = [];
        const low: Line = [];
        const merges: MergeArea[] = [];
        header.forEach((label, c) => {
          const k = INDICATOR_NAMES.findIndex((n) => typeof label === 'string' && label.replace(/\s/g, '').startsWith(n));
          const ind = k >= 0 ? m.indicators[k] : undefined;
          if (ind) {
            top[c] = ind.category ?? '考核指标';
            low[c] = label;
          } else {
            top[c] = label;
            low[c] = null;
            merges.push({ top: h, left: c, bottom: h + 1, right: c });
          }
        });
        if (mergeCategories) {
          // Merge runs of the same 一级指标 label across columns, as real sheets do; covered cells empty.
          let start = 0;
          for (let c = 1; c <= top.length; c++) {
            const isInd = (x: number): boolean => low[x] !== null && low[x] !== undefined;
            if (c < top.length && isInd(c) && isInd(start) && top[c] === top[start]) {
              top[c] = null;
              continue;
            }
            if (c - 1 > start && isInd(start)) merges.push({ top: h, left: start, bottom: h, right: c - 1 });
            start = c;
          }
        }
        rows.splice(h, 1, top, low);
        const twoLevel: SheetInput = { name: plain.name, cells: rows, merges };
        expect(results(runWith(m, twoLevel))).toEqual(results(runWith(m, { name: plain.name, cells: plain.cells })));
      }),
      RUNS,
    );
  });
});
