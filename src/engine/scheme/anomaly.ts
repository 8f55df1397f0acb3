/**
 * 【异常规则】 (issue 5): optional key | value rows that change the anomaly thresholds and switch
 * flags on or off. Every key is optional; defaults are `DEFAULT_ANOMALY_RULES`. The ranges are
 * checked by the zod schema.
 *
 * Keys: 离群阈值 (outlierZ), 离群最少单位数 (outlierMinUnits), 离群最小分差 (outlierMinDiff: a
 * share of the indicator's 分值, `15%`, `0.15`, `3/20`; 0..100%), 雷同最少指标数
 * (identicalMinIndicators), 突变分差 (jumpPoints), 突变名次比例 (jumpRankFraction: `1/3`, `33%`,
 * `0.33`), and the switches 离群 / 雷同 / 全满分 / 无区分度 / 突变 (`是` / `否`; also 启用 / 停用,
 * 开 / 关, Y / N, TRUE / FALSE, 1 / 0).
 */
import { DEFAULT_ANOMALY_RULES, type AnomalyRules } from '../model/scheme';
import type { CellValue } from '../model/workbook';
import type { SchemeContext } from './context';
import { readKeyValues } from './keyvalue';
import type { Section } from './sections';
import { matchWord, readNumber, readProportion, shown } from './values';

type Flag = keyof AnomalyRules['enabled'];
type NumberField = Exclude<keyof AnomalyRules, 'enabled'>;

const NUMBER_KEYS: Readonly<Record<string, NumberField>> = {
  离群阈值: 'outlierZ',
  离群最少单位数: 'outlierMinUnits',
  离群最小分差: 'outlierMinDiff',
  雷同最少指标数: 'identicalMinIndicators',
  突变分差: 'jumpPoints',
  突变名次比例: 'jumpRankFraction',
};

/** The keys read as a proportion (0..100%), with what a bad value is told. */
const PROPORTIONS: Partial<Record<NumberField, readonly [zh: string, en: string]>> = {
  jumpRankFraction: ['应为数字或比例（如 1/3、33%、0.33）', 'must be a number or a proportion (1/3, 33%, 0.33)'],
  outlierMinDiff: ['应为分值的比例，在 0 到 100% 之间（如 15%、0.15）', 'must be a share of the 分值 between 0 and 100% (15%, 0.15)'],
};

const FLAG_KEYS: Readonly<Record<string, Flag>> = {
  离群: 'OUTLIER',
  雷同: 'IDENTICAL_ROWS',
  全满分: 'ALL_FULL_MARKS',
  无区分度: 'NO_SPREAD',
  突变: 'PERIOD_JUMP',
};

export const ANOMALY_KEYS: readonly string[] = [...Object.keys(NUMBER_KEYS), ...Object.keys(FLAG_KEYS)];

const YES = ['是', '启用', '开', '开启', '打开', 'y', 'yes', 'true', '1', '√', '✓'];
const NO = ['否', '停用', '不启用', '关', '关闭', 'n', 'no', 'false', '0', '×', '✗'];

/** Reads 【异常规则】. Example: rows `离群阈值 | 3`, `雷同 | 否` → outlierZ 3, enabled.IDENTICAL_ROWS false. */
export function readAnomalyRules(ctx: SchemeContext, section: Section | undefined): AnomalyRules {
  if (!section) return DEFAULT_ANOMALY_RULES;
  const rules: { -readonly [K in NumberField]: number } = { ...DEFAULT_ANOMALY_RULES };
  const enabled: Record<Flag, boolean> = { ...DEFAULT_ANOMALY_RULES.enabled };
  for (const kv of readKeyValues(ctx, section, ANOMALY_KEYS)) {
    const field = NUMBER_KEYS[kv.key];
    const flag = FLAG_KEYS[kv.key];
    if (field !== undefined) {
      ctx.place(`anomaly.${field}`, kv.valueAt);
      const n = PROPORTIONS[field] ? readProportion(kv.value) : readNumber(kv.value);
      if (Number.isNaN(n)) {
        const [zh, en] = PROPORTIONS[field] ?? ['应为数字', 'must be a number'];
        ctx.invalid(kv.valueAt, `“${kv.key}”${zh}，现为“${shown(kv.value)}”`, `${kv.key} ${en}, not "${shown(kv.value)}"`);
      } else if (n !== null) {
        rules[field] = n;
      }
    } else if (flag !== undefined) {
      const on = readSwitch(kv.value);
      if (on === undefined) {
        ctx.invalid(kv.valueAt, `“${kv.key}”只能填“是”（检查）或“否”（不检查），现为“${shown(kv.value)}”`,
          `${kv.key} must be 是 (check) or 否 (do not check), not "${shown(kv.value)}"`);
      } else if (on !== null) {
        enabled[flag] = on;
      }
    }
  }
  return { ...rules, enabled };
}

/** 是 → true, 否 → false, blank → null (keep the default), anything else → undefined. */
function readSwitch(v: CellValue): boolean | null | undefined {
  if (typeof v === 'boolean') return v;
  if (v === null) return null;
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const text = String(v);
  if (text.trim() === '') return null;
  if (matchWord(text, YES) !== undefined) return true;
  if (matchWord(text, NO) !== undefined) return false;
  return undefined;
}
