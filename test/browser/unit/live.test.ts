import { debounce, type Timers } from '../../../src/taskpane/live';

/** A manual clock: timers fire when `advance` passes their time. */
function clock() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => { const id = next++; pending.set(id, { at: now + ms, fn }); return id; },
    clearTimeout: (h) => { pending.delete(h as number); },
  };
  const advance = (to: number) => {
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= to).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = to;
  };
  return { timers, advance, calls: [] as number[], get now() { return now; } };
}

describe('debounce (实时校验)', () => {
  test('events at 0, 300 and 900 ms → one call, at 900 + 800 = 1700 ms', () => {
    const c = clock();
    const d = debounce(() => c.calls.push(c.now), 800, c.timers);
    d.trigger();
    c.advance(300);
    d.trigger();
    c.advance(900);
    d.trigger();
    c.advance(5000);
    expect(c.calls).toEqual([1700]);
  });

  test('two bursts far apart → two calls; cancel drops a pending one', () => {
    const c = clock();
    const d = debounce(() => c.calls.push(c.now), 800, c.timers);
    d.trigger();
    c.advance(1000);
    d.trigger();
    c.advance(3000);
    d.trigger();
    d.cancel();
    c.advance(9000);
    expect(c.calls).toEqual([800, 1800]);
  });
});
