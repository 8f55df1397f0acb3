/** The read's warnings as the pane shows them (merged areas beyond Excel's 512). */
import { readNotice } from '../../../src/taskpane/hooks';
import { translator as makeT } from '../../../src/taskpane/i18n';

describe('readNotice', () => {
  const wb = { sheets: [] };
  test('no warnings: no notice', () => {
    expect(readNotice({ workbook: wb, fingerprint: '' }, makeT('zh'))).toBeNull();
    expect(readNotice({ workbook: wb, fingerprint: '', warnings: [] }, makeT('zh'))).toBeNull();
  });
  test('merges partly read, and not read at all: one warning, Chinese first', () => {
    const n = readNotice({ workbook: wb, fingerprint: '', warnings: [{ kind: 'mergesPartial', sheet: '考核数据', rowsRead: 5 }, { kind: 'mergesPartial', sheet: '汇总', rowsRead: 0 }] }, makeT('zh'));
    expect(n).toEqual({
      intent: 'warning',
      text: '工作表“考核数据”的合并单元格超过 Excel 一次能读取的 512 个，只读取了从第 1 至第 5 行开始的合并单元格；其后合并单元格中的分组等内容可能显示为空。'
        + ' 工作表“汇总”的合并单元格超过 Excel 一次能读取的 512 个，未能读取；合并单元格中的分组等内容可能显示为空。',
    });
    expect(readNotice({ workbook: wb, fingerprint: '', warnings: [{ kind: 'mergesPartial', sheet: 'S', rowsRead: 5 }] }, makeT('en'))?.text).toContain('only merges starting in rows 1 to 5 were read');
  });
});
