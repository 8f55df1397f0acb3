/**
 * The zod schema of an assembled `Scheme` (SPEC §1.1): the rules on values (满分 > 0, 小数位 0..10,
 * 分值 > 0, 比例上限 in (0, 1], 1..10 stars…) and across rows and sections (权重 all-or-none, the
 * WEIGHT_SUM, duplicate and colliding names, 同分比较 names, grade and star order), and SPEC §8's
 * (the new 基本设置 keys here; 来源表, 【等级分】 and 【计分规则】 in `method-checks.ts`). zod reports
 * every problem, never only the first.
 *
 * Each problem's message is Chinese and English joined by `MESSAGE_SEPARATOR` (see `say`); a
 * WEIGHT_SUM problem is a custom issue whose `params.kind` is `'WEIGHT_SUM'`. `parseScheme` turns
 * them into issues at the scheme cell of the field (`path`).
 */
import { z } from 'zod';
import { a1 } from '../address';
import { PROGRAM_SHEET_PREFIX, RESULT_SHEET, SCHEME_SHEET, SCORING_METHODS, type CellRef, type Scheme } from '../model/scheme';
import { fold } from '../text/fold';
import { MESSAGE_SEPARATOR, problem, say, showNumber, type Ctx, type Path } from './problem';
import { checkMethods, levelSchema, proportionSetting, ruleSchema } from './method-checks';

export { MESSAGE_SEPARATOR, say, showNumber };

/** A number rule with its message (a failed refine does not stop the other checks). */
function rule(ok: (n: number) => boolean, zh: (n: string) => string, en: (n: string) => string) {
  return z.number().refine(ok, { error: (iss) => say(zh(showNumber(Number(iss.input))), en(showNumber(Number(iss.input)))) });
}

const isInt = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi;
const cellRef = z.object({ row: z.number(), col: z.number() });

const settingsSchema = z.object({
  dataSheet: z.string().nullable(),
  unitColumn: z.string(),
  groupColumn: z.string().nullable(),
  fullMark: rule((n) => n > 0, (n) => `“满分”应大于 0，现为 ${n}。请填写各指标权重（或分值）之和，如 100`, (n) => `满分 must be above 0, not ${n}`),
  rankMethod: z.enum(['美式', '中国式']),
  tieBreakers: z.array(z.string()),
  decimals: rule((n) => isInt(n, 0, 10), (n) => `“小数位”应为 0 到 10 之间的整数，现为 ${n}`, (n) => `小数位 must be a whole number 0..10, not ${n}`),
  totalMin: z.number(),
  totalMax: z.number().nullable(),
  blank: z.enum(['报错', '按0分']),
  vetoRank: z.enum(['末位', '不排名', '正常']),
  quotaRounding: z.enum(['向下', '四舍五入']),
  bonusTotalCap: rule((n) => n >= 0, (n) => `“加分合计上限”不能为负数，现为 ${n}`, (n) => `加分合计上限 must not be negative, not ${n}`).nullable(),
  deductionTotalCap: rule((n) => n >= 0, (n) => `“扣分合计上限”不能为负数，现为 ${n}`, (n) => `扣分合计上限 must not be negative, not ${n}`).nullable(),
  votePresentColumn: z.string().nullable(),
  voteExpectedColumn: z.string().nullable(),
  voteQuorum: proportionSetting('测评最低参评率'),
  badVoteVeto: proportionSetting('差票否决比例').nullable(),
  badVoteEffect: z.enum(['定为末等', '取消评优', '总分计零']),
  judgeFullMark: rule((n) => n > 0, (n) => `“评委满分”应大于 0，现为 ${n}。请填写评委打分的满分，如 100；留空则为各评委指标的分值`,
    (n) => `评委满分 must be above 0, not ${n}; enter the judges' full mark, e.g. 100, or leave it blank for each indicator's 分值`).nullable(),
  dropHighest: rule((n) => isInt(n, 0, 1e9), (n) => `“去掉最高分”应为 0 或正整数，现为 ${n}（默认 1）`, (n) => `去掉最高分 must be a whole number ≥ 0, not ${n} (default 1)`),
  dropLowest: rule((n) => isInt(n, 0, 1e9), (n) => `“去掉最低分”应为 0 或正整数，现为 ${n}（默认 1）`, (n) => `去掉最低分 must be a whole number ≥ 0, not ${n} (default 1)`),
  judgeMinimum: rule((n) => isInt(n, 1, 1e9), (n) => `“评委最少人数”应为正整数，现为 ${n}（默认 5）`, (n) => `评委最少人数 must be a whole number ≥ 1, not ${n} (default 5)`),
  judgeDeviation: proportionSetting('评委偏离阈值'),
  publicFlags: z.enum(['显示', '不显示']).optional(),
  cells: z.record(z.string(), cellRef),
});

