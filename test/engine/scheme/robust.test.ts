import fc from 'fast-check';
import { parseScheme } from '../../../src/engine/scheme/parse';
import { parseA1 } from '../../../src/engine/address';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, INDICATORS, where } from './helpers';

const WORDS = [
  '【指标】', '［指标］', '[基本设置]', '【加扣分】', '【一票否决】', '【等次】', '【星级】', '【异常规则】', '【未知】', '【】',
  '指标名称', '分值', '权重', '一级指标', '编号', '列名', '类型', '上限', '效果', '等次', '最低分', '比例上限', '星级',
  '满分', '小数位', '同分比较', '排名方式', '中国式', '加分', '扣分', '总分计零', '20%', '1/3', '１００', '离群', '是', '否',
  '备注', '项目', '值', '', '  ', '★★★', '#N/A', '-0', '1e400',
  '【等级分】', '【计分规则】', '等级', '得分率', '计分方法', '来源表', '目标值', '满意值', '不允许值', '封顶', '每次扣分',
  '完成率', '测评', '评委', '扣分制', '测评实到列', '差票否决比例', '评委最少人数',
];

const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -5, max: 120 }),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }),
  fc.constant(null),
  fc.constant(undefined),
);

const sheet = fc.array(fc.oneof(fc.array(cell, { maxLength: 7 }), fc.constant(undefined)), { maxLength: 25 });

test('an arbitrary grid never throws, and every issue has a cell address on the scheme sheet', () => {
  fc.assert(
    fc.property(sheet, (rows) => {
      const r = parseScheme(grid(rows));
      expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
      if (r.ok) expect(r.scheme).not.toBeNull();
      for (const i of r.issues) {
        expect(i.sheet).toBe('考核方案');
        expect(i.cell).not.toBeNull();
        expect(parseA1(i.cell as string)).toEqual({ row: i.row, col: i.col });
        expect(['SCHEME_INVALID', 'WEIGHT_SUM']).toContain(i.code);
        expect(i.message.length).toBeGreaterThan(0);
        expect(i.messageEn.length).toBeGreaterThan(0);
      }
    }),
    { seed: 20261127, numRuns: 300 },
  );
});

test('issue 2 edge cases: 10,000 columns and 32,767-character strings are issues, not exceptions', () => {
  const long = '长'.repeat(32767);
  const wide: CellValue[] = Array.from({ length: 10000 }, (_, c) => (c === 0 ? '党建工作' : c === 1 ? 100 : `x${c}`));
  const t0 = Date.now();
  const r = parseScheme(grid([
    [long],
    ['【指标】'],
    ['指标名称', '分值', ...Array.from({ length: 9998 }, () => long.slice(0, 50))],
    wide,
    [`【${long}】`],
  ]));
  expect(Date.now() - t0).toBeLessThan(5000);
  // A1: the long title is fine. C3: the first of 9,998 unknown headers (each reported at its cell).
  // A5: an unknown section whose name is the long text.
  expect(r.issues).toHaveLength(9998 + 1);
  expect(r.issues[0]?.cell).toBe('C3');
  expect(r.issues[9997]?.cell).toBe('NTP3');
  expect(r.issues[9998]?.cell).toBe('A5');
  expect(r.issues[9998]?.message.length).toBeLessThan(400);
  expect(r.scheme?.indicators.map((i) => [i.name, i.max])).toEqual([['党建工作', 100]]);
});

test('10,000 columns of stray content in one row are one issue', () => {
  const row: CellValue[] = Array.from({ length: 10000 }, (_, c) => (c === 0 ? '经济发展' : c === 1 ? 50 : 1));
  expect(where(parseScheme(grid([...INDICATORS.slice(0, 3), row])).issues)).toEqual(['SCHEME_INVALID@C4']);
});

test('sparse rows (holes in the arrays) are read as empty cells', () => {
  // eslint-disable-next-line no-sparse-arrays
  const r = parseScheme(grid([['【指标】'], ['指标名称', , '分值'], ['党建工作', , 100]]));
  expect(r.ok).toBe(true);
  expect(r.scheme?.indicators).toEqual([{ name: '党建工作', max: 100, weight: null, category: null, code: null, cell: { row: 2, col: 0 } }]);
});

test('a garbage sheet of 32,767-character cells across 10,000 columns is read in linear time', () => {
  // Every long cell is bracketed text, so it looks like a section title or a header at first sight.
  const long = `${'【长'.repeat(16383)}】`;
  const row = Array.from({ length: 10000 }, () => long);
  const t0 = Date.now();
  const r = parseScheme(grid([['【指标】'], ['指标名称', '分值', ...row], ['党建', 100, ...row], ...Array.from({ length: 300 }, () => [long, 1])]));
  expect(Date.now() - t0).toBeLessThan(10000);
  // 10,000 unknown headers (C2…) + 300 names too long to be a name (A4…A303); the data row's long
  // cells sit under reported headers and are not reported again.
  expect(r.issues).toHaveLength(10300);
  expect(r.issues[10000]?.message).toContain('不是有效的名称（应为不超过 255 个字的文字）');
  expect(r.scheme?.indicators.map((i) => i.name)).toEqual(['党建']);
});
