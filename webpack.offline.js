/**
 * `npm run pack:offline`: the command line as ONE file for a 政务内网 machine without a registry —
 * the compiled CLI (dist/, from `npm run build:cli`) bundled with exceljs and every other
 * dependency, run with a plain Node ≥ 20: `node kaoping.js score 台账.xlsx`.
 *   → build/offline/kaoping.js (and README.txt beside it)
 */
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { version } = require('./package.json');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.join(__dirname, 'src', 'cli', 'offline-entry.js'),
  output: { path: path.join(__dirname, 'build', 'offline'), filename: 'kaoping.js' },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true }),
    // The bundle has no package.json beside it: its version is written in.
    new webpack.DefinePlugin({ 'process.env.KAOPING_VERSION': JSON.stringify(version) }),
    new CopyWebpackPlugin({ patterns: [{ from: path.join(__dirname, 'docs', 'offline', 'README.txt'), to: 'README.txt' }] }),
  ],
  stats: 'errors-warnings',
};
