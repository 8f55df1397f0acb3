/**
 * Bad input is an issue, never an exception (issue 2, SPEC §6): assess() on arbitrary grids —
 * error values, booleans, huge and tiny numbers, 32,767-character strings, `９５．５`, `95分`, `85%`,
 * `#N/A`, 【…】 cells, empty sheets, broken merges, junk record sheets — returns, and every issue it
 * reports is well formed.
 */
import fc from 'fast-check';
import { assess, EXCEL_ERRORS, recordToRows, type Assessment, type CellValue, type SheetInput, type SheetVisibility, type WorkbookInput } from '../../../src/engine';
import { badSummary, malformed } from './check';
import { INDICATOR_NAMES } from './model';

const LONG = '长'.repeat(32767);
const CELL_LIMIT = 32767;

const WORDS = [
  '【基本设置】', '【指标】', '［指标］', '[等次]', '【加扣分】', '【一票否决】', '【星级】', '【异常规则】', '【未知】', '【】', '【指标', '[',
  '指标名称', '分值', '权重', '一级指标', '列名', '类型', '上限', '效果', '等次', '最低分', '比例上限', '星级', '数据表', '单位列', '分组列',
  '满分', '小数位', '同分比较', '排名方式', '中国式', '否决单位排名', '不排名', '比例取整', '四舍五入', '空白处理', '按0分', '总分下限', '总分上限',
  '加分', '扣分', '定为末等', '取消评优', '总分计零', '优秀', '良好', '20%', '0.2', '１００', '离群', '是', '否', '√', '发生事故',
  '单位名称', '单位\n名称', '分组', '乡镇', '合计', '平均分', '小计', '说明：', '备注', '总分', '排名', '总排名', '异常标记', '总分（核）',
  '９５．５', '95分', '85%', '#N/A', '#DIV/0!', '1,234', '-0', '1e400', '=SUM(A1:A3)', '+1', '@x', '', ' ', '\u3000', '党建工作（10分）', '党建工作(权重20%)',
  ...INDICATOR_NAMES,
];

const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<CellValue>(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(1e308, -1e308, 5e-324, -0, Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2, NaN, Infinity, -Infinity) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...EXCEL_ERRORS, '#FOO!', '').map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.constant(LONG) },
  { weight: 3, arbitrary: fc.constantFrom(null, undefined) },
);

const rows = (maxRows: number, maxCols: number) => fc.array(fc.oneof({ weight: 8, arbitrary: fc.array(cell, { maxLength: maxCols }) }, { weight: 1, arbitrary: fc.constant(undefined) }), { maxLength: maxRows });

/** A scheme sheet: either random rows, or a valid scheme with random rows spliced in. */
const VALID_SCHEME: CellValue[][] = [
  ['【基本设置】'], ['数据表', '考核数据'], ['分组列', '分组'], ['同分比较', '党建工作'],
  ['【指标】'], ['指标名称', '分值', '权重'], ['党建工作', 20, 30], ['业务工作', 50, 70],
  ['【加扣分】'], ['列名', '类型', '上限'], ['加分', '加分', 3], ['扣分', '扣分', null],
  ['【一票否决】'], ['列名', '效果'], ['党风廉政', '定为末等'], ['安全事故', '取消评优'],
  ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, '20%'], ['良好', 80, 0.5], ['一般', 0, null],
  ['【星级】'], ['星级', '最低分'], [5, 95], [3, 80],
];
const schemeCells = fc.oneof(
  { weight: 2, arbitrary: rows(25, 6) },
  { weight: 2, arbitrary: fc.tuple(rows(3, 4), fc.array(fc.nat(), { maxLength: 3 })).map(([junk, at]) => {
    const out: Array<ReadonlyArray<CellValue | undefined> | undefined> = [...VALID_SCHEME];
    junk.forEach((r, i) => out.splice((at[i] ?? 0) % (out.length + 1), 0, r));
    return out;
  }) },
  { weight: 3, arbitrary: fc.constant(VALID_SCHEME) },
);

