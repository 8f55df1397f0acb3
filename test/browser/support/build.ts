/**
 * Builds, in one webpack run in a child process, into `out` (default test/.tmp/browser/):
 * - the add-in (webpack.config.js, production) → addin/;
 * - the office.js stand-in (test/browser/webpack.double.js) → double/office-double.js;
 * - with `preview`, the preview page (test/browser/webpack.preview.js: the pane with a hand-made
 *   assessment) → preview/.
 * Each test file that builds uses its own `out`, so that jest workers never write the same files.
 */
import { execFile } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const OUT = path.join(ROOT, 'test/.tmp/browser');
export const ADDIN_DIR = path.join(OUT, 'addin');
export const DOUBLE_FILE = path.join(OUT, 'double/office-double.js');

export interface BuildOptions {
  readonly out?: string;
  /** Build the add-in's own pages (default true). */
  readonly addin?: boolean;
  /** Build the preview page (default false). */
  readonly preview?: boolean;
}

/** Where a build with `out` puts its parts. */
export function outputs(out: string = OUT): { addin: string; double: string; preview: string } {
  return { addin: path.join(out, 'addin'), double: path.join(out, 'double/office-double.js'), preview: path.join(out, 'preview') };
}

export function buildAll(opts: BuildOptions = {}): Promise<void> {
  const out = opts.out ?? OUT;
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const args = [cli, '--mode', 'production', '--no-stats'];
  if (opts.addin ?? true) args.push('--config', path.join(ROOT, 'webpack.config.js'));
  args.push('--config', path.join(ROOT, 'test/browser/webpack.double.js'));
  if (opts.preview) args.push('--config', path.join(ROOT, 'test/browser/webpack.preview.js'));
  args.push(
    '--env', `outDir=${path.join(out, 'addin')}`,
    '--env', `doubleOutDir=${path.join(out, 'double')}`,
    '--env', `previewOutDir=${path.join(out, 'preview')}`,
    '--env', 'noSourceMaps',
  );
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`webpack failed: ${err.message}\n${stdout}\n${stderr}`.slice(0, 4000)));
      else resolve();
    });
  });
}
