#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: scores the sample workbook with the command line, as a newcomer's first run.
 *   kaoping score examples/县直单位年度考核.xlsx -o examples/out/县直单位年度考核.评分.xlsx --json examples/out/report.json
 * The sample holds four errors on purpose, so kaoping exits with 1 ("errors found"); the demo
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
const input = rel('县直单位年度考核.xlsx');
const output = rel('out', '县直单位年度考核.评分.xlsx');
const report = rel('out', 'report.json');
process.stdout.write(`$ kaoping score ${input} -o ${output} --json ${report}\n\n`);

require(entry)
  .main(['score', input, '-o', output, '--json', report])
  .then((code) => {
    if (code === 1) {
      process.stdout.write(
        '\n示例工作簿中故意留了 4 处错误（空白、#N/A、85%、超出分值），所以 kaoping 的退出码是 1（发现错误），' +
          '这几个单位未评分，其余单位已评分并写出。\n' +
          `请用 Excel 或 WPS 打开 ${output} 查看标色的单元格、批注和“考核结果”表；完整报告在 ${report}。\n` +
          'The sample holds 4 deliberate errors, so kaoping exited with 1 (errors found); the other units were scored.\n' +
          `Open ${output} to see the marked cells, notes and the 考核结果 sheet; the full report is ${report}.\n`,
      );
      process.exitCode = 0;
    } else {
      process.exitCode = code;
    }
  });
