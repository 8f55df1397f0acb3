#!/usr/bin/env node
'use strict';
/**
 * `npm run screenshots:sheets`: scores both samples (`npm run demo`) and renders what a clerk opens —
 * the written data sheet and the 考核结果 (公示) lists — to docs/screenshots/ with LibreOffice headless
 * (scripts/render-sheet.js). `results-sheet-public.png` is the first sample scored with
 * `公示异常标记 | 不显示` added to its 【基本设置】 (a 备注 column instead of 异常标记). A developer's tool,
 * not part of npm test (LibreOffice takes ~10 s a picture). Look at every picture before committing it.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const out = (name) => path.join(root, 'examples', 'out', name);
const shot = (name) => path.join(root, 'docs', 'screenshots', name);

/** The first sample with `公示异常标记 | 不显示` on the blank row after 【基本设置】's keys, scored into `scored`. */
async function scorePublic(dir, scored) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(root, 'examples', '县直单位年度考核.xlsx'));
  const ws = wb.getWorksheet('考核方案');
  let r = 1;
  while (ws.getCell(r, 1).value !== '【基本设置】') r++;
  while (ws.getCell(r + 1, 1).value !== null) r++;
  ws.getCell(r + 1, 1).value = '公示异常标记';
  ws.getCell(r + 1, 2).value = '不显示';
  const input = path.join(dir, 'public-in.xlsx');
  await wb.xlsx.writeFile(input);
  try {
    execFileSync(process.execPath, [path.join(root, 'bin', 'kaoping.js'), 'score', input, '-o', scored], { stdio: 'ignore' });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: the sample's planted errors were found (expected)
  }
}

async function main() {
  execFileSync(process.execPath, [path.join(root, 'examples', 'demo.js')], { cwd: root, stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-shots-'));
  try {
    const publicScored = path.join(dir, 'public.xlsx');
    await scorePublic(dir, publicScored);
    const pictures = [
      // [workbook, sheet, picture, extra render-sheet arguments]
      [out('县直单位年度考核.评分.xlsx'), '考核数据', shot('data-sheet-written.png'), ['--dpi', '90']],
      [out('县直单位年度考核.评分.xlsx'), '考核结果', shot('results-sheet.png'), ['--dpi', '90']],
      [publicScored, '考核结果', shot('results-sheet-public.png'), ['--dpi', '90']],
      [out('双述双评综合考核.评分.xlsx'), '考核结果', shot('results-sheet-dual.png'), ['--dpi', '110']],
    ];
    for (const [workbook, sheet, picture, extra] of pictures) {
      execFileSync(process.execPath, [path.join(__dirname, 'render-sheet.js'), workbook, sheet, picture, ...extra], { stdio: 'inherit' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