/** A data sheet: random rows under a header that names the valid scheme's columns (sometimes). */
const HEADER: CellValue[] = ['序号', '单位名称', '分组', '党建工作（20分）', '业务工作', '加分', '扣分', '党风廉政', '安全事故'];
const plausible = (arb: fc.Arbitrary<CellValue | undefined>) => fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: cell });
const unitRow = fc.tuple(
  plausible(fc.nat(99)), plausible(fc.constantFrom('城关镇', '东关街道', '南山乡', '财政局', '教育局', '城关镇 ', 'Ａ', 'A', null)), plausible(fc.constantFrom('乡镇', '部门', null)),
  plausible(fc.integer({ min: 0, max: 20 })), plausible(fc.integer({ min: 0, max: 50 })), plausible(fc.constantFrom(null, 0, 1, 5)),
  plausible(fc.constantFrom(null, 2)), plausible(fc.constantFrom(null, '否', '是', '事故')), plausible(fc.constantFrom(null, '√')),
);
const dataCells = fc.oneof(
  { weight: 1, arbitrary: rows(30, 10) },
  { weight: 3, arbitrary: fc.tuple(rows(3, 3), fc.array(fc.oneof({ weight: 4, arbitrary: unitRow }, { weight: 1, arbitrary: fc.array(cell, { maxLength: 10 }) }), { maxLength: 25 }))
    .map(([top, body]) => [...top, HEADER, ...body]) },
);

const merge = fc.record({ top: fc.integer({ min: -2, max: 30 }), left: fc.integer({ min: -2, max: 12 }), bottom: fc.integer({ min: -2, max: 40 }), right: fc.integer({ min: -2, max: 12 }) });
const extras = fc.record({
  merges: fc.array(merge, { maxLength: 4 }),
  hiddenRows: fc.array(fc.integer({ min: -3, max: 40 }), { maxLength: 4 }),
  visibility: fc.constantFrom<SheetVisibility>('visible', 'visible', 'hidden', 'veryHidden'),
});

const recordCells = fc.oneof(
  rows(6, 5),
  fc.record({
    cols: fc.array(fc.record({ key: fc.constantFrom('total', 'rank', 'grade', 'flags', 'subtotal', 'bogus'), header: fc.constantFrom('总分', '排名', '等次', '异常标记', 'x'), col: fc.integer({ min: -1, max: 14 }) }), { maxLength: 5 }),
    marks: fc.array(fc.record({ row: fc.integer({ min: -1, max: 30 }), col: fc.integer({ min: -1, max: 14 }) }), { maxLength: 4 }),
  }).map(({ cols, marks }) => recordToRows({
    record: { dataSheet: '考核数据', columns: cols as never, marks: marks.map((m) => ({ sheet: '考核数据', ...m })) },
    undo: null,
  })),
);

const workbookArb: fc.Arbitrary<WorkbookInput> = fc
  .record({
    scheme: fc.option(fc.tuple(schemeCells, extras), { freq: 6, nil: null }),
    schemeName: fc.constantFrom('考核方案', '考核方案', '考核方案 ', '考核 方案'),
    data: fc.array(fc.tuple(fc.constantFrom('考核数据', '考核数据', '考核数据', '台账', '考核结果', '_考评x', 'Sheet1'), dataCells, extras), { minLength: 1, maxLength: 3 }),
    record: fc.option(recordCells, { freq: 3, nil: null }),
    dataFirst: fc.boolean(),
  })
  .map(({ scheme, schemeName, data, record, dataFirst }) => {
    const seen = new Set<string>();
    const dataSheets: SheetInput[] = data.filter(([name]) => !seen.has(name) && seen.add(name)).map(([name, cells, x]) => ({ name, cells, ...x }));
    const schemeSheet: SheetInput[] = scheme ? [{ name: schemeName, cells: scheme[0], ...scheme[1] }] : [];
    const recordSheet: SheetInput[] = record ? [{ name: '_考评记录', cells: record, visibility: 'veryHidden' }] : [];
    return { sheets: dataFirst ? [...dataSheets, ...schemeSheet, ...recordSheet] : [...schemeSheet, ...dataSheets, ...recordSheet] };
  });