const indicatorSchema = z.object({
  name: z.string(),
  max: rule((n) => n > 0, (n) => `分值应大于 0，现为 ${n}`, (n) => `分值 must be above 0, not ${n}`),
  weight: rule((n) => n > 0, (n) => `权重应大于 0，现为 ${n}`, (n) => `权重 must be above 0, not ${n}`).nullable(),
  category: z.string().nullable(),
  code: z.string().nullable(),
  cell: cellRef,
  method: z.enum(SCORING_METHODS).optional(),
  source: z.string().nullable().optional(),
  methodCell: cellRef.optional(),
  sourceCell: cellRef.optional(),
});

const adjustmentSchema = z.object({
  column: z.string(),
  kind: z.enum(['加分', '扣分']),
  cap: rule((n) => n >= 0, (n) => `上限不能为负数，现为 ${n}。不设上限请留空`, (n) => `上限 must not be negative, not ${n}; leave it blank for no cap`).nullable(),
  cell: cellRef,
});

const vetoSchema = z.object({ column: z.string(), effect: z.enum(['定为末等', '取消评优', '总分计零']), cell: cellRef });

const gradeSchema = z.object({
  name: z.string(),
  min: rule((n) => n >= 0, (n) => `最低分不能为负数，现为 ${n}`, (n) => `最低分 must not be negative, not ${n}`),
  quota: rule((n) => n > 0 && n <= 1, (n) => `比例上限应大于 0 且不超过 100%，现为 ${n}。不限比例请留空`,
    (n) => `比例上限 must be above 0 and at most 100%, not ${n}; leave it blank for no quota`).nullable(),
  cell: cellRef,
});

const starSchema = z.object({
  stars: rule((n) => isInt(n, 1, 10), (n) => `星级应为 1 到 10 之间的整数，现为 ${n}`, (n) => `星级 must be a whole number 1..10, not ${n}`),
  min: z.number(),
  cell: cellRef,
});

const anomalySchema = z.object({
  outlierZ: rule((n) => n > 0, (n) => `“离群阈值”应大于 0，现为 ${n}（默认 3.5）`, (n) => `离群阈值 must be above 0, not ${n} (default 3.5)`),
  outlierMinUnits: rule((n) => isInt(n, 1, 1e9), (n) => `“离群最少单位数”应为正整数，现为 ${n}（默认 8）`, (n) => `离群最少单位数 must be a positive whole number, not ${n} (default 8)`),
  outlierMinDiff: rule((n) => n >= 0 && n <= 1, (n) => `“离群最小分差”应在 0 到 100% 之间，现为 ${n}（默认 15%）`, (n) => `离群最小分差 must be between 0 and 100%, not ${n} (default 15%)`),
  identicalMinIndicators: rule((n) => isInt(n, 1, 1e9), (n) => `“雷同最少指标数”应为正整数，现为 ${n}（默认 5）`, (n) => `雷同最少指标数 must be a positive whole number, not ${n} (default 5)`),
  jumpPoints: rule((n) => n >= 0, (n) => `“突变分差”不能为负数，现为 ${n}（默认 15）`, (n) => `突变分差 must not be negative, not ${n} (default 15)`),
  jumpRankFraction: rule((n) => n > 0 && n <= 1, (n) => `“突变名次比例”应大于 0 且不超过 1，现为 ${n}（默认 1/3）`, (n) => `突变名次比例 must be above 0 and at most 1, not ${n} (default 1/3)`),
  enabled: z.object({ OUTLIER: z.boolean(), IDENTICAL_ROWS: z.boolean(), ALL_FULL_MARKS: z.boolean(), NO_SPREAD: z.boolean(), PERIOD_JUMP: z.boolean() }),
});

