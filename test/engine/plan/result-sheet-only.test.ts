import { RECORD_SHEET, recordOf, recordToRows, resultSheetOnly, type WorkbookInput } from '../../../src/engine';
import { SCORE } from '../../browser/fixtures/assessment';

const plan = SCORE.plan;
if (!plan) throw new Error('fixture SCORE has a plan');
const data: WorkbookInput = { sheets: [{ name: '考核数据', cells: [] }] };

describe('生成考核结果表: the result sheet only', () => {
  test('no columns, marks or stale marks; the result sheet as planned', () => {
    const only = resultSheetOnly(plan, recordOf(data));
    expect(only.columns).toEqual([]);
    expect(only.marks).toEqual([]);
    expect(only.clearMarks).toEqual([]);
    expect(only.resultSheet).toBe(plan.resultSheet);
    expect(only.dataSheet).toBe('考核数据');
  });

  test('a first run keeps an empty record (the program owns no column yet) but for the results sheet it writes', () => {
    expect(resultSheetOnly(plan, recordOf(data)).record).toEqual({ dataSheet: '考核数据', columns: [], marks: [], resultSheet: '考核结果' });
  });

  test('a later run keeps the record the workbook holds, adding the results sheet it writes', () => {
    const record = { dataSheet: '考核数据', columns: [{ key: 'total' as const, header: '总分', col: 8 }], marks: [{ sheet: '考核数据', row: 3, col: 4 }] };
    const wb: WorkbookInput = { sheets: [...data.sheets, { name: RECORD_SHEET, cells: recordToRows({ record, undo: null }), visibility: 'veryHidden' }] };
    expect(recordOf(wb)).toEqual(record);
    expect(resultSheetOnly(plan, recordOf(wb)).record).toEqual({ ...record, resultSheet: '考核结果' });
  });
});
