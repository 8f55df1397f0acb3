/**
 * 【基本设置】 (SPEC §1.1): key | value, every key optional. This file reads the values (text,
 * numbers, the fixed choices); the rules on them (满分 > 0, 小数位 0..10, 同分比较 names…) are
 * checked by the zod schema (`schema.ts`) on the assembled scheme.
 *
 * Decisions: a key with a blank value takes its default, but its value cell is still recorded in
 * `settings.cells` (so that, e.g., WEIGHT_SUM points at the empty 满分 cell to fill in). The fixed
 * choices are matched after `fold()` (`中国式`, ` 中国式 ` and full-width spellings are the same).
 */
import type { CellRef, SettingKey, Settings } from '../model/scheme';
import type { CellValue } from '../model/workbook';
import { toHalfWidth } from '../text/fold';
import type { SchemeContext } from './context';
import { readKeyValues } from './keyvalue';
import type { Section } from './sections';
import { matchWord, readName, readNumber, readRatio, shown } from './values';

export const SETTING_KEYS: readonly SettingKey[] = [
  '数据表', '单位列', '分组列', '满分', '排名方式', '同分比较', '小数位', '总分下限', '总分上限',
  '空白处理', '否决单位排名', '比例取整', '加分合计上限', '扣分合计上限',
  '测评实到列', '测评应到列', '测评最低参评率', '差票否决比例', '差票否决效果',
  '评委满分', '去掉最高分', '去掉最低分', '评委最少人数', '评委偏离阈值', '公示异常标记',
];

type Mutable<T> = { -readonly [P in keyof T]: T[P] };

export const DEFAULT_SETTINGS: Omit<Settings, 'cells'> = {
  dataSheet: null, unitColumn: '单位名称', groupColumn: null, fullMark: 100, rankMethod: '美式',
  tieBreakers: [], decimals: 2, totalMin: 0, totalMax: null, blank: '报错', vetoRank: '末位',
  quotaRounding: '向下', bonusTotalCap: null, deductionTotalCap: null,
  votePresentColumn: null, voteExpectedColumn: null, voteQuorum: { num: 2, den: 3 }, badVoteVeto: null,
  badVoteEffect: '取消评优', judgeFullMark: null, dropHighest: 1, dropLowest: 1, judgeMinimum: 5,
  judgeDeviation: { num: 20, den: 100 },
};

type Reader =
  | { readonly kind: 'text'; readonly field: 'dataSheet' | 'unitColumn' | 'groupColumn' | 'votePresentColumn' | 'voteExpectedColumn' }
  | { readonly kind: 'number'; readonly field: 'fullMark' | 'decimals' | 'totalMin' | 'totalMax' | 'bonusTotalCap' | 'deductionTotalCap' | 'judgeFullMark' | 'dropHighest' | 'dropLowest' | 'judgeMinimum' }
  | { readonly kind: 'choice'; readonly field: 'rankMethod' | 'blank' | 'vetoRank' | 'quotaRounding' | 'badVoteEffect' | 'publicFlags'; readonly choices: readonly string[] }
  | { readonly kind: 'list'; readonly field: 'tieBreakers' }
  | { readonly kind: 'ratio'; readonly field: 'voteQuorum' | 'badVoteVeto' | 'judgeDeviation' };

