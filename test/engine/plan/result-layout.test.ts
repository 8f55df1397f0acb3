/**
 * The 考核结果 list's print layout (plan/result-layout.ts): widths in Excel characters (CJK 2), the
 * headers that take two lines, the wrapped text columns and the row heights they need — each figure
 * worked out by hand below.
 */
import { layoutResult, linesIn, textWidth, LINE_POINTS, WRAP_WIDTH } from '../../../src/engine/plan/result-layout';

describe('textWidth / linesIn', () => {
  it('counts CJK and ★ as two', () => {
    expect([textWidth('★★★'), textWidth('总分'), textWidth('98.50'), textWidth('')]).toEqual([6, 4, 5, 0]);
  });
  it('lines in a column: the text width over the width less its 2 of padding, rounded up', () => {
    // 一二三四五六七 is 14 wide; a column of 8 holds 6 a line → 3 lines.
    expect(linesIn('一二三四五六七', 8)).toBe(3);
    expect(linesIn('一二三', 8)).toBe(1);
    expect(linesIn('', 8)).toBe(1);
  });
});

describe('layoutResult', () => {
  const header = ['序号', '单位名称', '组织建设小计', '总分', '排名', '一票否决', '异常标记'];
  const veto = '安全生产：发生较大安全生产事故（取消评优）'; // 21 CJK/full-width = 42 wide
  const rows = [
    [1, '城关镇', 33.5, 98, 1, null, '超上限(L6)'],
    [2, '县农业农村局', 31, 89, 2, veto, null],
    [3, '青山乡', null, null, null, null, '缺失值(D25)；离群(E7)'],
  ];
  const layout = layoutResult(header, rows, new Set([5, 6]));

  it('widths: the widest of values and header (a long header counts half: it takes two lines), + 2, within 6..60; wrapped columns ≤ 24', () => {
    // 序号: header 4, values 1 → 6 (the minimum). 单位名称: header 8 (one line), 县农业农村局 12 → 14.
    // 组织建设小计: header 12 > 8 → 6, value "33.5" 4 → 8. 总分: 4, "98" → 6. 排名: 4 → 6.
    // 一票否决: the veto text is 42 → capped at 24. 异常标记: 缺失值(D25)；离群(E7) = 6+5+2+4+4 = 21 → 23.
    expect(layout.widths).toEqual([6, 14, 8, 6, 6, WRAP_WIDTH, 23]);
    expect(layout.wrap).toEqual([false, false, false, false, false, true, true]);
  });

  it('the header row takes two lines when a header wraps; rows with long wrapped text take more', () => {
    // 组织建设小计 is 12 wide in a column of 8 (6 a line) → 2 lines.
    expect(layout.headerHeight).toBe(2 * LINE_POINTS);
    // Row 1 (0-based): the veto, 42 wide in 24 (22 a line) → 2 lines. Row 2: 21 in 23 (21 a line) → 1.
    expect(layout.rowHeights).toEqual([{ row: 1, points: 2 * LINE_POINTS }]);
  });

  it('short headers and values: no wrap height at all', () => {
    const plain = layoutResult(['排名', '单位', '总分'], [[1, '甲', 90]], new Set());
    expect(plain).toEqual({ widths: [6, 6, 6], wrap: [false, false, false], headerHeight: null, rowHeights: [] });
  });

  it('a name longer than 60 characters is held to 60 (it is not wrapped)', () => {
    const long = '某'.repeat(40); // 80 wide
    expect(layoutResult(['单位名称'], [[long]], new Set()).widths).toEqual([60]);
  });
});
