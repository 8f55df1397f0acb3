#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: scores the two sample workbooks with the command line, as a newcomer's first run.
 *   kaoping score examples/县直单位年度考核.xlsx -o examples/out/县直单位年度考核.评分.xlsx --json examples/out/report.json
 *   kaoping score examples/双述双评综合考核.xlsx -o examples/out/双述双评综合考核.评分.xlsx --json examples/out/双述双评.report.json
 * Both samples hold errors on purpose, so kaoping exits with 1 ("errors found") for each; the demo
 * explains that and exits 0. Any other status (2: the run could not happen) is passed through.
 */
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('考评助手尚未编译：请先运行 npm run build:cli（npm install 时会自动编译）。\n' +
    'kaoping is not built yet: run `npm run build:cli` first (npm install does it).\n');
  process.exit(2);
}

const rel = (...parts) => path.relative(process.cwd(), path.join(__dirname, ...parts)) || '.';

const RUNS = [
  {
    input: rel('县直单位年度考核.xlsx'),
    output: rel('out', '县直单位年度考核.评分.xlsx'),
    report: rel('out', 'report.json'),
    explain: (output, report) =>
      '\n示例工作簿中故意留了 4 处错误（空白、#N/A、85%、超出分值），所以 kaoping 的退出码是 1（发现错误），' +
      '这几个单位未评分，其余单位已评分并写出。\n' +
      `请用 Excel 或 WPS 打开 ${output} 查看标色的单元格、批注和“考核结果”表；完整报告在 ${report}。\n` +
      'The sample holds 4 deliberate errors, so kaoping exited with 1 (errors found); the other units were scored.\n' +
      `Open ${output} to see the marked cells, notes and the 考核结果 sheet; the full report is ${report}.\n`,
  },
  {
    input: rel('双述双评综合考核.xlsx'),
    output: rel('out', '双述双评综合考核.评分.xlsx'),
    report: rel('out', '双述双评.report.json'),
    explain: (output, report) =>
      '\n第二个示例的指标由各分表算出（日常考核、述职评议、民主测评、实绩）。青龙乡党委民主测评实到 28 人，' +
      '不足应到 45 人的 2/3，测评无效（错误，未评分），所以退出码是 1；县商务局党组差票 14/40 超过 1/3，取消评优；' +
      '县水利局党组评委6 打 99 分，标为“评分偏离”。\n' +
      `请打开 ${output}：考核数据表右边有各指标的“得分”列，分表上的问题单元格已标色并加批注；完整报告在 ${report}。\n` +
      'The second sample computes its indicators from other sheets. One unit\'s vote lacks a quorum (an error, not scored), ' +
      'so kaoping exited with 1; one unit is vetoed by its 差 votes; one judge\'s score is flagged as an outlier.\n' +
      `Open ${output} for the 得分 columns and the marked source cells; the full report is ${report}.\n`,
  },
];

async function run() {
  let worst = 0;
  for (const [k, r] of RUNS.entries()) {
    if (k > 0) process.stdout.write('\n────────────────────────────────────────\n\n');
    process.stdout.write(`$ kaoping score ${r.input} -o ${r.output} --json ${r.report}\n\n`);
    const code = await require(entry).main(['score', r.input, '-o', r.output, '--json', r.report]);
    if (code === 1) process.stdout.write(r.explain(r.output, r.report));
    else if (code > worst) worst = code;
  }
  process.exitCode = worst;
}

run();
