/**
 * The bundled sample (examples/县直单位年度考核.xlsx, built by examples/make-sample.js) checked
 * end to end: the deliberate problems are found where they were put, and a few units' results
 * are as worked out by hand from the sheet.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ReportSchema } from '../../src/cli/report';
import { capture, sha256, tempDir } from '../fixtures/cli/workbooks';

const SAMPLE = path.join(__dirname, '..', '..', 'examples', '县直单位年度考核.xlsx');

test('check the sample: 40 units, the 4 planted errors, the planted warnings, hand-checked results', async () => {
  const dir = tempDir();
  try {
    const before = sha256(SAMPLE);
    const json = path.join(dir, 'r.json');
    const c = capture();
    expect(await main(['check', SAMPLE, '--json', json], c.io)).toBe(1);
    expect(sha256(SAMPLE)).toBe(before);
    const report = ReportSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')));
    expect(report.dataSheet).toBe('考核数据');

    // Units in rows 6–45 (20 乡镇街道 then 20 县直部门). Columns: D 班子建设 … K 群众满意度, L 加分,
    // M 扣分, N 党风廉政, O 安全生产. Planted errors: 柳林镇 (7th, row 12) 党员队伍 E empty; 马坊乡
    // (10th, row 15) 群众满意度 K '85%'; 县水利局 (29th, row 34) 制度执行 H #N/A; 县商务局 (row 35) 班子建设 D 18 > 15.
    expect(report.summary).toEqual({ units: 40, scored: 36, errors: 4, warnings: 5 });
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.unit])).toEqual([
      ['MISSING_VALUE', 'E12', '柳林镇'],
      ['NOT_A_NUMBER', 'K15', '马坊乡'],
      ['EXCEL_ERROR', 'H34', '县水利局'],
      ['OUT_OF_RANGE', 'D35', '县商务局'],
    ]);
    // Planted warnings: 加分 4 over its 上限 3 (城关镇 L6); text numbers '１７．５' (东关街道 J7) and
    // '13分' (县教育局 H27); a veto written as text (白马镇 O20). One statistical flag: 青山乡's 班子建设 9
    // among the 18 scored 乡镇街道 (median 12.5, MAD 0.5) has modified z = 0.6745 × (9 − 12.5) / 0.5
    // = −4.72 < −3.5 (OUTLIER D25). An independent modified-z computation over every indicator and
    // the totals of both groups found no other unit beyond ±3.5.
    expect(report.issues.filter((i) => i.severity === 'warning').map((i) => [i.code, i.cell, i.unit])).toEqual([
      ['CAPPED', 'L6', '城关镇'],
      ['TEXT_NUMBER', 'J7', '东关街道'],
      ['VETO_TEXT', 'O20', '白马镇'],
      ['OUTLIER', 'D25', '青山乡'],
      ['TEXT_NUMBER', 'H27', '县教育局'],
    ]);

    const unit = (name: string) => report.units.find((u) => u.name === name);
    // 城关镇: 14+9.5+10 | 10+14.5+9 | 18.5+9.5 = 33.5 | 33.5 | 28 → 95, + 加分 min(4, 3) = 98: first of all 40.
    expect(unit('城关镇')).toMatchObject({ row: 6, group: '乡镇街道', total: 98, subtotals: { 组织建设: 33.5, 党建业务: 33.5, 工作成效: 28 }, rank: 1, overallRank: 1, grade: '优秀', stars: 5 });
    // 东关街道: 13+9+9+9.5+13+9+17.5(text)+9 = 89.
    expect(unit('东关街道')).toMatchObject({ total: 89, grade: '良好', stars: 3, flags: ['TEXT_NUMBER'] });
    // 县直部门 scored: 18 → 优秀 quota floor(18 × 20%) = 3: 县应急管理局 96.5, 县财政局 94, 县公安局 92.5.
    // 县审计局 13.5+9+8.5+9+13+9.5+18.5+9 = 90 reaches 优秀's 90 but the quota is full → 良好, rank 4.
    expect(unit('县审计局')).toMatchObject({ total: 90, rank: 4, grade: '良好', stars: 4 });
    // 白马镇 91.5, vetoed 取消评优 by the text in O20: ranked last of 18 (末位), at most 良好, no stars.
    expect(unit('白马镇')).toMatchObject({
      total: 91.5, rank: 18, grade: '良好', stars: null,
      veto: { column: '安全生产', effect: '取消评优', reason: '发生较大安全生产事故' },
    });
    // 县自然资源局 83.5, vetoed 定为末等 ('是' in N30) → 较差.
    expect(unit('县自然资源局')).toMatchObject({ total: 83.5, rank: 18, grade: '较差', stars: null, veto: { column: '党风廉政', effect: '定为末等', reason: '党风廉政' } });
    // 青山乡 9+6.5+6+6+10+6+13+6.5 = 63, − 扣分 2 = 61 → 一般, below every star (1★ needs 70).
    expect(unit('青山乡')).toMatchObject({ total: 61, grade: '一般', stars: null });
    expect(unit('柳林镇')).toMatchObject({ total: null, rank: null, grade: null, flags: ['MISSING_VALUE'] });

    expect(c.out()).toContain('等次分布：优秀 6，');
    expect(c.out()).toContain('县直部门 前三名：1 县应急管理局 96.5；2 县财政局 94；3 县公安局 92.5');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
