import { RECORD_SHEET, recordToRows, type Assessment, type WorkbookInput, type WritePlan } from '../../../src/engine';
import { makeIssue } from '../../../src/engine/issues/make';
import { firstIssueWithCell, runQuickCheck } from '../../../src/commands/quick-check';
import { CHECK, ISSUES, SCORE } from '../fixtures/assessment';

function deps(a: Assessment, write: (plan: WritePlan) => Promise<{ ok: boolean }> = async () => ({ ok: true }), workbook: WorkbookInput = { sheets: [] }) {
  const calls: string[] = [];
  const plans: WritePlan[] = [];
  return {
    calls,
    plans,
    d: {
      readWorkbook: async () => { calls.push('read'); return { workbook, fingerprint: 'fp' }; },
      assess: (_w: unknown, o: { mode?: string }) => { calls.push(`assess ${o.mode ?? ''}`); return a; },
      writePlan: async (plan: WritePlan, fingerprint: string) => { calls.push(`write ${fingerprint}`); plans.push(plan); return write(plan); },
      selectCell: async (sheet: string, address: string) => { calls.push(`select ${sheet}!${address}`); },
    },
  };
}

const E4 = { sheet: '考核数据', row: 3, col: 4 };

describe('快速校验', () => {
  test('scores, writes only the marks (no column, no 考核结果), then selects the first error cell', async () => {
    const x = deps(SCORE);
    const out = await runQuickCheck(x.d);
    expect(x.calls).toEqual(['read', 'assess score', 'write fp', 'select 考核数据!E4']);
    // SCORE's plan: 5 new columns, one mark on E4 (row 3, col 4) → the highlight plan keeps the mark only.
    expect(x.plans).toEqual([{
      dataSheet: '考核数据',
      columns: [],
      marks: SCORE.plan?.marks,
      clearMarks: [],
      resultSheet: null,
      record: { dataSheet: '考核数据', columns: [], marks: [E4] },
    }]);
    expect(out).toEqual({ errors: 1, warnings: 2, selected: ISSUES[0], written: { marks: 1, cleared: 0 } });
  });

  test("the record keeps the program's columns: reused ones, and a dropped one under the header the workbook's record gives it", async () => {
    // The workbook's record owns 总分 in I (col 8) and 星级 in N (col 13); the run reuses I and drops
    // N (planned under an empty header, to be cleared by a full run).
    const record = { dataSheet: '考核数据', columns: [{ key: 'total' as const, header: '总分', col: 8 }, { key: 'stars' as const, header: '星级', col: 13 }], marks: [] };
    const workbook: WorkbookInput = { sheets: [{ name: RECORD_SHEET, cells: recordToRows({ record, undo: null }), visibility: 'veryHidden' }] };
    const plan = SCORE.plan!;
    const a: Assessment = {
      ...SCORE,
      plan: {
        ...plan,
        columns: [
          ...plan.columns.map((c) => (c.col === 8 ? { ...c, isNew: false } : c)),
          { key: 'flags', header: '', col: 13, headerRow: 1, isNew: false, numberFormat: null, firstRow: 2, values: [] },
        ],
      },
    };
    const x = deps(a, async () => ({ ok: true }), workbook);
    await runQuickCheck(x.d);
    expect(x.plans[0]?.record).toEqual({ dataSheet: '考核数据', columns: record.columns, marks: [E4] });
  });

  test('only warnings → the first warning; an error without a cell is passed over', () => {
    const noCell = makeIssue('SHEET_NOT_FOUND', { sheet: '考核数据' }, { name: '考核数据' });
    expect(firstIssueWithCell([ISSUES[1]!, ISSUES[2]!])?.cell).toBe('C11');
    expect(firstIssueWithCell([noCell, ISSUES[2]!])?.cell).toBe('H10');
    expect(firstIssueWithCell([noCell])).toBeNull();
  });

  test('a clean sheet that the last run marked: the old mark is cleared, nothing is selected', async () => {
    const clean: Assessment = {
      ...SCORE,
      issues: [],
      summary: { ...SCORE.summary, errors: 0, warnings: 0 },
      plan: { ...SCORE.plan!, marks: [], clearMarks: [E4], record: { dataSheet: '考核数据', columns: [], marks: [] } },
    };
    const x = deps(clean);
    const out = await runQuickCheck(x.d);
    expect(x.calls).toEqual(['read', 'assess score', 'write fp']);
    expect(x.plans.map((p) => [p.columns, p.marks, p.clearMarks, p.resultSheet, p.record])).toEqual([[[], [], [E4], null, { dataSheet: '考核数据', columns: [], marks: [] }]]);
    expect(out).toEqual({ errors: 0, warnings: 0, selected: null, written: { marks: 0, cleared: 1 } });
  });

  test('a clean sheet with no old marks: nothing is written (the last full run stays the one to undo)', async () => {
    const clean: Assessment = { ...SCORE, issues: [], summary: { ...SCORE.summary, errors: 0, warnings: 0 }, plan: { ...SCORE.plan!, marks: [], clearMarks: [] } };
    const x = deps(clean);
    expect(await runQuickCheck(x.d)).toEqual({ errors: 0, warnings: 0, selected: null, written: null });
    expect(x.calls).toEqual(['read', 'assess score']);
  });

  test('no plan (the run could not place its columns): nothing written, the first problem still selected', async () => {
    const x = deps(CHECK);
    const out = await runQuickCheck(x.d);
    expect(x.calls).toEqual(['read', 'assess score', 'select 考核数据!E4']);
    expect(out.written).toBeNull();
  });

  test('the sheet changed while checking: nothing written, the cell still selected', async () => {
    const x = deps(SCORE, async () => ({ ok: false }));
    const out = await runQuickCheck(x.d);
    expect(x.calls).toEqual(['read', 'assess score', 'write fp', 'select 考核数据!E4']);
    expect(out.written).toBeNull();
  });

  test('a failing write: the cell is selected first, then the failure is passed on', async () => {
    const x = deps(SCORE, async () => { throw new Error('GeneralException'); });
    await expect(runQuickCheck(x.d)).rejects.toThrow('GeneralException');
    expect(x.calls).toEqual(['read', 'assess score', 'write fp', 'select 考核数据!E4']);
  });
});
