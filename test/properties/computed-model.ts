/**
 * Generated SPEC §8 workbooks (综合评价) for the property tests: five units on the data sheet
 * (日常考核 直接, 履职评价 定性) and three 来源表 — 述职评议 (评委: a title, 单位名称 merged down, `述职评议`
 * merged over 评委1…k), 民主测评 (测评: `民主测评` centred across its four columns, not merged; 实到) and
 * 实绩 (完成率 with each unit's 任务数) — each listing the units in its own order, with the clerk's
 * notes and fills on source cells. Cells are good or garbage; every garbage value below is one that
 * the contract makes an issue on that very cell (`bad`).
 *
 * One plain description, built as a BookSpec (both hosts: sheet-model.ts) or a WorkbookInput (engine).
 */
import fc from 'fast-check';
import type { CellValue, SheetInput, WorkbookInput } from '../../src/engine/model/workbook';
import type { BookSpec, SheetSpec } from './sheet-model';
import type { Row } from '../fixtures/cli/workbooks';

export const UNITS = ['城关镇', '河口镇', '柳林乡', '桃源乡', '北山乡'] as const;
export const LEVELS = ['好', '较好', '一般', '差'] as const;
type V = string | number | null | { error: string };

/** A generated cell: its value and whether the contract makes it an issue on that cell. */
export interface Gen { readonly v: V; readonly bad: boolean }

export interface CompSpec {
  readonly daily: readonly number[];
  readonly levels: readonly Gen[];
  /** Per unit, one per judge (k judges). */
  readonly judges: ReadonlyArray<readonly Gen[]>;
  readonly present: readonly Gen[];
  /** Per unit: 好, 较好, 一般, 差. */
  readonly votes: ReadonlyArray<readonly Gen[]>;
  readonly tasks: readonly Gen[];
  readonly done: readonly Gen[];
  /** Each source sheet's row order: unit indexes top to bottom. */
  readonly order: { readonly panel: readonly number[]; readonly votes: readonly number[]; readonly figures: readonly number[] };
  /** The clerk's notes and fills on the source sheets: [sheet, row, col, text or #RRGGBB]. */
  readonly notes: ReadonlyArray<readonly [string, number, number, string]>;
  readonly fills: ReadonlyArray<readonly [string, number, number, string]>;
}

const good = (a: fc.Arbitrary<V>): fc.Arbitrary<Gen> => a.map((v) => ({ v, bad: false }));
const bad = (...vs: V[]): fc.Arbitrary<Gen> => fc.constantFrom(...vs).map((v) => ({ v, bad: true }));
/** Good nine times in ten when `garbage`, always good otherwise. */
const cell = (ok: fc.Arbitrary<Gen>, wrong: fc.Arbitrary<Gen>, garbage: boolean): fc.Arbitrary<Gen> =>
  garbage ? fc.oneof({ arbitrary: ok, weight: 9 }, { arbitrary: wrong, weight: 1 }) : ok;

export const GARBAGE = {
  /** A judge's score (0..100): not a number, out of range, a percentage, an Excel error. */
  judge: bad('abc', -5, 150, '85%', { error: '#N/A' }),
  /** A vote count or 实到: not a whole number ≥ 0, or an Excel error. */
  count: bad('12票', -3, 2.5, '-3', '四十', { error: '#DIV/0!' }),
  /** 实到: as a count, and empty (MISSING_VALUE). */
  present: bad('12人', -1, 47.5, null, { error: '#REF!' }),
  level: bad('优', '良', 'abc', 3, { error: '#N/A' }),
  /** 任务数 (a per-unit 目标值): ≤ 0, not a number, empty (always an error), an Excel error. */
  tasks: bad(0, -2, 'abc', null, { error: '#REF!' }),
  /** 完成数 (a figure): not a number, an Excel error, empty (under 报错). */
  figure: bad('abc', '十二', null, { error: '#VALUE!' }),
};

export const PANEL = '述职评议';
export const VOTES = '民主测评';
export const FIGURES = '实绩';

/** Where a unit's cells are, 0-based [row, col]. */
export const at = {
  daily: (u: number): [number, number] => [1 + u, 1],
  level: (u: number): [number, number] => [1 + u, 2],
  judge: (s: CompSpec, u: number, j: number): [number, number] => [3 + s.order.panel.indexOf(u), 1 + j],
  present: (s: CompSpec, u: number): [number, number] => [2 + s.order.votes.indexOf(u), 1],
  vote: (s: CompSpec, u: number, l: number): [number, number] => [2 + s.order.votes.indexOf(u), 2 + l],
  tasks: (s: CompSpec, u: number): [number, number] => [1 + s.order.figures.indexOf(u), 1],
  done: (s: CompSpec, u: number): [number, number] => [1 + s.order.figures.indexOf(u), 2],
};

const perm = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 });

