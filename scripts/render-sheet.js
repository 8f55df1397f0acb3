#!/usr/bin/env node
'use strict';
/**
 * Renders one sheet of a workbook to PNG the way a clerk would see it printed, with LibreOffice
 * headless (the pictures in docs/screenshots/ are made so; see docs/screenshots/README.md).
 *
 *   node scripts/render-sheet.js <workbook.xlsx> <sheet name> <out.png> [--dpi 80] [--page 1] [--crop x,y,w,h]
 *
 * LibreOffice prints every visible sheet, so a copy of the workbook is saved with only the chosen
 * sheet visible (exceljs), converted to PDF (`soffice --headless --convert-to pdf`) and the page turned
 * into a PNG (`pdftoppm`). Needs `soffice` and `pdftoppm` on PATH
 * (`apt-get install -y libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei`). A developer's tool,
 * not part of npm test.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');

function usage(message) {
  process.stderr.write(`${message}\n用法：node scripts/render-sheet.js <工作簿.xlsx> <工作表名> <输出.png> [--dpi 80] [--page 1] [--crop x,y,宽,高]\n`);
  process.exit(2);
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    if (at < 0) return fallback;
    const value = Number(args[at + 1]);
    args.splice(at, 2);
    if (!Number.isInteger(value) || value <= 0) usage(`${name} 需要一个正整数。`);
    return value;
  };
  const dpi = option('--dpi', 80);
  const page = option('--page', 1);
  const cropAt = args.indexOf('--crop');
  let crop = [];
  if (cropAt >= 0) {
    const parts = String(args[cropAt + 1]).split(',').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0)) usage('--crop 需要 x,y,宽,高 四个非负整数（像素）。');
    crop = ['-x', '-y', '-W', '-H'].flatMap((flag, i) => [flag, String(parts[i])]);
    args.splice(cropAt, 2);
  }
  const [input, sheetName, output] = args;
  if (!input || !sheetName || !output) usage('缺少参数。');
  if (!fs.existsSync(input)) usage(`找不到文件：${input}`);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const target = wb.getWorksheet(sheetName);
  if (!target) usage(`工作簿里没有工作表“${sheetName}”。现有：${wb.worksheets.map((w) => w.name).join('、')}`);
  for (const ws of wb.worksheets) ws.state = ws === target ? 'visible' : 'hidden';
  wb.views = [{ activeTab: wb.worksheets.indexOf(target), firstSheet: 0, visibility: 'visible' }];

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-render-'));
  try {
    const copy = path.join(dir, 'sheet.xlsx');
    await wb.xlsx.writeFile(copy);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, copy], { stdio: 'ignore' });
    const prefix = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', ...crop, path.join(dir, 'sheet.pdf'), prefix]);
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    fs.copyFileSync(`${prefix}.png`, output);
    process.stdout.write(`${output}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
