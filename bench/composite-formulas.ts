/**
 * The 综合评价 baseline a clerk has today: the composite workbook (composite.ts) in HyperFormula (3.5),
 * with the formulas a clerk writes for SPEC §8, source rows in their own (shuffled) order:
 *   述职评议!L4  =ROUND((SUM(C4:K4)-MAX(C4:K4)-MIN(C4:K4))/(COUNT(C4:K4)-2)*20/100,2)   (TRIMMEAN-like, 评委满分 100)
 *   民主测评!H3  =ROUND(20*SUMPRODUCT(D3:G3,'参数'!$A$1:$D$1)/SUM(D3:G3),2)               ('参数'!A1:D1 = 1, 0.8, 0.6, 0)
 *   实绩!E2      =ROUND(10*MIN(MAX(C2,0)/B2,1),2)                                         (完成率 against the unit's 任务数)
 *   实绩!F2      =ROUND(IF(D2<=0,10*1.2,10*MIN(5/D2,1.2)),2)                              (逆向, 目标值 5, 封顶 120%)
 * and on the data sheet, a lookup by unit name per computed indicator, and the total:
 *   考核数据!H3  =INDEX('述职评议'!$L$4:$L$N,MATCH(B3,'述职评议'!$B$4:$B$N,0))  (I, J, K likewise)
 *   考核数据!L3  =ROUND(SUM(D3:K3),2)
 * The values are loaded first (not timed); the two timed steps add the source sheets' score columns
 * (`source`) and the data sheet's lookups and totals (`lookup`), each in one batch, parsed and
 * evaluated, as Excel does on paste + recalculation. HyperFormula stops at 40,000 rows unless maxRows
 * is raised, and needs useArrayArithmetic for SUMPRODUCT's array form; useColumnIndex gives MATCH an
 * index (VLOOKUP(…,0) instead measured 28 s CPU at 2,000 units against 1.5 s at 1,000: quadratic).
 */
import { HyperFormula } from 'hyperformula';
import type { CellValue, SheetInput } from '../src/engine/model/workbook';
import { COMPOSITE_DATA, DIRECT, JUDGES, LEVEL_RATES, MARKS, INVERSE_CAP, INVERSE_TARGET, type Composite } from './composite';
import { colLetter as L } from '../src/engine/address';

type Raw = string | number | boolean | null;

/** Where each sheet's units start (1-based sheet rows) and where the formula columns go (0-based). */
const FIRST = { data: 3, panel: 4, votes: 3, figures: 2 } as const;
const PANEL_SCORE = 2 + JUDGES; // L
const VOTES_SCORE = 7; // H
const FIG_SCORES = 4; // E, F
const DATA_LOOKUPS = 3 + DIRECT.length; // H..K, then L 总分

export interface CompositeSheets {
  readonly hf: HyperFormula;
  readonly n: number;
  readonly ids: { data: number; panel: number; votes: number; figures: number };
}

function raw(sheet: SheetInput | undefined): Raw[][] {
  return (sheet?.cells ?? []).map((r) => (r ?? []).map((v: CellValue | undefined) => (v === undefined || (typeof v === 'object' && v !== null) ? null : v)));
}

/** Loads the composite's values into HyperFormula (not timed by the bench). */
export function loadComposite(c: Composite): CompositeSheets {
  const [data, panel, votes, figures] = c.workbook.sheets;
  const hf = HyperFormula.buildFromSheets(
    { [COMPOSITE_DATA]: raw(data), 述职评议: raw(panel), 民主测评: raw(votes), 实绩: raw(figures), 参数: [[...LEVEL_RATES]] },
    { licenseKey: 'gpl-v3', useArrayArithmetic: true, useColumnIndex: true, maxRows: Math.max(c.n + 10, 40_000), maxColumns: 100 },
  );
  const id = (name: string): number => {
    const x = hf.getSheetId(name);
    if (x === undefined) throw new Error(`sheet ${name} missing`);
    return x;
  };
  return { hf, n: c.n, ids: { data: id(COMPOSITE_DATA), panel: id('述职评议'), votes: id('民主测评'), figures: id('实绩') } };
}

/** The clerk's formulas on the source sheets, for the unit on 1-based row `r` of each. */
export function sourceFormulas(r: { panel: number; votes: number; figures: number }): { panel: string; votes: string; completion: string; inverse: string } {
  const judges = `C${r.panel}:${L(1 + JUDGES)}${r.panel}`;
  const counts = `D${r.votes}:G${r.votes}`;
  const f = r.figures;
  return {
    panel: `=ROUND((SUM(${judges})-MAX(${judges})-MIN(${judges}))/(COUNT(${judges})-2)*${MARKS.panel}/100,2)`,
    votes: `=ROUND(${MARKS.votes}*SUMPRODUCT(${counts},'参数'!$A$1:$D$1)/SUM(${counts}),2)`,
    completion: `=ROUND(${MARKS.completion}*MIN(MAX(C${f},0)/B${f},1),2)`,
    inverse: `=ROUND(IF(D${f}<=0,${MARKS.inverse}*${INVERSE_CAP},${MARKS.inverse}*MIN(${INVERSE_TARGET}/D${f},${INVERSE_CAP})),2)`,
  };
}

