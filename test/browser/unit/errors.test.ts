import { describeError, errorDetail, isCellEditBusy } from '../../../src/taskpane/errors';
import { translator } from '../../../src/taskpane/i18n';

const t = translator('zh');
const officeError = (code: string) => Object.assign(new Error(`${code} happened`), { code });

describe('errors shown to the clerk', () => {
  test('Office error codes → what to do', () => {
    expect(describeError(officeError('InvalidOperationInCellEditMode'), t)).toBe('Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，然后重试。');
    expect(describeError(officeError('AccessDenied'), t)).toBe('工作表或工作簿受保护，无法写入。请在“审阅”选项卡中撤销保护，然后重试。');
    expect(describeError(officeError('RequestPayloadSizeLimitExceeded'), t)).toMatch(/^数据量超出 Excel 单次请求的限制/);
    expect(describeError(officeError('ItemNotFound'), t)).toMatch(/^找不到要操作的工作表或单元格/);
  });

  test('a batch refused while the clerk edits a cell is told apart (the live check skips it silently)', () => {
    expect(isCellEditBusy(officeError('InvalidOperationInCellEditMode'))).toBe(true);
    expect(isCellEditBusy(officeError('AccessDenied'))).toBe(false);
    expect(isCellEditBusy(new Error('InvalidOperationInCellEditMode'))).toBe(false);
  });

  test('anything else: the first line of the message, never the stack', () => {
    const e = new Error('boom\n    at foo (x.js:1:1)');
    expect(describeError(e, t)).toBe('出现意外错误：boom。请重试；仍失败时，请保存并重新打开工作簿，再打开考评助手。');
    expect(describeError('plain', translator('en'))).toBe('Unexpected error: plain. Try again; if it keeps failing, save and reopen the workbook, then open 考评助手 again.');
  });

  test('long messages are cut at 120 characters', () => {
    const d = errorDetail(new Error('x'.repeat(300)));
    expect(d).toHaveLength(120);
    expect(d.endsWith('…')).toBe(true);
    expect(errorDetail({ message: '' })).toBe('unknown error');
  });
});
