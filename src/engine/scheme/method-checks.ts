/**
 * The zod checks of SPEC §8.1 "Scheme checks" (all `SCHEME_INVALID`, each at the scheme cell that
 * holds the wrong or missing thing): 来源表 names, 【等级分】 (range, order, repeated words),
 * 【计分规则】 against 【指标】 (rows, needed and ignored parameters, their constant values) and the
 * 基本设置 keys that depend on one another or on the scheme's methods. Called from `schema.ts`.
 */
import { z } from 'zod';
import { PROGRAM_SHEET_PREFIX, RESULT_SHEET, SCHEME_SHEET, type Scheme } from '../model/scheme';
import { fold } from '../text/fold';
import { problem, say, showNumber, type Ctx } from './problem';
import { isProportion, showRatio } from './ratio';
import { checkLevels, checkRules, type MethodCheckOptions } from './rule-checks';

const cellRef = z.object({ row: z.number(), col: z.number() });

/** A ratio: num / den with den > 0 (every ratio read from a cell is). */
export const ratioSchema = z.object({ num: z.number(), den: z.number() });

/** A ratio setting that must lie within 0..100%. */
export function proportionSetting(key: string) {
  return ratioSchema.refine(isProportion, {
    error: (iss) => {
      const r = iss.input as { num: number; den: number };
      return say(`“${key}”应在 0 到 100% 之间，现为 ${showRatio(r)}。请填写如 2/3、80% 或 0.8`,
        `${key} must lie within 0..100%, not ${showRatio(r)}; enter e.g. 2/3, 80% or 0.8`);
    },
  });
}

const paramSchema = z.union([
  z.object({ kind: z.literal('number'), value: z.number(), cell: cellRef }),
  z.object({ kind: z.literal('column'), header: z.string(), cell: cellRef }),
]);

export const levelSchema = z.object({
  word: z.string(),
  rate: ratioSchema.refine(isProportion, {
    error: (iss) => say(`得分率应在 0 到 100% 之间，现为 ${showRatio(iss.input as { num: number; den: number })}。请填写如 80%、0.8、80 或 2/3`,
      `得分率 must lie within 0..100%, not ${showRatio(iss.input as { num: number; den: number })}`),
  }),
  cell: cellRef,
});

export const ruleSchema = z.object({
  indicator: z.string(),
  target: paramSchema.nullable(),
  satisfied: paramSchema.nullable(),
  disallowed: paramSchema.nullable(),
  cap: ratioSchema,
  capCell: cellRef.optional(),
  perCount: paramSchema.nullable(),
  cell: cellRef,
});

export type { MethodCheckOptions };

/** Every §8 check across the scheme. */
export function checkMethods(s: Scheme, ctx: Ctx, options: MethodCheckOptions): void {
  checkSources(s, ctx);
  checkLevels(s, ctx);
  checkRules(s, ctx, options);
  checkVoteKeys(s, ctx, options);
  checkJudgeKeys(s, ctx);
}

/** 来源表 can not be the scheme, the results or a program sheet (decision, docs/decisions.md). */
function checkSources(s: Scheme, ctx: Ctx): void {
  const own = [fold(SCHEME_SHEET), fold(s.sheet)];
  const result = fold(RESULT_SHEET);
  s.indicators.forEach((x, i) => {
    if (x.source === undefined || x.source === null) return;
    const f = fold(x.source);
    if (own.includes(f) || f === result || f.startsWith(`${result}(`) || f.startsWith(fold(PROGRAM_SHEET_PREFIX))) {
      problem(ctx, ['indicators', i, 'source'], `来源表不能是“${x.source}”（考核方案、考核结果和“_考评”开头的表不存放各单位的数据）。请填写存放“${x.name}”数据的工作表名称，留空为数据表`,
        `来源表 can not be "${x.source}" (考核方案, 考核结果 and _考评 sheets hold no unit data); enter the sheet holding "${x.name}", or leave it blank for the data sheet`);
    }
  });
}

/**
 * 测评应到列 and 测评最低参评率 need 测评实到列; the 差票 keys need a 测评 indicator, and 差票否决效果
 * needs 差票否决比例. A key counts as written when its row is there, even with a blank value
 * (decision: such a row is a leftover, and saying so is better than ignoring it).
 */
function checkVoteKeys(s: Scheme, ctx: Ctx, options: MethodCheckOptions): void {
  const st = s.settings;
  if (st.votePresentColumn === null) {
    for (const [key, field] of [['测评应到列', 'voteExpectedColumn'], ['测评最低参评率', 'voteQuorum']] as const) {
      if (!st.cells[key]) continue;
      problem(ctx, ['settings', field], `“${key}”要和“测评实到列”一起用（实到人数与应到人数比较）。请在【基本设置】写“测评实到列 | 实到人数所在列的列名”，或删除“${key}”这一行`,
        `${key} works only with 测评实到列; add 测评实到列 (the header of the column of voters present) or delete the ${key} row`);
    }
  }
  if (!options.indicatorsComplete) return;
  if (s.indicators.some((x) => x.method === '测评')) {
    if (st.cells.差票否决效果 && !st.cells.差票否决比例) {
      problem(ctx, ['settings', 'badVoteEffect'], '只写了“差票否决效果”，没有“差票否决比例”，差票否决不会生效。请补上“差票否决比例”（如 1/3），或删除这一行',
        '差票否决效果 without 差票否决比例 does nothing; add 差票否决比例 (e.g. 1/3) or delete the row');
    }
    return;
  }
  for (const [key, field] of [['差票否决比例', 'badVoteVeto'], ['差票否决效果', 'badVoteEffect']] as const) {
    if (!st.cells[key]) continue;
    problem(ctx, ['settings', field], `方案中没有计分方法为“测评”的指标，“${key}”无处可用。请删除这一行，或在【指标】中把民主测评指标的计分方法写为“测评”`,
      `no indicator is scored by 测评, so ${key} applies to nothing; delete the row or set the 民主测评 indicator's 计分方法 to 测评`);
  }
}

/** 评委最少人数 must exceed 去掉最高分 + 去掉最低分 (SPEC §8.4), each value being valid on its own. */
function checkJudgeKeys(s: Scheme, ctx: Ctx): void {
  const st = s.settings;
  const validDrop = (n: number): boolean => Number.isInteger(n) && n >= 0;
  if (!validDrop(st.dropHighest) || !validDrop(st.dropLowest) || !Number.isInteger(st.judgeMinimum) || st.judgeMinimum < 1) return;
  const drops = st.dropHighest + st.dropLowest;
  if (st.judgeMinimum > drops) return;
  const field = st.cells.评委最少人数 ? 'judgeMinimum' : st.cells.去掉最高分 ? 'dropHighest' : 'dropLowest';
  const min = showNumber(st.judgeMinimum);
  problem(ctx, ['settings', field],
    `“评委最少人数”${min} 不多于“去掉最高分”${showNumber(st.dropHighest)} 与“去掉最低分”${showNumber(st.dropLowest)} 之和 ${showNumber(drops)}，去掉后没有分数可平均。请把评委最少人数设为至少 ${showNumber(drops + 1)}，或少去掉几个分数`,
    `评委最少人数 ${min} is not more than 去掉最高分 + 去掉最低分 = ${showNumber(drops)}, leaving no score to average; set it to at least ${showNumber(drops + 1)} or drop fewer scores`);
}
