/**
 * `npm run pack:offline`: one file that runs the command line with a plain Node and nothing else —
 * built here, copied to a folder without node_modules, and run on the sample workbook.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.join(__dirname, '..', '..');

test('the offline bundle scores the sample in an empty folder, says its version, and undoes', () => {
  const build = spawnSync('npm', ['run', '--silent', 'pack:offline'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status).toBe(0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-offline-'));
  try {
    fs.copyFileSync(path.join(ROOT, 'build', 'offline', 'kaoping.js'), path.join(dir, 'kaoping.js'));
    fs.copyFileSync(path.join(ROOT, 'examples', '县直单位年度考核.xlsx'), path.join(dir, '台账.xlsx'));
    expect(fs.readFileSync(path.join(ROOT, 'build', 'offline', 'README.txt'), 'utf8')).toContain('node kaoping.js score 台账.xlsx');
    const run = (...args: string[]) => spawnSync(process.execPath, ['kaoping.js', ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run('--version').stdout).toBe(`kaoping ${version}\n`);
    // The sample holds 4 deliberate errors: exit 1, the workbook and report still written.
    const score = run('score', '台账.xlsx', '--json', 'r.json');
    expect(score.status).toBe(1);
    expect(score.stdout).toContain('单位 40，已评分 36，错误 4');
    expect(fs.existsSync(path.join(dir, '台账.评分.xlsx'))).toBe(true);
    expect((JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')) as { summary: { units: number } }).summary.units).toBe(40);
    const undo = run('undo', '台账.评分.xlsx');
    expect(undo.status).toBe(0);
    expect(fs.existsSync(path.join(dir, '台账.评分.撤销.xlsx'))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
