/**
 * Debounce for 实时校验: many change events in a burst (typing, pasting a block) make one
 * re-check, `delayMs` after the last event. Timers are passed in so tests can drive them.
 */
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
