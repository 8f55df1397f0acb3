/**
 * The one out-of-process test: `node bin/kaoping.js --help`, as `npx kaoping --help` runs it.
 * bin/kaoping.js loads dist/cli/main.js, so dist/ is built first (`tsc -p tsconfig.cli.json`) when it
 * is missing or older than any source file it is compiled from.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { USAGE_ZH as USAGE } from '../../src/cli/usage';

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

test('node bin/kaoping.js --help prints the usage (Chinese) and exits 0', () => {
  expect(fs.existsSync(ENTRY)).toBe(true);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kaoping.js'), '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(USAGE);
  expect(r.status).toBe(0);
});

describe('bin/kaoping.js starts node again with the flags of bin/node-flags.json', () => {
  // A copy of the launcher beside a stand-in dist/cli/main.js that prints the flags it runs with
  // and the arguments it was given, and exits with 1.
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-bin-'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.mkdirSync(path.join(dir, 'dist', 'cli'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'bin', 'kaoping.js'), path.join(dir, 'bin', 'kaoping.js'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'node-flags.json'), path.join(dir, 'bin', 'node-flags.json'));
    fs.writeFileSync(path.join(dir, 'dist', 'cli', 'main.js'),
      "exports.main = async (argv) => { process.stdout.write(JSON.stringify({ execArgv: process.execArgv, argv })); return 1; };\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (execArgv: string[], env: Record<string, string> = {}): { out: { execArgv: string[]; argv: string[] }; status: number | null } => {
    const r = spawnSync(process.execPath, [...execArgv, path.join(dir, 'bin', 'kaoping.js'), 'score', '甲.xlsx'], {
      encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...env },
    });
    return { out: JSON.parse(r.stdout) as { execArgv: string[]; argv: string[] }, status: r.status };
  };

  test('plain `node bin/kaoping.js score 甲.xlsx`: the CLI runs with --max-semi-space-size=64, same arguments, same exit code', () => {
    const { out, status } = run([]);
    expect(out).toEqual({ execArgv: ['--max-semi-space-size=64'], argv: ['score', '甲.xlsx'] });
    expect(status).toBe(1);
  });

  test('a flag already given (here 32) is kept, and node is not started again', () => {
    const { out } = run(['--max-semi-space-size=32']);
    expect(out.execArgv).toEqual(['--max-semi-space-size=32']);
  });

  test('small workbooks (all named files exist, under 2 MB together) run in the same process: starting node again costs more than it saves', () => {
    const small = path.join(dir, '小.xlsx');
    fs.writeFileSync(small, Buffer.alloc(13_000));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'kaoping.js'), 'score', small, '-o', path.join(dir, '新.xlsx')], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } });
    expect(JSON.parse(r.stdout)).toEqual({ execArgv: [], argv: ['score', small, '-o', path.join(dir, '新.xlsx')] });
    const big = path.join(dir, '大.xlsx');
    fs.writeFileSync(big, Buffer.alloc(3 * 1024 * 1024));
    const r2 = spawnSync(process.execPath, [path.join(dir, 'bin', 'kaoping.js'), 'score', small, big], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } });
    expect(JSON.parse(r2.stdout)).toEqual({ execArgv: ['--max-semi-space-size=64'], argv: ['score', small, big] });
  });

  test('dist/kaoping.bundle.js (webpack.cli.js) is run when it is not older than dist/cli/main.js; else dist/cli/main.js', () => {
    const bundle = path.join(dir, 'dist', 'kaoping.bundle.js');
    const main = path.join(dir, 'dist', 'cli', 'main.js');
    fs.writeFileSync(bundle, "exports.main = async (argv) => { process.stdout.write(JSON.stringify({ bundle: true, argv })); return 0; };\n");
    const at = (file: string, seconds: number): void => fs.utimesSync(file, seconds, seconds);
    const runIt = (): { stdout: string; status: number | null } =>
      spawnSync(process.execPath, [path.join(dir, 'bin', 'kaoping.js'), 'check', 'x.xlsx'], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', KAOPING_SAME_PROCESS: '1' } });
    try {
      at(main, 1_000_000);
      at(bundle, 1_000_100);
      expect(runIt()).toMatchObject({ stdout: JSON.stringify({ bundle: true, argv: ['check', 'x.xlsx'] }), status: 0 });
      // A later tsc build without the bundle: the bundle is stale, dist/cli/main.js runs.
      at(main, 1_000_200);
      expect(JSON.parse(runIt().stdout)).toEqual({ execArgv: [], argv: ['check', 'x.xlsx'] });
    } finally {
      fs.rmSync(bundle);
    }
  });

  test('KAOPING_SAME_PROCESS=1 runs in the same process with node defaults', () => {
    const { out, status } = run([], { KAOPING_SAME_PROCESS: '1' });
    expect(out).toEqual({ execArgv: [], argv: ['score', '甲.xlsx'] });
    expect(status).toBe(1);
  });
});
