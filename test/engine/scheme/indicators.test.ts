import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, where } from './helpers';

type Rows = Array<Array<CellValue | undefined>>;

/** 【指标】 in A1, header in row 2, indicators from row 3. */
function indicators(header: CellValue[], ...rows: Rows) {
  return parseScheme(grid([['【指标】'], header, ...rows]));
}

test('headers are matched ignoring spaces and width, in any order', () => {
  const r = indicators(['　权重', ' 指标名称 ', '分 值'], [60, '党建工作', 10], [40, '经济发展', 10]);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.indicators.map((i) => [i.name, i.max, i.weight])).toEqual([['党建工作', 10, 60], ['经济发展', 10, 40]]);
});

test('a number as an indicator name is its text; full-width numbers read', () => {
  const r = indicators(['指标名称', '分值'], [2026, '６０'], ['经济发展', '４０．０']);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.indicators.map((i) => [i.name, i.max])).toEqual([['2026', 60], ['经济发展', 40]]);
});

test('a 备注 column is accepted and not read', () => {
  const r = indicators(['指标名称', '分值', '备注'], ['党建工作', 100, '含支部建设']);
  expect(r.ok).toBe(true);
});

describe('header problems', () => {
  test('an unknown column is SCHEME_INVALID at its header cell; the message lists the free-text columns', () => {
    const r = indicators(['指标名称', '分值', '得分'], ['党建工作', 100, '…']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C2']);
    expect(r.issues[0]?.message).toBe('考核方案 C2：【指标】的表头“得分”不是可识别的列名。表头应为：指标名称（必填） | 分值（必填） | 权重 | 一级指标 | 编号 | 计分方法 | 来源表'
      + '（可另加文字列“说明”“备注”“考核内容”“评分标准”“考核标准”“评分细则”，程序不读取）。请按说明修改考核方案后重新校验。');
  });
  test('a missing required column is SCHEME_INVALID at the header row\'s first cell', () => {
    const r = indicators(['指标名称', '权重'], ['党建工作', 100]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A2']);
    expect(r.issues[0]?.message).toContain('【指标】的表头缺少“分值”列');
    expect(r.scheme?.indicators).toEqual([]);
  });
  test('both required columns missing are named in one issue', () => {
    const r = indicators(['权重'], [100]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A2']);
    expect(r.issues[0]?.message).toContain('缺少“指标名称”“分值”列');
  });
  test('a repeated column is SCHEME_INVALID at the second', () => {
    expect(where(indicators(['指标名称', '分值', '分值'], ['党建工作', 100, 100]).issues)).toEqual(['SCHEME_INVALID@C2']);
  });
  test('content under no header is SCHEME_INVALID at that cell', () => {
    expect(where(indicators(['指标名称', '分值'], ['党建工作', 100, null, '?']).issues)).toEqual(['SCHEME_INVALID@D3']);
  });
});

describe('row problems', () => {
  test.each([
    [['党建工作', null], 'SCHEME_INVALID@B3', '分值为空'],
    [['党建工作', 'abc'], 'SCHEME_INVALID@B3', '分值“abc”不是数字'],
    [['党建工作', '100%'], 'SCHEME_INVALID@B3', '分值“100%”不是数字'],
    [['党建工作', 0], 'SCHEME_INVALID@B3', '分值应大于 0，现为 0'],
    [['党建工作', -100], 'SCHEME_INVALID@B3', '分值应大于 0，现为 -100'],
    [[null, 100], 'SCHEME_INVALID@A3', '这一行没有指标名称'],
    [[true, 100], 'SCHEME_INVALID@A3', '指标名称“TRUE”不是有效的名称'],
    [[{ error: '#N/A' }, 100], 'SCHEME_INVALID@A3', '指标名称“#N/A”不是有效的名称'],
  ])('%j', (row, at, text) => {
    const r = indicators(['指标名称', '分值'], row as CellValue[]);
    expect(where(r.issues)).toEqual([at]);
    expect(r.issues[0]?.message).toContain(text);
  });

  test('a bad 权重 is reported and the WEIGHT_SUM is not (its sum would be wrong)', () => {
    const r = indicators(['指标名称', '分值', '权重'], ['党建工作', 10, 'x'], ['经济发展', 10, 40]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C3']);
    expect(r.scheme?.indicators.map((i) => i.name)).toEqual(['经济发展']);
  });
  test('a 权重 of 0 is SCHEME_INVALID', () => {
    const r = indicators(['指标名称', '分值', '权重'], ['党建工作', 10, 0], ['经济发展', 10, 100]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C3']);
  });
  test('权重 all-or-none: the first indicator without one is SCHEME_INVALID at its 权重 cell', () => {
    const r = indicators(['指标名称', '分值', '权重'], ['党建工作', 10, 50], ['经济发展', 10, null], ['安全生产', 10, null]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C4']);
    expect(r.issues[0]?.message).toContain('其他指标填了权重，“经济发展”没有');
  });
  test('a duplicate name (after folding) is SCHEME_INVALID at the second', () => {
    const r = indicators(['指标名称', '分值'], ['党建工作', 50], ['党建 工作', 50]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A4']);
    expect(r.issues[0]?.message).toContain('指标“党建 工作”与指标“党建工作”（A3）重名');
  });
});

describe('WEIGHT_SUM (SPEC §1.1: weights, or 分值, add up to 满分 within 1e-9)', () => {
  test('weights 30 + 30 + 30 = 90 ≠ 100: at the 【指标】 cell when 满分 is not given', () => {
    const r = indicators(['指标名称', '分值', '权重'], ['甲', 10, 30], ['乙', 10, 30], ['丙', 10, 30]);
    expect(where(r.issues)).toEqual(['WEIGHT_SUM@A1']);
    const i = r.issues[0];
    expect(i?.severity).toBe('error');
    expect(i?.message).toBe('指标权重合计为 90，应等于满分 100（考核方案 A1）。请调整各指标的权重，或修改【基本设置】中的“满分”。');
    expect(i?.messageEn).toBe('The indicators\' weights add up to 90, not the full mark 100 (scheme cell A1). Adjust them or the 满分 setting.');
  });
  test('分值 60 + 30 = 90 ≠ 满分 100: at the 满分 value cell (B2)', () => {
    const r = parseScheme(grid([['【基本设置】'], ['满分', 100], ['【指标】'], ['指标名称', '分值'], ['甲', 60], ['乙', 30]]));
    expect(where(r.issues)).toEqual(['WEIGHT_SUM@B2']);
    expect(r.issues[0]?.message).toBe('指标分值合计为 90，应等于满分 100（考核方案 B2）。请调整各指标的分值，或修改【基本设置】中的“满分”。');
  });
  test('分值 60 + 40 = 100 ≠ 满分 120', () => {
    const r = parseScheme(grid([['【基本设置】'], ['满分', 120], ['【指标】'], ['指标名称', '分值'], ['甲', 60], ['乙', 40]]));
    expect(where(r.issues)).toEqual(['WEIGHT_SUM@B2']);
    expect(r.issues[0]?.message).toContain('合计为 100，应等于满分 120');
  });
  test('0.1 + 0.2 = 0.30000000000000004 equals 满分 0.3 within 1e-9', () => {
    const r = parseScheme(grid([['【基本设置】'], ['满分', 0.3], ['【指标】'], ['指标名称', '分值'], ['甲', 0.1], ['乙', 0.2]]));
    expect(r.issues).toEqual([]);
  });
  test('weights 33.3 + 33.3 + 33.3 = 99.9 are shown without float noise', () => {
    const r = indicators(['指标名称', '分值', '权重'], ['甲', 10, 33.3], ['乙', 10, 33.3], ['丙', 10, 33.3]);
    // 33.3 + 33.3 + 33.3 in doubles is 99.89999999999999; to 15 significant digits, 99.9.
    expect(r.issues[0]?.message).toContain('合计为 99.9，应等于满分 100');
  });
  test('no WEIGHT_SUM when 满分 itself is invalid', () => {
    const r = parseScheme(grid([['【基本设置】'], ['满分', -10], ['【指标】'], ['指标名称', '分值'], ['甲', 60]]));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B2']);
  });
});

test('an indicator named like a 加扣分 or 一票否决 column is SCHEME_INVALID at the later cell', () => {
  const r = parseScheme(grid([
    ['【指标】'], ['指标名称', '分值'], ['党建工作', 50], ['创新加分', 50],
    ['【加扣分】'], ['列名', '类型'], ['创新加分', '加分'],
    ['【一票否决】'], ['列名'], ['党建工作'], ['安全事故'], ['安全事故'],
  ]));
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A7', 'SCHEME_INVALID@A10', 'SCHEME_INVALID@A12']);
  expect(r.issues[0]?.message).toContain('加扣分列“创新加分”与指标“创新加分”（A4）重名');
  expect(r.issues[1]?.message).toContain('一票否决列“党建工作”与指标“党建工作”（A3）重名');
  expect(r.issues[2]?.message).toContain('一票否决列“安全事故”与一票否决列“安全事故”（A11）重名');
});
