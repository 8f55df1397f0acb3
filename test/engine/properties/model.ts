/**
 * A generated 考核 case: a valid scheme and the units of its data sheet, as plain data that both
 * `build.ts` (→ workbook cells) and `reference.ts` (→ expected results) read.
 */
import fc from 'fast-check';
import type { VetoEffect } from '../../../src/engine';

export interface IndicatorModel {
  readonly name: string;
  readonly max: number;
  readonly weight: number | null;
  readonly category: string | null;
  /** How the data sheet's header writes the name: plain, with a (10分) / (权重20%) mark, with spaces or a line break. */
  readonly label: 'plain' | 'mark' | 'weightMark' | 'spaced' | 'break';
}

export interface AdjustmentModel {
  readonly column: string;
  readonly kind: '加分' | '扣分';
  readonly cap: number | null;
}

export interface VetoModel {
  readonly column: string;
  readonly effect: VetoEffect;
  /** Leave 效果 blank (= 定为末等). */
  readonly blankEffect: boolean;
}

export interface GradeModel {
  readonly name: string;
  readonly min: number;
  /** 比例上限 in whole percent, or null. */
  readonly quotaPct: number | null;
  readonly quotaForm: 'text' | 'fraction' | 'number';
}

export interface StarModel {
  readonly stars: number;
  readonly min: number;
}

export interface SettingsModel {
  readonly unitColumn: string | null;
  readonly grouped: boolean;
  /** Write 满分 (else the weights must add up to the default 100). */
  readonly writeFullMark: boolean;
  readonly rankMethod: '美式' | '中国式';
  readonly vetoRank: '末位' | '不排名' | '正常';
  readonly halfUp: boolean;
  readonly decimals: number;
  readonly totalMin: number;
  readonly totalMax: number | null;
  readonly bonusTotalCap: number | null;
  readonly deductionTotalCap: number | null;
  readonly tieBreakers: readonly string[];
  readonly blankZero: boolean;
  readonly anomaliesOn: boolean;
}

/** One indicator cell of a unit. */
export type CellModel =
  | { readonly kind: 'score'; readonly score: number; readonly form: 'number' | 'text分' | 'fullwidth' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'bad'; readonly value: 'percent' | 'error' | 'bool' | 'text' | 'over' };

export interface UnitModel {
  readonly name: string;
  readonly group: string;
  readonly cells: readonly CellModel[];
  /** Per 加扣分 column: points (0 = empty cell). */
  readonly adjustments: readonly number[];
  /** Per 一票否决 column: vetoed? */
  readonly vetoes: readonly boolean[];
  readonly vetoForm: number;
  readonly hidden: boolean;
}

export interface CaseModel {
  readonly settings: SettingsModel;
  readonly fullMark: number;
  readonly indicators: readonly IndicatorModel[];
  readonly adjustments: readonly AdjustmentModel[];
  readonly vetoes: readonly VetoModel[];
  readonly grades: readonly GradeModel[];
  readonly stars: readonly StarModel[];
  readonly units: readonly UnitModel[];
  /** Data sheet layout. */
  readonly titleRows: number;
  readonly markRow: boolean;
  readonly totalRow: boolean;
  readonly extraColumns: boolean;
  /** Column order: a permutation seed. */
  readonly columnOrder: readonly number[];
}

export const INDICATOR_NAMES = ['党建工作', '业务工作', '学习教育', '安全生产', '信访维稳', '经济发展', '生态环保', '民生实事', '作风建设', '意识形态', '乡村振兴', '营商环境'];
const CATEGORIES = ['组织建设', '发展实绩', '群众评价'];
const ADJ = [{ column: '加分', kind: '加分' }, { column: '创新加分', kind: '加分' }, { column: '扣分', kind: '扣分' }, { column: '通报扣分', kind: '扣分' }] as const;
const VETO_COLUMNS = ['党风廉政', '安全事故', '信访问题'];
const GRADE_NAMES = ['优秀', '良好', '一般', '较差'];
export const GROUPS = ['乡镇', '街道', '部门'];
const MAXES = [1, 3, 5, 7, 10, 15, 20, 25, 30, 40, 50, 100];

