/**
 * The scheme (考核方案), as parsed from the `考核方案` sheet (SPEC §1.1). Names are stored as the
 * user wrote them (trimmed); matching always goes through `fold()`.
 * Every `*Cell` field is the 0-based position of the scheme cell it came from, for issues.
 */

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export type RankMethod = '美式' | '中国式';
export type BlankPolicy = '报错' | '按0分';
export type VetoRankPolicy = '末位' | '不排名' | '正常';
export type QuotaRounding = '向下' | '四舍五入';
export type VetoEffect = '定为末等' | '取消评优' | '总分计零';

export interface Settings {
  /** 数据表; null = the first visible sheet that is not the scheme, results or a `_考评` sheet. */
  readonly dataSheet: string | null;
  readonly unitColumn: string;
  readonly groupColumn: string | null;
  readonly fullMark: number;
  readonly rankMethod: RankMethod;
  /** 同分比较: indicator names, in order. */
  readonly tieBreakers: readonly string[];
  readonly decimals: number;
  readonly totalMin: number;
  readonly totalMax: number | null;
  readonly blank: BlankPolicy;
  readonly vetoRank: VetoRankPolicy;
  readonly quotaRounding: QuotaRounding;
  readonly bonusTotalCap: number | null;
  readonly deductionTotalCap: number | null;
  /** Where each key was written, for issues (key → cell of its value). */
  readonly cells: Readonly<Partial<Record<SettingKey, CellRef>>>;
}

export type SettingKey =
  | '数据表' | '单位列' | '分组列' | '满分' | '排名方式' | '同分比较' | '小数位' | '总分下限' | '总分上限'
  | '空白处理' | '否决单位排名' | '比例取整' | '加分合计上限' | '扣分合计上限';

export interface Indicator {
  readonly name: string;
  /** 分值 (> 0): the full mark; valid scores are 0..max. */
  readonly max: number;
  /** 权重, or null when the scheme gives none (then the weight is `max`). */
  readonly weight: number | null;
  /** 一级指标, or null. */
  readonly category: string | null;
  /** 编号, or null. */
  readonly code: string | null;
  readonly cell: CellRef;
}

export interface Adjustment {
  /** 列名 */
  readonly column: string;
  readonly kind: '加分' | '扣分';
  /** 上限 for one cell, or null. */
  readonly cap: number | null;
  readonly cell: CellRef;
}

export interface VetoRule {
  readonly column: string;
  readonly effect: VetoEffect;
  readonly cell: CellRef;
}

export interface GradeRule {
  readonly name: string;
  /** 最低分 (0 when blank). */
  readonly min: number;
  /** 比例上限 as a fraction (0.2), or null = no quota. */
  readonly quota: number | null;
  readonly cell: CellRef;
}

export interface StarRule {
  readonly stars: number;
  readonly min: number;
  readonly cell: CellRef;
}

/** 【异常规则】 thresholds (issue 5); every key optional, defaults in `DEFAULT_ANOMALY_RULES`. */
export interface AnomalyRules {
  /** 离群阈值: |modified z| beyond this is an outlier. */
  readonly outlierZ: number;
  /** 离群最少单位数: no OUTLIER below this many units in scope. */
  readonly outlierMinUnits: number;
  /** 雷同最少指标数 */
  readonly identicalMinIndicators: number;
  /** 突变分差: total moved by more than this. */
  readonly jumpPoints: number;
  /** 突变名次比例: rank moved by more than this fraction of the units. */
  readonly jumpRankFraction: number;
  /** 启用 flags: all on by default. */
  readonly enabled: Readonly<Record<'OUTLIER' | 'IDENTICAL_ROWS' | 'ALL_FULL_MARKS' | 'NO_SPREAD' | 'PERIOD_JUMP', boolean>>;
}

export const DEFAULT_ANOMALY_RULES: AnomalyRules = {
  outlierZ: 3.5,
  outlierMinUnits: 8,
  identicalMinIndicators: 5,
  jumpPoints: 15,
  jumpRankFraction: 1 / 3,
  enabled: { OUTLIER: true, IDENTICAL_ROWS: true, ALL_FULL_MARKS: true, NO_SPREAD: true, PERIOD_JUMP: true },
};

export interface Scheme {
  readonly sheet: string;
  readonly settings: Settings;
  readonly indicators: readonly Indicator[];
  readonly adjustments: readonly Adjustment[];
  readonly vetoes: readonly VetoRule[];
  /** Best grade first. Empty when the scheme has no 【等次】. */
  readonly grades: readonly GradeRule[];
  /** Most stars first. Empty when the scheme has no 【星级】. */
  readonly stars: readonly StarRule[];
  readonly anomaly: AnomalyRules;
}

export const SCHEME_SHEET = '考核方案';
export const RESULT_SHEET = '考核结果';
export const PROGRAM_SHEET_PREFIX = '_考评';
