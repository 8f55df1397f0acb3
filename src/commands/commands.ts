/**
 * The ribbon's function commands (manifest: FunctionFile commands.html). `quickCheck` checks the
 * workbook without opening the pane, highlights the problem cells (fills and notes) and selects the
 * first one.
 */
import { assess } from '../engine';
import { readWorkbook, selectCell, writePlan } from '../hosts/excel';
import { pickLang, translator } from '../taskpane/i18n';
import { showMessage } from './message-dialog';
import { quickCheckMessage, runQuickCheck, type QuickCheckOutcome } from './quick-check';

/**
 * 快速校验. Tells the clerk in a small dialog what went wrong or that all is well
 * (`quickCheckMessage`); with problems marked, the marks and the selected cell say it. Calls
 * `event.completed()` once that dialog is closed (completing may close it: office-js #428), and
 * always — also when the check or the dialog fails.
 */
export async function quickCheck(event: Office.AddinCommands.Event): Promise<void> {
  const lang = pickLang(Office.context.displayLanguage);
  const t = translator(lang);
  try {
    let result: { outcome: QuickCheckOutcome } | { error: unknown };
    try {
      result = { outcome: await runQuickCheck({ readWorkbook, assess, writePlan: (plan, fingerprint) => writePlan(plan, fingerprint), selectCell }) };
    } catch (error) {
      result = { error };
    }
    const text = quickCheckMessage(result, t, lang);
    if (text !== null) await showMessage({ title: t('quick.title'), text, ok: t('quick.ok'), lang }, globalThis.location?.href ?? '');
  } finally {
    event.completed();
  }
}

// Office.js first: "an Office Add-in cannot successfully call any Office JavaScript APIs until the
// library has been loaded" (Microsoft, "Initialize your Office Add-in"); on Excel for Windows a
// function file that never calls Office.onReady gets its button ignored (office-js #3301).
void Office.onReady(() => {
  Office.actions.associate('quickCheck', quickCheck);
});
