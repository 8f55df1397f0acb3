/**
 * Whether the browser tests can run: they need Debian's Chromium at /usr/bin/chromium. Without it
 * they are skipped with one plain line on stderr — except under CI=true, where a missing browser
 * fails the suite (.ci/run installs it).
 */
import { existsSync } from 'fs';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine without network (background services would dial out). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): boolean {
  if (exists(CHROMIUM)) return true;
  if (env.CI === 'true') {
    throw new Error(`browser tests: ${CHROMIUM} is not installed, and CI=true requires them (apt-get install -y chromium fonts-wqy-zenhei)`);
  }
  process.stderr.write(`browser tests skipped: ${CHROMIUM} not installed\n`);
  return false;
}
