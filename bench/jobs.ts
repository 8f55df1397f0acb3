/**
 * Forking bench jobs (child.ts) and collecting their messages, with a time-box: when a job reports
 * `start` of a step and does not report `done` within the time-box, the job is killed (its pid only)
 * and the step is recorded as time-boxed.
 */
import { fork } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';

export interface JobOutcome {
  readonly messages: Array<Record<string, unknown>>;
  /** The step that was running when the time-box expired, or null. */
  readonly timedOut: { step: string; run: number } | null;
  readonly exitCode: number | null;
}

/**
 * The V8 flags the CLI runs with (bin/node-flags.json, applied by bin/kaoping.js): every job runs
 * under them unless told otherwise, so the bench measures the engine as the CLI runs it.
 */
export const CLI_FLAGS: readonly string[] = (JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'bin', 'node-flags.json'), 'utf8')) as { flags: string[] }).flags;

/** Runs `child.js ARGS` with --expose-gc and `nodeFlags`; `timeboxMs` bounds each started step. */
export function runJob(args: readonly (string | number)[], timeboxMs: number, onMessage?: (m: Record<string, unknown>) => void, nodeFlags: readonly string[] = CLI_FLAGS): Promise<JobOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'child.js'), args.map(String), {
      execArgv: ['--expose-gc', '--max-old-space-size=12288', ...nodeFlags],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const messages: Array<Record<string, unknown>> = [];
    let timer: NodeJS.Timeout | null = null;
    let timedOut: { step: string; run: number } | null = null;
    child.on('message', (raw) => {
      const m = raw as Record<string, unknown>;
      messages.push(m);
      onMessage?.(m);
      if (m.type === 'start') {
        timer = setTimeout(() => {
          timedOut = { step: String(m.step), run: Number(m.run) };
          child.kill('SIGKILL');
        }, timeboxMs);
      } else if (m.type === 'done' && timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      if (code !== 0 && !timedOut) reject(new Error(`bench job ${args.join(' ')} exited with ${code}`));
      else resolve({ messages, timedOut, exitCode: code });
    });
  });
}

/** The `data` of a job's `result` message. */
export function resultOf<T>(outcome: JobOutcome): T {
  const m = outcome.messages.find((x) => x.type === 'result');
  if (!m) throw new Error('bench job sent no result');
  return m.data as T;
}
