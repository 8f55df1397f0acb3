import { charWidth, displayWidth, padEnd, padStart, truncate, wrap } from '../../src/cli/width';
import { fitWidths, renderTable } from '../../src/cli/table';

describe('display width (East Asian width)', () => {
  test('CJK ideographs, full-width forms and CJK punctuation are 2 columns; ASCII 1; combining 0', () => {
    expect(charWidth('城')).toBe(2);
    expect(charWidth('９')).toBe(2); // U+FF19 FULLWIDTH DIGIT NINE
    expect(charWidth('。')).toBe(2); // U+3002
    expect(charWidth('（')).toBe(2); // U+FF08
    expect(charWidth('A')).toBe(1);
    expect(charWidth('…')).toBe(1); // ambiguous: counted as 1
    expect(charWidth('\u0301')).toBe(0); // combining acute
    expect(charWidth('𠀀')).toBe(2); // U+20000, CJK Extension B (a surrogate pair)
    // '城关镇' 3×2 + ' ' 1 + 'A1' 2 = 9
    expect(displayWidth('城关镇 A1')).toBe(9);
  });

  test('pads by display width', () => {
    expect(padEnd('单位', 6)).toBe('单位  '); // 4 columns + 2 spaces
    expect(padStart('95', 4)).toBe('  95');
    expect(padEnd('城关镇', 4)).toBe('城关镇'); // never cuts
  });

  test('truncates without splitting a wide character', () => {
    // width 10: room for 9 columns + '…'; 4 ideographs = 8, a 5th would make 10 > 9
    expect(truncate('县人力资源和社会保障局', 10)).toBe('县人力资…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
  });

  test('wraps Chinese text anywhere, keeps closing punctuation off the line start', () => {
    // 单元格D7 = 6+2 = 8 columns; 为空。请 = 8; 填写 = 4
    expect(wrap('单元格D7为空。请填写', 8)).toEqual(['单元格D7', '为空。请', '填写']);
    // '数字' fills 4 columns; '。' may not start the next line, so '字' moves down with it
    expect(wrap('数字。改正', 4)).toEqual(['数', '字。', '改正']);
  });

  test('numbers are not split: a short number moves down whole, also with a following %', () => {
    // 已按 = 4, '17' fills to 6, '.' would overflow: '17' moves down → '17.5计' = 6, '算'
    expect(wrap('已按17.5计算', 6)).toEqual(['已按', '17.5计', '算']);
    // 请把分 = 6, '85' fills to 8, '%' may not start a line and takes '85' with it
    expect(wrap('请把分85%换算', 8)).toEqual(['请把分', '85%换算']);
  });

  test('an opening quote never ends a line', () => {
    // 请把 = 4, '“' (1, ambiguous width) fits at 5 but '数' would overflow: the quote moves down with it
    expect(wrap('请把“数字”改正', 6)).toEqual(['请把', '“数字”', '改正']);
  });

  test('wraps Latin words at spaces', () => {
    expect(wrap('Enter a number of points', 10)).toEqual(['Enter a', 'number of', 'points']);
  });
});

describe('renderTable', () => {
  test('aligns columns by display width, right-aligns numbers', () => {
    const lines = renderTable(
      [{ header: '单位' }, { header: '分', align: 'right' }],
      [
        ['城关镇', '95'],
        ['县财政局', '100'],
      ],
    );
    // 单位 column: widest is 县财政局 = 8; 分 column: widest '100' = 3.
    // Header: '单位' (4) + 4 pad + 2 gap + ' 分' (right-aligned in 3) = 7 spaces between, 13 columns.
    expect(lines).toEqual(['单位       分', '--------  ---', '城关镇     95', '县财政局  100']);
    for (const l of [lines[0] as string, ...lines.slice(2)]) expect(displayWidth(l)).toBe(13);
  });

  test('wrapped cells make multi-line rows, other columns padded', () => {
    const lines = renderTable(
      [{ header: 'A', width: 4 }, { header: '问题', width: 6, overflow: 'wrap' }],
      [['D7', '一二三四五']],
    );
    expect(lines).toEqual(['A     问题', '----  ------', 'D7    一二三', '      四五']);
  });

  test('fitWidths: fixed columns take what they need (≤ max), flexible ones share the rest', () => {
    // total 80, gaps 3×2 = 6; fixed: min(6,18)=6 and min(30,20)=20 → 80−6−26 = 48 left for weights 3:2
    // flexible needs 100 and 100 exceed shares: floor(48×3/5) = 28, floor(48×2/5) = 19
    expect(fitWidths(80, [{ need: 6, max: 18 }, { need: 30, max: 20 }, { need: 100, weight: 3 }, { need: 100, weight: 2 }])).toEqual([6, 20, 28, 19]);
    // a flexible column needing less than its share keeps its need; the other takes the rest:
    // 48 left; col 3 needs 10 ≤ floor(48×2/5)=19 → 10; col 2 gets 48 − 10 = 38
    expect(fitWidths(80, [{ need: 6, max: 18 }, { need: 30, max: 20 }, { need: 100, weight: 3 }, { need: 10, weight: 2 }])).toEqual([6, 20, 38, 10]);
  });
});
