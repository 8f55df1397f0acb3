/** COLUMN_NOT_FOUND lists the headers found and suggests the nearest (issue 13). */
import { assess } from '../../../src/engine';
import { nearestHeader } from '../../../src/engine/table/find';

const scheme = (name: string) => ({ name: '考核方案', cells: [['【指标】'], ['指标名称', '分值'], [name, 40], ['党建活动', 60]] });
const data = { name: '考核数据', cells: [['单位名称', '书记履职\n（40分）', '党建活动'], ['甲', 30, 50]] };

test('a mistyped indicator: the headers found, and the nearest one', () => {
  const a = assess({ sheets: [data, scheme('书记抓党建履职')] });
  const issue = a.issues.find((i) => i.code === 'COLUMN_NOT_FOUND');
  expect(issue?.cell).toBe('A3');
  expect(issue?.message).toBe('数据表“考核数据”中找不到列“书记抓党建履职”（考核方案 A3）。表头中有：单位名称、书记履职、党建活动。是不是“书记履职”？请让表头与考核方案中的名称一致（可带“（10分）”之类的括号说明），或修改考核方案。');
  expect(issue?.messageEn).toBe('Column "书记抓党建履职" (scheme cell A3) is not in sheet "考核数据". The headers are: 单位名称, 书记履职, 党建活动. Did you mean "书记履职"? Make the header match the scheme name (a bracketed mark like "(10分)" may follow), or fix the scheme.');
});

test('no header close enough: the list only', () => {
  const a = assess({ sheets: [data, scheme('群众满意度')] });
  expect(a.issues.find((i) => i.code === 'COLUMN_NOT_FOUND')?.message).toContain('表头中有：单位名称、书记履职、党建活动。请让表头');
});

test.each([
  ['书记抓党建履职', ['单位名称', '书记履职', '党建活动'], '书记履职'],
  ['组织建设', ['组织建设情况', '组织生活'], '组织建设情况'],
  ['满意度', ['单位名称', '得分'], null],
  ['党建', ['党建活动', '党建工作'], '党建活动'],
] as const)('nearestHeader(%s)', (name, headers, expected) => {
  expect(nearestHeader(name, headers)).toBe(expected);
});