/**
 * Which sections were read whole. When a row could not be read (and was reported), the checks that
 * compare rows with each other are skipped for that section: they would only add false problems
 * (a WEIGHT_SUM without the missing indicator, a "last grade" that is not the last…).
 */
export interface SchemeSchemaOptions {
  /** 【指标】: WEIGHT_SUM, 权重 all-or-none and 同分比较 names. */
  readonly indicatorsComplete: boolean;
  /** 【等次】: 最低分 order, the last grade's 最低分 and 比例上限. */
  readonly gradesComplete: boolean;
  /** 【星级】: star order. */
  readonly starsComplete: boolean;
  /** 【计分规则】: a 实绩 indicator without a row (SPEC §8.1). Absent = true. */
  readonly rulesComplete?: boolean;
}

/** The schema of a whole scheme; `options` say which cross checks apply. */
export function makeSchemeSchema(options: SchemeSchemaOptions) {
  return z.object({
    sheet: z.string(),
    settings: settingsSchema,
    indicators: z.array(indicatorSchema),
    adjustments: z.array(adjustmentSchema),
    vetoes: z.array(vetoSchema),
    grades: z.array(gradeSchema),
    stars: z.array(starSchema),
    anomaly: anomalySchema,
    levels: z.array(levelSchema).optional(),
    rules: z.array(ruleSchema).optional(),
  }).superRefine((s, ctx) => crossCheck(s as Scheme, ctx, options), { when: () => true });
}

/** The schema with every check. */
export const schemeSchema = makeSchemeSchema({ indicatorsComplete: true, gradesComplete: true, starsComplete: true, rulesComplete: true });

const at = (c: CellRef | null | undefined): string => (c ? a1(c.row, c.col) : '默认值');

function crossCheck(s: Scheme, ctx: Ctx, options: SchemeSchemaOptions): void {
  const st = s.settings;
  if (st.totalMax !== null && st.totalMax < st.totalMin) {
    problem(ctx, ['settings', 'totalMax'], `“总分上限” ${showNumber(st.totalMax)} 低于“总分下限” ${showNumber(st.totalMin)}。请改正其中一个`,
      `总分上限 ${showNumber(st.totalMax)} is below 总分下限 ${showNumber(st.totalMin)}`);
  }
  checkDataSheet(s, ctx);
  checkNames(s, ctx);
  const weightsConsistent = checkWeightPresence(s, ctx);
  if (options.indicatorsComplete) {
    if (weightsConsistent) checkWeightSum(s, ctx);
    checkTieBreakers(s, ctx);
  }
  checkGrades(s, ctx, options.gradesComplete);
  if (options.starsComplete) checkStars(s, ctx);
  checkMethods(s, ctx, { indicatorsComplete: options.indicatorsComplete, rulesComplete: options.rulesComplete ?? true });
}

/** 数据表 can not be the scheme, the results or a program sheet (SPEC §1). */
function checkDataSheet(s: Scheme, ctx: Ctx): void {
  const name = s.settings.dataSheet;
  if (name === null) return;
  const f = fold(name);
  if (f === fold(SCHEME_SHEET) || f === fold(RESULT_SHEET) || f.startsWith(fold(PROGRAM_SHEET_PREFIX))) {
    problem(ctx, ['settings', 'dataSheet'], `“数据表”不能是“${name}”（考核方案、考核结果和“_考评”开头的表由程序使用）。请填写存放各单位得分的工作表名称`,
      `数据表 can not be "${name}" (考核方案, 考核结果 and _考评 sheets are the program's); enter the sheet that holds the units' scores`);
  }
}

