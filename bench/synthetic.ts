/**
 * A synthetic 考核 workbook for the benchmark, as the engine's `WorkbookInput` (data sheet 考核数据 +
 * scheme sheet 考核方案), built from a seeded generator so every run scores the same numbers.
 *
 * Shape (N units × 30 indicators):
 *  - 考核数据: a title row, a header row (序号 | 单位名称 | 类别 | 指标01…指标30 | 加分 | 扣分 | 党风廉政 |
 *    安全生产), then N unit rows. 类别 is the 分组列 with 10 groups (片区01…片区10).
 *  - 30 indicators in 5 一级指标 of 6; 分值 alternates 10 and 20 (scores in steps of 0.5 and 1);
 *    权重: 10 indicators of 4 and 20 of 3 (= 100). Every indicator's points are then a multiple of
 *    0.05, so a total has two decimals and the formula baseline and the engine can agree exactly.
 *  - 加分 (上限 3) on ~10% of units and 扣分 (上限 5) on ~10%, some above the cap (CAPPED warnings).
 *  - 一票否决: 党风廉政 → 定为末等 and 安全生产 → 取消评优, each `是` on ~1.5% of units (`否` on a few).
 *  - ~0.05% of score cells are text numbers (`９.５` full-width, or `8分`): TEXT_NUMBER warnings.
 *  - 【等次】 优秀 ≥90 (20%), 良好 ≥80 (40%), 一般 ≥60, 较差; 【星级】 5…1 at 95/90/85/80/70.
 * `units` holds the same data as plain numbers (a text number as its value), for the formula baseline.
 * Example: `makeSynthetic(1000, mulberry32(1), '美式').workbook` → a workbook `assess()` scores fully.
 */
import type { CellValue, SheetInput, WorkbookInput } from '../src/engine/model/workbook';
import type { Random } from './prng';

export const INDICATOR_COUNT = 30;
export const GROUP_COUNT = 10;
export const BONUS_CAP = 3;
export const MINUS_CAP = 5;
export const DATA_SHEET = '考核数据';
export const VETO_COLUMNS = ['党风廉政', '安全生产'] as const;

export interface SyntheticIndicator {
  readonly name: string;
  readonly max: number;
  readonly weight: number;
  readonly category: string;
}

export interface SyntheticUnit {
  readonly name: string;
  readonly group: string;
  /** Scores as numbers (a text-number cell's value). */
  readonly scores: number[];
  readonly bonus: number | null;
  readonly minus: number | null;
  /** Veto cells as written: '是', '否' or null. */
  readonly vetoes: [string | null, string | null];
}

export interface Synthetic {
  readonly workbook: WorkbookInput;
  readonly indicators: readonly SyntheticIndicator[];
  readonly units: readonly SyntheticUnit[];
  /** 0-based sheet row of the first unit. */
  readonly firstDataRow: number;
  readonly textNumbers: number;
}

export type RankMethodName = '美式' | '中国式';

const CATEGORIES = ['组织建设', '业务工作', '重点任务', '作风建设', '群众满意'];

/** The 30 indicators (see the file comment for the arithmetic). */
export function syntheticIndicators(): SyntheticIndicator[] {
  return Array.from({ length: INDICATOR_COUNT }, (_, i) => ({
    name: `指标${String(i + 1).padStart(2, '0')}`,
    max: i % 2 === 0 ? 10 : 20,
    weight: i % 3 === 0 ? 4 : 3,
    category: CATEGORIES[Math.floor(i / 6)] as string,
  }));
}

