/**
 * 快速校验's write: only the fills and notes of a run (SPEC §5), from its full write plan.
 */
import type { WritePlan } from '../model/plan';

/**
 * The marks-only part of `plan`: no output column and no `考核结果` (`resultSheet: null`); the same
 * `marks` and `clearMarks`. Its record keeps the output columns the program already owned and the
 * plan reuses (`plan.columns` with `isNew` false — dropped columns included, under their empty
 * header, so that the next full run still clears them), so the next full run reuses them; its
 * marks are the new marks, so the next run clears them when they are gone.
 * Pure: `plan` is not changed.
 * Example: a first run's plan (3 new columns, a mark on E4) → `{ columns: [], resultSheet: null,
 * marks: [E4], record: { columns: [], marks: [E4] } }`.
 */
export function highlightPlan(plan: WritePlan): WritePlan {
  return {
    dataSheet: plan.dataSheet,
    columns: [],
    marks: plan.marks,
    clearMarks: plan.clearMarks,
    resultSheet: null,
    record: {
      dataSheet: plan.record.dataSheet,
      columns: plan.columns.filter((c) => !c.isNew).map((c) => ({ key: c.key, header: c.header, col: c.col })),
      marks: plan.marks.map((m) => ({ sheet: m.sheet, row: m.row, col: m.col })),
    },
  };
}
