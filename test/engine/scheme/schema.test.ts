import { schemeSchema, say, showNumber, MESSAGE_SEPARATOR } from '../../../src/engine/scheme/schema';
import { DEFAULT_ANOMALY_RULES, type Scheme } from '../../../src/engine/model/scheme';
import { DEFAULT_SETTINGS } from '../../../src/engine/scheme/settings';

const VALID: Scheme = {
  sheet: '考核方案',
  settings: { ...DEFAULT_SETTINGS, cells: {} },
  indicators: [
    { name: '甲', max: 10, weight: 40, category: null, code: null, cell: { row: 2, col: 0 } },
    { name: '乙', max: 10, weight: 60, category: null, code: null, cell: { row: 3, col: 0 } },
  ],
  adjustments: [],
  vetoes: [],
  grades: [{ name: '优秀', min: 90, quota: 0.2, cell: { row: 6, col: 0 } }, { name: '一般', min: 0, quota: null, cell: { row: 7, col: 0 } }],
  stars: [],
  anomaly: DEFAULT_ANOMALY_RULES,
};

test('a valid scheme passes the schema', () => {
  expect(schemeSchema.safeParse(VALID).success).toBe(true);
});

test('every problem is reported, field and cross-row alike, each message in both languages', () => {
  const bad: Scheme = {
    ...VALID,
    settings: { ...VALID.settings, decimals: 12 },
    // weights 40 + 50 = 90 ≠ 100 → WEIGHT_SUM; 分值 −1 → field rule.
    indicators: [VALID.indicators[0]!, { ...VALID.indicators[1]!, max: -1, weight: 50 }],
  };
  const r = schemeSchema.safeParse(bad);
  expect(r.success).toBe(false);
  const issues = r.error?.issues ?? [];
  expect(issues.map((i) => i.path.join('.'))).toEqual(['settings.decimals', 'indicators.1.max']);
  expect(issues[0]?.message).toBe(say('“小数位”应为 0 到 10 之间的整数，现为 12', '小数位 must be a whole number 0..10, not 12'));
  // The WEIGHT_SUM needs every 分值 > 0 to mean anything, so it waits for the 分值 to be fixed.
  const sumOnly = schemeSchema.safeParse({ ...VALID, indicators: [VALID.indicators[0]!, { ...VALID.indicators[1]!, weight: 50 }] });
  expect(sumOnly.error?.issues).toEqual([
    expect.objectContaining({ code: 'custom', path: ['indicators'], params: { kind: 'WEIGHT_SUM', what: '权重', whatEn: 'weights', sum: '90', full: '100' } }),
  ]);
});

test('say and showNumber', () => {
  expect(say('中', 'en')).toBe(`中${MESSAGE_SEPARATOR}en`);
  expect(showNumber(0.1 + 0.2)).toBe('0.3');
  expect(showNumber(33.3 * 3)).toBe('99.9');
  expect(showNumber(-5)).toBe('-5');
});