interface NameEntry {
  readonly name: string;
  readonly kind: string;
  readonly kindEn: string;
  readonly cell: CellRef | null;
  readonly path: Path;
}

/** Indicators, 加扣分 and 一票否决 columns, 单位列 and 分组列 name different data columns. */
function checkNames(s: Scheme, ctx: Ctx): void {
  const entries: NameEntry[] = [
    { name: s.settings.unitColumn, kind: '单位列', kindEn: 'the unit column', cell: s.settings.cells.单位列 ?? null, path: ['settings', 'unitColumn'] },
    ...(s.settings.groupColumn === null ? [] : [{ name: s.settings.groupColumn, kind: '分组列', kindEn: 'the group column', cell: s.settings.cells.分组列 ?? null, path: ['settings', 'groupColumn'] }]),
    ...s.indicators.map((x, i) => ({ name: x.name, kind: '指标', kindEn: 'indicator', cell: x.cell, path: ['indicators', i, 'name'] })),
    ...s.adjustments.map((x, i) => ({ name: x.column, kind: '加扣分列', kindEn: 'bonus/deduction column', cell: x.cell, path: ['adjustments', i] })),
    ...s.vetoes.map((x, i) => ({ name: x.column, kind: '一票否决列', kindEn: 'veto column', cell: x.cell, path: ['vetoes', i] })),
  ];
  // Sheet order: an entry is reported where it repeats a name written above it.
  const pos = (e: NameEntry): number => (e.cell ? e.cell.row * 1e6 + e.cell.col : -1);
  entries.sort((a, b) => pos(a) - pos(b));
  const seen = new Map<string, NameEntry>();
  for (const e of entries) {
    const key = fold(e.name);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, e);
      continue;
    }
    problem(ctx, e.path, `${e.kind}“${e.name}”与${first.kind}“${first.name}”（${at(first.cell)}）重名。指标、加扣分列、一票否决列、单位列、分组列须各对应数据表中不同的列，请改名或删除一个`,
      `${e.kindEn} "${e.name}" has the same name as ${first.kindEn} "${first.name}" (${at(first.cell)}); each must name a different data column`);
  }
}

/** 权重 all-or-none: the first indicator without one is reported. True when consistent. */
function checkWeightPresence(s: Scheme, ctx: Ctx): boolean {
  const list = s.indicators;
  const withWeight = list.filter((x) => x.weight !== null).length;
  const missing = withWeight > 0 && withWeight < list.length ? list.findIndex((x) => x.weight === null) : -1;
  if (missing < 0) return true;
  problem(ctx, ['indicators', missing, 'weight'], `其他指标填了权重，“${list[missing]?.name ?? ''}”没有。权重要么每个指标都填，要么都不填`,
    `other indicators have a 权重 but "${list[missing]?.name ?? ''}" has none; give every indicator a weight or none`);
  return false;
}

/** Σ 权重 (or Σ 分值 without weights) = 满分 within 1e-9, else WEIGHT_SUM. */
function checkWeightSum(s: Scheme, ctx: Ctx): void {
  const list = s.indicators;
  const withWeight = list.filter((x) => x.weight !== null).length;
  const full = s.settings.fullMark;
  const usable = list.every((x) => x.max > 0 && (x.weight === null || x.weight > 0));
  if (list.length === 0 || !(full > 0) || !usable) return;
  const sum = list.reduce((acc, x) => acc + (x.weight ?? x.max), 0);
  if (Math.abs(sum - full) <= 1e-9) return;
  const byWeight = withWeight > 0;
  ctx.addIssue({
    code: 'custom',
    message: 'WEIGHT_SUM',
    path: s.settings.cells.满分 ? ['settings', 'fullMark'] : ['indicators'],
    params: { kind: 'WEIGHT_SUM', what: byWeight ? '权重' : '分值', whatEn: byWeight ? 'weights' : 'full marks (分值)', sum: showNumber(sum), full: showNumber(full) },
  });
}

