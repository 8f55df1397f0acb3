/**
 * SPEC §8 in the Excel host: a 评委 panel under a merged header on a 来源表 is scored the same when
 * read through Office.js (readWorkbook on the Excel double) as through the .xlsx host — and the read
 * asks Excel for merged areas only where the engine uses them (mergeNeeds): every column of the
 * panel sheet's header rows (rows 1–7: header row 2 + 6 rows a header block may take), columns A:B
 * below. The panel's 520 merged 备注 cells (K:L, one a row) are not needed: asking for them would
 * pass Excel's 512 merged areas a request and be refused (`getMergedAreasOrNullObject`).
 *
 * The panel (述职评议, units listed in reverse order): A1:L1 title; A2:A3 序号, B2:B3 单位名称,
 * C2:I2 述职评议 over 评委1…评委7, J2:J3 平均分, K2:L3 备注; from row 4, per unit, K:L merged.
 * Unit i's judges: b, b+1, …, b+6 with b = 70 + i % 25 → drop b and b+6, the rest average b+3 →
 * 述职评议 = 20 × (b+3)/100. 单位1 (i = 0) instead: 90 91 92 93 60 94 95 → (615 − 95 − 60)/5 = 92 → 18.4,
 * JUDGE_OUTLIER on its 60 (G…): the others' median (92+93)/2 = 92.5, 32.5 > 20.
 * 日常考核 (80, data sheet): 60 for everyone, so 单位1's total is 78.4 and unit i's 60 + 0.2 × (b+3) (【异常规则】
 * turns 离群 and 无区分度 off: this test is about reading).
 */
import type ExcelJS from 'exceljs';
import { assess } from '../../../src/engine';
import type { WorkbookInput } from '../../../src/engine/model/workbook';
import { readWorkbook } from '../../../src/hosts/excel';
import { forgetMerges } from '../../../src/hosts/excel/merges';
import { forgetSizes } from '../../../src/hosts/excel/read-sheets';
import { toWorkbookInput } from '../../../src/hosts/xlsx';
import { installOfficeDouble } from '../../office-double';
import { toDouble, toExceljs, type BookSpec, type SheetSpec } from '../../properties/sheet-model';
import type { Row } from '../../fixtures/cli/workbooks';

const N = 520;
const name = (i: number) => `单位${i + 1}`;
const judges = (i: number): number[] => (i === 0 ? [90, 91, 92, 93, 60, 94, 95] : Array.from({ length: 7 }, (_, j) => 70 + (i % 25) + j));

const spec = (s: Omit<SheetSpec, 'visibility' | 'notes' | 'fills' | 'widths'>): SheetSpec => ({ visibility: 'visible', notes: [], fills: [], widths: [], ...s });

function book(): BookSpec {
  const order = Array.from({ length: N }, (_, k) => N - 1 - k);
  const rowMerges = order.map((_, k) => ({ top: 3 + k, left: 10, bottom: 3 + k, right: 11 }));
  const header = [
    { top: 0, left: 0, bottom: 0, right: 11 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 8 }, { top: 1, left: 9, bottom: 2, right: 9 }, { top: 1, left: 10, bottom: 2, right: 11 },
  ];
  const panel: Row[] = [
    ['2026年度述职评议评分表'],
    ['序号', '单位名称', '述职评议', null, null, null, null, null, null, '平均分', '备注'],
    [null, null, '评委1', '评委2', '评委3', '评委4', '评委5', '评委6', '评委7'],
    ...order.map((i, k): Row => [k + 1, name(i), ...judges(i), null, i % 2 ? '已述职' : '书面述职']),
  ];
  return {
    sheets: [
      spec({ name: '考核数据', rows: [['序号', '单位名称', '日常考核'], ...Array.from({ length: N }, (_, i): Row => [i + 1, name(i), 60])], merges: [] }),
      spec({ name: '述职评议', rows: panel, merges: [...header, ...rowMerges] }),
      spec({ name: '考核方案', rows: [['【基本设置】'], ['评委满分', 100], ['【指标】'], ['指标名称', '分值', '计分方法', '来源表'], ['日常考核', 80, '直接', null], ['述职评议', 20, '评委', '述职评议'], ['【异常规则】'], ['离群', '否'], ['无区分度', '否']], merges: [] }),
    ],
  };
}

const outcome = (wb: WorkbookInput) => {
  const a = assess(wb, { mode: 'score' });
  return {
    units: a.units.map((u) => [u.name, u.scores, u.total, u.rank, u.grade]),
    issues: a.issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.unit]),
  };
};

beforeEach(() => { forgetSizes(); forgetMerges(); });

test.each(['PC', 'Mac', 'OfficeOnline'] as const)('%s: a merged 评委 header on a 来源表 is read and scored as the .xlsx host does; merges only where needed', async (platform) => {
  const b = book();
  const merges = b.sheets[1]?.merges ?? [];
  expect(merges.length).toBeGreaterThan(512); // the whole sheet would be refused
  const xl = installOfficeDouble(globalThis, { ...toDouble(b), platform });
  const { workbook, warnings } = await readWorkbook();
  expect(warnings).toEqual([]);
  expect(xl.syncs).toBe(2); // the cells, then the merged areas in one request: none refused
  // Header rows 1–7 every column (the six header merges and the 备注 merges of rows 4–7), A:B below (none).
  const panel = workbook.sheets.find((s) => s.name === '述职评议');
  expect(panel?.merges).toEqual(merges.filter((m) => m.top < 7));
  expect(workbook.sheets.find((s) => s.name === '考核数据')?.merges ?? []).toEqual([]);

  const viaExcel = outcome(workbook);
  const viaXlsx = outcome(toWorkbookInput(toExceljs(b) as ExcelJS.Workbook));
  expect(viaExcel).toEqual(viaXlsx);
  // By hand (see the top): 单位1 18.4 and 78.4; 单位2 (b = 71) 20 × 74/100 = 14.8 → 74.8; the outlier.
  // 单位1's rank: ahead of it the units with 0.2 × (b+3) > 18.4, i.e. b ≥ 90, i % 25 ≥ 20: five in each
  // of the 20 full cycles of 25 below 500, none in 500..519 → 100 ahead (b = 89 ties with it) → 101.
  expect(viaExcel.units[0]).toEqual(['单位1', [60, 18.4], 78.4, 101, null]);
  expect(viaExcel.units[1]?.slice(0, 3)).toEqual(['单位2', [60, 14.8], 74.8]);
  // 单位1 is the panel's last row: 4 + 519 = 523; its 60 is 评委5, column G.
  expect(viaExcel.issues).toEqual([['JUDGE_OUTLIER', 'warning', '述职评议', 'G523', '单位1']]);
});
