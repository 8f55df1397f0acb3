/**
 * Parts of a run's write plan, for buttons that write less than a full run (SPEC §5): 快速校验
 * writes only the fills and notes, 生成考核结果表 only the `考核结果` sheet. The engine decides every
 * value, fill and note; these only leave parts out.
 */
import type { ProgramRecord, WritePlan } from '../model/plan';

/**
 * The marks-only part of `plan`: no output column and no `考核结果` (`resultSheet: null`); the same
 * `marks` and `clearMarks`. Its record keeps the output columns the program already owns, so that
 * the next full run still reuses them: the columns the plan reuses (`plan.columns` with `isNew`
 * false), and — when `previous` (the workbook's record before this run) is given — the columns the
 * plan would drop, under the key and header `previous` lists for them (a full run clears a dropped
 * column only while its header still reads what the program wrote). Its marks are the new marks.
 * Pure: `plan` is not changed.
 * Example: a first run's plan (3 new columns, a mark on E4) → `{ columns: [], resultSheet: null,
 * marks: [E4], record: { columns: [], marks: [E4] } }`.
 */
export function highlightPlan(plan: WritePlan, previous: ProgramRecord | null = null): WritePlan {
  const prior = previous && previous.dataSheet === plan.dataSheet ? previous.columns : [];
  const columns = plan.columns.filter((c) => !c.isNew).flatMap((c) => {
    // A dropped column is planned under an empty header (it is cleared): its own is in `previous`.
    if (c.header !== '') return [{ key: c.key, header: c.header, col: c.col }];
    const was = prior.find((p) => p.col === c.col);
    return was ? [{ key: was.key, header: was.header, col: was.col }] : [];
  });
  return {
    dataSheet: plan.dataSheet,
    columns: [],
    marks: plan.marks,
    clearMarks: plan.clearMarks,
    resultSheet: null,
    record: {
      dataSheet: plan.record.dataSheet,
      columns,
      marks: plan.marks.map((m) => ({ sheet: m.sheet, row: m.row, col: m.col })),
      // The results sheet stays the program's: this write leaves it as it is.
      ...(previous?.resultSheet !== undefined ? { resultSheet: previous.resultSheet } : {}),
    },
  };
}

/**
 * 生成考核结果表: only the `考核结果` sheet. The data sheet's columns, fills and notes are left out,
 * and the ownership record stays `previous` (the workbook's record before this run) but for the
 * results sheet it writes, which becomes the program's: it takes no new column and marks no new cell. Example: a plan with 5 columns and 3 marks → the same
 * plan with none of either.
 */
export function resultSheetOnly(plan: WritePlan, previous: ProgramRecord | null): WritePlan {
  const base = previous ?? { dataSheet: plan.dataSheet, columns: [], marks: [] };
  const record = plan.resultSheet ? { ...base, resultSheet: plan.resultSheet.name } : base;
  return { ...plan, columns: [], marks: [], clearMarks: [], record };
}
