/**
 * SPEC §8.1 scheme checks on 【等级分】 and 【计分规则】 (see `method-checks.ts`).
 *
 * Decisions (docs/decisions.md): 得分率 may repeat (two levels worth the same) but may not rise; a
 * second 【计分规则】 row for one indicator is `SCHEME_INVALID` on its 指标名称; 每次扣分 must be above 0;
 * constant values are checked here, per-unit ones (a column) by the run (`BAD_TARGET`).
 */
import { FIGURE_METHODS, methodOf, type Ratio, type RuleParam, type Scheme, type ScoringMethod, type ScoringRule } from '../model/scheme';
import { a1 } from '../address';
import { fold } from '../text/fold';
import { problem, showNumber, type Ctx } from './problem';
import { compareRatio, HUNDRED_PERCENT, showRatio } from './ratio';

export interface MethodCheckOptions {
  /** 【指标】 read whole: rows naming no indicator and the 差票 keys are checked. */
  readonly indicatorsComplete: boolean;
  /** 【计分规则】 read whole: a 实绩 indicator without a row is reported. */
  readonly rulesComplete: boolean;
}

/** 得分率 not rising from one level to the next; a level word once. */
export function checkLevels(s: Scheme, ctx: Ctx): void {
  const levels = s.levels ?? [];
  const seen = new Map<string, string>();
  levels.forEach((x, i) => {
    const first = seen.get(fold(x.word));
    if (first !== undefined) {
      problem(ctx, ['levels', i, 'word'], `等级“${x.word}”重复（第一次在 ${first}）。每个等级只写一次，请删除或改名`,
        `level "${x.word}" appears twice (first at ${first}); write each level once`);
    } else {
      seen.set(fold(x.word), cellName(x.cell));
    }
    const prev = levels[i - 1];
    if (prev && compareRatio(x.rate, prev.rate) > 0) {
      problem(ctx, ['levels', i, 'rate'], `等级应从好到差排列、得分率从上到下不增：“${x.word}”的得分率 ${showRatio(x.rate)} 高于上一等级“${prev.word}”的 ${showRatio(prev.rate)}。请调整顺序或得分率`,
        `levels go best first with 得分率 not rising: "${x.word}" has ${showRatio(x.rate)}, more than "${prev.word}" above it (${showRatio(prev.rate)})`);
    }
  });
}

type ParamKey = 'target' | 'satisfied' | 'disallowed' | 'perCount';

const LABEL: Readonly<Record<ParamKey | 'cap', string>> = {
  target: '目标值', satisfied: '满意值', disallowed: '不允许值', cap: '封顶', perCount: '每次扣分',
};

/** What each 实绩 method reads from its row (SPEC §8.5): the parameters it needs and whether 封顶 applies. */
const NEEDS: Readonly<Partial<Record<ScoringMethod, { params: readonly ParamKey[]; cap: boolean }>>> = {
  完成率: { params: ['target'], cap: true },
  逆向: { params: ['target'], cap: true },
  功效系数: { params: ['satisfied', 'disallowed'], cap: true },
  扣分制: { params: ['perCount'], cap: false },
};

const PARAMS: readonly ParamKey[] = ['target', 'satisfied', 'disallowed', 'perCount'];
const FIGURES = FIGURE_METHODS.map((m) => `“${m}”`).join('、');

