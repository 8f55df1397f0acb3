/**
 * How each indicator is scored (SPEC §8), as the 方案 tab shows it: its 计分方法, its 来源表 and
 * the lines that say what the method uses — 【等级分】, the 测评 and 评委 keys of 【基本设置】, the
 * 【计分规则】 parameters. Pure: no React, no Office.
 */
import { levelsOf, methodOf, ratioValue, type Indicator, type Ratio, type RuleParam, type Scheme, type ScoringMethod, type ScoringRule } from '../engine/model/scheme';
import { fold } from '../engine/text/fold';
import type { Translate } from './i18n';
import { num } from './view';

export interface MethodView {
  readonly name: string;
  readonly method: ScoringMethod;
  /** `来源表：民主测评`, or the data sheet's line. */
  readonly source: string;
  /** What the method uses, one line each, in Chinese (or the pane's language). */
  readonly lines: readonly string[];
}

/**
 * A ratio as a clerk writes it: a percent when it is one exactly (80/100 → `80%`, 8/10 → `80%`,
 * 1/8 → `12.5%`), else the fraction (`2/3`, `1/3`).
 */
export function ratioText(r: Ratio): string {
  const pct = (r.num * 100) / r.den;
  const two = Math.round(pct * 100) / 100;
  return Math.abs(pct - two) < 1e-9 ? `${two}%` : `${r.num}/${r.den}`;
}

/** Whether the scheme has anything of SPEC §8: a method other than 直接, or a 来源表. */
export function hasComputedIndicators(scheme: Scheme): boolean {
  return scheme.indicators.some((i) => methodOf(i) !== '直接' || (i.source ?? null) !== null);
}

/** The 【计分规则】 row of an indicator (names matched folded, as the engine matches them). */
export function ruleOf(scheme: Scheme, ind: Indicator): ScoringRule | null {
  const name = fold(ind.name);
  return (scheme.rules ?? []).find((r) => fold(r.indicator) === name) ?? null;
}

/** A parameter: its number, or `按“任务数”列`. */
export function paramText(p: RuleParam, t: Translate): string {
  return p.kind === 'number' ? num(p.value, 6) : t('method.column', { column: p.header });
}

function levelLine(scheme: Scheme, t: Translate): string {
  const levels = levelsOf(scheme).map((l) => `${l.word} ${ratioText(l.rate)}`).join('，');
  return scheme.levels && scheme.levels.length ? t('method.levels', { levels }) : t('method.levelsDefault', { levels });
}

function voteLines(scheme: Scheme, t: Translate): string[] {
  const st = scheme.settings;
  const lines: string[] = [];
  if (st.votePresentColumn === null) lines.push(t('method.voteNone'));
  else {
    lines.push(t('method.votePresent', { column: st.votePresentColumn }));
    if (st.voteExpectedColumn !== null) lines.push(t('method.voteExpected', { column: st.voteExpectedColumn, rate: ratioText(st.voteQuorum) }));
  }
  if (st.badVoteVeto !== null) {
    const lowest = levelsOf(scheme)[levelsOf(scheme).length - 1]?.word ?? '差';
    lines.push(t('method.badVote', { level: lowest, ratio: ratioText(st.badVoteVeto), effect: st.badVoteEffect }));
  }
  return lines;
}

function judgeLines(scheme: Scheme, ind: Indicator, t: Translate): string[] {
  const st = scheme.settings;
  const full = st.judgeFullMark ?? ind.max;
  return [
    t('method.judgeFull', { full: num(full, 6) }),
    t('method.judgeDrops', { high: st.dropHighest, low: st.dropLowest }),
    t('method.judgeMin', { n: st.judgeMinimum }),
    t('method.judgeDeviation', { ratio: ratioText(st.judgeDeviation), points: num(full * ratioValue(st.judgeDeviation), 2) }),
  ];
}

function capLine(rule: ScoringRule, ind: Indicator, t: Translate): string {
  return t('method.cap', { cap: ratioText(rule.cap), points: num(ind.max * ratioValue(rule.cap), 2) });
}

function figureLines(scheme: Scheme, ind: Indicator, method: ScoringMethod, t: Translate): string[] {
  const rule = ruleOf(scheme, ind);
  const max = num(ind.max, 6);
  if (!rule) return [t('method.noRule')];
  const p = (x: RuleParam | null): string => (x ? paramText(x, t) : '—');
  switch (method) {
    case '完成率':
      return [t('formula.rate', { max }), t('method.target', { value: p(rule.target) }), capLine(rule, ind, t)];
    case '逆向':
      return [t('formula.reverse', { max }), t('method.target', { value: p(rule.target) }), capLine(rule, ind, t)];
    case '功效系数': {
      const s = rule.satisfied, d = rule.disallowed;
      const lower = s?.kind === 'number' && d?.kind === 'number' && s.value < d.value;
      return [
        t('formula.efficacy', { max }),
        `${t('method.satisfied', { value: p(s) })}，${t('method.disallowed', { value: p(d) })}`,
        ...(lower ? [t('method.lowerBetter')] : []),
        capLine(rule, ind, t),
      ];
    }
    default:
      return [t('formula.deduct', { max }), t('method.perCount', { value: p(rule.perCount) })];
  }
}

/** The lines of one indicator's method. Example: 扣分制 with 每次扣分 1 → [`得分 = 5 − 每次扣分 × 次数，最低 0`, `每次扣分 1，扣完为止`]. */
export function methodLines(scheme: Scheme, ind: Indicator, t: Translate): string[] {
  const method = methodOf(ind);
  const max = num(ind.max, 6);
  switch (method) {
    case '直接': return [t('method.direct', { max })];
    case '定性': return [t('formula.word', { max }), levelLine(scheme, t)];
    case '测评': return [t('formula.votes', { max }), levelLine(scheme, t), ...voteLines(scheme, t)];
    case '评委': return [t('formula.judges', { max }), ...judgeLines(scheme, ind, t)];
    default: return figureLines(scheme, ind, method, t);
  }
}

/** Every indicator's method, in scheme order. `dataSheet`: the sheet the run read (for the default 来源表). */
export function methodViews(scheme: Scheme, dataSheet: string | null, t: Translate): MethodView[] {
  const data = dataSheet ?? scheme.settings.dataSheet ?? '—';
  return scheme.indicators.map((ind) => ({
    name: ind.name,
    method: methodOf(ind),
    source: ind.source ? t('method.source', { sheet: ind.source }) : t('method.sourceData', { sheet: data }),
    lines: methodLines(scheme, ind, t),
  }));
}
