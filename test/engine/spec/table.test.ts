/**
 * SPEC §1.1 (数据表, 单位列) and §1.3 (finding the table), sentence by sentence, for the rules the
 * assess/ tests do not already pin down.
 */
import { assess } from '../../../src/engine';
import { codes, data, pick, run, scheme, unit, type Row } from './helpers';

/* 党建工作 分值 10 权重 20, 业务工作 分值 100 权重 80: points = score/分值×权重. */
const WEIGHTED: Row[] = [['【指标】'], ['指标名称', '分值', '权重'], ['党建工作', 10, 20], ['业务工作', 100, 80]];
/* 甲, 乙 (分值 50 each) and one veto column 廉政. */
const TWO_WITH_VETO: Row[] = [['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50], ['【一票否决】'], ['列名', '效果'], ['廉政', '定为末等']];

describe('§1.3 header matching: spaces, line breaks, width and one bracketed mark', () => {
  it('matches (权重20%) marks, full-width spaces and brackets, and line breaks', () => {
    const r = run(scheme([], WEIGHTED), data([
      ['单位名称', '党建\u3000工作（权重20%）', ' 业务\n工作 (权重８０％)'],
      ['城关镇', 9, 85], // 9/10×20 + 85/100×80 = 18 + 68 = 86
    ]));
    expect(r.issues).toEqual([]);
    expect(pick(r, 'total')).toEqual({ 城关镇: 86 });
  });

  it('a label that is the name plus other text is not the name: COLUMN_NOT_FOUND at the scheme cell', () => {
    // 党建工作 is on 考核方案 row 3 (A3) when there is no 【基本设置】.
    const r = run(scheme([], WEIGHTED), data([['单位名称', '党建工作得分', '业务工作'], ['城关镇', 9, 85]]));
    expect(codes(r)).toEqual([['COLUMN_NOT_FOUND', 'A3', 'error']]);
    expect(r.issues[0]?.sheet).toBe('考核方案');
    expect(unit(r, '城关镇').total).toBeNull();
  });

  it('a name whose label appears in two columns of a two-level header is DUPLICATE_COLUMN', () => {
    // Row 1: 党建工作 over B1; row 2: 党建工作（10分） under C2 → two columns for one name.
    const r = run(scheme([], WEIGHTED), data([
      ['单位名称', '党建工作', null, '业务工作'],
      [null, null, '党建工作（10分）', null],
      ['城关镇', 9, 9, 85],
    ]));
    expect(codes(r)).toEqual([['DUPLICATE_COLUMN', 'A3', 'error']]);
    expect(r.issues[0]?.message).toContain('考核数据!B1、考核数据!C2');
    expect(r.summary.scored).toBe(0);
  });
});

describe('§1.1 单位列 and §1.3 the header row', () => {
  it('a custom 单位列 header is matched like any other (spaces folded)', () => {
    const r = run(scheme([['单位列', '被考核单位']]), data([['被考核 单位', '甲', '乙'], ['财政局', 40, 41]]));
    expect(r.issues).toEqual([]);
    expect(pick(r, 'total')).toEqual({ 财政局: 81 });
  });

  it('a custom 单位列 that the sheet lacks is COLUMN_NOT_FOUND at its value cell, and nothing is read', () => {
    // 【基本设置】 A1, 单位列 | 被考核单位 on row 2 → the value cell B2.
    const r = run(scheme([['单位列', '被考核单位']]), data([['单位名称', '甲', '乙'], ['财政局', 40, 41]]));
    expect(codes(r)).toEqual([['COLUMN_NOT_FOUND', 'B2', 'error']]);
    expect(r.issues[0]?.sheet).toBe('考核方案');
    expect(r.units).toEqual([]);
  });

  const titled = (titleRows: number): Row[] => [
    ...Array.from({ length: titleRows }, (_, i): Row => [`标题第${i + 1}行`]),
    ['单位名称', '甲', '乙'],
    ['财政局', 40, 41],
  ];

  it('finds the header row on row 30 (29 title rows above it)', () => {
    const r = run(scheme([]), data(titled(29)));
    expect(r.issues).toEqual([]);
    expect(r.units.map((u) => [u.row, u.name, u.total])).toEqual([[30, '财政局', 81]]); // row 30 0-based: sheet row 31
  });

  it('does not look below row 30: a header on row 31 is COLUMN_NOT_FOUND (default 单位列: no scheme cell)', () => {
    const r = run(scheme([]), data(titled(30)));
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell, i.severity])).toEqual([['COLUMN_NOT_FOUND', '考核数据', null, 'error']]);
    expect(r.issues[0]?.message).toContain('单位名称');
    expect(r.units).toEqual([]);
    expect(r.plan).toBeNull();
  });
});

