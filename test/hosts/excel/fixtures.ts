/**
 * Workbooks and hand-made write plans for the host tests.
 * The data sheet: row 1 (index 0) a title, row 2 the header, units from row 3:
 *   A 序号 | B 单位名称 | C..G 指标1..指标5 (numbers) | H 备注 (text)
 * Output columns go to I (总分), J (排名), K (异常标记).
 */
import type { CellValue } from '../../../src/engine/model/workbook';
import type { WritePlan } from '../../../src/engine/model/plan';
import type { DoubleSheetInit, DoubleWorkbookInit } from '../../office-double';

export const DATA = '考核数据';
export const HEADER = ['序号', '单位名称', '指标1', '指标2', '指标3', '指标4', '指标5', '备注'];

/** Unit i (0-based) scores: (i * 7 + k * 3) % 21 for indicator k = 0..4. */
export const score = (i: number, k: number): number => (i * 7 + k * 3) % 21;

export function dataSheet(units: number): DoubleSheetInit {
  const cells: CellValue[][] = [['2026年度考核'], HEADER];
  for (let i = 0; i < units; i++) cells.push([i + 1, `单位${i + 1}`, score(i, 0), score(i, 1), score(i, 2), score(i, 3), score(i, 4), i % 10 === 0 ? '重点' : null]);
  return { name: DATA, cells, merges: [{ top: 0, left: 0, bottom: 0, right: 7 }] };
}

export function workbook(units: number, extra: Partial<DoubleWorkbookInit> = {}): DoubleWorkbookInit {
  return {
    sheets: [dataSheet(units), { name: '考核方案', cells: [['【指标】'], ['指标名称', '分值'], ['指标1', 20]] }],
    ...extra,
  };
}

/** A plan writing 总分 (I), 排名 (J) and 异常标记 (K) for every unit, marking `marks` cells. */
export function plan(units: number, opts: { marks?: Array<[number, number]>; flagText?: (i: number) => string | null; clearMarks?: Array<[number, number]>; resultSheet?: string; replaces?: boolean } = {}): WritePlan {
  const rows = Array.from({ length: units }, (_, i) => i);
  const total = (i: number): number => [0, 1, 2, 3, 4].reduce((s, k) => s + score(i, k), 0);
  return {
    dataSheet: DATA,
    columns: [
      { key: 'total', header: '总分', col: 8, headerRow: 1, isNew: true, numberFormat: '0.00', firstRow: 2, values: rows.map(total) },
      { key: 'rank', header: '排名', col: 9, headerRow: 1, isNew: true, numberFormat: null, firstRow: 2, values: rows.map((i) => i + 1) },
      { key: 'flags', header: '异常标记', col: 10, headerRow: 1, isNew: true, numberFormat: null, firstRow: 2, values: rows.map((i) => opts.flagText?.(i) ?? null) },
    ],
    marks: (opts.marks ?? []).map(([row, col], n) => ({ sheet: DATA, row, col, fill: n % 2 ? '#FFEB9C' : '#FFC7CE', note: `问题${n + 1}：请核对。` })),
    clearMarks: (opts.clearMarks ?? []).map(([row, col]) => ({ sheet: DATA, row, col })),
    resultSheet: {
      name: opts.resultSheet ?? '考核结果', replaces: opts.replaces ?? false, title: '2026年度考核结果（公示）', info: null, headerRow: 1, header: ['名次', '单位名称', '总分'],
      rows: rows.slice(0, Math.min(units, 50)).map((i) => [i + 1, `单位${i + 1}`, total(i)]), widths: [6, 20, 10], wrap: [false, true, true], headerHeight: null, rowHeights: [], groupStarts: [0], numberFormats: [null, null, '0.00'], footer: '第 &P 页 共 &N 页',
    },
    record: {
      dataSheet: DATA,
      columns: [{ key: 'total', header: '总分', col: 8 }, { key: 'rank', header: '排名', col: 9 }, { key: 'flags', header: '异常标记', col: 10 }],
      marks: (opts.marks ?? []).map(([row, col]) => ({ sheet: DATA, row, col })),
      resultSheet: opts.resultSheet ?? '考核结果',
    },
  };
}
