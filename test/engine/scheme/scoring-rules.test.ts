/** 【计分规则】 (SPEC §8.5) and the scheme checks of §8.1 on it, each on its exact cell. */
import { parseScheme } from '../../../src/engine/scheme/parse';
import type { CellValue } from '../../../src/engine/model/workbook';
import { grid, where } from './helpers';

type Row = Array<CellValue | undefined>;

const HEADER = ['指标名称', '目标值', '满意值', '不允许值', '封顶', '每次扣分'];

/**
 * 【指标】 in A1: `直接分 | 60` (row 3) and `实绩 | 40 | <method>` (row 4, method in C4); 【计分规则】 in
 * A5 with the full header in row 6 and `rows` from row 7 (A 指标名称, B 目标值, C 满意值, D 不允许值,
 * E 封顶, F 每次扣分).
 */
function withRules(method: string, ...rows: Row[]) {
  return parseScheme(grid([
    ['【指标】'], ['指标名称', '分值', '计分方法'], ['直接分', 60], ['实绩', 40, method],
    ['【计分规则】'], HEADER, ...rows,
  ]));
}

describe('valid rows', () => {
  test.each([
    ['完成率', ['实绩', 100]],
    ['完成率', ['实绩', '任务数', null, null, '120%']],
    ['逆向', ['实绩', 3, null, null, 1]],
    ['逆向', ['实绩', '３', null, null, '6/5']],
    ['功效系数', ['实绩', null, 95, 60, 150]],
    ['功效系数', ['实绩', null, '满意值', '底线值']],
    ['功效系数', ['实绩', null, 0, 10]],
    ['扣分制', ['实绩', null, null, null, null, 0.5]],
    ['扣分制', ['实绩', null, null, null, null, '每次扣分值']],
  ])('%s %j', (method, row) => {
    expect(withRules(method, row as Row).issues).toEqual([]);
  });
});

test('a parameter cell that reads as a number is that number; other text names a column', () => {
  const r = withRules('功效系数', ['实绩', null, '５０分', ' 不允许 值 ']);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.rules?.[0]?.satisfied).toEqual({ kind: 'number', value: 50, cell: { row: 6, col: 2 } });
  expect(r.scheme?.rules?.[0]?.disallowed).toEqual({ kind: 'column', header: '不允许 值', cell: { row: 6, col: 3 } });
});

test('percent text in 目标值 is the figure it stands for (95% = 0.95)', () => {
  const r = withRules('完成率', ['实绩', '95%']);
  expect(r.issues).toEqual([]);
  expect(r.scheme?.rules?.[0]?.target).toEqual({ kind: 'number', value: 0.95, cell: { row: 6, col: 1 } });
});

