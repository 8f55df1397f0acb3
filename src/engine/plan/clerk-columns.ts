/**
 * The clerk's own 总分 / 排名 / 总排名 / 等次 columns (SPEC §5): never overwritten, but compared with
 * the program's values; each difference is a warning (TOTAL_MISMATCH, RANK_MISMATCH, GRADE_MISMATCH)
 * on the clerk's cell. Blank clerk cells are not compared (nothing was claimed).
 * Totals are compared after Excel ROUND to the scheme's 小数位, so 92.5 equals 92.50.
 */
import type { Issue } from '../model/issue';
import type { UnitTable } from '../model/unit-table';
import { makeIssue } from '../issues/make';
import { readNumber } from '../cells/number';
import { excelRound } from '../math/round';
import { fold } from '../text/fold';
import type { PlacedColumn } from './columns';
import { SheetView, cellText, isBlank } from '../table/sheet-view';

/** Reads the scored and ranked unit `table` (before the flags step). */
export function compareClerkColumns(view: SheetView, columns: readonly PlacedColumn[], table: UnitTable, decimals: number): Issue[] {
  const issues: Issue[] = [];
  for (const c of columns) {
    if (c.clerkCol === null) continue;
    const key = c.spec.key;
    if (key !== 'total' && key !== 'rank' && key !== 'overallRank' && key !== 'grade' && key !== 'score') continue;
    const col = c.clerkCol;
    for (let i = 0; i < table.count; i++) {
      if (!table.isScored(i)) continue;
      const row = table.rowOf(i);
      const v = view.value(row, col);
      if (isBlank(v)) continue;
      const at = { sheet: view.name, row, col, unit: table.nameOf(i), unitRow: row };
      if (key === 'grade') {
        const grade = table.gradeOf(i);
        if (grade !== null && fold(cellText(v)) !== fold(grade)) issues.push(makeIssue('GRADE_MISMATCH', at, { value: cellText(v), expected: grade }));
        continue;
      }
      const points = key === 'total' || key === 'score';
      const expected = key === 'total' ? table.totalOf(i) : key === 'score' ? table.scoreOf(i, c.spec.indicator ?? -1) : key === 'rank' ? table.rankOf(i) : table.overallRankOf(i);
      const read = readNumber(v);
      const value = read.kind === 'number' ? read.value : null;
      const same = value !== null && expected !== null && (points ? excelRound(value, decimals) === expected : value === expected);
      if (!same) {
        // A clerk's `<指标名称>得分` column is compared as SPEC §8.6 says: like a clerk's 总分.
        const what = key === 'score' ? { what: c.spec.header } : {};
        issues.push(makeIssue(points ? 'TOTAL_MISMATCH' : 'RANK_MISMATCH', at, { value: cellText(v), expected: expected ?? '（无）', ...what }));
      }
    }
  }
  return issues;
}
