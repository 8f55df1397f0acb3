import { ANOMALY_CODES } from '../../../src/engine';
import { CATALOGUES, EN, pickLang, translator, ZH } from '../../../src/taskpane/i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe('the pane catalogues', () => {
  test('every key exists in both languages, non-empty', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
    for (const cat of Object.values(CATALOGUES)) {
      for (const [key, text] of Object.entries(cat)) expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  test('each key has the same placeholders in both languages', () => {
    for (const key of Object.keys(ZH) as Array<keyof typeof ZH>) {
      expect([key, placeholders(EN[key])]).toEqual([key, placeholders(ZH[key])]);
    }
  });

  test('each anomaly code has a name in both languages, the Chinese one equal to the engine’s 异常标记 label', () => {
    expect(ANOMALY_CODES.map((c) => [ZH[`anomaly.${c}`], EN[`anomaly.${c}`]])).toEqual([
      ['离群', 'Outlier'],
      ['雷同', 'Identical rows'],
      ['全满分', 'All full marks'],
      ['无区分度', 'No spread'],
      ['突变', 'Change since last period'],
    ]);
    expect(translator('zh')('check.anomalies', { n: 1 })).toBe('异常提示（1）');
    expect(translator('en')('check.anomalies', { n: 1 })).toBe('Anomaly flags (1)');
  });

  test('translator fills placeholders and leaves unknown ones as written', () => {
    const zh = translator('zh');
    expect(zh('check.summary', { units: 10, errors: 1, warnings: 2 })).toBe('共 10 个单位：1 个错误，2 个警告。');
    expect(zh('check.summary', { units: 10 })).toBe('共 10 个单位：{errors} 个错误，{warnings} 个警告。');
    expect(translator('en')('compute.written', { n: 9, sheet: '考核结果（考评助手）' })).toBe('Wrote the results of 9 units; the results list is on the sheet "考核结果（考评助手）". Click Undo last write to restore.');
    expect(zh('tab.check')).toBe('校验');
  });
});

describe('pickLang (Office.context.displayLanguage)', () => {
  test.each([
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['en', 'en'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['fr-FR', 'zh'],
    ['english', 'zh'],
    ['', 'zh'],
    [undefined, 'zh'],
    [null, 'zh'],
  ])('%s → %s', (display, lang) => {
    expect(pickLang(display)).toBe(lang);
  });
});
