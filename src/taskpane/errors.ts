/**
 * Turns anything thrown by Excel or the engine into one sentence that says what to do — never a
 * stack trace. Office.js errors carry a `code` (OfficeExtension.Error); the rest get a short detail.
 */
import type { Translate } from './i18n';

const DETAIL_MAX = 120;

function codeOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return '';
}

/**
 * True for the failure of a batch sent while the clerk edits a cell (before ExcelApi 1.11, where a
 * read can not wait: `delayForCellEdit`). The live check ignores it — the edit's own change event
 * re-checks once the clerk presses Enter — instead of flashing an error while they type.
 */
export function isCellEditBusy(e: unknown): boolean {
  return codeOf(e) === 'InvalidOperationInCellEditMode';
}

/** First line of the error's message, at most 120 characters: enough to report, no stack. */
export function errorDetail(e: unknown): string {
  let text: string;
  if (e instanceof Error) text = e.message;
  else if (typeof e === 'object' && e !== null && 'message' in e) text = String((e as { message: unknown }).message);
  else text = String(e);
  const line = (text.split(/\r?\n/)[0] ?? '').trim() || 'unknown error';
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}

/**
 * The message a clerk sees for a failure. Example: an Office error with code
 * `InvalidOperationInCellEditMode` → "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，然后重试。"
 */
export function describeError(e: unknown, t: Translate): string {
  switch (codeOf(e)) {
    case 'InvalidOperationInCellEditMode':
      return t('error.editMode');
    case 'AccessDenied':
      return t('error.protected');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return t('error.tooLarge');
    case 'ItemNotFound':
      return t('error.sheetMissing');
    default:
      return t('error.unexpected', { detail: errorDetail(e) });
  }
}
