/**
 * 考核结果 for 公示 (issue 14) as both hosts write it: the 考核单位/日期 line on row 2 under the title,
 * the header on row 3 (frozen, repeated on every printed page), and 公示异常标记 `不显示` (备注) or the
 * default `显示` (异常标记). Read back from the saved .xlsx (exceljs) and from the Excel double.
 *
 * The data sheet: title `XX县2026年度综合考核评分表` (A1), `填报单位：XX县委组织部` (A2) and
 * `日期：2026年12月` (E2), the header on row 3, then ERROR_ROWS (test/fixtures/cli/workbooks.ts) on rows
 * 4–8. By hand: 甲 95 (1, 优秀, ★★★), 乙 90 (2, 良好, ★★; '３６' is TEXT_NUMBER on B5), 戊 60 (3, 一般),
 * 丁 91 vetoed 定为末等 (4, 较差), 丙 业务 empty (MISSING_VALUE on C6): not scored.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { assess } from '../../src/engine';
import { applyPlan, loadWorkbookFile, saveWorkbookFile, toWorkbookInput } from '../../src/hosts/xlsx';
import { readWorkbook, writePlan } from '../../src/hosts/excel';
import { installOfficeDouble } from '../office-double';
import { dataCell, headerCell, infoCell, titleCell } from './excel/result-cells';
import { removeTmpDirs, tmpDir } from '../fixtures/xlsx-host/build';
import { DATA_HEADER, ERROR_ROWS, schemeRows, type Row } from '../fixtures/cli/workbooks';
import { toDouble, toExceljs, withTitleBlock, type BookSpec, type SheetSpec } from '../properties/sheet-model';

afterAll(removeTmpDirs);

const sheet = (name: string, rows: readonly Row[]): SheetSpec => ({ name, visibility: 'visible', rows, notes: [], fills: [], merges: [], widths: [] });

function book(settings: Row[], line: Row = ['填报单位：XX县委组织部', null, null, null, '日期：2026年12月']): BookSpec {
  const scheme = schemeRows();
  const data = withTitleBlock(sheet('考核数据', [DATA_HEADER, ...ERROR_ROWS]), [['XX县2026年度综合考核评分表'], line]);
  return { sheets: [data, sheet('考核方案', [...scheme.slice(0, 2), ...settings, ...scheme.slice(2)])] };
}

const TITLE = 'XX县2026年度综合考核结果（公示）';
const LINE = '填报单位：XX县委组织部　　日期：2026年12月';
const HEADER = ['序号', '单位名称', '党建工作小计', '业务工作小计', '总分', '排名', '等次', '星级', '一票否决'];
/** Rows 4–8 of 考核结果 under 不显示, columns A..J (null: empty). */
const PUBLIC_ROWS = [
  [1, '甲', 38, 55, 95, 1, '优秀', '★★★', null, null],
  [2, '乙', 36, 54, 90, 2, '良好', '★★', null, null],
  [3, '戊', 20, 40, 60, 3, '一般', null, null, null],
  [4, '丁', 35, 55, 91, 4, '较差', null, '否决（定为末等）', null],
  [5, '丙', null, null, null, null, null, null, null, '未计分（数据有误）'],
];

let n = 0;
/** Scores with the .xlsx host as the command line does and reads the saved file back with exceljs. */
async function scoredXlsx(b: BookSpec): Promise<ExcelJS.Worksheet> {
  const dir = await tmpDir('result-public');
  const file = path.join(dir, `in${n}.xlsx`);
  await saveWorkbookFile(toExceljs(b), file);
  const wb = await loadWorkbookFile(file);
  const a = assess(toWorkbookInput(wb), { mode: 'score' });
  if (!a.plan) throw new Error('no plan');
  applyPlan(wb, a.plan);
  const out = path.join(dir, `out${n++}.xlsx`);
  await saveWorkbookFile(wb, out);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  return back.getWorksheet('考核结果') as ExcelJS.Worksheet;
}

const values = (ws: ExcelJS.Worksheet, row: number, cols = 10): unknown[] => Array.from({ length: cols }, (_, c) => ws.getCell(row, c + 1).value ?? null);

