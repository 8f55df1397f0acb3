/**
 * The notes the plan writes into cells (docs/decisions.md, Writing back): one per marked cell,
 * every issue on it, in the run's language — Chinese by default (the task pane, the command line),
 * English with `noteLang: 'en'` (`kaoping --lang en`). The issues themselves keep both languages.
 */
import { assess } from '../../../src/engine';
import { sheet, workbook, type Row } from '../assess/helpers';

const scheme: Row[] = [['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50]];
/* B3 empty → MISSING_VALUE (error); B4 '35' → TEXT_NUMBER (warning). */
const data: Row[] = [['单位名称', '甲', '乙'], ['A', 40, 45], ['B', null, 30], ['C', '35', 50]];

function notes(noteLang?: 'zh' | 'en'): string[] {
  const plan = assess(workbook(sheet('考核方案', scheme), sheet('考核数据', data)), { mode: 'score', ...(noteLang ? { noteLang } : {}) }).plan;
  return plan?.marks.map((m) => m.note) ?? [];
}

describe('cell notes', () => {
  it('are Chinese only by default', () => {
    expect(notes()).toEqual([
      '考评助手 · 【缺失值】B3：“B”的“甲”为空。请填写 0 到 50 之间的得分；若确为 0 分请填 0。',
      '考评助手 · 【文本数字】B4：“35”是以文本形式存储的数字，已按 35 计算。建议改为数字格式（选中单元格 → 转换为数字）。',
    ]);
    expect(notes('zh')).toEqual(notes());
  });

  it('are English only with noteLang en, each issue under its code', () => {
    expect(notes('en')).toEqual([
      'kaoping · [MISSING_VALUE] B3: "甲" of "B" is empty. Enter a score between 0 and 50; enter 0 if it really is zero.',
      'kaoping · [TEXT_NUMBER] B4: "35" is a number stored as text; it was read as 35. Convert it to a number.',
    ]);
  });
});
