import { parseScheme } from '../../../src/engine/scheme/parse';
import { sectionTitle } from '../../../src/engine/scheme/sections';
import { grid, INDICATORS, where } from './helpers';

describe('section titles', () => {
  test.each([
    ['【指标】', '指标'], ['[指标]', '指标'], ['［指标］', '指标'], ['【 指 标 】', '指标'], ['  【指标】  ', '指标'],
    ['【指标]', '指标'], ['【未知】', '未知'],
  ])('%j is a section title', (cell, name) => {
    expect(sectionTitle(cell)).toBe(name);
  });
  test.each([['指标'], ['【指标】说明'], ['【】】'], [5], [true], [null]])('%j is not a section title', (cell) => {
    expect(sectionTitle(cell as string)).toBeNull();
  });
});

test('an empty sheet is one SCHEME_INVALID at A1 with a template to start from', () => {
  for (const cells of [[], [[]], [[null, '  '], undefined, ['　']]]) {
    const r = parseScheme(grid(cells));
    expect(r.ok).toBe(false);
    expect(r.scheme).toBeNull();
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A1']);
    expect(r.issues[0]?.message).toContain('考核方案是空的');
    expect(r.issues[0]?.message).toContain('【基本设置】');
    expect(r.issues[0]?.message).toContain('指标名称 | 分值 | 权重');
  }
});

test('a scheme without 【指标】 is SCHEME_INVALID at A1', () => {
  const r = parseScheme(grid([['【基本设置】'], ['满分', 100]]));
  expect(r.ok).toBe(false);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A1']);
  expect(r.issues[0]?.message).toContain('缺少【指标】');
  expect(r.scheme?.indicators).toEqual([]);
});

test('an empty 【指标】 section, or one with only its header, is SCHEME_INVALID at the section cell', () => {
  expect(where(parseScheme(grid([['x'], ['【指标】'], ['【等次】']])).issues)).toEqual(['SCHEME_INVALID@A2']);
  expect(where(parseScheme(grid([['【指标】'], ['指标名称', '分值']])).issues)).toEqual(['SCHEME_INVALID@A1']);
});

test('full-width and spaced section titles are recognised', () => {
  const r = parseScheme(grid([['［ 指标 ］'], ['指标名称', '分值'], ['党建工作', 100]]));
  expect(r.ok).toBe(true);
  expect(r.scheme?.indicators).toHaveLength(1);
});

describe('rows above the first section (decision: one text cell in column A per row is a title or note)', () => {
  test('title and note rows are allowed', () => {
    const r = parseScheme(grid([['2026年度考核方案'], [], ['说明：本方案经考核委员会审定'], ...INDICATORS]));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
  });
  test('a title in column B is stray content (B1)', () => {
    expect(where(parseScheme(grid([[null, '考核方案'], ...INDICATORS])).issues)).toEqual(['SCHEME_INVALID@B1']);
  });
  test('a key | value row before any section is reported at its first extra cell (B2)', () => {
    expect(where(parseScheme(grid([['考核方案'], ['满分', 100], ...INDICATORS])).issues)).toEqual(['SCHEME_INVALID@B2']);
  });
  test('a lone number is not a title (A1)', () => {
    expect(where(parseScheme(grid([[2026], ...INDICATORS])).issues)).toEqual(['SCHEME_INVALID@A1']);
  });
});

test('an unknown section is SCHEME_INVALID at its cell, and its rows are not read', () => {
  const r = parseScheme(grid([...INDICATORS, ['【考核对象】'], ['乡镇', 12], ['街道', 3]]));
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A5']);
  expect(r.issues[0]?.message).toContain('“【考核对象】”不是可识别的分节');
  expect(r.issues[0]?.message).toContain('【基本设置】【指标】【加扣分】【一票否决】【等次】【星级】【异常规则】');
});

test('a section written twice is SCHEME_INVALID at the second; only the first is read', () => {
  const r = parseScheme(grid([...INDICATORS, ['[指标]'], ['指标名称', '分值'], ['安全', 10]]));
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A5']);
  expect(r.issues[0]?.message).toContain('第一次在 A1');
  expect(r.scheme?.indicators.map((i) => i.name)).toEqual(['党建工作', '经济发展']);
});

test('content beside a section title is SCHEME_INVALID at that cell', () => {
  const r = parseScheme(grid([['【指标】', null, '（必填）'], ['指标名称', '分值'], ['党建工作', 100]]));
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@C1']);
});

test('blank rows inside sections are ignored', () => {
  const r = parseScheme(grid([['【指标】'], [], ['指标名称', '分值'], [null, '  '], ['党建工作', 60], [], ['经济发展', 40]]));
  expect(r.ok).toBe(true);
  expect(r.scheme?.indicators.map((i) => [i.name, i.cell.row])).toEqual([['党建工作', 4], ['经济发展', 6]]);
});
