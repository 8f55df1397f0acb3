/**
 * Builds the add-in (webpack.config.js, production) and the office.js stand-in
 * (test/browser/webpack.double.js) into test/.tmp/browser/, in one webpack run in a child process.
 */
import { execFile } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const OUT = path.join(ROOT, 'test/.tmp/browser');
export const ADDIN_DIR = path.join(OUT, 'addin');
export const DOUBLE_FILE = path.join(OUT, 'double/office-double.js');

export function buildAll(): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const args = [
    cli, '--mode', 'production', '--no-stats',
    '--config', path.join(ROOT, 'webpack.config.js'),
    '--config', path.join(ROOT, 'test/browser/webpack.double.js'),
    '--env', 'outDir=test/.tmp/browser/addin',
    '--env', 'noSourceMaps',
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`webpack failed: ${err.message}\n${stdout}\n${stderr}`.slice(0, 4000)));
      else resolve();
    });
  });
}
