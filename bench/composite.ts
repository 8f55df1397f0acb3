/**
 * The 综合评价 workload of the bench (SPEC §8, issue 12): a seeded 双述双评 workbook of N units, as the
 * engine's `WorkbookInput`, and the same units under a plain scheme (every indicator 直接 on the data
 * sheet), so the bench can time what the computed indicators cost.
 *
 * Composite (`workbook`): 8 indicators, 分值 total 100, no 权重 (points = score).
 *  - 考核数据 (data sheet): title row, header 序号 | 单位名称 | 类别 | 日常考核 | 党建工作 | 业务工作 |
 *    作风建设 (four 直接 indicators of 10, steps of 0.5), then N unit rows. 类别 = 分组列, 10 groups.
 *  - 述职评议 (评委, 20): title row; row 2 序号 | 单位名称 | 述职评议 (merged C2:K2); row 3 评委1…评委9;
 *    scores 0..100 (评委满分 100), whole or .5; ~3% of units with one absent judge (empty cell), ~1%
 *    with one 人情分 (+25: JUDGE_OUTLIER warnings).
 *  - 民主测评 (测评, 20): row 1 单位名称 | 应到 | 实到 | 民主测评 (merged D1:G1); row 2 好 | 较好 | 一般 | 差;
 *    应到 30..60, 实到 ≥ 80% of it (above the 2/3 quorum), ~2% of voters abstain, ~1% of units with
 *    many 差 votes (差票否决比例 1/3 → 取消评优 vetoes).
 *  - 实绩: 单位名称 | 任务数 | 任务完成数 | 信访件数. 任务完成数 (完成率, 10) against the unit's own
 *    任务数 (20..80; some above it: capped at 100%); 信访件数 (逆向, 10, 目标值 5, 封顶 120%), 2..10.
 *  - Every source sheet lists every unit once, rows in a shuffled order (seeded).
 * Plain (`plain`): the same units and the same 8 indicator names and 分值, all 直接 on one data sheet
 * (the four computed columns hold drawn scores with two decimals within 0..分值).
 * `rows` gives each source sheet's unit order, for the formula baseline (composite-formulas.ts).
 * Example: `makeComposite(1000, mulberry32(1)).workbook` → a workbook `assess()` scores with no error.
 */
import type { CellValue, SheetInput, WorkbookInput } from '../src/engine/model/workbook';
import type { Random } from './prng';

export const COMPOSITE_DATA = '考核数据';
export const DIRECT = ['日常考核', '党建工作', '业务工作', '作风建设'] as const;
export const JUDGES = 9;
export const LEVELS = ['好', '较好', '一般', '差'] as const;
/** 【等级分】 defaults (SPEC §8.2): the rates of 好 / 较好 / 一般 / 差. */
export const LEVEL_RATES = [1, 0.8, 0.6, 0] as const;
export const MARKS = { direct: 10, panel: 20, votes: 20, completion: 10, inverse: 10 } as const;
export const INVERSE_TARGET = 5;
export const INVERSE_CAP = 1.2;
/** The composite's indicators in scheme order: the engine's `scores` follow it. */
export const COMPOSITE_INDICATORS = [...DIRECT, '述职评议', '民主测评', '任务完成数', '信访件数'] as const;

export interface Composite {
  readonly workbook: WorkbookInput;
  readonly plain: WorkbookInput;
  readonly n: number;
  /** Unit names in data-sheet order. */
  readonly names: readonly string[];
  /** For each source sheet, the data-sheet index of the unit on each of its rows (shuffled order). */
  readonly rows: { readonly panel: Int32Array; readonly votes: Int32Array; readonly figures: Int32Array };
  /** Units with an absent judge, a 人情分, a 差票 veto (as drawn; for the bench's log). */
  readonly drawn: { absent: number; outlier: number; badVotes: number };
}

