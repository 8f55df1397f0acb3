/**
 * The one out-of-process test: `node bin/kaoping.js --help`, as `npx kaoping --help` runs it.
 * bin/kaoping.js loads dist/cli/main.js, so dist/ is built first (`tsc -p tsconfig.cli.json`) when it
 * is missing or older than any source file it is compiled from.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { USAGE } from '../../src/cli/usage';

const ROOT = path.join(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'dist', 'cli', 'main.js');
const SOURCES = ['src/cli', 'src/engine', 'src/hosts/xlsx', 'src/hosts/memory'];

function newestSource(): number {
  let newest = 0;
  const walk = (d: string): void => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const s of SOURCES) walk(path.join(ROOT, s));
  return newest;
}

beforeAll(() => {
  const stale = !fs.existsSync(ENTRY) || fs.statSync(ENTRY).mtimeMs < newestSource();
  if (!stale) return;
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 240_000,
    });
  } catch {
    // tsc exits non-zero on type errors elsewhere but still emits; the test below needs only main.js.
  }
}, 300_000);

test('node bin/kaoping.js --help prints the usage (Chinese, then English) and exits 0', () => {
  expect(fs.existsSync(ENTRY)).toBe(true);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kaoping.js'), '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(USAGE);
  expect(r.status).toBe(0);
});
