/**
 * Builds the Excel add-in: the pages of Microsoft's React task-pane template, plus a dialog page.
 *   taskpane.html  ← src/taskpane/index.tsx  (the 考评助手 pane)
 *   commands.html  ← src/commands/commands.ts (the ribbon's 快速校验 function, no UI)
 *   quick-check-message.html ← src/commands/quick-check-message.ts (快速校验's message dialog;
 *                              opened by URL, so not in the manifest)
 * Both load Office.js from Microsoft's CDN in <head>; it is never bundled or self-hosted.
 *
 *   npx webpack --mode production            → build/addin/
 *   npx webpack serve --mode development     → https://localhost:3000/ (self-signed certificate,
 *                                              or the office-addin-dev-certs one when present)
 * `--env outDir=…` builds elsewhere (the browser tests build into test/.tmp/); `--env noSourceMaps`
 * skips source maps (the browser tests, to build faster; the code is the same).
 * `--env url=https://server/kaoping/` builds for that address: the copied manifest.xml names it
 * instead of https://localhost:3000/ (scripts/manifest-url.js; docs/部署.md).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinBase, rewriteManifest } = require('./scripts/manifest-url');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PORT = 3000;

/** The certificate `npx office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs, if any. */
function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const out = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) return null;
    out[k] = fs.readFileSync(p);
  }
  return out;
}

/** One html page per entry; Office.js first in <head>, the bundle deferred after it. */
function page(name, title) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    chunks: [name],
    scriptLoading: 'defer',
    inject: 'head',
    templateContent: `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${title}</title>
  <script src="${OFFICE_JS}"></script>
</head>
<body>
  <div id="root"></div>
  <noscript>考评助手需要启用 JavaScript。 / 考评助手 needs JavaScript.</noscript>
</body>
</html>
`,
  });
}

/** help.html (the manifest's SupportUrl): a static page, no script. */
function helpPage() {
  return new HtmlWebpackPlugin({
    filename: 'help.html',
    chunks: [],
    inject: false,
    templateContent: `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>考评助手 帮助</title></head>
<body style="font-family: 'Microsoft YaHei', 'PingFang SC', sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.6">
  <h1>考评助手</h1>
  <p>在“开始”选项卡点击“打开考评助手”。第一次使用时，在“方案”页点击“插入模板”，按模板填写“考核方案”和数据表。</p>
  <ol>
    <li>校验：列出所有错误和警告，点击一条即可定位到单元格。</li>
    <li>计算：计算总分、排名、等次和星级。</li>
    <li>写回表格：把结果写到数据表右侧，并生成“考核结果”公示表；“撤销上次写回”可完整还原。</li>
  </ol>
  <p lang="en">Open 考评助手 from the Home tab. Check lists every problem (click one to select its cell), Score computes
  totals, ranks and grades, Write back puts them into the sheet and Undo last write restores it exactly.</p>
</body>
</html>
`,
  });
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const outDir = path.resolve(__dirname, env.outDir || 'build/addin');
  const cert = devCertificate();
  // Checked before anything is built: a bad address fails at once, with the reason.
  const url = env.url ? addinBase(env.url) : null;
  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    devtool: env.noSourceMaps ? false : production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      'quick-check-message': './src/commands/quick-check-message.ts',
    },
    output: {
      path: outDir,
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // `tsc` in `npm test` type-checks; here TypeScript only strips types. ES modules
              // (not the node16/CommonJS of tsconfig) so that webpack can tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', '考评助手'),
      page('commands', '考评助手 命令'),
      page('quick-check-message', '考评助手 · 快速校验'),
      helpPage(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: (content) => (url ? rewriteManifest(content.toString('utf8'), url) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      server: cert ? { type: 'https', options: cert } : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