/** The data sheet's lookups (INDEX/MATCH by unit name) and total, for data row `r` of `n` units. */
export function lookupFormulas(r: number, n: number): string[] {
  const look = (sheet: string, first: number, scoreCol: number, nameCol: string): string => {
    const last = first + n - 1;
    const s = L(scoreCol);
    return `=INDEX('${sheet}'!$${s}$${first}:$${s}$${last},MATCH(B${r},'${sheet}'!$${nameCol}$${first}:$${nameCol}$${last},0))`;
  };
  return [
    look('述职评议', FIRST.panel, PANEL_SCORE, 'B'),
    look('民主测评', FIRST.votes, VOTES_SCORE, 'A'),
    look('实绩', FIRST.figures, FIG_SCORES, 'A'),
    look('实绩', FIRST.figures, FIG_SCORES + 1, 'A'),
    `=ROUND(SUM(D${r}:${L(DATA_LOOKUPS + 3)}${r}),2)`,
  ];
}

/** Step `source`: the score columns of 述职评议, 民主测评 and 实绩, one batch. */
export function addSourceScores(f: CompositeSheets): void {
  const panel: string[][] = [];
  const votes: string[][] = [];
  const figures: string[][] = [];
  for (let i = 0; i < f.n; i++) {
    const x = sourceFormulas({ panel: FIRST.panel + i, votes: FIRST.votes + i, figures: FIRST.figures + i });
    panel.push([x.panel]);
    votes.push([x.votes]);
    figures.push([x.completion, x.inverse]);
  }
  f.hf.batch(() => {
    f.hf.setCellContents({ sheet: f.ids.panel, row: FIRST.panel - 1, col: PANEL_SCORE }, panel);
    f.hf.setCellContents({ sheet: f.ids.votes, row: FIRST.votes - 1, col: VOTES_SCORE }, votes);
    f.hf.setCellContents({ sheet: f.ids.figures, row: FIRST.figures - 1, col: FIG_SCORES }, figures);
  });
}

/** Step `lookup`: the data sheet's four lookups and the total, one batch. */
export function addLookups(f: CompositeSheets): void {
  const block: string[][] = [];
  for (let i = 0; i < f.n; i++) block.push(lookupFormulas(FIRST.data + i, f.n));
  f.hf.batch(() => f.hf.setCellContents({ sheet: f.ids.data, row: FIRST.data - 1, col: DATA_LOOKUPS }, block));
}

/** The data sheet's computed columns as HyperFormula evaluated them: per unit [述职评议, 民主测评, 任务完成数, 信访件数, 总分]. */
export function lookedUp(f: CompositeSheets): unknown[][] {
  return f.hf.getRangeValues({ start: { sheet: f.ids.data, row: FIRST.data - 1, col: DATA_LOOKUPS }, end: { sheet: f.ids.data, row: FIRST.data - 2 + f.n, col: DATA_LOOKUPS + 4 } });
}

/** The source sheets' score columns in data-sheet unit order: per unit [述职评议, 民主测评, 任务完成数, 信访件数]. */
export function sourceScores(f: CompositeSheets, rows: Composite['rows']): unknown[][] {
  const col = (sheet: number, first: number, c: number): unknown[] =>
    f.hf.getRangeValues({ start: { sheet, row: first - 1, col: c }, end: { sheet, row: first - 2 + f.n, col: c } }).map((r) => r[0]);
  const byUnit = (values: unknown[], order: Int32Array): unknown[] => {
    const out = new Array<unknown>(f.n);
    order.forEach((u, i) => (out[u] = values[i]));
    return out;
  };
  const panel = byUnit(col(f.ids.panel, FIRST.panel, PANEL_SCORE), rows.panel);
  const votes = byUnit(col(f.ids.votes, FIRST.votes, VOTES_SCORE), rows.votes);
  const done = byUnit(col(f.ids.figures, FIRST.figures, FIG_SCORES), rows.figures);
  const inverse = byUnit(col(f.ids.figures, FIRST.figures, FIG_SCORES + 1), rows.figures);
  return Array.from({ length: f.n }, (_, u) => [panel[u], votes[u], done[u], inverse[u]]);
}