/** 【计分规则】 rows against 【指标】: one row per 实绩 indicator, with the parameters its method reads. */
export function checkRules(s: Scheme, ctx: Ctx, options: MethodCheckOptions): void {
  const byName = new Map(s.indicators.map((x) => [fold(x.name), x] as const));
  const rules = s.rules ?? [];
  const seen = new Map<string, string>();
  rules.forEach((r, i) => {
    const key = fold(r.indicator);
    const first = seen.get(key);
    if (first !== undefined) {
      problem(ctx, ['rules', i, 'indicator'], `“${r.indicator}”的计分规则写了两行（第一次在 ${first}）。每个指标只写一行，请合并或删除一行`,
        `"${r.indicator}" has two 【计分规则】 rows (first at ${first}); keep one`);
      return;
    }
    seen.set(key, cellName(r.cell));
    const ind = byName.get(key);
    if (!ind) {
      if (!options.indicatorsComplete) return;
      problem(ctx, ['rules', i, 'indicator'], `【计分规则】中的“${r.indicator}”不是【指标】中的指标。请填写【指标】里计分方法为${FIGURES}的指标名称，或删除这一行`,
        `"${r.indicator}" in 【计分规则】 is not an indicator of 【指标】; enter a 完成率 / 逆向 / 功效系数 / 扣分制 indicator or delete the row`);
      return;
    }
    const method = methodOf(ind);
    const needs = NEEDS[method];
    if (!needs) {
      problem(ctx, ['rules', i, 'indicator'], `“${r.indicator}”的计分方法是“${method}”，不使用【计分规则】。只有${FIGURES}指标需要计分规则；请删除这一行，或在【指标】中改正它的计分方法`,
        `"${r.indicator}" is scored by ${method}, which takes no 【计分规则】 row; only 完成率, 逆向, 功效系数 and 扣分制 do. Delete the row or fix its 计分方法`);
      return;
    }
    checkRuleParams(ctx, i, r, method, needs);
  });
  if (!options.rulesComplete) return;
  s.indicators.forEach((x, i) => {
    const method = methodOf(x);
    if (!NEEDS[method] || seen.has(fold(x.name))) return;
    problem(ctx, ['indicators', i, 'method'], `“${x.name}”的计分方法是“${method}”，需要在【计分规则】中写一行参数，现在没有。请在【计分规则】（表头“指标名称 | 目标值 | 满意值 | 不允许值 | 封顶 | 每次扣分”）中为它写一行，${needText(method)}`,
      `"${x.name}" is scored by ${method} and needs a 【计分规则】 row; add one (header 指标名称 | 目标值 | 满意值 | 不允许值 | 封顶 | 每次扣分) giving ${NEEDS[method]?.params.map((p) => LABEL[p]).join(' and ')}`);
  });
}

function needText(method: ScoringMethod): string {
  return `填写${(NEEDS[method]?.params ?? []).map((p) => `“${LABEL[p]}”`).join('和')}`;
}

/** One row's parameters: the needed ones present, the ignored ones absent, the constants valid. */
function checkRuleParams(ctx: Ctx, i: number, r: ScoringRule, method: ScoringMethod, needs: { params: readonly ParamKey[]; cap: boolean }): void {
  for (const key of PARAMS) {
    const p = r[key];
    const needed = needs.params.includes(key);
    if (needed && p === null) {
      problem(ctx, ['rules', i, key], `“${r.indicator}”按“${method}”计分，需要“${LABEL[key]}”，这一格是空的。请${needText(method)}：一个数字，或存放各单位${LABEL[key]}的列名`,
        `"${r.indicator}" is scored by ${method} and needs ${LABEL[key]}; enter a number or the header of the column with each unit's value`);
    } else if (!needed && p !== null) {
      problem(ctx, ['rules', i, key], `“${r.indicator}”按“${method}”计分，不使用“${LABEL[key]}”，这一格不会被读取。请清空这一格，或在【指标】中改正计分方法（${method}只用${needs.params.map((k) => `“${LABEL[k]}”`).join('和')}${needs.cap ? '与“封顶”' : ''}）`,
        `"${r.indicator}" is scored by ${method}, which does not use ${LABEL[key]}; clear the cell or fix the 计分方法`);
    }
  }
  if (r.capCell && !needs.cap) {
    problem(ctx, ['rules', i, 'cap'], `“${r.indicator}”按“扣分制”计分，得分不会超过分值，不使用“封顶”。请清空这一格`,
      `"${r.indicator}" is scored by 扣分制, whose score never passes 分值, so 封顶 is not used; clear the cell`);
  } else if (compareRatio(r.cap, HUNDRED_PERCENT) < 0) {
    problem(ctx, ['rules', i, 'cap'], `封顶应不低于 100%，现为 ${showRatio(r.cap)}。${capHint(r.cap)}不封顶到 100% 以上请留空`,
      `封顶 must be at least 100%, not ${showRatio(r.cap)}; ${capHintEn(r.cap)}or leave it blank for 100%`);
  }
  checkConstants(ctx, i, r, method);
}

