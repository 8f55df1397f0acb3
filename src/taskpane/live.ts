/**
 * Debounce for 实时校验: many change events in a burst (typing, pasting a block) make one
 * re-check, `delayMs` after the last event. Timers are passed in so tests can drive them.
 */
import type { WorkbookInput } from '../engine';
import { RECORD_SHEET } from '../engine/record';
import { sheetHash } from '../hosts/excel/fingerprint';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
};

export interface Debounced {
  /** Restarts the wait. */
  trigger(): void;
  /** Drops a pending call. */
  cancel(): void;
}

/**
 * Example: with delayMs 800, events at t = 0, 300 and 900 ms call `fn` once, at 1700 ms.
 */
export function debounce(fn: () => void, delayMs: number, timers: Timers = realTimers): Debounced {
  let handle: unknown = null;
  return {
    trigger() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(() => {
        handle = null;
        fn();
      }, delayMs);
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}

export const LIVE_CHECK_DELAY_MS = 800;

/**
 * What a check depends on, as one string: every sheet but the program's record `_考评记录` — name,
 * visibility, a hash of its values, hidden rows, merged areas. Fills and notes are not read at all.
 * 快速校验 runs in its own runtime (the function file): its events-off does not silence the open
 * pane's change handlers (`Runtime.enableEvents` is per runtime), so the pane hears its writes —
 * fills, notes and the record only. Their key is the key of the last check: the live re-check stops
 * there, nothing flickers. A clerk's edit changes a hash, and the pane re-checks.
 * Example: `checkKey(before) === checkKey(afterQuickCheck)`, `checkKey(before) !== checkKey(afterEdit)`.
 */
export function checkKey(workbook: WorkbookInput): string {
  return workbook.sheets
    .filter((s) => s.name !== RECORD_SHEET)
    .map((s) => [s.name, s.visibility ?? '', sheetHash(s), (s.hiddenRows ?? []).join(','), JSON.stringify(s.merges ?? [])].join('\u0002'))
    .join('\u0003');
}
