'use strict';
/**
 * The screenshots of 考核结果 in docs/screenshots/ (issue 14), rendered by LibreOffice from the first
 * sample as the command line writes it: `results-sheet.png` (the default, 公示异常标记 显示) and
 * `results-sheet-public.png` (公示异常标记 不显示: a 备注 column instead of 异常标记).
 *
 *   npm run build:cli && node scripts/results-sheet-shot.js
 *
 * Needs `soffice` (LibreOffice) and `pdftoppm` (poppler-utils) on the PATH. Each workbook is printed to
 * PDF whole; the page whose text opens with the 考核结果 title is rasterised at 70 dpi.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'examples', '县直单位年度考核.xlsx');
const SHOTS = path.join(ROOT, 'docs', 'screenshots');

/** The sample with `公示异常标记 | 不显示` written on the blank row after 【基本设置】's keys. */
async function publicSample(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet('考核方案');
  let r = 1;
  while (ws.getCell(r, 1).value !== '【基本设置】') r++;
  while (ws.getCell(r + 1, 1).value !== null) r++;
  ws.getCell(r + 1, 1).value = '公示异常标记';
  ws.getCell(r + 1, 2).value = '不显示';
  await wb.xlsx.writeFile(file);
}

/** Scores `input`, prints the result to PDF and writes the 考核结果 page as `png`. */
function shot(input, png, dir) {
  const out = path.join(dir, `${path.basename(png, '.png')}.xlsx`);
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'bin', 'kaoping.js'), 'score', input, '-o', out], { stdio: 'ignore' });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: the sample's planted errors were found (expected)
  }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore' });
  const pdf = out.replace(/\.xlsx$/, '.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
    if (!/结果（公示）/.test(text.split('\n')[0] ?? '')) continue;
    const stem = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-f', String(p), '-l', String(p), '-png', '-r', '70', '-singlefile', pdf, stem]);
    fs.copyFileSync(`${stem}.png`, png);
    return;
  }
  throw new Error(`no 考核结果 page in ${pdf}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-shot-'));
  try {
    shot(SAMPLE, path.join(SHOTS, 'results-sheet.png'), dir);
    const pub = path.join(dir, 'public-in.xlsx');
    await publicSample(pub);
    shot(pub, path.join(SHOTS, 'results-sheet-public.png'), dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
