/**
 * The preview page of the browser tests: the real task pane (App, Excel port over the double) with
 * a hand-made assessment instead of the engine — fixtures/composite.ts, a 综合评价 (SPEC §8) run —
 * so the 计分方法 and unit-explanation views can be tested and photographed before the engine
 * computes §8. A workbook without 考核方案 is checked by the real engine (插入模板), and 插入模板
 * offers the stand-in 双述双评 template (test/fixtures/dual-template.ts).
 * `?tab=scheme|check|compute` picks the first tab.
 */
import { createRoot } from 'react-dom/client';
import { assess } from '../../src/engine';
import { App, type TabId } from '../../src/taskpane/App';
import { createExcelPort } from '../../src/taskpane/excel-port';
import { dualTemplateSheets } from '../fixtures/dual-template';
import { COMPOSITE } from './fixtures/composite';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  const tab = (new URLSearchParams(window.location.search).get('tab') ?? 'check') as TabId;
  const stub = (...args: Parameters<typeof assess>) => (args[0].sheets.some((s) => s.name === '考核方案') ? COMPOSITE : assess(...args));
  createRoot(container).render(<App port={createExcelPort(dualTemplateSheets)} lang="zh" assess={stub} initialTab={tab} />);
});
