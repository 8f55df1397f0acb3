/**
 * SPEC §5 on a later run: the program reuses the columns it created (its record sheet `_考评记录`
 * says which), clears the marks of cells no longer flagged, and writes nothing inside the table.
 */
import type { CellValue, WritePlan } from '../../../src/engine';
import { applyColumns, recordSheet } from '../properties/apply';
import { data, run, scheme, type Row } from './helpers';

/*
 * 甲, 乙 (分值 50). First run: 城关镇 40 + '４５' = 85 (TEXT_NUMBER C2); 东关街道 乙 empty (MISSING_VALUE C3);
 * 南山乡 30 + 30 = 60. Columns D 总分, E 排名, F 异常标记 are created.
 */
const FIRST: Row[] = [
  ['单位名称', '甲', '乙'],
  ['城关镇', 40, '４５'],
  ['东关街道', 45, null],
  ['南山乡', 30, 30],
];

describe('a rerun with the program\'s record sheet', () => {
  const first = run(scheme([]), data(FIRST));
  const plan1 = first.plan as WritePlan;

  it('first run: creates 总分, 排名, 异常标记 at D, E, F and marks C2 and C3', () => {
    expect(plan1.columns.map((c) => [c.header, c.col, c.isNew])).toEqual([['总分', 3, true], ['排名', 4, true], ['异常标记', 5, true]]);
    expect(plan1.marks.map((m) => [m.row, m.col, m.fill])).toEqual([[1, 2, '#FFEB9C'], [2, 2, '#FFC7CE']]);
    expect(plan1.record).toEqual({
      dataSheet: '考核数据',
      columns: [{ key: 'total', header: '总分', col: 3 }, { key: 'rank', header: '排名', col: 4 }, { key: 'flags', header: '异常标记', col: 5 }],
      marks: [{ sheet: '考核数据', row: 1, col: 2 }, { sheet: '考核数据', row: 2, col: 2 }],
      resultSheet: '考核结果',
    });
  });

  it('reuses its own columns (same col, isNew false), compares nothing with them, and clears the stale mark', () => {
    // The clerk fills C3 (45 + 44 = 89); C2 is still text.
    const written = applyColumns(FIRST, plan1);
    (written[2] as Array<CellValue | undefined>)[2] = 44;
    const second = run(scheme([]), [data(written), recordSheet(plan1)]);
    expect(second.issues.map((i) => [i.code, i.cell])).toEqual([['TEXT_NUMBER', 'C2']]);
    const plan2 = second.plan as WritePlan;
    expect(plan2.columns.map((c) => [c.header, c.col, c.isNew])).toEqual([['总分', 3, false], ['排名', 4, false], ['异常标记', 5, false]]);
    // 城关镇 85, 东关街道 89, 南山乡 60 → ranks 2, 1, 3.
    expect(plan2.columns[0]?.values).toEqual([85, 89, 60]);
    expect(plan2.columns[1]?.values).toEqual([2, 1, 3]);
    expect(plan2.columns[2]?.values).toEqual(['文本数字(C2)', null, null]);
    expect(plan2.marks.map((m) => [m.row, m.col])).toEqual([[1, 2]]);
    expect(plan2.clearMarks).toEqual([{ sheet: '考核数据', row: 2, col: 2 }]);
    expect(plan2.record.columns).toEqual(plan1.record.columns);
  });

  it('a third identical run changes nothing: same columns, no stale marks', () => {
    const written = applyColumns(FIRST, plan1);
    (written[2] as Array<CellValue | undefined>)[2] = 44;
    const plan2 = run(scheme([]), [data(written), recordSheet(plan1)]).plan as WritePlan;
    const plan3 = run(scheme([]), [data(applyColumns(written, plan2)), recordSheet(plan2)]).plan as WritePlan;
    expect(plan3.columns.map((c) => [c.header, c.col, c.isNew])).toEqual(plan2.columns.map((c) => [c.header, c.col, c.isNew]));
    expect(plan3.clearMarks).toEqual([]);
  });

  it('without the record, the same headers are the clerk\'s own: compared, and the program adds （核） columns', () => {
    const written = applyColumns(FIRST, plan1);
    const again = run(scheme([]), data(written));
    expect(again.plan?.columns.map((c) => [c.header, c.col, c.isNew])).toEqual([['总分（核）', 6, true], ['排名（核）', 7, true], ['异常标记（核）', 8, true]]);
  });

  // Was a bug (fixed in assess.ts dropped()): the clerk inserts a column in Excel
  // (here a new indicator 丙 at D, added to the scheme too), which moves the program's columns one to the
  // right while `_考评记录` still says 总分 is column D. The stale record columns D–F are planned as dropped
  // columns (header '', every value null), so the host erases 丙's scores inside the table. SPEC §5: "A run
  // never changes a cell outside those columns"; the brief: the plan never writes a column inside the table.
  // Fix: in assess.ts dropped(), drop (clear) only recorded columns whose header still reads the recorded
  // header (as ownedColumns checks) and that are not columns of the table (scheme columns, rightEdge).
  it('after the clerk inserts a column, the stale record does not make the plan write inside the table', () => {
    // Scheme now 甲 50, 乙 30, 丙 20 (满分 100); totals 40+25+15 = 80, 45+28+18 = 91, 30+20+10 = 60.
    const sections: Row[] = [['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 30], ['丙', 20]];
    const moved: Row[] = [
      ['单位名称', '甲', '乙', '丙', '总分', '排名', '异常标记'],
      ['城关镇', 40, 25, 15, 85, 2, '文本数字(C2)'], // 80
      ['东关街道', 45, 28, 18, null, null, '缺失值(C3)'], // 91
      ['南山乡', 30, 20, 10, 60, 3, null], // 60
    ];
    const second = run(scheme([], sections), [data(moved), recordSheet(plan1)]);
    expect(second.units.map((u) => u.total)).toEqual([80, 91, 60]);
    // Every planned column must be right of 丙 (col 3), the table's last scheme column.
    expect((second.plan?.columns ?? []).filter((c) => c.col <= 3).map((c) => [c.col, c.header, c.values])).toEqual([]);
  });

  // Was a bug (SPEC §5: "A run never changes a cell outside those columns [the output columns], the two fills
  // and notes on flagged cells, and the program's own sheets"): when the clerk has retitled a column the
  // program once created (总分 → 自评分) and typed their own numbers in it, the record still lists it, so
  // assess.ts `dropped()` plans it as a dropped column: header '' and null values for every row, which a
  // host applies by erasing the clerk's column. A dropped column should only be cleared while its header
  // still reads what the program wrote (the check `ownedColumns` already makes).
  it('does not clear a recorded column that the clerk has retitled and refilled', () => {
    const written = applyColumns(FIRST, plan1);
    (written[2] as Array<CellValue | undefined>)[2] = 44;
    written[0] = ['单位名称', '甲', '乙', '自评分', '排名', '异常标记'];
    written[1] = ['城关镇', 40, '４５', 88, 2, null];
    const second = run(scheme([]), [data(written), recordSheet(plan1)]);
    const cols = second.plan?.columns.map((c) => c.col) ?? [];
    expect(cols).not.toContain(3);
  });
});