/** Last period's results (PERIOD_JUMP input): names that may or may not match, odd numbers. */
const previousArb = fc.option(fc.record({
  units: fc.array(fc.record({
    name: fc.constantFrom('城关镇', '东关街道', '南山乡', '财政局', 'Ａ', ''),
    total: fc.option(fc.oneof(fc.double(), fc.integer({ min: 0, max: 100 })), { nil: null }),
    rank: fc.option(fc.oneof(fc.integer({ min: -1, max: 30 }), fc.constant(NaN)), { nil: null }),
  }), { maxLength: 6 }),
}), { nil: null });

/** Problems with the plan: overlapping columns, non-text-safe values, text over Excel's cell limit. */
function badPlan(r: Assessment): string[] {
  const plan = r.plan;
  if (!plan) return [];
  const out: string[] = [];
  const cols = plan.columns.filter((c) => c.header !== '').map((c) => c.col);
  if (new Set(cols).size !== cols.length) out.push(`columns overlap: ${cols.join(',')}`);
  for (const c of plan.columns) {
    if (c.col < 0 || c.firstRow <= (c.headerMerge?.bottom ?? c.headerRow)) out.push(`column ${c.header} at ${c.col}, first row ${c.firstRow}`);
    for (const v of c.values) if (typeof v === 'string' && v.length > CELL_LIMIT) out.push(`${c.header}: ${v.length} characters`);
    if (typeof c.header === 'string' && c.header.length > CELL_LIMIT) out.push('header too long');
  }
  for (const m of plan.marks) {
    if (m.note.length > CELL_LIMIT) out.push(`note at ${m.row},${m.col}: ${m.note.length} characters`);
    if (m.fill !== '#FFC7CE' && m.fill !== '#FFEB9C') out.push(`fill ${m.fill}`);
  }
  const result = plan.resultSheet;
  if (!result) out.push('a full run plans no 考核结果');
  result?.rows.forEach((row, i) => {
    if (row.length !== result.header.length) out.push(`result row ${i} has ${row.length} cells`);
    row.forEach((v, c) => {
      if (typeof v === 'string' && v.length > CELL_LIMIT) out.push(`考核结果 row ${i + 3} col ${c}: ${v.length} characters`);
    });
  });
  return out;
}

function sheetsOf(wb: WorkbookInput): string[] {
  return ['考核方案', ...wb.sheets.map((s) => s.name)];
}

