/**
 * Builds the browser tests' preview page (test/browser/preview-entry.tsx) into
 * test/.tmp/browser/preview/: the task pane with a hand-made assessment. Office.js in <head>, as
 * in the add-in's own pages (the tests route it to the Excel double).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = path.resolve(__dirname, '../..');

module.exports = (env = {}) => ({
  mode: 'production',
  context: ROOT,
  devtool: false,
  entry: { preview: './test/browser/preview-entry.tsx' },
  output: { path: path.resolve(ROOT, env.previewOutDir || 'test/.tmp/browser/preview'), filename: '[name].[contenthash:8].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } } },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'preview.html',
      scriptLoading: 'defer',
      inject: 'head',
      templateContent: `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>考评助手（预览）</title>
  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
</head>
<body><div id="root"></div></body>
</html>
`,
    }),
  ],
  performance: { hints: false },
});