describe('§1.1 数据表 default: the first visible sheet that is not 考核方案 / 考核结果 / _考评*', () => {
  it('skips hidden sheets, 考核结果 and _考评 sheets', () => {
    const table: Row[] = [['单位名称', '甲', '乙'], ['财政局', 40, 41]];
    const r = run(scheme([]), [
      data(table, { visibility: 'hidden' }, '旧数据'),
      data([['序号']], {}, '考核结果'),
      data([['kaoping-record', '1']], { visibility: 'veryHidden' }, '_考评记录'),
      data([['x']], {}, '_考评备份'),
      data(table, {}, '本期数据'),
    ]);
    expect(r.dataSheet).toBe('本期数据');
    expect(pick(r, 'total')).toEqual({ 财政局: 81 });
  });
});

describe('§1.1 the scheme sheet found by its folded name', () => {
  // Was a bug: assess.ts findSheet() accepts '考核方案 ' / '考核 方案' as the scheme sheet (fold), but
  // pickDataSheet() skips only the exact name 考核方案 (isProgramSheet), so the scheme sheet itself is
  // taken as the data sheet and the run fails with COLUMN_NOT_FOUND on it. SPEC §1.1: 数据表 defaults to
  // "the first visible sheet that is not 考核方案 / 考核结果 / _考评*"; the sheet read as 考核方案 is not data.
  it('a scheme sheet named \'考核 方案\' is not taken as the data sheet', () => {
    const r = assess({ sheets: [{ name: '考核 方案', cells: scheme([]) }, { name: '考核数据', cells: [['单位名称', '甲', '乙'], ['财政局', 40, 41]] }] });
    expect(r.dataSheet).toBe('考核数据');
    expect(r.issues).toEqual([]);
    expect(pick(r, 'total')).toEqual({ 财政局: 81 });
  });
});

describe('§1.3 rows that are not units', () => {
  it('mark rows 满分 and 权重 are compared with the scheme, not read as units', () => {
    // 满分 row: 10 and 100 = 分值; 权重 row: '20%' reads as 20 and 80 = 权重 → no warning.
    const ok = run(scheme([], WEIGHTED), data([
      ['单位名称', '党建工作', '业务工作'],
      ['满分', 10, 100],
      ['权重', '20%', 80],
      ['城关镇', 9, 85],
    ]));
    expect(ok.issues).toEqual([]);
    expect(ok.units.map((u) => u.name)).toEqual(['城关镇']);
    // 满分 row C2 = 90 ≠ 100; 权重 row B3 = 30 ≠ 20 → two MARK_ROW_MISMATCH warnings; the unit is still scored (86).
    const bad = run(scheme([], WEIGHTED), data([
      ['单位名称', '党建工作', '业务工作'],
      ['满分', 10, 90],
      ['权重', 30, 80],
      ['城关镇', 9, 85],
    ]));
    expect(codes(bad)).toEqual([['MARK_ROW_MISMATCH', 'C2', 'warning'], ['MARK_ROW_MISMATCH', 'B3', 'warning']]);
    expect(bad.issues[0]?.message).toContain('100');
    expect(pick(bad, 'total')).toEqual({ 城关镇: 86 });
  });

  it('rows starting 平均, 说明, 小计, 总计 (and 合计, 备注) are skipped even with numbers; 平安乡 is a unit', () => {
    const r = run(scheme([]), data([
      ['单位名称', '甲', '乙'],
      ['平安乡', 40, 40],
      ['城关镇', 30, 30],
      ['小计', 70, 70],
      ['平均分', 35, 35],
      ['总计', 70, 70],
      ['合计（乡镇）', 70, 70],
      ['说明：表中分数为复核后分数', null, null],
      ['备注', '见附件', null],
    ]));
    expect(r.issues).toEqual([]);
    expect(r.units.map((u) => [u.name, u.total])).toEqual([['平安乡', 80], ['城关镇', 60]]);
    // Output values run from the row below the header to the last unit row (row 3).
    expect(r.plan?.columns.find((c) => c.header === '总分')?.values).toEqual([80, 60]);
  });

  it('a row with neither a unit name nor any score is skipped, even with a veto or a note in it', () => {
    const r = run(scheme([], TWO_WITH_VETO), data([
      ['单位名称', '甲', '乙', '廉政', '备注'],
      ['城关镇', 30, 30, null, null],
      [null, null, null, '是', '待核实'],
      [null, null, null, null, '以下空白'],
    ]));
    expect(r.issues).toEqual([]);
    expect(r.units.map((u) => u.name)).toEqual(['城关镇']);
  });

  it('two names equal after folding width and case are both DUPLICATE_UNIT', () => {
    // 'Ａ局' (full-width) folds to 'a局', as do 'A局' and 'a局'.
    const r = run(scheme([]), data([['单位名称', '甲', '乙'], ['Ａ局', 40, 40], ['A局', 30, 30], ['a局', 20, 20], ['B局', 10, 10]]));
    expect(codes(r)).toEqual([['DUPLICATE_UNIT', 'A2', 'error'], ['DUPLICATE_UNIT', 'A3', 'error'], ['DUPLICATE_UNIT', 'A4', 'error']]);
    // Decision of the engine (read-units.ts, tidy): unit names are shown half-width, so Ａ局 is reported as A局.
    expect(r.units.map((u) => [u.row, u.name, u.total, u.rank])).toEqual([[1, 'A局', null, null], [2, 'A局', null, null], [3, 'a局', null, null], [4, 'B局', 20, 1]]); // 0-based rows: A2…A5
  });

  it('hidden (or filtered) rows are units like any other', () => {
    const r = run(scheme([]), data([['单位名称', '甲', '乙'], ['城关镇', 40, 40], ['东关街道', 45, 45], ['南山乡', 30, 30]], { hiddenRows: [2, 3] }));
    expect(r.units.map((u) => [u.name, u.total, u.rank])).toEqual([['城关镇', 80, 2], ['东关街道', 90, 1], ['南山乡', 60, 3]]);
  });
});

