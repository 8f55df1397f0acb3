/**
 * The ribbon's function commands (manifest: FunctionFile commands.html). `quickCheck` checks the
 * workbook without opening the pane and selects the first problem cell.
 */
import { assess } from '../engine';
import { readWorkbook, selectCell } from '../hosts/excel';
import { runQuickCheck } from './quick-check';

/** 快速校验. Always calls `event.completed()`, also when the check fails (there is no UI to show it in). */
export async function quickCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runQuickCheck({ readWorkbook, assess, selectCell });
  } catch {
    // A function command has no surface for messages; the task pane's 校验 tab explains failures.
  } finally {
    event.completed();
  }
}

Office.actions.associate('quickCheck', quickCheck);
