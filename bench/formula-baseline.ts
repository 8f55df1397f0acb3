/**
 * The baseline a clerk has today: totals, RANK.EQ ranks and 中国式 ranks as spreadsheet formulas,
 * evaluated by HyperFormula (3.5; it has no RANK.EQ, so rank = COUNTIF(r,">"&x)+1, which is what
 * RANK.EQ returns).
 *
 * Sheet `数据` (row 1 headers, units from row 2): A 序号 | B 单位名称 | C 类别 | D:AG 30 scores |
 * AH 加分 | AI 扣分 | AJ 党风廉政 | AK 安全生产, then the clerk's formula columns:
 *   AL 总分    =ROUND(SUMPRODUCT(D2:AG2/'参数'!$D$1:$AG$1*'参数'!$D$2:$AG$2)+IF(AH2>3,3,AH2)-IF(AI2>5,5,AI2),2)
 *   AM 排序值  =IF(OR(AJ2="是",AK2="是"),AL2-1000,AL2)          (vetoed units after all others: 末位)
 *   AN 排名    =COUNTIF($AM$2:$AM$N,">"&AM2)+1                    (RANK.EQ)
 *   AO 中国式  =SUMPRODUCT(($AM$2:$AM$N>AM2)/COUNTIF($AM$2:$AM$N,$AM$2:$AM$N))+1
 * Sheet `参数`: row 1 the 分值 and row 2 the 权重 of each indicator, in columns D:AG.
 * Text-number cells are given as numbers (the clerk has clicked 转换为数字), so SUMPRODUCT sees them.
 * The data is loaded first (not timed); the timed steps add the formula columns in one batch each,
 * which parses and evaluates them, as Excel does on paste + recalculation.
 */
import { HyperFormula } from 'hyperformula';
import type { Synthetic } from './synthetic';
import { BONUS_CAP, INDICATOR_COUNT, MINUS_CAP } from './synthetic';
import { colLetter } from '../src/engine/address';

type Raw = string | number | boolean | null;

const FIRST_SCORE = 3; // column D
const BONUS = FIRST_SCORE + INDICATOR_COUNT; // AH
const MINUS = BONUS + 1;
const VETO1 = BONUS + 2;
const VETO2 = BONUS + 3;
const TOTAL = BONUS + 4; // AL
const KEY = TOTAL + 1;
const RANK = TOTAL + 2;
const DENSE = TOTAL + 3;

const L = (c: number): string => colLetter(c);

/** The clerk's formulas for sheet row `r` (1-based) of a table whose last unit row is `last`. */
export function clerkFormulas(r: number, last: number): { total: string; key: string; rank: string; dense: string } {
  const scores = `${L(FIRST_SCORE)}${r}:${L(BONUS - 1)}${r}`;
  const marks = `'参数'!$${L(FIRST_SCORE)}$1:$${L(BONUS - 1)}$1`;
  const weights = `'参数'!$${L(FIRST_SCORE)}$2:$${L(BONUS - 1)}$2`;
  const b = `${L(BONUS)}${r}`;
  const m = `${L(MINUS)}${r}`;
  const total = `=ROUND(SUMPRODUCT(${scores}/${marks}*${weights})+IF(${b}>${BONUS_CAP},${BONUS_CAP},${b})-IF(${m}>${MINUS_CAP},${MINUS_CAP},${m}),2)`;
  const key = `=IF(OR(${L(VETO1)}${r}="是",${L(VETO2)}${r}="是"),${L(TOTAL)}${r}-1000,${L(TOTAL)}${r})`;
  const range = `$${L(KEY)}$2:$${L(KEY)}$${last}`;
  const x = `${L(KEY)}${r}`;
  return {
    total,
    key,
    rank: `=COUNTIF(${range},">"&${x})+1`,
    dense: `=SUMPRODUCT((${range}>${x})/COUNTIF(${range},${range}))+1`,
  };
}

export interface FormulaSheet {
  readonly hf: HyperFormula;
  readonly sheet: number;
  readonly n: number;
}

/** Loads the synthetic data into HyperFormula, values only (not timed by the bench). */
export function loadData(s: Synthetic): FormulaSheet {
  const n = s.units.length;
  const header: Raw[] = ['序号', '单位名称', '类别', ...s.indicators.map((i) => i.name), '加分', '扣分', '党风廉政', '安全生产'];
  const rows: Raw[][] = [header];
  s.units.forEach((u, i) => rows.push([i + 1, u.name, u.group, ...u.scores, u.bonus, u.minus, u.vetoes[0], u.vetoes[1]]));
  const pad = Array<Raw>(FIRST_SCORE).fill(null);
  const params: Raw[][] = [[...pad, ...s.indicators.map((i) => i.max)], [...pad, ...s.indicators.map((i) => i.weight)]];
  const hf = HyperFormula.buildFromSheets(
    { 数据: rows, 参数: params },
    { licenseKey: 'gpl-v3', useArrayArithmetic: true, maxRows: Math.max(n + 10, 40_000), maxColumns: 100 },
  );
  const sheet = hf.getSheetId('数据');
  if (sheet === undefined) throw new Error('sheet 数据 missing');
  return { hf, sheet, n };
}

/** Adds AL:AN (总分, 排序值, RANK.EQ) for every unit in one batch: parsed and evaluated. */
export function addTotalsAndRanks(f: FormulaSheet): void {
  const last = f.n + 1;
  const block: string[][] = [];
  for (let r = 2; r <= last; r++) {
    const x = clerkFormulas(r, last);
    block.push([x.total, x.key, x.rank]);
  }
  f.hf.batch(() => f.hf.setCellContents({ sheet: f.sheet, row: 1, col: TOTAL }, block));
}

/** Adds AO (中国式 rank) for every unit in one batch. */
export function addDenseRanks(f: FormulaSheet): void {
  const last = f.n + 1;
  const block: string[][] = [];
  for (let r = 2; r <= last; r++) block.push([clerkFormulas(r, last).dense]);
  f.hf.batch(() => f.hf.setCellContents({ sheet: f.sheet, row: 1, col: DENSE }, block));
}

/** Column values of the unit rows, as HyperFormula computed them. */
export function columnValues(f: FormulaSheet, which: 'total' | 'rank' | 'dense'): unknown[] {
  const col = which === 'total' ? TOTAL : which === 'rank' ? RANK : DENSE;
  const values = f.hf.getRangeValues({ start: { sheet: f.sheet, row: 1, col }, end: { sheet: f.sheet, row: f.n, col } });
  return values.map((r) => r[0]);
}