const indicatorShape = fc.record({
  max: fc.constantFrom(...MAXES),
  weight: fc.integer({ min: 1, max: 40 }),
  halfWeight: fc.boolean(),
  category: fc.integer({ min: 0, max: 2 }),
  label: fc.constantFrom<IndicatorModel['label']>('plain', 'mark', 'weightMark', 'spaced', 'break'),
});

/** A score cell; `tiesLikely` draws from three values only (0, half, full), so totals tie often. */
function cellArb(max: number, tiesLikely: boolean): fc.Arbitrary<CellModel> {
  const coarse = tiesLikely ? fc.constantFrom(max, max, max / 2) : fc.integer({ min: 0, max: 4 }).map((k) => (max * k) / 4);
  const fine = fc.integer({ min: 0, max: max * 10 }).map((k) => k / 10);
  const score = fc.record({
    kind: fc.constant('score' as const),
    score: tiesLikely ? coarse : fc.oneof({ weight: 3, arbitrary: coarse }, { weight: 2, arbitrary: fine }),
    form: fc.oneof({ weight: 8, arbitrary: fc.constant('number' as const) }, { weight: 1, arbitrary: fc.constantFrom('text分' as const, 'fullwidth' as const) }),
  });
  return fc.oneof(
    { weight: 40, arbitrary: score },
    { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('bad' as const), value: fc.constantFrom('percent' as const, 'error' as const, 'bool' as const, 'text' as const, 'over' as const) }) },
  );
}

/** Grades best first: descending 最低分, last 0 without quota. */
const gradesArb: fc.Arbitrary<GradeModel[]> = fc.integer({ min: 0, max: 4 }).chain((n) =>
  n === 0
    ? fc.constant([])
    : fc.tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 }),
        fc.array(fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }), { minLength: n, maxLength: n }),
        fc.array(fc.constantFrom<GradeModel['quotaForm']>('text', 'fraction', 'number'), { minLength: n, maxLength: n }),
      ).map(([mins, quotas, forms]) => {
        const sorted = [...mins].sort((a, b) => b - a);
        return GRADE_NAMES.slice(0, n).map((name, i) => ({
          name,
          min: i === n - 1 ? 0 : (sorted[i] as number),
          quotaPct: i === n - 1 ? null : (quotas[i] ?? null),
          quotaForm: forms[i] ?? 'text',
        }));
      }),
);

const starsArb: fc.Arbitrary<StarModel[]> = fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 0, maxLength: 3 }).map((mins) =>
  [...mins].sort((a, b) => b - a).map((min, i, all) => ({ stars: all.length - i + 2, min })),
);

/** `pct` % of `full`, to two decimals (distinct percents stay distinct and ordered for 满分 ≥ 1). */
const scaled = (pct: number, full: number): number => Math.round(pct * full) / 100;

