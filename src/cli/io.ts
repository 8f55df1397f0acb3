import type { ProgressStream } from './progress';

/** Where the CLI writes; tests pass their own. `columns` is the terminal width, `isTTY` turns the progress bar on. */
export interface CliIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
}
