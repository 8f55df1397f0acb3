/**
 * The page shown in 快速校验's dialog (quick-check-message.html): the message from its query string
 * and one button that closes it (`Office.context.ui.messageParent`, one of the two Office APIs a
 * dialog page may call — after Office.onReady).
 */
import { CLOSE_MESSAGE, readMessage } from './message-dialog';

void Office.onReady(() => {
  const m = readMessage(window.location.search);
  document.documentElement.lang = m.lang === 'en' ? 'en-US' : 'zh-CN';
  document.title = m.title;
  const root = document.getElementById('root');
  if (!root) return;
  root.style.cssText = "font-family: 'Microsoft YaHei', 'PingFang SC', 'Segoe UI', sans-serif; margin: 16px; line-height: 1.6; font-size: 14px";
  const h1 = document.createElement('h1');
  h1.textContent = m.title;
  h1.style.cssText = 'font-size: 16px; margin: 0 0 8px';
  const p = document.createElement('p');
  p.id = 'message';
  p.textContent = m.text;
  p.style.cssText = 'white-space: pre-line; margin: 0 0 16px';
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.textContent = m.ok;
  ok.style.cssText = 'min-width: 80px; padding: 4px 16px';
  ok.addEventListener('click', () => Office.context.ui.messageParent(CLOSE_MESSAGE));
  root.replaceChildren(h1, p, ok);
  ok.focus();
});