/**
 * The fix for a 封顶 below 100%. A number from 1 to 10 (`1.2`) reads as a percent (1.2%) but was
 * meant as a multiple: say how to write that multiple (`写 120% 或 120`).
 */
function capHint(cap: Ratio): string {
  const multiple = (cap.num * 100) / cap.den;
  if (multiple < 1 || multiple > 10) return '封顶是得分最多为分值的多少，如 120% 或 120（最多为分值的 1.2 倍）；';
  const pct = showNumber(multiple * 100);
  return `若要得分最多为分值的 ${showNumber(multiple)} 倍，请写 ${pct}% 或 ${pct}；`;
}

function capHintEn(cap: Ratio): string {
  const multiple = (cap.num * 100) / cap.den;
  if (multiple < 1 || multiple > 10) return 'write e.g. 120% or 120 (at most 1.2 × 分值), ';
  const pct = showNumber(multiple * 100);
  return `for at most ${showNumber(multiple)} × 分值 write ${pct}% or ${pct}, `;
}

const constant = (p: RuleParam | null): number | null => (p?.kind === 'number' ? p.value : null);

/** 目标值 > 0 (完成率, 逆向), 满意值 ≠ 不允许值 (功效系数), 每次扣分 > 0 (扣分制), for constants. */
function checkConstants(ctx: Ctx, i: number, r: ScoringRule, method: ScoringMethod): void {
  const target = constant(r.target);
  if ((method === '完成率' || method === '逆向') && target !== null && target <= 0) {
    problem(ctx, ['rules', i, 'target'], `“${r.indicator}”的目标值应大于 0，现为 ${showNumber(target)}。请填写大于 0 的目标值`,
      `目标值 of "${r.indicator}" must be above 0, not ${showNumber(target)}`);
  }
  const satisfied = constant(r.satisfied);
  if (method === '功效系数' && satisfied !== null && satisfied === constant(r.disallowed)) {
    problem(ctx, ['rules', i, 'satisfied'], `“${r.indicator}”的满意值与不允许值都是 ${showNumber(satisfied)}，无法按功效系数计分。请把满意值和不允许值填成不同的数（满意值低于不允许值表示越低越好）`,
      `满意值 and 不允许值 of "${r.indicator}" are both ${showNumber(satisfied)}; they must differ (满意值 below 不允许值 means lower is better)`);
  }
  if (method === '功效系数' && r.satisfied?.kind === 'column' && r.disallowed?.kind === 'column' && fold(r.satisfied.header) === fold(r.disallowed.header)) {
    problem(ctx, ['rules', i, 'satisfied'], `“${r.indicator}”的满意值与不允许值取自同一列“${r.satisfied.header}”，两者总是相等，无法按功效系数计分。请分别填写两列的列名或两个不同的数`,
      `满意值 and 不允许值 of "${r.indicator}" come from the same column "${r.satisfied.header}", so they are always equal; name two columns or enter two different numbers`);
  }
  const perCount = constant(r.perCount);
  if (method === '扣分制' && perCount !== null && !(perCount > 0)) {
    problem(ctx, ['rules', i, 'perCount'], `“${r.indicator}”的每次扣分应大于 0，现为 ${showNumber(perCount)}。请填写每发生一次扣几分，如 2`,
      `每次扣分 of "${r.indicator}" must be above 0, not ${showNumber(perCount)}; enter the points taken off per occurrence, e.g. 2`);
  }
}

function cellName(c: { row: number; col: number }): string {
  return a1(c.row, c.col);
}