export const caseArb: fc.Arbitrary<CaseModel> = fc
  .record({
    shapes: fc.array(indicatorShape, { minLength: 1, maxLength: 12 }),
    weighted: fc.boolean(),
    categorised: fc.boolean(),
    adjustments: fc.subarray([0, 1, 2, 3]),
    caps: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { minLength: 4, maxLength: 4 }),
    vetoes: fc.array(fc.tuple(fc.constantFrom<VetoEffect>('定为末等', '取消评优', '总分计零'), fc.boolean()), { maxLength: 3 }),
    grades: gradesArb,
    stars: starsArb,
    settings: fc.record({
      customUnit: fc.boolean(),
      grouped: fc.boolean(),
      writeFullMark: fc.boolean(),
      rankMethod: fc.constantFrom('美式' as const, '中国式' as const),
      vetoRank: fc.constantFrom('末位' as const, '不排名' as const, '正常' as const),
      halfUp: fc.boolean(),
      decimals: fc.integer({ min: 0, max: 3 }),
      totalMin: fc.constantFrom(0, 0, -10, 20),
      totalMax: fc.option(fc.constantFrom(60, 80, 95, 100, 1000), { nil: null }),
      bonusTotalCap: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      deductionTotalCap: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      tieCount: fc.integer({ min: 0, max: 2 }),
      blankZero: fc.boolean(),
      anomaliesOn: fc.boolean(),
    }),
    layout: fc.record({ titleRows: fc.integer({ min: 0, max: 3 }), markRow: fc.boolean(), totalRow: fc.boolean(), extraColumns: fc.boolean() }),
    unitCount: fc.integer({ min: 1, max: 24 }),
    tiesLikely: fc.boolean(),
    seedOrder: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
  })
  .chain((g) => {
    const indicators: IndicatorModel[] = g.shapes.map((s, i) => ({
      name: INDICATOR_NAMES[i] as string,
      max: s.max,
      weight: g.weighted ? s.weight + (s.halfWeight ? 0.5 : 0) : null,
      category: g.categorised ? (CATEGORIES[s.category] as string) : null,
      label: s.label === 'weightMark' && !g.weighted ? 'mark' : s.label,
    }));
    const fullMark = indicators.reduce((a, x) => a + (x.weight ?? x.max), 0);
    const adjustments: AdjustmentModel[] = g.adjustments.map((k) => ({ ...(ADJ[k] as (typeof ADJ)[number]), cap: g.caps[k] ?? null }));
    const vetoes: VetoModel[] = g.vetoes.map(([effect, blank], k) => ({ column: VETO_COLUMNS[k] as string, effect: blank ? '定为末等' : effect, blankEffect: blank }));
    const st = g.settings;
    const tieBreakers = indicators.slice(0, Math.min(st.tieCount, indicators.length)).map((x) => x.name).reverse();
    const settings: SettingsModel = {
      unitColumn: st.customUnit ? '被考核单位' : null,
      grouped: st.grouped,
      writeFullMark: st.writeFullMark || Math.abs(fullMark - 100) > 1e-9,
      rankMethod: st.rankMethod,
      vetoRank: st.vetoRank,
      halfUp: st.halfUp,
      decimals: st.decimals,
      totalMin: st.totalMin,
      totalMax: st.totalMax !== null && st.totalMax < st.totalMin ? null : st.totalMax,
      bonusTotalCap: st.bonusTotalCap,
      deductionTotalCap: st.deductionTotalCap,
      tieBreakers,
      blankZero: st.blankZero,
      anomaliesOn: st.anomaliesOn,
    };
    const unit = (i: number): fc.Arbitrary<UnitModel> =>
      fc.record({
        name: fc.constant(`单位${String(i + 1).padStart(2, '0')}`),
        group: fc.constantFrom(...GROUPS),
        cells: fc.tuple(...indicators.map((x) => cellArb(x.max, g.tiesLikely))),
        adjustments: fc.tuple(...adjustments.map(() => fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 16 }).map((k) => k / 2) }))),
        vetoes: fc.tuple(...vetoes.map(() => fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }))),
        vetoForm: fc.integer({ min: 0, max: 5 }),
        hidden: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      });
    const cols = 3 + indicators.length + adjustments.length + vetoes.length + 2;
    const columnOrder = Array.from({ length: cols }, (_, i) => i).sort((a, b) => (g.seedOrder[a % 24] as number) - (g.seedOrder[b % 24] as number) || a - b);
    return fc.tuple(...Array.from({ length: g.unitCount }, (_, i) => unit(i))).map((units) => ({
      settings,
      fullMark,
      indicators,
      adjustments,
      vetoes,
      // 最低分 were drawn as percents of 满分: scale them to this scheme's 满分 (two decimals).
      grades: g.grades.map((x) => ({ ...x, min: scaled(x.min, fullMark) })),
      stars: g.stars.map((x) => ({ ...x, min: scaled(x.min, fullMark) })),
      units,
      ...g.layout,
      columnOrder,
    }));
  });