function checkTieBreakers(s: Scheme, ctx: Ctx): void {
  const names = new Set(s.indicators.map((x) => fold(x.name)));
  const seen = new Set<string>();
  s.settings.tieBreakers.forEach((t, i) => {
    const key = fold(t);
    if (!names.has(key)) {
      problem(ctx, ['settings', 'tieBreakers', i], `“同分比较”中的“${t}”不是【指标】中的指标。请填写【指标】里的指标名称，用逗号分隔`,
        `"${t}" in 同分比较 is not an indicator of 【指标】; list indicator names separated by commas`);
    } else if (seen.has(key)) {
      problem(ctx, ['settings', 'tieBreakers', i], `“同分比较”中“${t}”写了两次。请删除重复的一个`, `同分比较 lists "${t}" twice; delete one`);
    }
    seen.add(key);
  });
}

function checkGrades(s: Scheme, ctx: Ctx, complete: boolean): void {
  const g = s.grades;
  const seen = new Map<string, CellRef>();
  g.forEach((x, i) => {
    const first = seen.get(fold(x.name));
    if (first) {
      problem(ctx, ['grades', i, 'name'], `等次“${x.name}”重复（第一次在 ${at(first)}）。请删除或改名`, `grade "${x.name}" appears twice (first at ${at(first)})`);
    } else {
      seen.set(fold(x.name), x.cell);
    }
    const prev = g[i - 1];
    if (complete && prev && x.min > prev.min) {
      problem(ctx, ['grades', i, 'min'], `等次应从好到差排列、最低分从上到下不增：“${x.name}”的最低分 ${showNumber(x.min)} 高于上一等次“${prev.name}”的 ${showNumber(prev.min)}。请调整顺序或分数`,
        `grades go best first with 最低分 not increasing: "${x.name}" needs ${showNumber(x.min)}, more than "${prev.name}" above it (${showNumber(prev.min)})`);
    }
  });
  const last = g[g.length - 1];
  if (!last || !complete) return;
  if (last.min !== 0) {
    problem(ctx, ['grades', g.length - 1, 'min'], `最后一个等次“${last.name}”的最低分应为 0 或留空（其余单位都归入这一等次），现为 ${showNumber(last.min)}`,
      `the last grade "${last.name}" takes every other unit: its 最低分 must be 0 or blank, not ${showNumber(last.min)}`);
  }
  // A 比例上限 on the last grade is accepted: units that fit no better grade take the lowest grade
  // whatever its quota says (SPEC §4.3), so such a quota can not cut anyone (docs/decisions.md).
}

function checkStars(s: Scheme, ctx: Ctx): void {
  s.stars.forEach((x, i) => {
    const prev = s.stars[i - 1];
    if (!prev) return;
    if (prev.stars === x.stars) {
      problem(ctx, ['stars', i, 'stars'], `星级 ${showNumber(x.stars)} 重复（第一次在 ${at(prev.cell)}）。请删除一行`, `星级 ${showNumber(x.stars)} appears twice (first at ${at(prev.cell)})`);
    } else if (x.min >= prev.min) {
      problem(ctx, ['stars', i, 'min'], `${showNumber(x.stars)} 星的最低分 ${showNumber(x.min)} 不低于 ${showNumber(prev.stars)} 星的 ${showNumber(prev.min)}。星越多，最低分应越高`,
        `${showNumber(x.stars)} stars need ${showNumber(x.min)}, not less than ${showNumber(prev.stars)} stars (${showNumber(prev.min)}); more stars need a higher 最低分`);
    }
  });
}
