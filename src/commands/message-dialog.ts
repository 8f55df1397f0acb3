/**
 * A message for the clerk from the ribbon's function command, in a small Office dialog
 * (`Office.context.ui.displayDialogAsync`, DialogApi 1.1). Function commands have no other surface in
 * Excel: Microsoft's "Add-in commands" page says the function "can call the displayDialogAsync
 * method to show a dialog, which is a good way to display an error"; `notificationMessages` exists
 * only in Outlook's item API.
 *
 * The page is `quick-check-message.html` beside the function file (same origin: the dialog API
 * requires the exact domain of the host page, over HTTPS); the text travels in its query string.
 */
import type { Lang } from '../taskpane/i18n';

export const MESSAGE_PAGE = 'quick-check-message.html';

export interface DialogMessage {
  readonly title: string;
  readonly text: string;
  /** The close button's label. */
  readonly ok: string;
  readonly lang: Lang;
}

/** The dialog's URL. Example: `messageUrl('https://localhost:3000/commands.html', m)` → `https://localhost:3000/quick-check-message.html?…`. */
export function messageUrl(base: string, m: DialogMessage): string {
  const url = new URL(MESSAGE_PAGE, base);
  url.search = new URLSearchParams({ title: m.title, text: m.text, ok: m.ok, lang: m.lang }).toString();
  return url.href;
}

/** The message a dialog page was opened with (its `location.search`); Office may add `_host_info`, which is ignored. */
export function readMessage(search: string): DialogMessage {
  const p = new URLSearchParams(search);
  return { title: p.get('title') ?? '', text: p.get('text') ?? '', ok: p.get('ok') ?? 'OK', lang: p.get('lang') === 'en' ? 'en' : 'zh' };
}

/** What the page sends (`Office.context.ui.messageParent`) when the clerk clicks its button. */
export const CLOSE_MESSAGE = 'close';

/**
 * Shows `m` and resolves when the dialog is gone: closed by its button (the page sends `close` and
 * this closes the dialog) or by its X (DialogEventReceived), or at once when it could not open
 * (no DialogApi, error 12004/12005/12007, or 12009 — the clerk chose Ignore in Office on the web).
 * Never throws: the command must still complete.
 */
export function showMessage(m: DialogMessage, base: string): Promise<void> {
  return new Promise<void>((resolve) => {
    try {
      if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
        resolve();
        return;
      }
      Office.context.ui.displayDialogAsync(messageUrl(base, m), { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch {
      resolve();
    }
  });
}