describe('assess() never throws on arbitrary workbooks', () => {
  it('returns well-formed issues, a consistent summary and a sane plan', () => {
    fc.assert(
      fc.property(workbookArb, fc.constantFrom<'check' | 'score'>('check', 'score'), previousArb, (wb, mode, previous) => {
        const r = assess(wb, { mode, previous });
        expect([...malformed(r.issues, sheetsOf(wb)), ...badSummary(r), ...badPlan(r)]).toEqual([]);
        if (mode === 'check') expect(r.plan).toBeNull();
        for (const u of r.units) expect(u.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });
});

describe('the edge cases of issue 2', () => {
  const scheme: SheetInput = { name: '考核方案', cells: VALID_SCHEME };

  it('10,000 columns in the header row and in a unit row: read, scored and planned to the right', () => {
    const header: CellValue[] = [...HEADER, ...Array.from({ length: 10000 - HEADER.length }, (_, c) => `列${c}`)];
    const unit: CellValue[] = [1, '城关镇', '乡镇', 18, 45, null, null, null, null, ...Array.from({ length: 10000 - HEADER.length }, (_, c) => c)];
    const t0 = Date.now();
    const r = assess({ sheets: [scheme, { name: '考核数据', cells: [header, unit] }] });
    expect(Date.now() - t0).toBeLessThan(10000);
    // 18/20×30 + 45/50×70 = 27 + 63 = 90; the table's last column is index 9999, so output starts at 10000.
    expect(r.units.map((u) => [u.name, u.total, u.rank])).toEqual([['城关镇', 90, 1]]);
    expect(r.plan?.columns[0]).toMatchObject({ header: '总分', col: 10000, isNew: true });
    expect(malformed(r.issues, ['考核方案', '考核数据'])).toEqual([]);
  });

  const longCells = (): WorkbookInput => ({
    sheets: [scheme, {
      name: '考核数据',
      cells: [
        [...HEADER, LONG],
        [1, LONG, '乡镇', 18, 45, null, null, null, null], // a unit named with 32,767 characters: scored (90)
        [2, '乙', LONG, 18, LONG, null, null, null, null], //  a 32,767-character score → NOT_A_NUMBER (E3)
        [3, '丙', '乡镇', 18, 45, LONG, null, null, null], //  in 加分 → NOT_A_NUMBER (F4)
        [4, '丁', '乡镇', 18, 45, null, null, LONG, LONG], //  veto text → VETO_TEXT (H5, I5), vetoed with that reason
      ],
    }],
  });

  it('32,767-character strings in names, scores, vetoes and headers are read, and reported where they are bad', () => {
    const r = assess(longCells());
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['NOT_A_NUMBER', 'E3'], ['NOT_A_NUMBER', 'F4']]);
    expect(r.issues.filter((i) => i.code === 'VETO_TEXT').map((i) => i.cell)).toEqual(['H5', 'I5']);
    expect(r.units.find((u) => u.name === '丁')?.veto?.reason).toBe(LONG);
    expect(malformed(r.issues, ['考核方案', '考核数据'])).toEqual([]);
    expect(badPlan(r)).toEqual([]);
  });

  // Was a bug: plan/result-sheet.ts wrote the 一票否决 text `列名：理由（效果）` uncut, so a 32,767-character
  // veto reason gives a 考核结果 cell of 32,777+ characters, over Excel's limit that plan/build.ts
  // itself keeps for notes and 异常标记 (CELL_TEXT_LIMIT). SPEC §5: the 考核结果 sheet is "the list a
  // 考核办 publishes"; issue 2: 32,767-character strings must be issues, never failures.
  it('no text the plan writes is over Excel\'s 32,767-character cell limit (考核结果 一票否决 column)', () => {
    expect(badPlan(assess(longCells()))).toEqual([]);
  });

  it('empty workbooks and empty sheets', () => {
    const none = assess({ sheets: [] });
    expect(none.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['SHEET_NOT_FOUND', '考核方案', null]]);
    const empty = assess({ sheets: [{ name: '考核方案', cells: [] }, { name: '考核数据', cells: [] }] });
    expect(empty.issues.map((i) => [i.code, i.cell])).toEqual([['SCHEME_INVALID', 'A1']]);
    const noData = assess({ sheets: [scheme, { name: '考核数据', cells: [] }] });
    // The header row holding 单位名称 is not found in an empty sheet: COLUMN_NOT_FOUND, no units.
    expect(noData.issues.map((i) => i.code)).toEqual(['COLUMN_NOT_FOUND']);
    expect(noData.units).toEqual([]);
    const holes = assess({ sheets: [scheme, { name: '考核数据', cells: [undefined, [], [undefined, undefined], ...[[...HEADER]]] }] });
    expect(holes.issues).toEqual([]);
    expect(holes.units).toEqual([]);
  });

  it('a scheme missing sections, or with unknown ones, is SCHEME_INVALID and scores nothing', () => {
    const onlySettings = assess({ sheets: [{ name: '考核方案', cells: [['【基本设置】'], ['满分', 100]] }, { name: '考核数据', cells: [HEADER, [1, '甲', '乡镇', 18, 45]] }] });
    expect(onlySettings.issues.map((i) => [i.code, i.cell])).toEqual([['SCHEME_INVALID', 'A1']]);
    expect(onlySettings.summary.scored).toBe(0);
    const unknown = assess({ sheets: [{ name: '考核方案', cells: [...VALID_SCHEME, ['【考核对象】'], ['名称'], ['甲']] }, { name: '考核数据', cells: [HEADER, [1, '甲', '乡镇', 18, 45]] }] });
    // VALID_SCHEME has 25 rows, so 【考核对象】 is A26.
    expect(unknown.issues.map((i) => [i.code, i.cell])).toEqual([['SCHEME_INVALID', 'A26']]);
    expect(unknown.units.map((u) => u.total)).toEqual([null]);
  });
});
