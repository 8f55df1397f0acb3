/**
 * Property tests for SPEC §8's scheme side: random values in every new column and key never throw,
 * and every problem is an issue at a cell of the scheme sheet; a scheme built right has no issue.
 */
import fc from 'fast-check';
import { parseScheme } from '../../../src/engine/scheme/parse';
import { parseA1 } from '../../../src/engine/address';
import { SCORING_METHODS, type ScoringMethod } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid } from './helpers';

const WORDS = [
  ...SCORING_METHODS, '测 评', '完成', '考核方案', '考核结果', '_考评记录', '民主测评', '任务数', '好', '较好', '差',
  '80%', '0.8', '80', '2/3', '１/３', '1/0', '-1/3', '120%', '1.2', '５０', '50分', '2%', '-5', '0', '定为末等', '末等', '取消评优',
  '总分计零', '#N/A', '', '  ', 'x'.repeat(300), '1e400', '实到', '应到',
];

const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.integer({ min: -5, max: 150 }),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }),
  fc.constant(null),
  fc.constant(undefined),
);

const KEYS = ['测评实到列', '测评应到列', '测评最低参评率', '差票否决比例', '差票否决效果', '评委满分', '去掉最高分', '去掉最低分', '评委最少人数', '评委偏离阈值'];
const NAMES = ['甲', '乙', '丙', '丁'];

const sheet = fc.record({
  settings: fc.array(fc.tuple(fc.constantFrom(...KEYS), cell), { maxLength: 10 }),
  indicators: fc.array(fc.tuple(cell, cell), { minLength: 4, maxLength: 4 }),
  levels: fc.option(fc.array(fc.tuple(cell, cell), { maxLength: 5 })),
  rules: fc.option(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), cell), cell, cell, cell, cell, cell), { maxLength: 5 })),
}).map(({ settings, indicators, levels, rules }) => [
  ['【基本设置】'],
  ...settings.map(([k, v]) => [k, v]),
  ['【指标】'],
  ['指标名称', '分值', '计分方法', '来源表'],
  ...indicators.map(([m, s], i) => [NAMES[i], 25, m, s]),
  ...(levels ? [['【等级分】'], ['等级', '得分率'], ...levels.map(([w, r]) => [w, r])] : []),
  ...(rules ? [['【计分规则】'], ['指标名称', '目标值', '满意值', '不允许值', '封顶', '每次扣分'], ...rules] : []),
]);

test('random values in every new column and key never throw; every problem is an issue at a scheme cell', () => {
  fc.assert(
    fc.property(sheet, (rows) => {
      const r = parseScheme(grid(rows));
      expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
      for (const i of r.issues) {
        expect(i.sheet).toBe('考核方案');
        expect(i.cell).not.toBeNull();
        expect(parseA1(i.cell as string)).toEqual({ row: i.row, col: i.col });
        expect(['SCHEME_INVALID', 'WEIGHT_SUM']).toContain(i.code);
        expect(i.message).toMatch(/^考核方案 [A-Z]+\d+：/);
        expect(i.messageEn.length).toBeGreaterThan(0);
      }
    }),
    { seed: 20261203, numRuns: 400 },
  );
});

/** The parameters each 实绩 method needs, as written in a valid row. */
const VALID_ROW: Readonly<Record<string, CellValue[]>> = {
  完成率: [100, null, null, '120%', null],
  逆向: ['目标件数', null, null, null, null],
  功效系数: [null, 95, 60, 1, null],
  扣分制: [null, null, null, null, 2],
};

test('a scheme built right has no issue, and its methods and rules read back', () => {
  const methods = fc.array(fc.constantFrom<ScoringMethod>(...SCORING_METHODS), { minLength: 4, maxLength: 4 });
  fc.assert(
    fc.property(methods, fc.boolean(), (list, vote) => {
      const figures = list.map((m, i) => [m, NAMES[i] ?? ''] as const).filter(([m]) => m in VALID_ROW);
      const hasVote = list.includes('测评');
      const rows: CellValue[][] = [
        ['【基本设置】'], ['测评实到列', '实到'], ['测评应到列', '应到'], ['评委最少人数', 3],
        ...(vote && hasVote ? [['差票否决比例', '1/3'], ['差票否决效果', '取消评优']] : []),
        ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'],
        ...list.map((m, i) => [NAMES[i] ?? '', 25, m, m === '测评' ? '民主测评' : null]),
        ['【等级分】'], ['等级', '得分率'], ['优', 1], ['良', '2/3'], ['差', 0],
        ...(figures.length ? [['【计分规则】'], ['指标名称', '目标值', '满意值', '不允许值', '封顶', '每次扣分'],
          ...figures.map(([m, name]) => [name, ...(VALID_ROW[m] ?? [])])] : []),
      ];
      const r = parseScheme(grid(rows));
      expect(r.issues).toEqual([]);
      expect(r.scheme?.indicators.map((x) => x.method)).toEqual(list);
      expect(r.scheme?.rules?.map((x) => x.indicator) ?? []).toEqual(figures.map(([, name]) => name));
    }),
    { seed: 20261204, numRuns: 200 },
  );
});
