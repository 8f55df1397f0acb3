import type { Assessment } from '../../../src/engine';
import { makeIssue } from '../../../src/engine/issues/make';
import { firstIssueWithCell, runQuickCheck } from '../../../src/commands/quick-check';
import { CHECK, ISSUES } from '../fixtures/assessment';

function deps(a: Assessment) {
  const selected: string[] = [];
  const modes: string[] = [];
  return {
    selected,
    modes,
    d: {
      readWorkbook: async () => ({ workbook: { sheets: [] }, fingerprint: 'fp' }),
      assess: (_w: unknown, o: { mode?: string }) => { modes.push(o.mode ?? ''); return a; },
      selectCell: async (sheet: string, address: string) => { selected.push(`${sheet}!${address}`); },
    },
  };
}

describe('快速校验', () => {
  test('checks (check mode, nothing written) and selects the first error cell', async () => {
    const x = deps(CHECK);
    const out = await runQuickCheck(x.d);
    expect(x.modes).toEqual(['check']);
    expect(x.selected).toEqual(['考核数据!E4']);
    expect([out.errors, out.warnings, out.selected?.code]).toEqual([1, 2, 'MISSING_VALUE']);
  });

  test('only warnings → the first warning; an error without a cell is passed over', () => {
    const noCell = makeIssue('SHEET_NOT_FOUND', { sheet: '考核数据' }, { name: '考核数据' });
    expect(firstIssueWithCell([ISSUES[1]!, ISSUES[2]!])?.cell).toBe('C11');
    expect(firstIssueWithCell([noCell, ISSUES[2]!])?.cell).toBe('H10');
    expect(firstIssueWithCell([noCell])).toBeNull();
  });

  test('a clean sheet selects nothing', async () => {
    const x = deps({ ...CHECK, issues: [], summary: { ...CHECK.summary, errors: 0, warnings: 0 } });
    const out = await runQuickCheck(x.d);
    expect(x.selected).toEqual([]);
    expect(out.selected).toBeNull();
  });
});