const READERS: Readonly<Record<SettingKey, Reader>> = {
  数据表: { kind: 'text', field: 'dataSheet' },
  单位列: { kind: 'text', field: 'unitColumn' },
  分组列: { kind: 'text', field: 'groupColumn' },
  满分: { kind: 'number', field: 'fullMark' },
  排名方式: { kind: 'choice', field: 'rankMethod', choices: ['美式', '中国式'] },
  同分比较: { kind: 'list', field: 'tieBreakers' },
  小数位: { kind: 'number', field: 'decimals' },
  总分下限: { kind: 'number', field: 'totalMin' },
  总分上限: { kind: 'number', field: 'totalMax' },
  空白处理: { kind: 'choice', field: 'blank', choices: ['报错', '按0分'] },
  否决单位排名: { kind: 'choice', field: 'vetoRank', choices: ['末位', '不排名', '正常'] },
  比例取整: { kind: 'choice', field: 'quotaRounding', choices: ['向下', '四舍五入'] },
  加分合计上限: { kind: 'number', field: 'bonusTotalCap' },
  扣分合计上限: { kind: 'number', field: 'deductionTotalCap' },
  测评实到列: { kind: 'text', field: 'votePresentColumn' },
  测评应到列: { kind: 'text', field: 'voteExpectedColumn' },
  测评最低参评率: { kind: 'ratio', field: 'voteQuorum' },
  差票否决比例: { kind: 'ratio', field: 'badVoteVeto' },
  差票否决效果: { kind: 'choice', field: 'badVoteEffect', choices: ['定为末等', '取消评优', '总分计零'] },
  评委满分: { kind: 'number', field: 'judgeFullMark' },
  去掉最高分: { kind: 'number', field: 'dropHighest' },
  去掉最低分: { kind: 'number', field: 'dropLowest' },
  评委最少人数: { kind: 'number', field: 'judgeMinimum' },
  评委偏离阈值: { kind: 'ratio', field: 'judgeDeviation' },
  // Issue 14: whether 考核结果 (公示) shows 异常标记 (default, SPEC §5) or a 备注 column instead.
  公示异常标记: { kind: 'choice', field: 'publicFlags', choices: ['显示', '不显示'] },
};

/** The zod path of a setting's field, e.g. `settings.fullMark`. */
export function settingPath(key: SettingKey): string {
  return `settings.${READERS[key].field}`;
}

/**
 * The obvious other spellings of the choices (compared after `fold()`), each to the word it means.
 * Example: 排名方式 `中国式排名` → 中国式; 空白处理 `按0分计` → 按0分; 比例取整 `向下取整` → 向下;
 * 差票否决效果 `取消评优资格` → 取消评优.
 */
const ALIASES = {
  美式排名: '美式', 美式排序: '美式', 'RANK.EQ': '美式', RANK: '美式',
  中国式排名: '中国式', 中国式排序: '中国式', 密集排名: '中国式',
  按0分计: '按0分', 按0分计算: '按0分', 按0分处理: '按0分', 按零分: '按0分', 按零分计: '按0分', 计0分: '按0分', 视为0分: '按0分', '0分': '按0分',
  报错误: '报错', 作为错误: '报错', 提示错误: '报错',
  向下取整: '向下', 舍去: '向下', 去尾: '向下', 去尾法: '向下',
  四舍五入取整: '四舍五入', 四舍五入法: '四舍五入',
  // 差票否决效果 (the effects of 【一票否决】).
  末等: '定为末等', 定末等: '定为末等', 定为末等次: '定为末等', 评为末等: '定为末等',
  不得评优: '取消评优', 不能评优: '取消评优', 不评优: '取消评优', 取消评优资格: '取消评优', 取消评先评优: '取消评优',
  计零: '总分计零', 总分计0: '总分计零', 总分为零: '总分计零', 总分为0: '总分计零', 总分清零: '总分计零',
  // 公示异常标记.
  隐藏: '不显示', 不公示: '不显示', 公示: '显示',
} as const;

/**
 * Reads 【基本设置】 (or the defaults when the section is absent).
 * Example: rows `满分 | １００`, `排名方式 | 中国式` → fullMark 100, rankMethod '中国式'.
 */
export function readSettings(ctx: SchemeContext, section: Section | undefined): Settings {
  const s: Mutable<Omit<Settings, 'cells'>> = { ...DEFAULT_SETTINGS };
  const cells: Partial<Record<SettingKey, CellRef>> = {};
  if (section) {
    for (const kv of readKeyValues(ctx, section, SETTING_KEYS)) {
      cells[kv.key] = kv.valueAt;
      ctx.place(settingPath(kv.key), kv.valueAt);
      readOne(ctx, s, kv.key, kv.value, kv.valueAt);
    }
  }
  return fixedShape(s, cells);
}

/**
 * The settings as one object literal listing every field, not a spread of the read values: the spread
 * of an object whose fields were written one by one (and `publicFlags` added) gave V8 a new shape in
 * every parse, and all code that read the settings was thrown away run after run ("wrong map";
 * docs/performance.md, the fourth push).
 */
