/**
 * The ribbon's function commands (manifest: FunctionFile commands.html). `quickCheck` checks the
 * workbook without opening the pane, highlights the problem cells (fills and notes) and selects the
 * first one.
 */
import { assess } from '../engine';
import { readWorkbook, selectCell, writePlan } from '../hosts/excel';
import { runQuickCheck } from './quick-check';

/** 快速校验. Always calls `event.completed()`, also when the check fails (there is no UI to show it in). */
export async function quickCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runQuickCheck({ readWorkbook, assess, writePlan: (plan, fingerprint) => writePlan(plan, fingerprint), selectCell });
  } catch {
    // A function command has no surface for messages; the task pane's 校验 tab explains failures.
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
