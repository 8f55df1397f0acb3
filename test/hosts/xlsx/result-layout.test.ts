/**
 * The .xlsx host applies the 考核结果 print layout of the plan (plan/result-layout.ts): the wrapped text
 * columns, the header row's height and the tall rows' heights — read back from the saved file.
 */
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { buildLedger, ledgerPlan, reload, removeTmpDirs, tmpDir } from '../../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

const VETO = '安全生产：发生较大安全生产事故（取消评优）';
let rs: ExcelJS.Worksheet;

beforeAll(async () => {
  const dir = await tmpDir('result-layout');
  const wb = await reload(buildLedger(), path.join(dir, 'in.xlsx'));
  const base = ledgerPlan();
  const list = base.resultSheet;
  if (!list) throw new Error('the fixture plan has a 考核结果');
  applyPlan(wb, {
    ...base,
    resultSheet: {
      ...list,
      header: ['排名', '单位名称', '组织建设小计', '一票否决'],
      rows: [[1, '城关镇', 33.5, null], [2, '县财政局', 31, VETO]],
      widths: [6, 18, 8, 24],
      wrap: [false, false, false, true],
      headerHeight: 28.5,
      rowHeights: [{ row: 1, points: 28.5 }],
      numberFormats: [null, null, '0.00', null],
    },
  }, { now: new Date(Date.UTC(2026, 11, 3)) });
  const out = await reload(wb, path.join(dir, 'out.xlsx'));
  rs = out.getWorksheet('考核结果') as ExcelJS.Worksheet;
});

test('the wrapped column: its data cells wrap (with borders); the others do not', () => {
  expect(rs.getCell('D4').value).toBe(VETO);
  expect(rs.getCell('D4').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
  expect(rs.getCell('D3').alignment).toMatchObject({ wrapText: true });
  expect(rs.getCell('D4').border?.left?.style).toBe('thin');
  expect(rs.getCell('B4').alignment?.wrapText).toBeUndefined();
  expect(rs.getCell('C4').numFmt).toBe('0.00');
});

test('header cells wrap; the header row takes the plan height, the tall row too, the others the default', () => {
  expect(rs.getCell('C2').alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
  expect(rs.getRow(2).height).toBe(28.5);
  expect(rs.getRow(4).height).toBe(28.5);
  expect(rs.getRow(3).height).toBeUndefined();
  expect([1, 2, 3, 4].map((c) => rs.getColumn(c).width)).toEqual([6, 18, 8, 24]);
});