describe('rows that do not belong', () => {
  test('a row for an indicator not in 【指标】: SCHEME_INVALID on its 指标名称', () => {
    const r = withRules('完成率', ['实绩', 100], ['实际', 100]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A8']);
    expect(r.issues[0]?.message).toContain('【计分规则】中的“实际”不是【指标】中的指标');
  });

  test.each([['直接'], ['定性'], ['测评'], ['评委'], ['']])('a row for a %j indicator (no rules): SCHEME_INVALID on its 指标名称', (method) => {
    const r = withRules(method, ['实绩', 100]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A7']);
    expect(r.issues[0]?.message).toContain(`“实绩”的计分方法是“${method || '直接'}”，不使用【计分规则】`);
  });

  test('a second row for one indicator (names folded): SCHEME_INVALID on the second 指标名称', () => {
    const r = withRules('完成率', ['实绩', 100], [' 实 绩', 90]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@A8']);
    expect(r.issues[0]?.message).toContain('“实 绩”的计分规则写了两行（第一次在 A7）');
  });

  test('a rule row is matched to its indicator after folding', () => {
    expect(withRules('完成率', ['　实绩　', 100]).issues).toEqual([]);
  });

  test('a row naming a left-out indicator is not called unknown (the indicator row is reported instead)', () => {
    const r = parseScheme(grid([
      ['【指标】'], ['指标名称', '分值', '计分方法'], ['直接分', 60], ['实绩', 'abc', '完成率'],
      ['【计分规则】'], HEADER, ['实绩', 100],
    ]));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B4']);
  });
});

describe('a 实绩 indicator without a row: SCHEME_INVALID on its 计分方法 cell', () => {
  test.each([['完成率', '“目标值”'], ['逆向', '“目标值”'], ['功效系数', '“满意值”和“不允许值”'], ['扣分制', '“每次扣分”']])('%s', (method, needs) => {
    const r = withRules(method);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C4']);
    expect(r.issues[0]?.message).toContain(`“实绩”的计分方法是“${method}”，需要在【计分规则】中写一行参数，现在没有`);
    expect(r.issues[0]?.message).toContain(`填写${needs}`);
  });

  test('also when the scheme has no 【计分规则】 at all', () => {
    const r = parseScheme(grid([['【指标】'], ['指标名称', '分值', '计分方法'], ['直接分', 60], ['实绩', 40, '逆向']]));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C4']);
  });

  test('not when the row was there but could not be read (that row is reported instead)', () => {
    expect(where(withRules('完成率', ['实绩', true]).issues)).toEqual(['SCHEME_INVALID@B7']);
    expect(where(withRules('完成率', [null, 100]).issues)).toEqual(['SCHEME_INVALID@A7']);
  });
});

describe('a missing parameter the method needs: SCHEME_INVALID on that parameter cell', () => {
  test.each([
    ['完成率', ['实绩'], 'B7', '目标值'],
    ['逆向', ['实绩', null, null, null, '120%'], 'B7', '目标值'],
    ['功效系数', ['实绩', null, null, 60], 'C7', '满意值'],
    ['功效系数', ['实绩', null, 95], 'D7', '不允许值'],
    ['扣分制', ['实绩', null, null, null, null, ''], 'F7', '每次扣分'],
  ])('%s %j → %s', (method, row, cell, label) => {
    const r = withRules(method, row as Row);
    expect(where(r.issues)).toEqual([`SCHEME_INVALID@${cell}`]);
    expect(r.issues[0]?.message).toContain(`“实绩”按“${method}”计分，需要“${label}”，这一格是空的`);
  });

  test('功效系数 without both: one issue on each cell', () => {
    expect(where(withRules('功效系数', ['实绩', null, null, null, 120]).issues)).toEqual(['SCHEME_INVALID@C7', 'SCHEME_INVALID@D7']);
  });

  test('a column the header lacks: SCHEME_INVALID on the row\'s 指标名称 cell', () => {
    const r = parseScheme(grid([
      ['【指标】'], ['指标名称', '分值', '计分方法'], ['直接分', 60], ['实绩', 40, '完成率'],
      ['【计分规则】'], ['说明', '指标名称', '封顶'], ['按任务数算', '实绩', '110%'],
    ]));
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B7']);
    expect(r.issues[0]?.message).toContain('需要“目标值”');
  });
});

describe('a non-numeric parameter: SCHEME_INVALID on that cell, the row left out', () => {
  test.each([
    [true, 'TRUE'], [false, 'FALSE'], [{ error: '#N/A' }, '#N/A'], ['#DIV/0!', '#DIV/0!'], [Number.NaN, 'NaN'],
  ])('目标值 %j', (v, text) => {
    const r = withRules('完成率', ['实绩', v as CellValue]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@B7']);
    expect(r.issues[0]?.message).toContain(`目标值“${text}”不是数字，也不是列名`);
    expect(r.scheme?.rules).toEqual([]);
  });

  test('每次扣分 as a percent is SCHEME_INVALID (it is points)', () => {
    const r = withRules('扣分制', ['实绩', null, null, null, null, '2%']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@F7']);
    expect(r.issues[0]?.message).toContain('每次扣分“2%”是百分比，而每次扣分是分数');
  });

  test('even in a column the method ignores', () => {
    expect(where(withRules('完成率', ['实绩', 100, { error: '#REF!' }]).issues)).toEqual(['SCHEME_INVALID@C7']);
  });
});

describe('a parameter the method ignores: SCHEME_INVALID on that cell', () => {
  test.each([
    ['完成率', ['实绩', 100, 95], 'C7', '满意值'],
    ['完成率', ['实绩', 100, null, 60], 'D7', '不允许值'],
    ['完成率', ['实绩', 100, null, null, null, 2], 'F7', '每次扣分'],
    ['逆向', ['实绩', 3, null, null, null, '每次扣分'], 'F7', '每次扣分'],
    ['功效系数', ['实绩', 100, 95, 60], 'B7', '目标值'],
    ['扣分制', ['实绩', 5, null, null, null, 2], 'B7', '目标值'],
    ['扣分制', ['实绩', null, 1, null, null, 2], 'C7', '满意值'],
  ])('%s %j → %s', (method, row, cell, label) => {
    const r = withRules(method, row as Row);
    expect(where(r.issues)).toEqual([`SCHEME_INVALID@${cell}`]);
    expect(r.issues[0]?.message).toContain(`“实绩”按“${method}”计分，不使用“${label}”，这一格不会被读取`);
  });

  test('封顶 on 扣分制 (its score never passes 分值)', () => {
    const r = withRules('扣分制', ['实绩', null, null, null, '100%', 2]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@E7']);
    expect(r.issues[0]?.message).toContain('“实绩”按“扣分制”计分，得分不会超过分值，不使用“封顶”');
  });
});

describe('constant values', () => {
  test.each([[0], [-5], ['-1'], ['0分']])('目标值 %j ≤ 0 on 完成率 and 逆向: SCHEME_INVALID on 目标值', (v) => {
    for (const method of ['完成率', '逆向']) {
      const r = withRules(method, ['实绩', v]);
      expect(where(r.issues)).toEqual(['SCHEME_INVALID@B7']);
      expect(r.issues[0]?.message).toContain('“实绩”的目标值应大于 0');
    }
  });

  test('a per-unit 目标值 (a column) is checked by the run, not here', () => {
    expect(withRules('完成率', ['实绩', '任务数']).issues).toEqual([]);
  });

  test('满意值 = 不允许值 on 功效系数: SCHEME_INVALID on 满意值', () => {
    const r = withRules('功效系数', ['实绩', null, 60, '６０']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C7']);
    expect(r.issues[0]?.message).toContain('“实绩”的满意值与不允许值都是 60，无法按功效系数计分');
  });

  test('满意值 and 不允许值 from one column: SCHEME_INVALID on 满意值', () => {
    const r = withRules('功效系数', ['实绩', null, '基准值', ' 基准值']);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@C7']);
    expect(r.issues[0]?.message).toContain('取自同一列“基准值”');
  });

  test('满意值 below 不允许值 (lower is better) is valid', () => {
    expect(withRules('功效系数', ['实绩', null, 2, 10]).issues).toEqual([]);
  });

  test.each([[0], [-1]])('每次扣分 %j: SCHEME_INVALID on 每次扣分 (decision: must be above 0)', (v) => {
    const r = withRules('扣分制', ['实绩', null, null, null, null, v]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@F7']);
    expect(r.issues[0]?.message).toContain('“实绩”的每次扣分应大于 0');
  });
});

describe('封顶', () => {
  test.each([
    ['120%', { num: 120, den: 100 }], [120, { num: 120, den: 100 }], ['１２０', { num: 120, den: 100 }],
    [1, { num: 1, den: 1 }], ['100%', { num: 100, den: 100 }], ['6/5', { num: 6, den: 5 }], [null, { num: 100, den: 100 }],
  ])('%j reads as %j', (v, cap) => {
    const r = withRules('完成率', ['实绩', 100, null, null, v]);
    expect(r.issues).toEqual([]);
    expect(r.scheme?.rules?.[0]?.cap).toEqual(cap);
  });

  test('1.2 reads as 1.2% and is SCHEME_INVALID on 封顶, with the fix “写 120% 或 120”', () => {
    const r = withRules('完成率', ['实绩', 100, null, null, 1.2]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@E7']);
    expect(r.issues[0]?.message).toBe('考核方案 E7：封顶应不低于 100%，现为 1.2%。若要得分最多为分值的 1.2 倍，请写 120% 或 120；不封顶到 100% 以上请留空。请按说明修改考核方案后重新校验。');
  });

  test.each([['80%', '现为 80%'], [0.5, '现为 50%'], ['2/3', '现为 2/3']])('%j below 100%% is SCHEME_INVALID on 封顶', (v, text) => {
    const r = withRules('逆向', ['实绩', 3, null, null, v]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@E7']);
    expect(r.issues[0]?.message).toContain(`封顶应不低于 100%，${text}`);
  });

  test.each([['不封顶'], [true], ['-120%']])('%j is not a ratio: SCHEME_INVALID on 封顶', (v) => {
    const r = withRules('完成率', ['实绩', 100, null, null, v as CellValue]);
    expect(where(r.issues)).toEqual(['SCHEME_INVALID@E7']);
    expect(r.issues[0]?.message).toContain('不是比例');
  });
});

test('the header: 指标名称 is required, unknown columns are SCHEME_INVALID, free-text columns are not read', () => {
  const base: Row[] = [['【指标】'], ['指标名称', '分值', '计分方法'], ['直接分', 60], ['实绩', 40, '完成率'], ['【计分规则】']];
  expect(where(parseScheme(grid([...base, ['目标值'], [100]])).issues)).toEqual(['SCHEME_INVALID@A6']);
  expect(where(parseScheme(grid([...base, ['指标名称', '目标值', '权数'], ['实绩', 100, 1]])).issues)).toEqual(['SCHEME_INVALID@C6']);
  expect(parseScheme(grid([...base, ['指标名称', '评分细则', '目标值'], ['实绩', '按任务数算', 100]])).issues).toEqual([]);
});

test('a 基本设置 key written under 【计分规则】 is said to belong to 【基本设置】', () => {
  const r = withRules('完成率', ['实绩', 100], ['小数位', 1]);
  expect(where(r.issues)).toEqual(['SCHEME_INVALID@A8']);
  expect(r.issues[0]?.message).toContain('“小数位”是【基本设置】中的设置项，却写在【计分规则】下');
});
