/**
 * The Excel formulas that docs/方案编写指南.md §8 gives clerks for checking computed scores by hand:
 * each one is quoted from the guide (the test fails when the guide's text changes), evaluated by
 * HyperFormula on the guide's own example table, and must give the value the guide states.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HyperFormula } from 'hyperformula';
import { excelRound } from '../../src/engine/math/round';

const GUIDE = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', '方案编写指南.md'), 'utf8');

type Cell = string | number | boolean | null;

/** Evaluates `formula` in a cell to the right of rows 1–8 laid out as the guide's table (`rows[4]` is sheet row 5). */
function evaluate(rows: Cell[][], formula: string): unknown {
  const hf = HyperFormula.buildFromArray(rows.map((r) => [...r]), { licenseKey: 'gpl-v3' });
  const sheet = 0;
  const at = { sheet, row: 0, col: 30 };
  hf.setCellContents(at, [[formula]]);
  const v = hf.getCellValue(at);
  hf.destroy();
  return v;
}

/** A sheet whose row `row` (1-based) holds `values` from column `col` (A = 1). */
function sheetWith(lines: ReadonlyArray<readonly [number, number, readonly Cell[]]>): Cell[][] {
  const rows: Cell[][] = Array.from({ length: 10 }, () => Array<Cell>(20).fill(null));
  for (const [row, col, values] of lines) values.forEach((v, i) => { (rows[row - 1] as Cell[])[col - 1 + i] = v; });
  return rows;
}

const quoted = (f: string) => expect(GUIDE).toContain(f);

test('定性: 较好 in D5 of a 10-point indicator → 8', () => {
  const f = '=ROUND(10*INDEX({1,0.8,0.6,0}, 1, MATCH(D5, {"好","较好","一般","差"}, 0)), 2)';
  quoted(f);
  expect(evaluate(sheetWith([[5, 4, ['较好']]]), f)).toBe(8);
});

test('测评: the three example rows — 18.8, the 差票 line, the quorum line, votes within 实到', () => {
  const rows = sheetWith([
    [5, 2, ['甲镇党委', 42, 40, 30, 8, 2, 0]],
    [6, 2, ['乙局党组', 42, 40, 12, 8, 6, 14]],
    [7, 2, ['丙乡党委', 45, 28, 18, 7, 3, 0]],
  ]);
  const score = '=ROUND(20*SUMPRODUCT(E5:H5, {1,0.8,0.6,0})/SUM(E5:H5), 2)';
  quoted(score);
  expect(evaluate(rows, score)).toBe(18.8);
  expect(evaluate(rows, score.replace(/5/g, '6'))).toBe(11);
  quoted('`=SUM(E5:H5)>D5`');
  expect(evaluate(rows, '=SUM(E5:H5)>D5')).toBe(false);
  quoted('`=D7*3<C7*2`');
  expect(evaluate(rows, '=D7*3<C7*2')).toBe(true);
  quoted('`=H6*3>SUM(E6:H6)`');
  expect(evaluate(rows, '=H6*3>SUM(E6:H6)')).toBe(true);
  expect(evaluate(rows, '=H5*3>SUM(E5:H5)')).toBe(false);
});

test('评委: drop one highest and one lowest (17.23; an absent judge: 14.9), drop two each, the outlier check', () => {
  const rows = sheetWith([
    [5, 2, ['甲镇党委', 95, 70, 86, 85, 88, 87, 84, 86, 87]],
    [6, 2, ['乙乡党委', 77, 75, 75, null, 76, 74, 74, 72, 73]],
  ]);
  const one = '=ROUND((SUM(C5:K5)-MAX(C5:K5)-MIN(C5:K5))/(COUNT(C5:K5)-2)*20/100, 2)';
  quoted(one);
  expect(evaluate(rows, one)).toBe(17.23);
  expect(evaluate(rows, one.replace(/5:/g, '6:').replace(/K5/g, 'K6'))).toBe(14.9);
  // Two each: 95, 88 and 70, 84 dropped; (85 + 86 + 86 + 87 + 87) / 5 = 86.2 → 17.24.
  const two = '=ROUND((SUM(C5:K5)-LARGE(C5:K5,1)-LARGE(C5:K5,2)-SMALL(C5:K5,1)-SMALL(C5:K5,2))/(COUNT(C5:K5)-4)*20/100, 2)';
  quoted(two);
  expect(evaluate(rows, two)).toBe(17.24);
  // The sample's 县水利局党组: 评委6 (H) 99 against the others' median 74.5.
  const outlier = '=ABS(H5-MEDIAN(C5:G5, I5:K5)) > 100*20%';
  quoted(outlier);
  expect(evaluate(sheetWith([[5, 3, [74, 76, 73, 77, 75, 99, 72, 76, 74]]]), outlier)).toBe(true);
  expect(evaluate(rows, outlier)).toBe(false);
});

test('完成率 (封顶 110%), 逆向, 功效系数, 扣分制: the example rows', () => {
  const done = '=ROUND(10*MIN(MAX(D5,0)/C5, 110%), 2)';
  quoted(done);
  const tasks = sheetWith([[5, 3, [12, 14]], [6, 3, [16, 13]], [7, 3, [19, 16]]]);
  expect([5, 6, 7].map((r) => evaluate(tasks, done.replace(/5/g, String(r))))).toEqual([11, 8.13, 8.42]);

  const fewer = '=IF(E5<=0, 5*100%, ROUND(5*MIN(3/E5, 100%), 2))';
  quoted(fewer);
  const petitions = sheetWith([[5, 5, [0]], [6, 5, [3]], [7, 5, [4]], [8, 5, [7]]]);
  expect([5, 6, 7, 8].map((r) => evaluate(petitions, fewer.replace(/E5/g, `E${r}`)))).toEqual([5, 5, 3.75, 2.14]);

  const efficacy = '=ROUND(5*MIN(MAX(0.6+0.4*(F5-20)/(40-20), 0), 100%), 2)';
  quoted(efficacy);
  const hours = sheetWith([[5, 6, [43]], [6, 6, [38]], [7, 6, [34.5]], [8, 6, [10]]]);
  expect([5, 6, 7, 8].map((r) => evaluate(hours, efficacy.replace(/F5/g, `F${r}`)))).toEqual([5, 4.8, 4.45, 2]);

  const deduct = '=MAX(5-1*G5, 0)';
  quoted(deduct);
  const notices = sheetWith([[6, 7, [3]], [7, 7, [7]]]);
  expect([5, 6, 7].map((r) => evaluate(notices, deduct.replace(/G5/g, `G${r}`)))).toEqual([5, 2, 0]);
});

test('rounding as Excel does, and the template example', () => {
  quoted('`=ROUND(20*29/32, 2)`');
  expect(evaluate(sheetWith([]), '=ROUND(20*29/32, 2)')).toBe(18.13);
  // 10 × (0.6 + 0.4 × 4.3 / 8) is 8.1499999… in doubles; Excel takes 15 significant digits (8.15) and
  // gives 8.2 (SPEC §8.1). HyperFormula 3.5 does not (it gives 8.1), so this one is checked with the
  // engine's Excel ROUND, whose own tests cover the 15-digit rule.
  quoted('`=ROUND(10*(0.6+0.4*4.3/8), 1)`');
  expect(excelRound(10 * (0.6 + (0.4 * 4.3) / 8), 1)).toBe(8.2);
  quoted('`=ROUND(25*(33+4*0.8+1*0.6)/38,2)`');
  expect(evaluate(sheetWith([]), '=ROUND(25*(33+4*0.8+1*0.6)/38,2)')).toBe(24.21);
});
