#!/usr/bin/env node
'use strict';
/**
 * `npm run screenshots:sheets`: scores both samples (`npm run demo`) and renders what a clerk opens —
 * the written data sheet and the 考核结果 (公示) list — to docs/screenshots/ with LibreOffice headless
 * (scripts/render-sheet.js). A developer's tool, not part of npm test (LibreOffice takes ~20 s a
 * picture). Look at every picture it makes before committing it.
 */
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const out = (name) => path.join(root, 'examples', 'out', name);
const shot = (name) => path.join(root, 'docs', 'screenshots', name);
const PICTURES = [
  // [workbook, sheet, picture, extra render-sheet arguments]
  [out('县直单位年度考核.评分.xlsx'), '考核数据', shot('data-sheet-written.png'), ['--dpi', '90']],
  [out('县直单位年度考核.评分.xlsx'), '考核结果', shot('results-sheet.png'), ['--dpi', '90']],
  [out('双述双评综合考核.评分.xlsx'), '考核结果', shot('results-sheet-dual.png'), ['--dpi', '110']],
];

execFileSync(process.execPath, [path.join(root, 'examples', 'demo.js')], { cwd: root, stdio: 'ignore' });
for (const [workbook, sheet, picture, extra] of PICTURES) {
  execFileSync(process.execPath, [path.join(__dirname, 'render-sheet.js'), workbook, sheet, picture, ...extra], { stdio: 'inherit' });
}
