/**
 * The command line as one file for the launcher (bin/kaoping.js): the compiled CLI (dist/cli/, from
 * `tsc -p tsconfig.cli.json`) bundled with exceljs, zod and every other dependency into
 * dist/kaoping.bundle.js. Node then reads and compiles one file instead of ~860 modules: on the
 * 40-unit sample, `kaoping score` costs ~0.8× what node + exceljs need to read and write the file,
 * against ~1.1–1.3× from dist/cli/ (docs/performance.md, "The 40-unit workbook"). Built by
 * `npm run build:cli`, right after tsc; the launcher falls back to dist/cli/main.js when the bundle is
 * missing or older than it.
 */
const path = require('path');
const webpack = require('webpack');
const { version } = require('./package.json');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.join(__dirname, 'dist', 'cli', 'main.js'),
  // Always written (never skipped as unchanged): the launcher trusts the bundle only when it is not
  // older than dist/cli/main.js, which tsc has just rewritten.
  output: { path: path.join(__dirname, 'dist'), filename: 'kaoping.bundle.js', library: { type: 'commonjs2' }, compareBeforeEmit: false },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    // The bundle does not sit where dist/cli/main.js looks for package.json: its version is written in.
    new webpack.DefinePlugin({ 'process.env.KAOPING_VERSION': JSON.stringify(version) }),
  ],
  stats: 'errors-warnings',
};
