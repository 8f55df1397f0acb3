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

/** 计分方法 (SPEC §8.1): how an indicator's score is got from its cells. */
export const SCORING_METHODS = ['直接', '定性', '测评', '评委', '完成率', '逆向', '功效系数', '扣分制'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];
/** The 实绩 methods (SPEC §8.5): their parameters come from 【计分规则】. */
export const FIGURE_METHODS: readonly ScoringMethod[] = ['完成率', '逆向', '功效系数', '扣分制'];

/**
 * An exact ratio `num / den` (SPEC §8.1 "Ratios"): `80%` → 80/100, `0.8` → 8/10, `80` → 80/100,
 * `2/3` → 2/3. `den > 0`; both are whole numbers when read from decimal text, so comparisons made
 * by cross-multiplying (`a × den > num × b`) are exact for whole-number counts.
 */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

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
  // ── SPEC §8 keys (综合评价); they apply to every indicator of their method ──
  /** 测评实到列: header of the column with the voters present (on each 测评 indicator's sheet), or null. */
  readonly votePresentColumn: string | null;
  /** 测评应到列: header of the column with the voters expected, or null. */
  readonly voteExpectedColumn: string | null;
  /** 测评最低参评率 (default 2/3): 实到 < 应到 × 率 is VOTE_QUORUM. */
  readonly voteQuorum: Ratio;
  /** 差票否决比例: the lowest level's votes above this share of the votes is a veto; null = no such veto. */
  readonly badVoteVeto: Ratio | null;
  /** 差票否决效果 (default 取消评优). */
  readonly badVoteEffect: VetoEffect;
  /** 评委满分: the judges' full mark; null = each 评委 indicator's 分值. */
  readonly judgeFullMark: number | null;
  /** 去掉最高分 (default 1). */
  readonly dropHighest: number;
  /** 去掉最低分 (default 1). */
  readonly dropLowest: number;
  /** 评委最少人数 (default 5). */
  readonly judgeMinimum: number;
  /** 评委偏离阈值 (default 20%): JUDGE_OUTLIER beyond this share of 评委满分. */
  readonly judgeDeviation: Ratio;
  /**
   * 公示异常标记 (issue 14): `显示` — 考核结果 carries the 异常标记 column (SPEC §5); `不显示` — it
   * carries a 备注 column instead (`未计分（数据有误）` for a unit not scored). Absent (schemes built
   * by hand, or the key not written) = `显示`: read it with `publicFlagsOf(settings)`.
   */
  readonly publicFlags?: PublicFlags;
  /** Where each key was written, for issues (key → cell of its value). */
  readonly cells: Readonly<Partial<Record<SettingKey, CellRef>>>;
}

/** 公示异常标记: whether the 公示 list shows the data-quality flags. */
export type PublicFlags = '显示' | '不显示';

/** The 公示异常标记 setting, `显示` when absent. */
export function publicFlagsOf(settings: Pick<Settings, 'publicFlags'>): PublicFlags {
  return settings.publicFlags ?? '显示';
}

export type SettingKey =
  | '数据表' | '单位列' | '分组列' | '满分' | '排名方式' | '同分比较' | '小数位' | '总分下限' | '总分上限'
  | '空白处理' | '否决单位排名' | '比例取整' | '加分合计上限' | '扣分合计上限'
  | '测评实到列' | '测评应到列' | '测评最低参评率' | '差票否决比例' | '差票否决效果'
  | '评委满分' | '去掉最高分' | '去掉最低分' | '评委最少人数' | '评委偏离阈值'
  | '公示异常标记';

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
  /** 计分方法 (SPEC §8.1); absent = `直接` (the cell is the score). */
  readonly method?: ScoringMethod;
  /** 来源表: the sheet holding the indicator's cells; absent or null = the data sheet. */
  readonly source?: string | null;
  /** The 计分方法 cell, when written (scheme issues about the method point here). */
  readonly methodCell?: CellRef;
  /** The 来源表 cell, when written. */
  readonly sourceCell?: CellRef;
}

/** A level of 【等级分】 (SPEC §8.2): a word and its 得分率, best first. */
export interface LevelRule {
  readonly word: string;
  readonly rate: Ratio;
  readonly cell: CellRef;
}

/** 【等级分】 when the scheme has none: 好 100%, 较好 80%, 一般 60%, 差 0%. */
export const DEFAULT_LEVELS: readonly LevelRule[] = [
  { word: '好', rate: { num: 100, den: 100 }, cell: { row: -1, col: -1 } },
  { word: '较好', rate: { num: 80, den: 100 }, cell: { row: -1, col: -1 } },
  { word: '一般', rate: { num: 60, den: 100 }, cell: { row: -1, col: -1 } },
  { word: '差', rate: { num: 0, den: 100 }, cell: { row: -1, col: -1 } },
];

/**
 * A 【计分规则】 parameter (SPEC §8.5): a number, or the header of a column on the indicator's sheet
 * holding each unit's own value (each 乡镇's 任务数).
 */
export type RuleParam =
  | { readonly kind: 'number'; readonly value: number; readonly cell: CellRef }
  | { readonly kind: 'column'; readonly header: string; readonly cell: CellRef };

/** One 【计分规则】 row: `指标名称 | 目标值 | 满意值 | 不允许值 | 封顶 | 每次扣分`. */
export interface ScoringRule {
  /** 指标名称, as written. */
  readonly indicator: string;
  readonly target: RuleParam | null;
  readonly satisfied: RuleParam | null;
  readonly disallowed: RuleParam | null;
  /** 封顶 (default 100%, at least 100%): a computed score is at most 分值 × 封顶. */
  readonly cap: Ratio;
  /** The 封顶 cell, when it holds a value (absent = the default 100%). */
  readonly capCell?: CellRef;
  readonly perCount: RuleParam | null;
  /** The row's 指标名称 cell. */
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
  /**
   * 离群最小分差: an indicator score is an outlier only when it lies at least this share of the
   * indicator's 分值 from its scope's median (0..1; 0.15 = 15%). Totals are not concerned.
   */
  readonly outlierMinDiff: number;
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
  outlierMinDiff: 0.15,
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
  /**
   * 【等级分】, best first (SPEC §8.2); `DEFAULT_LEVELS` when the scheme has none. Absent on schemes
   * built by hand (tests): read it with `levelsOf(scheme)`.
   */
  readonly levels?: readonly LevelRule[];
  /** 【计分规则】, one per 实绩 indicator (SPEC §8.5). Absent = none. */
  readonly rules?: readonly ScoringRule[];
}

/** An indicator's 计分方法 (`直接` when the scheme gives none). */
export function methodOf(ind: Indicator): ScoringMethod {
  return ind.method ?? '直接';
}

/** The scheme's 【等级分】, or the default levels. */
export function levelsOf(scheme: Scheme): readonly LevelRule[] {
  return scheme.levels && scheme.levels.length ? scheme.levels : DEFAULT_LEVELS;
}

/** A ratio's value as a double (for formulas "evaluated in doubles"; compare ratios exactly instead). */
export function ratioValue(r: Ratio): number {
  return r.num / r.den;
}

export const SCHEME_SHEET = '考核方案';
export const RESULT_SHEET = '考核结果';
export const PROGRAM_SHEET_PREFIX = '_考评';