function fixedShape(s: Mutable<Omit<Settings, 'cells'>>, cells: Settings['cells']): Settings {
  const out: Mutable<Omit<Settings, 'cells'>> & { cells?: Settings['cells'] } = {
    dataSheet: s.dataSheet, unitColumn: s.unitColumn, groupColumn: s.groupColumn, fullMark: s.fullMark, rankMethod: s.rankMethod,
    tieBreakers: s.tieBreakers, decimals: s.decimals, totalMin: s.totalMin, totalMax: s.totalMax, blank: s.blank, vetoRank: s.vetoRank,
    quotaRounding: s.quotaRounding, bonusTotalCap: s.bonusTotalCap, deductionTotalCap: s.deductionTotalCap,
    votePresentColumn: s.votePresentColumn, voteExpectedColumn: s.voteExpectedColumn, voteQuorum: s.voteQuorum, badVoteVeto: s.badVoteVeto,
    badVoteEffect: s.badVoteEffect, judgeFullMark: s.judgeFullMark, dropHighest: s.dropHighest, dropLowest: s.dropLowest, judgeMinimum: s.judgeMinimum,
    judgeDeviation: s.judgeDeviation,
  };
  // Keys in the order the spread gave them: the read fields, 公示异常标记 when written, then the cells.
  if (s.publicFlags !== undefined) out.publicFlags = s.publicFlags;
  out.cells = cells;
  return out as Settings;
}

function readOne(ctx: SchemeContext, s: Mutable<Omit<Settings, 'cells'>>, key: SettingKey, v: CellValue, at: CellRef): void {
  const reader = READERS[key];
  switch (reader.kind) {
    case 'text': {
      const name = readName(v);
      if (name === false) {
        ctx.invalid(at, `“${key}”应填写名称，现为“${shown(v)}”`, `${key} must be a name, not "${shown(v)}"`);
      } else if (name !== null) {
        s[reader.field] = name;
      }
      return;
    }
    case 'number': {
      const n = readNumber(v);
      if (Number.isNaN(n)) {
        ctx.invalid(at, `“${key}”应为数字，现为“${shown(v)}”。请填写数字，如 ${key === '小数位' ? 2 : 100}`,
          `${key} must be a number, not "${shown(v)}"`);
      } else if (n !== null) {
        s[reader.field] = n;
      }
      return;
    }
    case 'choice': {
      const name = readName(v);
      if (name === null) return;
      const choice = name === false ? undefined : matchWord(name, reader.choices) ?? matchWord(name, Object.keys(ALIASES)) as keyof typeof ALIASES | undefined;
      if (choice === undefined) {
        const list = reader.choices.map((c) => `“${c}”`).join('或');
        ctx.invalid(at, `“${key}”只能是${list}，现为“${shown(v)}”`, `${key} must be one of ${reader.choices.join(', ')}, not "${shown(v)}"`);
      } else {
        const value = (reader.choices as readonly string[]).includes(choice) ? choice : ALIASES[choice as keyof typeof ALIASES];
        if ((reader.choices as readonly string[]).includes(value)) (s as Record<string, unknown>)[reader.field] = value;
        else ctx.invalid(at, `“${key}”只能是${reader.choices.map((c) => `“${c}”`).join('或')}，现为“${shown(v)}”`, `${key} must be one of ${reader.choices.join(', ')}, not "${shown(v)}"`);
      }
      return;
    }
    case 'ratio': {
      const r = readRatio(v);
      if (r === 'bad') {
        ctx.invalid(at, `“${key}”应为比例，如 2/3、80% 或 0.8，现为“${shown(v)}”`, `${key} must be a ratio such as 2/3, 80% or 0.8, not "${shown(v)}"`);
      } else if (r !== null) {
        s[reader.field] = r;
      }
      return;
    }
    case 'list': {
      const name = readName(v);
      if (name === false) {
        ctx.invalid(at, `“同分比较”应填写指标名称（用逗号或顿号分隔），现为“${shown(v)}”`,
          `同分比较 must list indicator names separated by commas, not "${shown(v)}"`);
      } else if (name !== null) {
        s.tieBreakers = splitList(name);
      }
      return;
    }
  }
}

/**
 * Splits a list of names on `,` `，` `、` `;` `；`, trimming each and dropping empty parts.
 * Example: splitList('党建工作，经济发展、 安全 ') → ['党建工作', '经济发展', '安全'].
 */
export function splitList(text: string): string[] {
  return text.split(/[,，、;；]/).map((p) => p.trim()).filter((p) => toHalfWidth(p).trim() !== '');
}
