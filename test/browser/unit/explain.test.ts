/**
 * The unit explanation's view model, on the composite fixture (fixtures/composite.ts has the hand
 * working: points = score ÷ 分值 × 权重), and which unit a selected cell belongs to.
 */
import { explainUnit, outlierCells, unitAtSelection } from '../../../src/taskpane/explain';
import { translator } from '../../../src/taskpane/i18n';
import { num } from '../../../src/taskpane/view';
import { CHECK, COMPOSITE } from '../fixtures/assessment';

const zh = translator('zh');
const unit = (name: string) => {
  const u = COMPOSITE.units.find((x) => x.name === name);
  if (!u) throw new Error(name);
  return u;
};

describe('explainUnit', () => {
  test('城关镇: each indicator’s score and points, the outlier judge, the level’s rate, the grade missed by quota', () => {
    const ex = explainUnit(COMPOSITE, unit('城关镇'), zh);
    expect(ex.lines.map((l) => [l.name, l.score, l.max, l.weight, num(l.points)])).toEqual([
      ['日常考核', 92, 100, 25, '23'],
      ['述职评议', 89, 100, 25, '22.25'],
      ['民主测评', 94, 100, 20, '18.8'],
      ['班子评价', 8, 10, 5, '4'],
      ['任务完成', 9, 10, 10, '9'],
      ['信访办结', 5, 5, 5, '5'],
      ['经济增速', 4.5, 5, 5, '4.5'],
      ['安全生产', 3, 5, 5, '3'],
    ]);
    const judges = ex.lines[1];
    expect([...(judges?.outliers ?? [])]).toEqual(['述职评议!E3']);
    expect(judges?.detail?.judges?.filter((j) => j.dropped).map((j) => [j.label, j.score, j.dropped])).toEqual([['评委3', 99, 'high'], ['评委4', 60, 'low']]);
    expect(ex.lines[3]?.rate).toBe('80%');
    expect(ex.lines[0]?.detail).toBeNull();
    expect(ex.adjustments).toEqual([]);
    expect(ex.vetoes).toEqual([]);
    expect(ex.grade).toEqual(['等次：良好', '够“优秀”分数线，但名额已满']);
  });

  test('西河乡: the 差票 veto with a/b and its cell, the grade capped by it', () => {
    const ex = explainUnit(COMPOSITE, unit('西河乡'), zh);
    expect(ex.vetoes).toEqual(['民主测评：差票 16/40 → 取消评优（民主测评!G4）']);
    expect(ex.grade).toEqual(['等次：良好', '因否决，最高只能评“良好”']);
    expect(ex.lines[2]?.detail?.votes).toEqual([{ level: '好', count: 10 }, { level: '较好', count: 8 }, { level: '一般', count: 6 }, { level: '差', count: 16 }]);
    expect(num(ex.lines[4]?.points ?? null)).toBe('12'); // 完成率 capped at 120%: 12/10 × 10
    expect(ex.lines[1]?.outliers.size).toBe(0);
  });

  test('南山镇: the bonus and the cap that applied', () => {
    const ex = explainUnit(COMPOSITE, unit('南山镇'), zh);
    expect(ex.adjustments).toEqual(['加分 +2', '已按上限计：加分合计上限']);
    expect(ex.grade).toEqual(['等次：优秀']);
  });

  test('an adjustment cut by its column’s 上限 says so; a missed grade by tie or veto too', () => {
    const u = { ...unit('南山镇'), adjustments: [{ column: '加分', kind: '加分' as const, raw: 5, counted: 3 }], gradeReason: { cap: '优秀', missed: [{ grade: '优秀', why: 'tie' as const }, { grade: '良好', why: 'veto' as const }] } };
    const ex = explainUnit(COMPOSITE, u, zh);
    expect(ex.adjustments[0]).toBe('加分 5 按上限计 3');
    expect(ex.grade.slice(1)).toEqual(['够“优秀”分数线，但在名额线上与他人同分，须由考核办决定', '够“良好”分数线，但因否决不能评']);
  });

  test('a blocked unit: no grade lines, null points where there is no score', () => {
    const u = CHECK.units.find((x) => x.name === '东关街道');
    if (!u) throw new Error('fixture');
    const ex = explainUnit(CHECK, u, zh);
    expect(ex.lines.map((l) => l.points === null)).toEqual([false, false, true]);
    expect(ex.grade).toEqual([]);
  });

  test('JUDGE_OUTLIER cells are written as details write them (sheet! when not the data sheet)', () => {
    expect([...outlierCells(COMPOSITE.issues, '综合考核')]).toEqual(['述职评议!E3']);
    expect([...outlierCells(COMPOSITE.issues, '述职评议')]).toEqual(['E3']);
  });
});

describe('unitAtSelection', () => {
  const at = (sheet: string, address: string) => unitAtSelection(COMPOSITE, sheet, address)?.name ?? null;
  test('the data sheet: the unit of the row, whatever the selection’s shape', () => {
    expect([at('综合考核', 'B3'), at('综合考核', 'A4:J4'), at('综合考核', '5:5'), at('综合考核', '$C$5')]).toEqual(['城关镇', '西河乡', '南山镇', '南山镇']);
    expect([at('综合考核', 'B2'), at('综合考核', 'B:B'), at('综合考核', 'B9')]).toEqual([null, null, null]);
    expect(unitAtSelection(CHECK, '考核数据', 'E4')?.name).toBe('东关街道');
  });

  test('a 来源表: the unit whose details read that row (judges’ cells or the votes’ range)', () => {
    expect([at('述职评议', 'E3'), at('述职评议', 'A5'), at('民主测评', 'G4'), at('民主测评', 'B3')]).toEqual(['城关镇', '南山镇', '西河乡', '城关镇']);
    expect([at('民主测评', 'A1'), at('另一张表', 'B3')]).toEqual([null, null]);
  });
});