function schemeRows(plain: boolean): CellValue[][] {
  const settings: CellValue[][] = plain
    ? []
    : [['评委满分', 100], ['测评实到列', '实到'], ['测评应到列', '应到'], ['差票否决比例', '1/3'], ['差票否决效果', '取消评优']];
  const computed: CellValue[][] = plain
    ? [['述职评议', MARKS.panel, '直接', null], ['民主测评', MARKS.votes, '直接', null], ['任务完成数', MARKS.completion, '直接', null], ['信访件数', MARKS.inverse, '直接', null]]
    : [['述职评议', MARKS.panel, '评委', '述职评议'], ['民主测评', MARKS.votes, '测评', '民主测评'], ['任务完成数', MARKS.completion, '完成率', '实绩'], ['信访件数', MARKS.inverse, '逆向', '实绩']];
  const rules: CellValue[][] = plain ? [] : [[], ['【计分规则】'], ['指标名称', '目标值', '封顶'], ['任务完成数', '任务数', null], ['信访件数', INVERSE_TARGET, '120%']];
  return [
    [plain ? '综合考核方案（基准测试，全部直接录入）' : '综合考核方案（基准测试，双述双评）'],
    [],
    ['【基本设置】'],
    ['数据表', COMPOSITE_DATA], ['单位列', '单位名称'], ['分组列', '类别'], ['满分', 100], ['小数位', 2], ['排名方式', '美式'],
    ...settings,
    [],
    ['【指标】'],
    ['指标名称', '分值', '计分方法', '来源表'],
    ...DIRECT.map((d) => [d, MARKS.direct, '直接', null]),
    ...computed,
    ...rules,
    [],
    ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 90, '20%'], ['良好', 80, '40%'], ['一般', 60, null], ['较差', 0, null],
  ];
}

/** A seeded permutation of 0..n-1 (Fisher–Yates). */
function shuffled(n: number, next: Random): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const t = p[i] as number;
    p[i] = p[j] as number;
    p[j] = t;
  }
  return p;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

interface Drawn {
  judges: Array<number | null>;
  expected: number;
  present: number;
  votes: number[];
  tasks: number;
  done: number;
  complaints: number;
  flags: { absent: boolean; outlier: boolean; badVotes: boolean };
}

function drawJudges(q: number, next: Random, flags: Drawn['flags']): Array<number | null> {
  const judges: Array<number | null> = [];
  for (let j = 0; j < JUDGES; j++) {
    const raw = 100 * (q + (next() * 2 - 1) * 0.06);
    judges.push(clamp(next() < 0.2 ? Math.round(raw * 2) / 2 : Math.round(raw), 0, 100));
  }
  if (next() < 0.03) {
    judges[Math.floor(next() * JUDGES)] = null;
    flags.absent = true;
  }
  if (next() < 0.01) {
    const j = Math.floor(next() * JUDGES);
    judges[j] = clamp((judges[j] ?? 80) + 25, 0, 100);
    flags.outlier = true;
  }
  return judges;
}

function drawVotes(q: number, present: number, next: Random, flags: Drawn['flags']): number[] {
  const votes = [0, 0, 0, 0];
  const bad = next() < 0.01;
  flags.badVotes = bad;
  for (let v = 0; v < present; v++) {
    const r = next();
    if (r < 0.02) continue; // abstains
    const level = bad ? (r < 0.45 ? 3 : r < 0.75 ? 2 : 0) : r < q - 0.1 ? 0 : r < q + 0.1 ? 1 : r < 0.985 ? 2 : 3;
    votes[level] = (votes[level] ?? 0) + 1;
  }
  return votes;
}

function drawUnit(q: number, next: Random): Drawn {
  const flags = { absent: false, outlier: false, badVotes: false };
  const judges = drawJudges(q, next, flags);
  const expected = 30 + Math.floor(next() * 31);
  const present = expected - Math.floor(next() * expected * 0.2);
  const votes = drawVotes(q, present, next, flags);
  const tasks = 20 + Math.floor(next() * 61);
  const done = Math.max(0, Math.round(tasks * (q + 0.1 + (next() * 2 - 1) * 0.15)));
  const complaints = 2 + Math.floor(next() * 9);
  return { judges, expected, present, votes, tasks, done, complaints, flags };
}