describe('§1.3 merged group cells', () => {
  it('a group cell inside a merged area takes the area\'s value, whatever the host left in the covered cells', () => {
    // C2:C4 merged (乡镇), C5:C6 merged (部门). A host left a stale '部门' in C3: covered cells are empty in Excel.
    const r = run(scheme([['分组列', '分组']]), data([
      ['单位名称', '甲', '分组', '乙'],
      ['城关镇', 40, '乡镇', 40], //   80
      ['东关街道', 45, '部门', 45], //  90 (C3 is covered by C2:C4 → 乡镇)
      ['南山乡', 30, null, 30], //     60
      ['财政局', 35, '部门', 35], //    70
      ['教育局', 44, null, 44], //     88
    ], { merges: [{ top: 1, left: 2, bottom: 3, right: 2 }, { top: 4, left: 2, bottom: 5, right: 2 }] }));
    expect(r.issues).toEqual([]);
    // In 乡镇: 东关 90 → 1, 城关 80 → 2, 南山 60 → 3. In 部门: 教育局 88 → 1, 财政局 70 → 2.
    // 总排名 (美式 over all): 90, 88, 80, 70, 60 → 东关 1, 教育局 2, 城关 3, 财政局 4, 南山 5.
    expect(r.units.map((u) => [u.name, u.group, u.rank, u.overallRank])).toEqual([
      ['城关镇', '乡镇', 2, 3], ['东关街道', '乡镇', 1, 1], ['南山乡', '乡镇', 3, 5], ['财政局', '部门', 2, 4], ['教育局', '部门', 1, 2],
    ]);
  });
});

describe('§1.3 columns the scheme does not name, and §5 where the output goes', () => {
  it('are left alone; the output starts right of the rightmost used cell at or below the header row', () => {
    // 序号 (A), 单位名称 (B), 甲 (C), 乙 (D), 备注 (E) with a header; a note in G3 under no header:
    // the table's right edge is G (index 6), so the output columns start at H (index 7).
    const r = run(scheme([]), data([
      ['2026年度考核表（本行在表头之上，不算）', null, null, null, null, null, null, null, null, null, null],
      ['序号', '单位名称', '甲', '乙', '备注'],
      [1, '城关镇', 40, 40, '新任书记', null, '另见附件'],
      [2, '东关街道', 45, 45],
    ]));
    const plan = r.plan;
    expect(plan?.columns.map((c) => [c.header, c.col, c.headerRow, c.isNew])).toEqual([['总分', 7, 1, true], ['排名', 8, 1, true], ['异常标记', 9, 1, true]]);
    expect(plan?.marks).toEqual([]);
    expect(plan?.columns[0]?.values).toEqual([80, 90]);
  });
});
