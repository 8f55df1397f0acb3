import { RECORD_SHEET, recordToRows, type Assessment, type WorkbookInput, type WritePlan } from '../../../src/engine';
import { makeIssue } from '../../../src/engine/issues/make';
import { firstIssueWithCell, quickCheckMessage, runQuickCheck, type QuickCheckOutcome } from '../../../src/commands/quick-check';
import { messageUrl, readMessage } from '../../../src/commands/message-dialog';
import { translator } from '../../../src/taskpane/i18n';
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
    expect(out).toEqual({ units: SCORE.summary.units, errors: 1, warnings: 2, selected: ISSUES[0], written: { marks: 1, cleared: 0 }, noPlan: null, changed: false });
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
    expect(out).toEqual({ units: SCORE.summary.units, errors: 0, warnings: 0, selected: null, written: { marks: 0, cleared: 1 }, noPlan: null, changed: false });
  });

  test('a clean sheet with no old marks: nothing is written (the last full run stays the one to undo)', async () => {
    const clean: Assessment = { ...SCORE, issues: [], summary: { ...SCORE.summary, errors: 0, warnings: 0 }, plan: { ...SCORE.plan!, marks: [], clearMarks: [] } };
    const x = deps(clean);
    expect(await runQuickCheck(x.d)).toEqual({ units: SCORE.summary.units, errors: 0, warnings: 0, selected: null, written: null, noPlan: null, changed: false });
    expect(x.calls).toEqual(['read', 'assess score']);
  });

  test('no plan (the run could not place its columns): nothing written, the first problem still selected', async () => {
    const x = deps(CHECK);
    const out = await runQuickCheck(x.d);
    expect(x.calls).toEqual(['read', 'assess score', 'select 考核数据!E4']);
    expect(out.written).toBeNull();
    expect([out.noPlan, out.changed]).toEqual([ISSUES[0], false]); // the first error says why
  });

  test('the sheet changed while checking: nothing written, the cell still selected', async () => {
    const x = deps(SCORE, async () => ({ ok: false }));
    const out = await runQuickCheck(x.d);
    expect(x.calls).toEqual(['read', 'assess score', 'write fp', 'select 考核数据!E4']);
    expect([out.written, out.changed, out.noPlan]).toEqual([null, true, null]);
  });

  test('a failing write: the cell is selected first, then the failure is passed on', async () => {
    const x = deps(SCORE, async () => { throw new Error('GeneralException'); });
    await expect(runQuickCheck(x.d)).rejects.toThrow('GeneralException');
    expect(x.calls).toEqual(['read', 'assess score', 'write fp', 'select 考核数据!E4']);
  });
});

describe('快速校验: what the clerk is told (quickCheckMessage)', () => {
  const zh = translator('zh');
  const en = translator('en');
  const base: QuickCheckOutcome = { units: 10, errors: 1, warnings: 2, selected: ISSUES[0]!, written: { marks: 3, cleared: 0 }, noPlan: null, changed: false };
  const noScheme = makeIssue('SHEET_NOT_FOUND', { sheet: '考核方案' }, { name: '考核方案' });

  test('problems found and marked: nothing (the marks and the selected cell say it)', () => {
    expect(quickCheckMessage({ outcome: base }, zh, 'zh')).toBeNull();
  });

  test('no plan: the engine’s own message, which says how to fix it', () => {
    const o = { ...base, written: null, noPlan: noScheme };
    expect(quickCheckMessage({ outcome: o }, zh, 'zh')).toBe(`快速校验没有标出单元格：${noScheme.message}`);
    expect(quickCheckMessage({ outcome: o }, en, 'en')).toBe(`Quick check marked no cells: ${noScheme.messageEn}`);
  });

  test('changed while checking, a clean sheet', () => {
    expect(quickCheckMessage({ outcome: { ...base, written: null, changed: true } }, zh, 'zh'))
      .toBe('检查期间工作表被修改了，为免覆盖新内容，本次没有标出问题单元格。请再点一次“快速校验”。');
    expect(quickCheckMessage({ outcome: { ...base, errors: 0, warnings: 0, selected: null, written: null } }, zh, 'zh')).toBe('共 10 个单位，没有发现错误或警告。');
    expect(quickCheckMessage({ outcome: { ...base, errors: 0, warnings: 0, selected: null, written: null } }, en, 'en')).toBe('10 units; no errors or warnings.');
  });

  test('failures: the pane’s wording (cell-edit mode, protected sheet, anything else → its first line)', () => {
    const err = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(quickCheckMessage({ error: err('InvalidOperationInCellEditMode', 'x') }, zh, 'zh'))
      .toBe('快速校验没有完成。Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，然后重试。');
    expect(quickCheckMessage({ error: err('AccessDenied', 'x') }, zh, 'zh'))
      .toBe('快速校验没有完成。工作表或工作簿受保护，无法写入。请在“审阅”选项卡中撤销保护，然后重试。');
    expect(quickCheckMessage({ error: new Error('GeneralException: boom\n  at stack') }, zh, 'zh'))
      .toBe('快速校验没有完成。出现意外错误：GeneralException: boom。请重试；仍失败时，请保存并重新打开工作簿，再打开考评助手。');
    expect(quickCheckMessage({ error: err('InvalidOperationInCellEditMode', 'x') }, en, 'en'))
      .toBe('Quick check did not finish. Excel is editing a cell. Press Enter or Esc to finish editing, then try again.');
  });

  test('the dialog URL carries the message; the page reads it back', () => {
    const m = { title: '考评助手 · 快速校验', text: '共 10 个单位，没有发现错误或警告。', ok: '知道了', lang: 'zh' as const };
    const url = messageUrl('https://localhost:3000/commands.html', m);
    expect(url.startsWith('https://localhost:3000/quick-check-message.html?')).toBe(true);
    expect(readMessage(new URL(url).search + '&_host_info=Excel$Win32')).toEqual(m);
  });
});
