/**
 * `kaoping` — the command line (SPEC §7). `main(argv)` never throws: every failure becomes a
 * message on stderr (Chinese, or English with `--lang en` / KAOPING_LANG=en) and exit status 2,
 * without a stack trace.
 * Exit status: 0 no errors, 1 errors found (files and reports still written), 2 the run could not
 * happen. With several files, the worst status of any file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from './args';
import { CliError, describeUnknown } from './errors';
import type { CliIo } from './io';
import { failureLine, langOf } from './lang';
import { usage, usageHint } from './usage';

export type { CliIo } from './io';

/**
 * The process's stdout and stderr. A closed pipe (`kaoping check a.xlsx | head`) is not an error:
 * later writes are dropped instead of crashing with EPIPE.
 */
function processIo(): CliIo {
  for (const s of [process.stdout, process.stderr]) {
    if (s.listenerCount('error') === 0) {
      s.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
      });
    }
  }
  return { stdout: process.stdout, stderr: process.stderr };
}

function version(): string {
  // The one-file offline build writes its version in (webpack.offline.js).
  if (process.env.KAOPING_VERSION) return process.env.KAOPING_VERSION;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The user-facing text of a failure: CliError and WorkbookFileError carry both languages. */
function failureText(err: unknown): { message: string; messageEn: string } {
  if (err instanceof CliError) return { message: err.messageZh, messageEn: err.messageEn };
  const e = err as { messageZh?: unknown; messageEn?: unknown } | null;
  if (e && typeof e.messageZh === 'string' && typeof e.messageEn === 'string') return { message: e.messageZh, messageEn: e.messageEn };
  const detail = describeUnknown(err);
  return { message: `发生意外错误：${detail}。请把这条信息交给维护人员。`, messageEn: `Unexpected error: ${detail}. Please report it to the maintainers.` };
}

/**
 * Runs the command line. Example: `await main(['check', 'a.xlsx'])` → 0, 1 or 2.
 * `io` defaults to the process's stdout and stderr, `env` to the process's (KAOPING_LANG).
 */
export async function main(argv: readonly string[], io: CliIo = processIo(), env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  // The language for a failure before the arguments are read; parseArgs checks --lang strictly.
  const early = langOf(argv, env);
  try {
    if (argv.length === 0) {
      io.stderr.write(usage(early));
      return 2;
    }
    const parsed = parseArgs(argv, env);
    if (parsed.kind === 'help') {
      io.stdout.write(usage(parsed.lang));
      return 0;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`kaoping ${version()}\n`);
      return 0;
    }
    // Loaded here, not at the top: exceljs and the engine take a moment to load, --help should not wait.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const commands = require('./commands') as typeof import('./commands');
    if (parsed.command === 'undo') return await commands.runUndo(parsed, io);
    if (parsed.command === 'template') return await commands.runTemplate(parsed, io);
    return await commands.runAssess(parsed, io);
  } catch (err) {
    const f = failureText(err);
    io.stderr.write(failureLine(early, f.message, f.messageEn));
    if (err instanceof CliError && err.usage) io.stderr.write(`${usageHint(early)}\n`);
    return 2;
  }
}

