/**
 * A progress bar on stderr: shown only when stderr is a terminal and the work has taken longer
 * than `delayMs` (0.5 s by default), so quick runs and pipes stay clean. Each file has three
 * phases, 读取 (reading) / 计算 (computing) / 写入 (writing); the bar counts phases over all files.
 * ASCII only (`[=====>    ]`), so that it lines up in every terminal.
 */
import { truncate } from './width';
import type { Lang } from './lang';

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export type Phase = '读取' | '计算' | '写入';
const PHASES: readonly Phase[] = ['读取', '计算', '写入'];
const PHASE_EN: Readonly<Record<Phase, string>> = { 读取: 'Reading', 计算: 'Computing', 写入: 'Writing' };

export interface Progress {
  /** Marks the start of a phase of file `index` (0-based). */
  phase(index: number, file: string, phase: Phase): void;
  /** Clears the bar (call before printing results, and at the end). */
  clear(): void;
}

const NONE: Progress = { phase: () => undefined, clear: () => undefined };

/**
 * A progress reporter for `files` files. Returns a no-op when the stream is not a terminal.
 * `phases` are the phases each file goes through (check: 读取, 计算; score: all three);
 * `now` is injectable for tests.
 */
export function createProgress(
  stream: ProgressStream,
  files: number,
  options: { delayMs?: number; now?: () => number; phases?: readonly Phase[]; lang?: Lang } = {},
): Progress {
  const phases = options.phases ?? PHASES;
  if (!stream.isTTY) return NONE;
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 500;
  const start = now();
  let shown = false;
  let state: { index: number; file: string; phase: Phase } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const render = (): void => {
    if (!state) return;
    const total = files * phases.length;
    const step = state.index * phases.length + Math.max(0, phases.indexOf(state.phase));
    const width = 20;
    const filled = Math.min(width, Math.floor((step / total) * width));
    const bar = '='.repeat(filled) + (filled < width ? '>' : '') + ' '.repeat(Math.max(0, width - filled - 1));
    const count = files > 1 ? ` ${state.index + 1}/${files}` : '';
    const cols = stream.columns || 80; // 0 or undefined when the terminal does not say
    const head = `${options.lang === 'en' ? PHASE_EN[state.phase] : state.phase}… [${bar}]${count} `;
    const line = truncate(head + state.file, Math.max(10, cols - 1));
    stream.write(`\r\x1b[K${line}`);
    shown = true;
  };

  const arm = (): void => {
    if (timer !== null || shown) return;
    const wait = Math.max(0, delay - (now() - start));
    timer = setTimeout(() => {
      timer = null;
      render();
    }, wait);
    timer.unref?.();
  };

  return {
    phase(index, file, phase) {
      state = { index, file, phase };
      if (shown || now() - start >= delay) render();
      else arm();
    },
    clear() {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
