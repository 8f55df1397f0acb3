import { assess } from '../../../src/engine';
import { merge, sheet, workbook, type Row } from './helpers';

/*
 * A golden 台账 sheet with the layout rules of SPEC §1.3:
 *   row 1  title, merged A1:I1; row 2 填报单位 line
 *   rows 3–4 two-level header: 序号 / 单位\n名称 / 分组 merged down; 组织建设 merged over D3:E3 with
 *          党建\n工作（10分） and 学习教育(10分) below; 业务工作（50分） merged down; 加分; 备注
 *   row 5  分值 row (a mark row, not a unit)
 *   rows 6–8 乡镇 (group cell merged C6:C8), row 9 blank, rows 10–11 部门 (merged C10:C11, row 10 hidden)
 *   row 12 合计, row 13 备注 line.
 * Totals by hand (no 权重: points = score; 满分 70):
 *   城关镇 9 + 8 + 45 + 加分 1 = 63; 东关街道 10 + 9.5 + 50 = 69.5; 南山乡 7 + 6 + 40 = 53;
 *   财政局 8 + 9 + 44 = 61; 教育局 10 + 9 + 48 + 2 = 69.
 * Ranks in group: 乡镇 东关 1, 城关 2, 南山 3; 部门 教育局 1, 财政局 2.
 * 总排名: 东关 69.5 → 1, 教育局 69 → 2, 城关 63 → 3, 财政局 61 → 4, 南山 53 → 5.
 */
const scheme: Row[] = [
  ['2026年度考核方案'],
  ['【基本设置】'],
  ['满分', 70],
  ['分组列', '分组'],
  ['【指标】'],
  ['指标名称', '分值'],
  ['党建工作', 10],
  ['学习教育', 10],
  ['业务工作', 50],
  ['【加扣分】'],
  ['列名', '类型'],
  ['加分', '加分'],
];

function ledger(markRow: Row = [null, '分值', null, 10, 10, 50]): ReturnType<typeof sheet> {
  const rows: Row[] = [
    ['XX县2026年度基层党组织考核评价台账'],
    ['填报单位：县委组织部', null, null, null, null, '填报日期：2026年12月'],
    ['序号', '单位\n名称', '分组', '组织建设', null, '业务工作（50分）', '加分', '备注'],
    [null, null, null, '党建\n工作（10分）', '学习教育(10分)'],
    markRow,
    [1, '城关镇', '乡镇', 9, 8, 45, 1],
    [2, '东关街道', null, 10, 9.5, 50],
    [3, '南山乡', null, 7, 6, 40, null, '新任书记'],
    [],
    [4, '财政局', '部门', 8, 9, 44],
    [5, '教育局', null, 10, 9, 48, 2],
    [null, '合计', null, 44, 42, 227, 3],
    [null, '备注：本表由各单位自评后报送'],
  ];
  return sheet('台账', rows, {
    merges: [merge(0, 0, 0, 8), merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(2, 3, 2, 4), merge(2, 5, 3, 5), merge(2, 6, 3, 6), merge(2, 7, 3, 7), merge(5, 2, 7, 2), merge(9, 2, 10, 2)],
    hiddenRows: [9],
  });
}

describe('finding the table in a real 台账 layout (SPEC §1.3)', () => {
  const r = assess(workbook(sheet('考核方案', scheme), ledger()));

  it('reads exactly the five units, with merged group cells', () => {
    expect(r.issues).toEqual([]);
    expect(r.dataSheet).toBe('台账');
    // Rows are 0-based inside the engine: sheet rows 6, 7, 8, 10 and 11.
    expect(r.units.map((u) => [u.row, u.name, u.group, u.total])).toEqual([
      [5, '城关镇', '乡镇', 63],
      [6, '东关街道', '乡镇', 69.5],
      [7, '南山乡', '乡镇', 53],
      [9, '财政局', '部门', 61],
      [10, '教育局', '部门', 69],
    ]);
  });

  it('ranks within groups and overall', () => {
    expect(r.units.map((u) => [u.name, u.rank, u.overallRank])).toEqual([
      ['城关镇', 2, 3], ['东关街道', 1, 1], ['南山乡', 3, 5], ['财政局', 2, 4], ['教育局', 1, 2],
    ]);
  });

  it('plans the output columns to the right of the table, on the header row', () => {
    const plan = r.plan;
    expect(plan).not.toBeNull();
    // The table's last used column is H (备注, index 7), so output starts at I.
    expect(plan?.columns.map((c) => [c.header, c.col, c.headerRow, c.isNew])).toEqual([
      ['总分', 8, 2, true], ['排名', 9, 2, true], ['总排名', 10, 2, true], ['异常标记', 11, 2, true],
    ]);
    const total = plan?.columns[0];
    // Values run from row 5 (index 4, below the two-row header block) to the last unit row 11
    // (index 10); non-unit rows are null. The header is merged over rows 3–4 and takes H's (备注)
    // look, the values the look of G (加分, the last scheme column) on their row.
    expect(total?.firstRow).toBe(4);
    expect(total?.values).toEqual([null, 63, 69.5, 53, null, 61, 69]);
    expect(total?.headerMerge).toEqual({ top: 2, bottom: 3 });
    expect(total?.styleFrom).toEqual({ header: { row: 2, col: 7 }, data: { col: 6 } });
    expect(total?.numberFormat).toBe('0.00');
    expect(plan?.marks).toEqual([]);
  });

  it('lists units in rank order per group on 考核结果', () => {
    const rs = r.plan?.resultSheet;
    expect(rs?.header).toEqual(['序号', '分组', '单位名称', '总分', '组内排名', '总排名', '一票否决', '异常标记']);
    expect(rs?.rows.map((row) => row[2])).toEqual(['东关街道', '城关镇', '南山乡', '教育局', '财政局']);
    expect(rs?.groupStarts).toEqual([0, 3]);
  });

  it('takes a 合计 row labelled in the 序号 column, merged over the unit cell, as no unit', () => {
    const sheetWithTotal = ledger();
    const rows = sheetWithTotal.cells.map((r) => (r ? [...r] : r));
    rows[11] = ['合计', null, null, 44, 42, 227, 3];
    const merged = { ...sheetWithTotal, cells: rows, merges: [...(sheetWithTotal.merges ?? []), merge(11, 0, 11, 1)] };
    const r2 = assess(workbook(sheet('考核方案', scheme), merged));
    expect(r2.issues).toEqual([]);
    expect(r2.units.map((u) => u.name)).toEqual(['城关镇', '东关街道', '南山乡', '财政局', '教育局']);
    // Not merged: 合计 only in column A beside an empty unit cell is still no unit (docs/decisions.md).
    const plain = { ...sheetWithTotal, cells: rows };
    expect(assess(workbook(sheet('考核方案', scheme), plain)).issues).toEqual([]);
  });

  it('warns when the 分值 row disagrees with the scheme (MARK_ROW_MISMATCH)', () => {
    const bad = assess(workbook(sheet('考核方案', scheme), ledger([null, '分值', null, 10, 10, 60])));
    expect(bad.issues.map((i) => [i.code, i.sheet, i.cell, i.severity])).toEqual([['MARK_ROW_MISMATCH', '台账', 'F5', 'warning']]);
    expect(bad.summary.scored).toBe(5);
  });
});
