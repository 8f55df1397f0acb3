import { assess, previousFromSheet } from '../../../src/engine';

describe('previousFromSheet (上期 from a sheet, issue 5)', () => {
  it('reads name, 总分 and 总排名 (preferred over 组内排名) below a title row', () => {
    const sheet = {
      name: '2025考核结果',
      cells: [
        ['2025年度考核结果（公示）'],
        ['序号', '分组', '单位名称', '总分', '组内排名', '总排名', '等次'],
        [1, '乡镇', '城关镇', 92.5, 1, 2, '优秀'],
        [2, '乡镇', '东关街道', '８８', 2, 3, '良好'],
        [3, '部门', '财政局', null, null, null, null],
        [4, '部门', '', 70, 1, 1, null],
      ],
    };
    expect(previousFromSheet(sheet)).toEqual({
      units: [
        { name: '城关镇', total: 92.5, rank: 2 },
        { name: '东关街道', total: 88, rank: 3 },
        { name: '财政局', total: null, rank: null },
      ],
    });
  });

  it('returns null for a sheet without 总分 or rank columns', () => {
    expect(previousFromSheet({ name: 'x', cells: [['单位名称', '得分'], ['甲', 1]] })).toBeNull();
  });

  it('feeds PERIOD_JUMP: a total that moved by more than 15 points is flagged', () => {
    // 甲 was 70 last period, now 45 + 45 = 90 (+20 > 15) → PERIOD_JUMP; 乙 88 → 85 (−3) is not.
    // Ranks are the same as now (甲 1, 乙 2), so no rank jump.
    const scheme = [['【异常规则】'], ['离群', '否'], ['全满分', '否'], ['【指标】'], ['指标名称', '分值'], ['A', 50], ['B', 50]];
    const data = [['单位名称', 'A', 'B'], ['甲', 45, 45], ['乙', 40, 45]];
    const previous = previousFromSheet({ name: '上期', cells: [['单位名称', '总分', '排名'], ['甲', 70, 1], ['乙', 88, 2]] });
    const r = assess({ sheets: [{ name: '考核方案', cells: scheme }, { name: '数据', cells: data }] }, { previous });
    expect(r.issues.map((i) => [i.code, i.cell, i.unit])).toEqual([['PERIOD_JUMP', 'A2', '甲']]);
  });
});