/** §8 workbooks; `garbage` mixes in the bad values of GARBAGE. */
export function compArb(opts: { garbage: boolean; judges?: { min: number; max: number } } = { garbage: false }): fc.Arbitrary<CompSpec> {
  const g = opts.garbage;
  const k = opts.judges ?? { min: 5, max: 7 };
  const judgeCell = cell(good(fc.oneof({ arbitrary: fc.integer({ min: 60, max: 100 }), weight: 8 }, { arbitrary: fc.constant(null), weight: 1 })), GARBAGE.judge, g);
  const five = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 5, maxLength: 5 });
  return fc.integer(k).chain((n) => fc.record({
    daily: five(fc.integer({ min: 0, max: 60 }).map((x) => x / 2)),
    levels: five(cell(good(fc.constantFrom(...LEVELS)), GARBAGE.level, g)),
    judges: five(fc.array(judgeCell, { minLength: n, maxLength: n })),
    present: five(cell(good(fc.constant(48)), GARBAGE.present, g)),
    votes: five(fc.array(cell(good(fc.integer({ min: 0, max: 12 })), GARBAGE.count, g), { minLength: 4, maxLength: 4 })),
    tasks: five(cell(good(fc.integer({ min: 1, max: 20 })), GARBAGE.tasks, g)),
    done: five(cell(good(fc.integer({ min: 0, max: 25 })), GARBAGE.figure, g)),
    order: fc.record({ panel: perm, votes: perm, figures: perm }),
    notes: fc.array(fc.tuple(fc.constantFrom(PANEL, VOTES, FIGURES), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom('已核实', '评委请假')), { maxLength: 3 }),
    fills: fc.array(fc.tuple(fc.constantFrom(PANEL, VOTES, FIGURES), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom('#DDEBF7', '#E2EFDA')), { maxLength: 3 }),
  }));
}

export function judgeCount(s: CompSpec): number {
  return s.judges[0]?.length ?? 0;
}

export const SCHEME_ROWS: Row[] = [
  ['【基本设置】'], ['测评实到列', '实到'], ['差票否决比例', '1/3'], ['评委满分', 100],
  [],
  ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'],
  ['日常考核', 30, '直接', null], ['述职评议', 30, '评委', PANEL], ['民主测评', 20, '测评', VOTES],
  ['重点任务', 10, '完成率', FIGURES], ['履职评价', 10, '定性', null],
  [],
  ['【计分规则】'], ['指标名称', '目标值'], ['重点任务', '任务数'],
  [],
  ['【等次】'], ['等次', '最低分', '比例上限'], ['优秀', 85, '40%'], ['良好', 70, null], ['一般', 0, null],
];

interface Built { readonly name: string; readonly rows: V[][]; readonly merges: SheetSpec['merges'] }

/** The five sheets' rows and merges (source rows in the spec's order; judge columns in `judgeOrder`). */
export function buildSheets(s: CompSpec, judgeOrder?: readonly number[]): Built[] {
  const k = judgeCount(s);
  const jo = judgeOrder ?? Array.from({ length: k }, (_, j) => j);
  const data: Built = { name: '考核数据', rows: [['单位名称', '日常考核', '履职评价'], ...UNITS.map((u, i) => [u, s.daily[i] ?? 0, s.levels[i]?.v ?? null])], merges: [] };
  const panel: Built = {
    name: PANEL,
    rows: [
      ['2026年度述职评议评分表'],
      ['单位名称', '述职评议', ...new Array<null>(k - 1).fill(null)],
      [null, ...jo.map((j) => `评委${j + 1}`)],
      ...s.order.panel.map((u) => [UNITS[u] ?? '', ...jo.map((j) => s.judges[u]?.[j]?.v ?? null)]),
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: k }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 1, right: k }],
  };
  const votes: Built = {
    name: VOTES,
    rows: [
      ['单位名称', '实到', '民主测评', null, null, null],
      [null, null, ...LEVELS],
      ...s.order.votes.map((u) => [UNITS[u] ?? '', s.present[u]?.v ?? null, ...(s.votes[u] ?? []).map((c) => c.v)]),
    ],
    merges: [],
  };
  const figures: Built = {
    name: FIGURES,
    rows: [['单位名称', '任务数', '重点任务'], ...s.order.figures.map((u) => [UNITS[u] ?? '', s.tasks[u]?.v ?? null, s.done[u]?.v ?? null])],
    merges: [],
  };
  return [data, panel, votes, figures, { name: '考核方案', rows: SCHEME_ROWS.map((r) => [...r]), merges: [] }];
}

/** For both hosts: with the clerk's notes and fills (one per cell) and widths on the source sheets. */
export function toBook(s: CompSpec): BookSpec {
  const once = (list: CompSpec['notes'], sheet: string) => {
    const seen = new Set<string>();
    return list.filter(([sh, r, c]) => sh === sheet && !seen.has(`${r},${c}`) && (seen.add(`${r},${c}`), true)).map(([, r, c, t]) => [r, c, t] as const);
  };
  return {
    sheets: buildSheets(s).map((b) => ({
      name: b.name, visibility: 'visible', rows: b.rows, merges: b.merges,
      notes: once(s.notes, b.name), fills: once(s.fills, b.name), widths: b.name === PANEL ? [[1, 14]] : [],
    })),
  };
}

/** For the engine. */
export function toInput(s: CompSpec, judgeOrder?: readonly number[]): WorkbookInput {
  return { sheets: buildSheets(s, judgeOrder).map((b): SheetInput => ({ name: b.name, cells: b.rows as CellValue[][], merges: b.merges })) };
}

/** Every garbage cell: sheet name and 0-based [row, col]. */
export function badCells(s: CompSpec): Array<{ sheet: string; row: number; col: number }> {
  const out: Array<{ sheet: string; row: number; col: number }> = [];
  const add = (sheet: string, g: Gen | undefined, [row, col]: [number, number]) => { if (g?.bad) out.push({ sheet, row, col }); };
  UNITS.forEach((_, u) => {
    add('考核数据', s.levels[u], at.level(u));
    (s.judges[u] ?? []).forEach((g, j) => add(PANEL, g, at.judge(s, u, j)));
    add(VOTES, s.present[u], at.present(s, u));
    (s.votes[u] ?? []).forEach((g, l) => add(VOTES, g, at.vote(s, u, l)));
    add(FIGURES, s.tasks[u], at.tasks(s, u));
    add(FIGURES, s.done[u], at.done(s, u));
  });
  return out;
}
