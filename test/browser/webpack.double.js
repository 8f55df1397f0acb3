/**
 * Bundles test/browser/double-entry.ts (the Excel test double) into one classic script, served in
 * place of office.js by the end-to-end tests. `--env doubleOutDir=…` to build elsewhere.
 */
const path = require('path');

module.exports = (env = {}) => ({
  mode: 'production',
  context: path.resolve(__dirname, '../..'),
  devtool: false,
  entry: { 'office-double': './test/browser/double-entry.ts' },
  output: { path: path.resolve(__dirname, '../..', env.doubleOutDir || 'test/.tmp/browser/double'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } } },
      },
    ],
  },
  performance: { hints: false },
});