describe('.xlsx host, read back from the saved file', () => {
  test('不显示: title, the line (merged A2:J2, as text), header on row 3 with 备注, rows 4–8 exact; frozen and printed down to row 3', async () => {
    const ws = await scoredXlsx(book([['公示异常标记', '不显示']]));
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(ws.getCell('A2').value).toBe(LINE);
    expect(ws.getCell('J2').isMerged).toBe(true);
    expect(ws.getCell('J2').master.address).toBe('A2');
    expect(ws.getCell('A2').font?.bold).toBeFalsy();
    expect(values(ws, 3)).toEqual([...HEADER, '备注']);
    expect(ws.getCell('J3').font).toMatchObject({ bold: true });
    expect([4, 5, 6, 7, 8].map((r) => values(ws, r))).toEqual(PUBLIC_ROWS);
    expect(ws.getCell('E4').numFmt).toBe('0.00');
    expect(ws.rowCount).toBe(8);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    expect(ws.pageSetup.printTitlesRow).toBe('1:3');
  });

  test('显示 (default): the 异常标记 column as on the data sheet (丙 缺失值(C6), 乙 文本数字(B5))', async () => {
    const ws = await scoredXlsx(book([]));
    expect(ws.getCell('J3').value).toBe('异常标记');
    const flags = new Map([4, 5, 6, 7, 8].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 10).value]));
    expect(flags.get('丙')).toContain('缺失值(C6)');
    expect(flags.get('乙')).toContain('文本数字(B5)');
    expect(String(flags.get('丙'))).not.toContain('未计分');
  });

  test('a formula-looking line is written as text; a title-only block keeps the header on row 2', async () => {
    const ws = await scoredXlsx(book([], ['=填报单位：XX县委组织部']));
    expect(ws.getCell('A2').value).toBe('=填报单位：XX县委组织部');
    expect(ws.getCell('A2').formula).toBeUndefined();
    const plain = await scoredXlsx(book([], [null]));
    expect(plain.getCell('A2').value).toBe('序号');
    expect(plain.pageSetup.printTitlesRow).toBe('1:2');
    expect(plain.views[0]).toMatchObject({ ySplit: 2 });
  });
});

describe('Office.js host on the Excel double', () => {
  async function scoredDouble(b: BookSpec) {
    const xl = installOfficeDouble(globalThis, toDouble(b));
    const { workbook, fingerprint } = await readWorkbook();
    const a = assess(workbook, { mode: 'score' });
    if (!a.plan) throw new Error('no plan');
    expect(await writePlan(a.plan, fingerprint)).toMatchObject({ ok: true });
    return xl;
  }
  const cols = 'ABCDEFGHIJ'.split('');

  test('不显示: the same cells; the header (row 3) bold and frozen with the rows above', async () => {
    const xl = await scoredDouble(book([['公示异常标记', '不显示']]));
    // In the .xlsx host's look (result-look.ts): title and line merged across A:J, header shaded.
    expect(xl.merges('考核结果')).toEqual([{ top: 0, left: 0, bottom: 0, right: 9 }, { top: 1, left: 0, bottom: 1, right: 9 }]);
    expect(xl.cell('考核结果', 'A1')).toEqual(titleCell(TITLE));
    expect(xl.cell('考核结果', 'A2')).toEqual(infoCell(LINE));
    expect(cols.map((c) => xl.cell('考核结果', `${c}3`))).toEqual([...HEADER, '备注'].map((v) => headerCell(v)));
    expect([4, 5, 6, 7, 8].map((r) => cols.map((c) => xl.cell('考核结果', `${c}${r}`)?.v ?? null))).toEqual(PUBLIC_ROWS);
    expect(xl.cell('考核结果', 'E4')).toEqual(dataCell(95, { nf: '0.00' }));
    // 一票否决 (I) and 备注 (J) wrap.
    expect([xl.cell('考核结果', 'H4')?.fmt?.wrapText, xl.cell('考核结果', 'I4')?.fmt?.wrapText, xl.cell('考核结果', 'J4')?.fmt?.wrapText]).toEqual([undefined, true, true]);
    expect(xl.frozenRows('考核结果')).toBe(3);
  });

  test('a formula-looking line is text; 显示 keeps 异常标记 as on the data sheet (L6)', async () => {
    const xl = await scoredDouble(book([], ['=填报单位：XX县委组织部']));
    expect(xl.cell('考核结果', 'A2')).toEqual(infoCell('=填报单位：XX县委组织部'));
    expect(xl.cell('考核结果', 'J3')).toEqual(headerCell('异常标记'));
    const names = [4, 5, 6, 7, 8].map((r) => xl.cell('考核结果', `B${r}`)?.v);
    const 丙 = names.indexOf('丙') + 4;
    expect(xl.cell('考核结果', `J${丙}`)?.v).toBe(xl.cell('考核数据', 'L6')?.v);
    expect(String(xl.cell('考核结果', `J${丙}`)?.v)).toContain('缺失值(C6)');
  });
});