function fullWidth(text: string): string {
  return text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function schemeSheet(indicators: readonly SyntheticIndicator[], rankMethod: RankMethodName): SheetInput {
  const rows: CellValue[][] = [
    ['合成基准考核方案'],
    [],
    ['【基本设置】'],
    ['数据表', DATA_SHEET],
    ['单位列', '单位名称'],
    ['分组列', '类别'],
    ['满分', 100],
    ['排名方式', rankMethod],
    ['小数位', 2],
    ['否决单位排名', '末位'],
    [],
    ['【指标】'],
    ['指标名称', '分值', '权重', '一级指标'],
    ...indicators.map((ind) => [ind.name, ind.max, ind.weight, ind.category]),
    [],
    ['【加扣分】'],
    ['列名', '类型', '上限'],
    ['加分', '加分', BONUS_CAP],
    ['扣分', '扣分', MINUS_CAP],
    [],
    ['【一票否决】'],
    ['列名', '效果'],
    [VETO_COLUMNS[0], '定为末等'],
    [VETO_COLUMNS[1], '取消评优'],
    [],
    ['【等次】'],
    ['等次', '最低分', '比例上限'],
    ['优秀', 90, '20%'],
    ['良好', 80, '40%'],
    ['一般', 60, null],
    ['较差', 0, null],
    [],
    ['【星级】'],
    ['星级', '最低分'],
    [5, 95],
    [4, 90],
    [3, 85],
    [2, 80],
    [1, 70],
  ];
  return { name: '考核方案', cells: rows };
}

/** A score for an indicator of full mark `max`, for a unit of quality `q` (0..1): steps of max/20. */
function drawScore(max: number, q: number, next: Random): number {
  const step = max / 20;
  const raw = max * (q + (next() * 2 - 1) * 0.1);
  return Math.min(max, Math.max(0, Math.round(raw / step) * step));
}

function drawAdjustment(next: Random, rate: number, top: number): number | null {
  if (next() >= rate) return null;
  return Math.ceil(next() * top * 2) / 2; // 0.5 … top
}

function drawVeto(next: Random): string | null {
  const r = next();
  if (r < 0.015) return '是';
  if (r < 0.02) return '否';
  return null;
}

/**
 * Builds the synthetic workbook of `n` units; `next` is the seeded generator (same seed, same workbook).
 * `rankMethod` is written into 【基本设置】 排名方式.
 */
export function makeSynthetic(n: number, next: Random, rankMethod: RankMethodName): Synthetic {
  const indicators = syntheticIndicators();
  const header: CellValue[] = ['序号', '单位名称', '类别', ...indicators.map((i) => i.name), '加分', '扣分', ...VETO_COLUMNS];
  const cells: CellValue[][] = [['合成考核台账（基准测试）'], header];
  const units: SyntheticUnit[] = [];
  let textNumbers = 0;
  for (let u = 0; u < n; u++) {
    const q = 0.6 + next() * 0.38;
    const name = `单位${String(u + 1).padStart(6, '0')}`;
    const group = `片区${String(1 + Math.floor(next() * GROUP_COUNT)).padStart(2, '0')}`;
    const scores = indicators.map((ind) => drawScore(ind.max, q, next));
    const bonus = drawAdjustment(next, 0.1, BONUS_CAP + 1);
    const minus = drawAdjustment(next, 0.1, MINUS_CAP + 1);
    const vetoes: [string | null, string | null] = [drawVeto(next), drawVeto(next)];
    const row: CellValue[] = [u + 1, name, group];
    for (const s of scores) {
      if (next() < 0.0005) {
        textNumbers++;
        row.push(next() < 0.5 ? fullWidth(String(s)) : `${s}分`);
      } else {
        row.push(s);
      }
    }
    row.push(bonus, minus, vetoes[0], vetoes[1]);
    cells.push(row);
    units.push({ name, group, scores, bonus, minus, vetoes });
  }
  const data: SheetInput = { name: DATA_SHEET, cells };
  return { workbook: { sheets: [data, schemeSheet(indicators, rankMethod)] }, indicators, units, firstDataRow: 2, textNumbers };
}

/** The same workbook with 排名方式 set to `rankMethod` (the data sheet is shared, not copied). */
export function withRankMethod(s: Synthetic, rankMethod: RankMethodName): WorkbookInput {
  const [data] = s.workbook.sheets;
  return { sheets: [data as SheetInput, schemeSheet(s.indicators, rankMethod)] };
}

/** Whether a unit carries a veto (`是` in either 一票否决 column). Example: vetoes ['否', '是'] → true. */
export function vetoed(u: SyntheticUnit): boolean {
  return u.vetoes[0] === '是' || u.vetoes[1] === '是';
}
