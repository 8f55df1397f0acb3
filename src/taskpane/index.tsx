/**
 * The task pane's entry: waits for Office.js, then renders the App with the Excel port and the
 * language of Office's UI (zh-CN unless Office runs in English).
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createExcelPort } from './excel-port';
import { pickLang } from './i18n';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = pickLang(Office.context.displayLanguage);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
  createRoot(container).render(<App port={createExcelPort()} lang={lang} />);
});
