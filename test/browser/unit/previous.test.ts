import { readFileSync } from 'fs';
import * as path from 'path';
import { assess, type WorkbookInput } from '../../../src/engine';
import { translator } from '../../../src/taskpane/i18n';
import { previousCandidates, previousWarning, resolvePrevious } from '../../../src/taskpane/previous';
import { groupIssues } from '../../../src/taskpane/view';
import type { DoubleWorkbookInit } from '../../office-double';
import { QINGSHI_JUMP, withPreviousSheets } from '../fixtures/previous';

// The fixture is a valid WorkbookInput (office-double/state.ts: an init is a superset of it).
const base = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/workbook.json'), 'utf8')) as DoubleWorkbookInit;
const workbook: WorkbookInput = withPreviousSheets(base) as WorkbookInput;
const sheet = (name: string, cells: unknown[][], visibility?: 'hidden' | 'veryHidden') => ({ name, cells, ...(visibility ? { visibility } : {}) }) as WorkbookInput['sheets'][number];

describe('previousCandidates: the sheets offered as 上期', () => {
  test('the fixture offers 2025考核结果 and 说明, not the data sheet 考核数据 nor 考核方案', () => {
    expect(previousCandidates(workbook, '考核数据')).toEqual(['2025考核结果', '说明']);
  });

  test('hidden sheets and the program sheets _考评… are left out; 考核结果 is offered; names compare folded', () => {
    const wb: WorkbookInput = {
      sheets: [
        sheet('考核数据', []),
        sheet('考核方案 ', []), // a trailing space folds away: still the scheme
        sheet('考核结果', []),
        sheet('_考评记录', [], 'veryHidden'),
        sheet('_考评撤销', []),
        sheet('2024结果', [], 'hidden'),
        sheet('上年', []),
      ],
    };
    expect(previousCandidates(wb, '考核数据')).toEqual(['考核结果', '上年']);
    // The data sheet named with full-width digits / different case still matches.
    expect(previousCandidates({ sheets: [sheet('Data１', []), sheet('上年', [])] }, 'data1')).toEqual(['上年']);
    // No data sheet known (the scheme could not be read): only the scheme and program sheets go.
    expect(previousCandidates(wb, null)).toEqual(['考核数据', '考核结果', '上年']);
  });
});

describe('resolvePrevious: reading the chosen sheet with previousFromSheet(sheet, 单位列)', () => {
  test('nothing chosen → no previous, no problem', () => {
    expect(resolvePrevious(workbook, null)).toEqual({ previous: null, problem: null });
  });

  test('2025考核结果 → its ten units with total and rank, in sheet order', () => {
    const r = resolvePrevious(workbook, '2025考核结果');
    expect(r.problem).toBeNull();
    expect(r.previous?.units.slice(0, 2)).toEqual([
      { name: '青石镇', total: 96, rank: 1 },
      { name: '西关街道', total: 95, rank: 2 },
    ]);
    expect(r.previous?.units.map((u) => u.name)).toHaveLength(10);
  });

  test('说明 (no unit / 总分 / 排名 header) → unreadable, naming the scheme’s 单位列', () => {
    expect(resolvePrevious(workbook, '说明')).toEqual({ previous: null, problem: { kind: 'unreadable', sheet: '说明', unitColumn: '单位名称' } });
  });

  test('a sheet no longer in the workbook → missing', () => {
    expect(resolvePrevious(workbook, '2024考核结果')).toEqual({ previous: null, problem: { kind: 'missing', sheet: '2024考核结果', unitColumn: '单位名称' } });
  });

  test('the scheme’s 单位列 is passed on: a 上期 sheet headed 被考核乡镇 is read only through it', () => {
    const last = sheet('上年', [['被考核乡镇', '总分', '排名'], ['甲镇', 90, 1]]);
    const scheme = (unit: string) => sheet('考核方案', [['【基本设置】'], ['单位列', unit], [], ['【指标】'], ['指标名称', '分值'], ['指标1', 100]]);
    const withUnit: WorkbookInput = { sheets: [sheet('数据', [['被考核乡镇', '指标1'], ['甲镇', 80]]), scheme('被考核乡镇'), last] };
    expect(resolvePrevious(withUnit, '上年')).toEqual({ previous: { units: [{ name: '甲镇', total: 90, rank: 1 }] }, problem: null });
    // Without a 考核方案 the default unit headers (单位名称, 被考核单位, 单位) do not find 被考核乡镇.
    const noScheme: WorkbookInput = { sheets: [withUnit.sheets[0] as WorkbookInput['sheets'][number], last] };
    expect(resolvePrevious(noScheme, '上年').problem).toEqual({ kind: 'unreadable', sheet: '上年', unitColumn: '单位名称' });
  });
});

describe('the 上期 flows into assess as previous: PERIOD_JUMP under 异常提示', () => {
  test('with 2025考核结果: one PERIOD_JUMP, on 青石镇’s name cell B9, grouped apart from the warnings', () => {
    const { previous } = resolvePrevious(workbook, '2025考核结果');
    const a = assess(workbook, { mode: 'check', previous });
    const jumps = a.issues.filter((i) => i.code === 'PERIOD_JUMP');
    expect(jumps.map((i) => [i.cell, i.unit, i.severity, i.label, i.where, i.message])).toEqual([['B9', '青石镇', 'warning', '突变', '总分、排名', QINGSHI_JUMP]]);
    // 校验's groups: 1 error, the 2 warnings of the fixture, then 异常提示 with the jump.
    expect(groupIssues(a.issues).map((g) => [g.section, g.count, g.kinds.map((k) => k.code)])).toEqual([
      ['error', 1, ['MISSING_VALUE']],
      ['warning', 2, ['TEXT_NUMBER', 'VETO_TEXT']],
      ['anomaly', 1, ['PERIOD_JUMP']],
    ]);
  });

  test('without a 上期, or with the unreadable 说明: no PERIOD_JUMP', () => {
    for (const choice of [null, '说明']) {
      const a = assess(workbook, { mode: 'check', previous: resolvePrevious(workbook, choice).previous });
      expect(a.issues.filter((i) => i.code === 'PERIOD_JUMP')).toEqual([]);
    }
  });
});

describe('previousWarning: the warning bar', () => {
  test('unreadable and missing, in Chinese and English; none for no problem', () => {
    const zh = translator('zh');
    const en = translator('en');
    const unreadable = { kind: 'unreadable', sheet: '说明', unitColumn: '单位名称' } as const;
    expect(previousWarning(unreadable, zh)).toBe(
      '上期工作表“说明”中找不到单位、总分和排名列，本次没有与上期比较。该表前 30 行内须有一行表头，含单位列“单位名称”、“总分”和“排名”（或“总排名”），例如上期的“考核结果”表。',
    );
    expect(previousWarning(unreadable, en)).toBe(
      'The previous-period sheet "说明" has no unit, 总分 and rank columns, so this run was not compared with it. Within its first 30 rows it needs a header row with the unit column "单位名称", 总分 and 排名 (or 总排名), like last period\'s 考核结果 sheet.',
    );
    expect(previousWarning({ kind: 'missing', sheet: '2024考核结果', unitColumn: '单位名称' }, zh)).toBe(
      '找不到上期工作表“2024考核结果”（可能已被删除或改名），本次没有与上期比较。请在“上期结果”中重新选择。',
    );
    expect(previousWarning(null, zh)).toBeNull();
  });
});