/** A direct score of full mark `max` for quality q, in steps of `step`. */
function drawScore(max: number, q: number, step: number, next: Random): number {
  const raw = max * (q + (next() * 2 - 1) * 0.1);
  return clamp(Math.round(raw / step) * step, 0, max);
}

/** Builds the composite workbook of `n` units and its plain twin; `next` is the seeded generator. */
export function makeComposite(n: number, next: Random): Composite {
  const names: string[] = [];
  const groups: string[] = [];
  const direct: number[][] = [];
  const plainComputed: number[][] = [];
  const units: Drawn[] = [];
  for (let u = 0; u < n; u++) {
    const q = 0.6 + next() * 0.38;
    names.push(`单位${String(u + 1).padStart(6, '0')}`);
    groups.push(`片区${String(1 + Math.floor(next() * 10)).padStart(2, '0')}`);
    direct.push(DIRECT.map(() => drawScore(MARKS.direct, q, 0.5, next)));
    plainComputed.push([MARKS.panel, MARKS.votes, MARKS.completion, MARKS.inverse].map((m) => drawScore(m, q, 0.01, next)));
    units.push(drawUnit(q, next));
  }
  const rows = { panel: shuffled(n, next), votes: shuffled(n, next), figures: shuffled(n, next) };
  const dataRows = (extra: (u: number) => CellValue[]): CellValue[][] => names.map((name, u) => [u + 1, name, groups[u] ?? null, ...(direct[u] ?? []), ...extra(u)]);
  const dataHeader = ['序号', '单位名称', '类别', ...DIRECT];
  const data: SheetInput = { name: COMPOSITE_DATA, cells: [['综合考核台账（基准测试）'], dataHeader, ...dataRows(() => [])] };
  const plainData: SheetInput = { name: COMPOSITE_DATA, cells: [['综合考核台账（基准测试）'], [...dataHeader, '述职评议', '民主测评', '任务完成数', '信访件数'], ...dataRows((u) => plainComputed[u] ?? [])] };
  const at = (u: number): Drawn => units[u] as Drawn;
  const nameOf = (u: number): string => names[u] ?? '';
  const panel: SheetInput = {
    name: '述职评议',
    cells: [
      ['述职评议评分表'],
      ['序号', '单位名称', '述职评议', ...Array<null>(JUDGES - 1).fill(null)],
      [null, null, ...Array.from({ length: JUDGES }, (_, j) => `评委${j + 1}`)],
      ...Array.from(rows.panel, (u, i) => [i + 1, nameOf(u), ...at(u).judges]),
    ],
    merges: [{ top: 1, left: 2, bottom: 1, right: 1 + JUDGES }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }],
  };
  const votes: SheetInput = {
    name: '民主测评',
    cells: [
      ['单位名称', '应到', '实到', '民主测评', null, null, null],
      [null, null, null, ...LEVELS],
      ...Array.from(rows.votes, (u) => [nameOf(u), at(u).expected, at(u).present, ...at(u).votes]),
    ],
    merges: [{ top: 0, left: 3, bottom: 0, right: 6 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 2, bottom: 1, right: 2 }],
  };
  const figures: SheetInput = {
    name: '实绩',
    cells: [['单位名称', '任务数', '任务完成数', '信访件数'], ...Array.from(rows.figures, (u) => [nameOf(u), at(u).tasks, at(u).done, at(u).complaints])],
  };
  const scheme = (plain: boolean): SheetInput => ({ name: '考核方案', cells: schemeRows(plain) });
  const count = (f: keyof Drawn['flags']): number => units.filter((d) => d.flags[f]).length;
  return {
    workbook: { sheets: [data, panel, votes, figures, scheme(false)] },
    plain: { sheets: [plainData, scheme(true)] },
    n,
    names,
    rows,
    drawn: { absent: count('absent'), outlier: count('outlier'), badVotes: count('badVotes') },
  };
}
