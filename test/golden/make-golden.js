#!/usr/bin/env node
'use strict';
/**
 * Builds the golden workbooks of test/golden/ (see README.md there). Each case below says what it
 * shows and carries the HAND calculation of its totals, ranks and grades from the SPEC; the expected
 * JSON beside each workbook is written by `npm run golden:update` from the program and reviewed
 * against these comments.
 *
 * Run: npm run golden:make            (all cases; builds the CLI first, case 08 needs it)
 *      node test/golden/make-golden.js 03   (only the cases whose file name contains "03")
 *
 * The files are byte-stable apart from the zip's own timestamps: fixed workbook dates, no randomness.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');

const DIR = __dirname;
const ROOT = path.join(DIR, '..', '..');
const DATE = new Date('2027-01-10T08:00:00Z');

// ---------------------------------------------------------------------------------------------
// Helpers: a 台账 looks like one (仿宋, borders, grey header, widths).

const thin = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function newBook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = '考评助手 golden';
  wb.created = DATE;
  wb.modified = DATE;
  return wb;
}

/** Writes rows of values from (row, col); null/undefined cells stay empty. */
function put(ws, row, col, rows) {
  rows.forEach((values, k) => values.forEach((v, c) => {
    if (v !== null && v !== undefined) ws.getCell(row + k, col + c).value = v;
  }));
}

/** A title line over columns 1..last (merged, bold), as 台账 have. */
function title(ws, row, text, last, size = 16) {
  ws.getCell(row, 1).value = text;
  ws.mergeCells(row, 1, row, last);
  ws.getCell(row, 1).font = { name: '方正小标宋简体', size, bold: size >= 14 };
  ws.getCell(row, 1).alignment = { horizontal: size >= 14 ? 'center' : 'left', vertical: 'middle' };
  ws.getRow(row).height = size >= 14 ? 30 : 18;
}

/** Borders and fonts over a table; header rows grey and centred. */
function frame(ws, { from, headTo, to, last, widths }) {
  for (let r = from; r <= to; r++) {
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.font = { name: '仿宋', size: 11, bold: r <= headTo };
      cell.alignment = { horizontal: c === 2 ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (r <= headTo) {
        cell.fill = HEAD_FILL;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
    }
  }
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The 考核方案 sheet from rows (section names in 【】 are bold). */
function scheme(wb, rows) {
  const ws = wb.addWorksheet('考核方案');
  put(ws, 1, 1, rows);
  rows.forEach((r, k) => {
    if (typeof r[0] === 'string' && /^[【[]/.test(r[0])) ws.getCell(k + 1, 1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  });
  [16, 12, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** SUM formulas with the cached results Excel would show (text skipped, an error makes the error). */
function sumRow(ws, row, cols, firstRow, lastRow, label, labelCol = 2) {
  ws.getCell(row, labelCol).value = label;
  for (const c of cols) {
    let sum = 0;
    let error = null;
    for (let r = firstRow; r <= lastRow; r++) {
      const v = ws.getCell(r, c).value;
      const n = v && typeof v === 'object' && 'result' in v ? v.result : v;
      if (typeof n === 'number') sum += n;
      else if (n && typeof n === 'object' && n.error) error = n.error;
    }
    const L = ws.getColumn(c).letter;
    ws.getCell(row, c).value = { formula: `SUM(${L}${firstRow}:${L}${lastRow})`, result: error ? { error } : Math.round(sum * 100) / 100 };
  }
}

const GRADES_4 = (top, p) => [
  ['【等次】'],
  ['等次', '最低分', '比例上限'],
  ['优秀', top, p],
  ['良好', 80, null],
  ['一般', 60, null],
  ['较差', 0, null],
];

// ---------------------------------------------------------------------------------------------
// The cases.

const CASES = [];

/*
 * 01 乡镇党委抓基层党建 — the §1.3 layout: two title rows, merged two-level header (一级指标 over
 * indicators, `（20分）` marks, line breaks inside headers), a 分值 row that matches the scheme, a
 * blank row, a hidden row (清河镇, still a unit), a 合计 row of SUM formulas, a 填表人：… footer,
 * 一级指标 subtotals. 美式, 优秀 quota 20% 向下.
 *
 * Hand calculation (5 indicators × 20; 组织建设 = 班子建设 + 党员队伍, 党建业务 = the other three):
 *   城关镇 19 + 18.5 = 37.5 | 19 + 18 + 19 = 56   → 93.5
 *   新华镇 18 + 18   = 36   | 17.5 + 18 + 17 = 52.5 → 88.5
 *   柳林镇 17 + 16.5 = 33.5 | 18 + 17 + 16 = 51   → 84.5
 *   石桥镇 19 + 19   = 38   | 18 + 18.5 + 18 = 54.5 → 92.5
 *   桃园镇 16 + 17   = 33   | 16.5 + 15 + 16 = 47.5 → 80.5
 *   清河镇 18.5 + 17 = 35.5 | 17 + 16.5 + 17.5 = 51 → 86.5  (hidden row)
 *   龙泉镇 15 + 14   = 29   | 16 + 15.5 + 14.5 = 46 → 75
 *   白马镇 17.5 + 18 = 35.5 | 18.5 + 17 + 18 = 53.5 → 89
 *   Ranks: 城关 1, 石桥 2, 白马 3, 新华 4, 清河 5, 柳林 6, 桃园 7, 龙泉 8.
 *   优秀 ≥90, quota 8 × 20% = 1.6 → 1: 城关 (93.5; 石桥 92.5 next, not tied). 石桥 falls to 良好.
 *   良好 ≥80: 石桥 白马 新华 清河 柳林 桃园. 一般 ≥60: 龙泉.
 *   Anomalies: none (8 units; total z of 龙泉 = 0.6745 × −12.5 / 4 = −2.11).
 */
CASES.push({
  file: '01-乡镇党建-两级表头-分值行.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核台账');
    const last = 8;
    title(ws, 1, 'XX县2026年度乡镇党委书记抓基层党建工作考核台账', last);
    title(ws, 2, '填报单位：中共XX县委组织部　　　　单位：分', last, 11);
    put(ws, 3, 1, [
      ['序号', '单位名称', '组织建设（40分）', null, '党建业务（60分）', null, null, '备注'],
      [null, null, '班子建设\n（20分）', '党员队伍\n（20分）', '学习教育（20分）', '制度\n执行（20分）', '基层阵地（20分）', null],
      [null, '分值', 20, 20, 20, 20, 20, null],
    ]);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:D3');
    ws.mergeCells('E3:G3');
    ws.mergeCells('H3:H4');
    ws.getRow(4).height = 36;
    put(ws, 6, 1, [
      [1, '城关镇', 19, 18.5, 19, 18, 19, null],
      [2, '新华镇', 18, 18, 17.5, 18, 17, null],
      [3, '柳林镇', 17, 16.5, 18, 17, 16, '阵地改造中'],
      [4, '石桥镇', 19, 19, 18, 18.5, 18, null],
      [5, '桃园镇', 16, 17, 16.5, 15, 16, null],
      [],
      [6, '清河镇', 18.5, 17, 17, 16.5, 17.5, '（本行已隐藏）'],
      [7, '龙泉镇', 15, 14, 16, 15.5, 14.5, null],
      [8, '白马镇', 17.5, 18, 18.5, 17, 18, null],
    ]);
    ws.getRow(12).hidden = true;
    sumRow(ws, 15, [3, 4, 5, 6, 7], 6, 14, '合计');
    frame(ws, { from: 3, headTo: 5, to: 15, last, widths: [6, 14, 10, 10, 10, 10, 10, 16] });
    ws.getCell('B16').value = '填表人：张三';
    ws.getCell('H16').value = '填表日期：2027年1月8日';
    scheme(wb, [
      ['【基本设置】'],
      ['数据表', '考核台账'],
      ['单位列', '单位名称'],
      [],
      ['【指标】'],
      ['指标名称', '分值', '一级指标'],
      ['班子建设', 20, '组织建设'],
      ['党员队伍', 20, '组织建设'],
      ['学习教育', 20, '党建业务'],
      ['制度执行', 20, '党建业务'],
      ['基层阵地', 20, '党建业务'],
      [],
      ...GRADES_4(90, '20%'),
    ]);
  },
});

/*
 * 02 县直单位 with 权重 — indicators weighted (分值 ≠ 权重), a 分值 row whose 群众评议 mark (25) does
 * not match the scheme (20) → MARK_ROW_MISMATCH, 星级, Excel ROUND at 2 decimals, quota 良好 50%.
 *
 * Hand calculation: points = score / 分值 × 权重; 履职尽责 40→30, 重点工作 50→40, 作风建设 10→15,
 * 群众评议 20→15.
 *   县财政局 38/40×30 + 46/50×40 + 9/10×15 + 18/20×15 = 28.5 + 36.8 + 13.5 + 13.5 = 92.30
 *   县教育局 36 47 8.5 17 → 27 + 37.6 + 12.75 + 12.75 = 90.10
 *   县卫生健康局 35 43 9.5 19 → 26.25 + 34.4 + 14.25 + 14.25 = 89.15
 *   县公安局 39 48 10 19.5 → 29.25 + 38.4 + 15 + 14.625 = 97.275 → ROUND 97.28
 *   县民政局 33 41 8 16 → 24.75 + 32.8 + 12 + 12 = 81.55
 *   县审计局 37 45 9 17.5 → 27.75 + 36 + 13.5 + 13.125 = 90.375 → ROUND 90.38
 *   Ranks: 公安 1, 财政 2, 审计 3, 教育 4, 卫健 5, 民政 6.
 *   优秀 ≥90 30%: 6 × 0.3 = 1.8 → 1: 公安. 良好 ≥80 50% → 3: 财政 审计 教育 (教育 90.10 vs 卫健 89.15,
 *   no tie). 一般 ≥60: 卫健, 民政.
 *   Stars (5★ ≥95, 4★ ≥90, 3★ ≥85, 2★ ≥80): 公安 5, 财政 4, 审计 4, 教育 4, 卫健 3, 民政 2.
 *   Issues: MARK_ROW_MISMATCH on F3 (25 ≠ 20).
 */
CASES.push({
  file: '02-县直单位-权重-分值行不符.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 7;
    title(ws, 1, 'XX县2026年度县直单位绩效考核评分表', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '履职尽责（权重30%）', '重点工作（权重40%）', '作风建设（权重15%）', '群众评议（权重15%）', '备注'],
      [null, '分值', 40, 50, 10, 25, null],
      [1, '县财政局', 38, 46, 9, 18, null],
      [2, '县教育局', 36, 47, 8.5, 17, null],
      [3, '县卫生健康局', 35, 43, 9.5, 19, null],
      [4, '县公安局', 39, 48, 10, 19.5, null],
      [5, '县民政局', 33, 41, 8, 16, null],
      [6, '县审计局', 37, 45, 9, 17.5, null],
    ]);
    frame(ws, { from: 2, headTo: 3, to: 9, last, widths: [6, 16, 12, 12, 12, 12, 14] });
    scheme(wb, [
      ['XX县2026年度县直单位绩效考核方案'],
      [],
      ['【基本设置】'],
      ['满分', 100],
      ['小数位', 2],
      [],
      ['【指标】'],
      ['指标名称', '分值', '权重', '说明'],
      ['履职尽责', 40, 30, '职能职责履行情况'],
      ['重点工作', 50, 40, '县委县政府重点任务'],
      ['作风建设', 10, 15, null],
      ['群众评议', 20, 15, '满意度测评折算'],
      [],
      ['【等次】'],
      ['等次', '最低分', '比例上限'],
      ['优秀', 90, '30%'],
      ['良好', 80, 0.5],
      ['一般', 60, null],
      ['较差', null, null],
      [],
      ['【星级】'],
      ['星级', '最低分'],
      [5, 95], [4, 90], [3, 85], [2, 80],
    ]);
  },
});

/*
 * 03 一票否决 — three veto columns, one of each effect, and the veto text forms of SPEC §1.1.
 *   党风廉政 → 定为末等, 安全生产 → 取消评优, 信访稳定 → 总分计零. 否决单位排名 末位 (default). 美式.
 *   Veto cells: 城关镇 党风廉政 `是` (veto, reason = column name); 东关街道 安全生产
 *   `否决：发生较大安全生产事故` (veto + VETO_TEXT, reason = text); 西关街道 信访稳定 `√` (veto);
 *   南湖街道 党风廉政 `无此情况` (no veto + VETO_TEXT); 北苑街道 安全生产 `X` (look-alike of ×: no veto
 *   + VETO_TEXT); 新华镇 安全生产 `发生一般安全事故` (other text: veto + VETO_TEXT, reason = text);
 *   other cells `否`, `无`, `/`, `—` or empty (no veto, no warning).
 *
 * Hand calculation (4 indicators × 25):
 *   城关镇 24 23 24 23.5 = 94.5 (定为末等)    东关街道 23 24 23.5 22.5 = 93 (取消评优)
 *   西关街道 22 21 22.5 21.5 = 87 → 总分计零 → 0   南湖街道 22.5 23 22 23 = 90.5
 *   北苑街道 21 22 21.5 20 = 84.5             新华镇 23.5 22.5 23 23 = 92 (取消评优)
 *   柳林镇 20 19.5 21 20.5 = 81               石桥镇 24 23.5 22 22.5 = 92
 *   杨庄乡 18 19 17.5 18.5 = 73               马坊乡 19.5 20 20 19 = 78.5
 *   Ranks (unvetoed first): 石桥 1, 南湖 2, 北苑 3, 柳林 4, 马坊 5, 杨庄 6; then vetoed by total:
 *   城关 7, 东关 8, 新华 9, 西关 10.
 *   优秀 ≥90 30% of 10 = 3: candidates whose cap allows 优秀 and total ≥90: 石桥, 南湖 → both.
 *   良好 ≥80: 北苑, 柳林, 东关 (93, capped at 良好), 新华 (92, capped) → 良好.
 *   一般 ≥70: 马坊, 杨庄. 较差: 城关 (定为末等), 西关 (total 0).
 *   Stars (3★ ≥90, 2★ ≥85, 1★ ≥80, none for vetoed): 石桥 3, 南湖 3, 北苑 1, 柳林 1, others none.
 *   Anomaly: 西关's total 0 among 73..94.5 — the program flags it OUTLIER (see README).
 */
CASES.push({
  file: '03-一票否决-三种效果.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 10;
    title(ws, 1, 'XX县2026年度乡镇（街道）综合考核一票否决事项汇总', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '经济发展（25分）', '社会治理（25分）', '民生保障（25分）', '党的建设（25分）', '一票否决事项', null, null, '备注'],
      [null, null, null, null, null, null, '党风廉政', '安全生产', '信访稳定', null],
    ]);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'J']) ws.mergeCells(`${c}2:${c}3`);
    ws.mergeCells('G2:I2');
    put(ws, 4, 1, [
      [1, '城关镇', 24, 23, 24, 23.5, '是', '否', '否', '班子成员受党纪处分'],
      [2, '东关街道', 23, 24, 23.5, 22.5, '否', '否决：发生较大安全生产事故', '否', null],
      [3, '西关街道', 22, 21, 22.5, 21.5, '否', '否', '√', '发生越级集体上访'],
      [4, '南湖街道', 22.5, 23, 22, 23, '无此情况', '无', '无', null],
      [5, '北苑街道', 21, 22, 21.5, 20, '否', 'X', '否', null],
      [6, '新华镇', 23.5, 22.5, 23, 23, '否', '发生一般安全事故', '否', null],
      [7, '柳林镇', 20, 19.5, 21, 20.5, '/', '/', '/', null],
      [8, '石桥镇', 24, 23.5, 22, 22.5, '—', '—', '—', null],
      [9, '杨庄乡', 18, 19, 17.5, 18.5, null, null, null, null],
      [10, '马坊乡', 19.5, 20, 20, 19, '否', '否', '否', null],
    ]);
    frame(ws, { from: 2, headTo: 3, to: 13, last, widths: [6, 12, 10, 10, 10, 10, 10, 16, 10, 18] });
    scheme(wb, [
      ['【基本设置】'],
      ['否决单位排名', '末位'],
      [],
      ['【指标】'],
      ['指标名称', '分值', '说明'],
      ['经济发展', 25, '主要经济指标完成情况'],
      ['社会治理', 25, null],
      ['民生保障', 25, null],
      ['党的建设', 25, null],
      [],
      ['【一票否决】'],
      ['列名', '效果'],
      ['党风廉政', '定为末等'],
      ['安全生产', '取消评优'],
      ['信访稳定', '总分计零'],
      [],
      ['【等次】'],
      ['等次', '最低分', '比例上限'],
      ['优秀', 90, '30%'],
      ['良好', 80, null],
      ['一般', 70, null],
      ['较差', 0, null],
      [],
      ['【星级】'],
      ['星级', '最低分'],
      [3, 90], [2, 85], [1, 80],
    ]);
  },
});

/*
 * 04 分类考核 — 分组列 类别 with merged group cells (乡镇 C4:C10, 县直部门 C11:C16), 排名 within the
 * group and 总排名 over all, 中国式 ranking with ties, 同分比较 中心工作.
 *
 * Hand calculation (党建工作 40, 中心工作 40, 群众满意度 20):
 *   乡镇: 城关镇 36+35+18 = 89; 新华镇 35+36+18 = 89; 柳林镇 34+34+17 = 85; 石桥镇 33+35+17 = 85;
 *         桃园镇 32+34+17 = 83; 清河镇 33+34+16 = 83; 龙泉镇 30+31+15 = 76.
 *     Order: 新华 (89, 中心 36), 城关 (89, 35), 石桥 (85, 35), 柳林 (85, 34), 桃园 = 清河 (83, 34: tied),
 *     龙泉. 中国式 排名: 新华 1, 城关 2, 石桥 3, 柳林 4, 桃园 5, 清河 5, 龙泉 6 (美式 would give 7).
 *   县直部门: 县财政局 37+36+19 = 92; 县教育局 36+36+18 = 90; 县公安局 36+35+19 = 90; 县民政局 34+33+17 = 84;
 *         县审计局 33+34+17 = 84; 县统计局 31+32+16 = 79.
 *     排名: 财政 1, 教育 2 (中心 36), 公安 3, 审计 4 (中心 34), 民政 5, 统计 6.
 *   总排名 (中国式, all 13): 财政 1, 教育 2, 公安 3, 新华 4, 城关 5, 石桥 6, 柳林 7, 审计 8, 民政 9,
 *     桃园 10, 清河 10, 统计 11, 龙泉 12.
 *   Grades per group: 优秀 ≥90 20%. 乡镇 7 × 0.2 = 1.4 → 1, nobody ≥90 → none; 良好 ≥80: 新华 城关
 *   石桥 柳林 桃园 清河; 一般: 龙泉. 县直部门 6 × 0.2 = 1.2 → 1: 财政 (教育 90 next, not tied);
 *   良好: 教育 公安 审计 民政; 一般: 统计.
 */
CASES.push({
  file: '04-分类考核-分组-中国式排名.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 7;
    title(ws, 1, 'XX县2026年度目标管理考核得分汇总表（分类考核）', last);
    put(ws, 3, 1, [['序号', '单位名称', '类别', '党建工作\n（40分）', '中心工作\n（40分）', '群众满意度\n（20分）', '备注']]);
    ws.getRow(3).height = 36;
    put(ws, 4, 1, [
      [1, '城关镇', '乡镇', 36, 35, 18],
      [2, '新华镇', null, 35, 36, 18],
      [3, '柳林镇', null, 34, 34, 17],
      [4, '石桥镇', null, 33, 35, 17],
      [5, '桃园镇', null, 32, 34, 17],
      [6, '清河镇', null, 33, 34, 16],
      [7, '龙泉镇', null, 30, 31, 15],
      [8, '县财政局', '县直部门', 37, 36, 19],
      [9, '县教育局', null, 36, 36, 18],
      [10, '县公安局', null, 36, 35, 19],
      [11, '县民政局', null, 34, 33, 17],
      [12, '县审计局', null, 33, 34, 17],
      [13, '县统计局', null, 31, 32, 16],
    ]);
    ws.mergeCells('C4:C10');
    ws.mergeCells('C11:C16');
    frame(ws, { from: 3, headTo: 3, to: 16, last, widths: [6, 14, 10, 11, 11, 12, 12] });
    scheme(wb, [
      ['【基本设置】'],
      ['分组列', '类别'],
      ['排名方式', '中国式'],
      ['同分比较', '中心工作'],
      [],
      ['【指标】'],
      ['指标名称', '分值'],
      ['党建工作', 40],
      ['中心工作', 40],
      ['群众满意度', 20],
      [],
      ...GRADES_4(90, '20%'),
    ]);
  },
});

/*
 * 05 等次比例 — a quota cut through a tie (QUOTA_TIE), 比例取整 四舍五入, 比例上限 as `25%` and 0.4.
 *
 * Hand calculation (4 indicators × 25):
 *   县财政局 24 23.5 24 23.5 = 95        县教育局 23 23.5 23 23.5 = 93
 *   县公安局 22.5 22.5 23 22 = 90        县卫生健康局 23 22 22 23 = 90
 *   县民政局 22 22.5 21.5 22 = 88        县审计局 21 21.5 20.5 21 = 84
 *   县统计局 20 20 20.5 19.5 = 80        县商务局 19.5 20.5 20 20 = 80
 *   县水利局 18 18.5 17.5 18 = 72        县林业局 15 14.5 14 14.5 = 58
 *   美式 ranks: 财政 1, 教育 2, 公安 3, 卫健 3, 民政 5, 审计 6, 统计 7, 商务 7, 水利 9, 林业 10.
 *   优秀 ≥85, 10 × 25% = 2.5 → 四舍五入 3 (向下 would be 2). Candidates 财政 教育 公安 卫健 民政; the 3rd
 *   (公安 90) and 4th (卫健 90) are tied → neither gets 优秀, both QUOTA_TIE; 优秀 = 财政, 教育 only.
 *   良好 ≥75, 10 × 0.4 = 4: 公安 卫健 民政 审计 (4th 审计 84, 5th 统计 80: no tie).
 *   一般 ≥60: 统计 商务 水利. 较差: 林业 (58).
 */
CASES.push({
  file: '05-等次比例-同分待定.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 7;
    title(ws, 1, 'XX县2026年度县直部门考核评分表', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '目标任务\n（25分）', '党的建设\n（25分）', '依法行政\n（25分）', '作风效能\n（25分）', '备注'],
      [1, '县财政局', 24, 23.5, 24, 23.5],
      [2, '县教育局', 23, 23.5, 23, 23.5],
      [3, '县公安局', 22.5, 22.5, 23, 22],
      [4, '县卫生健康局', 23, 22, 22, 23],
      [5, '县民政局', 22, 22.5, 21.5, 22],
      [6, '县审计局', 21, 21.5, 20.5, 21],
      [7, '县统计局', 20, 20, 20.5, 19.5],
      [8, '县商务局', 19.5, 20.5, 20, 20],
      [9, '县水利局', 18, 18.5, 17.5, 18],
      [10, '县林业局', 15, 14.5, 14, 14.5],
    ]);
    ws.getRow(2).height = 36;
    frame(ws, { from: 2, headTo: 2, to: 12, last, widths: [6, 16, 11, 11, 11, 11, 12] });
    scheme(wb, [
      ['【基本设置】'],
      ['比例取整', '四舍五入'],
      [],
      ['【指标】'],
      ['指标名称', '分值'],
      ['目标任务', 25],
      ['党的建设', 25],
      ['依法行政', 25],
      ['作风效能', 25],
      [],
      ['【等次】'],
      ['等次', '最低分', '比例上限', '说明'],
      ['优秀', 85, '25%', '不超过参评单位的25%'],
      ['良好', 75, 0.4, null],
      ['一般', 60, null, null],
      ['较差', 0, null, null],
    ]);
  },
});

/*
 * 06 加扣分 — 表彰加分 (上限 3), 创新加分 (上限 2), 问责扣分 (上限 5), 加分合计上限 4, 总分上限 100;
 * CAPPED cells, a full-width text number in a 加分 cell, a negative 扣分 (NEGATIVE_POINTS).
 *
 * Hand calculation (目标任务 50, 党建工作 30, 群众评价 20):
 *   城关镇 48+28+19 = 95; 加分 3 + 2 = 5 → 合计上限 4 → 99
 *   新华镇 47+29+19.5 = 95.5; 表彰 4 > 3 → CAPPED 3; + 创新 1 = 4 → 99.5
 *   柳林镇 49+29.5+19.5 = 98; + 3 = 101 → 总分上限 → 100
 *   石桥镇 44+26+17 = 87; − 2 → 85
 *   桃园镇 42+25+16 = 83; + 1.5 − (6 > 5 → CAPPED 5) → 79.5
 *   清河镇 45+27+18 = 90; 表彰 `２` (TEXT_NUMBER) → 92
 *   龙泉镇 40+24+15 = 79; 扣分 −1 → NEGATIVE_POINTS error: no total, rank or grade
 *   Ranks: 柳林 1, 新华 2, 城关 3, 清河 4, 石桥 5, 桃园 6.
 *   优秀 ≥95, 比例上限 40 (a number > 1 is percent): 6 × 40% = 2.4 → 2: 柳林, 新华. 良好 ≥85: 城关 清河
 *   石桥. 一般 ≥70: 桃园.
 */
CASES.push({
  file: '06-加扣分-上限.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 9;
    title(ws, 1, 'XX县2026年度乡镇目标责任制考核加减分汇总', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '目标任务（50分）', '党建工作（30分）', '群众评价（20分）', '加减分', null, null, '加减分依据'],
      [null, null, null, null, null, '表彰加分\n（≤3）', '创新加分\n（≤2）', '问责扣分\n（≤5）', null],
    ]);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'I']) ws.mergeCells(`${c}2:${c}3`);
    ws.mergeCells('F2:H2');
    ws.getRow(3).height = 36;
    put(ws, 4, 1, [
      [1, '城关镇', 48, 28, 19, 3, 2, null, '省级表彰；改革创新案例'],
      [2, '新华镇', 47, 29, 19.5, 4, 1, null, '国家级表彰（按上限3分计）'],
      [3, '柳林镇', 49, 29.5, 19.5, 3, null, null, null],
      [4, '石桥镇', 44, 26, 17, null, null, 2, '环保督察问题整改滞后'],
      [5, '桃园镇', 42, 25, 16, null, 1.5, 6, '安全生产约谈两次'],
      [6, '清河镇', 45, 27, 18, '２', null, null, '市级表彰'],
      [7, '龙泉镇', 40, 24, 15, null, null, -1, '（录入有误）'],
    ]);
    frame(ws, { from: 2, headTo: 3, to: 10, last, widths: [6, 12, 10, 10, 10, 10, 10, 10, 26] });
    scheme(wb, [
      ['【基本设置】'],
      ['加分合计上限', 4],
      ['总分上限', 100],
      [],
      ['【指标】'],
      ['指标名称', '分值'],
      ['目标任务', 50],
      ['党建工作', 30],
      ['群众评价', 20],
      [],
      ['【加扣分】'],
      ['列名', '类型', '上限', '备注'],
      ['表彰加分', '加分', 3, '省级及以上表彰'],
      ['创新加分', '加分', 2, null],
      ['问责扣分', '扣分', 5, null],
      [],
      ['【等次】'],
      ['等次', '最低分', '比例上限'],
      ['优秀', 95, 40],
      ['良好', 85, null],
      ['一般', 70, null],
      ['较差', 0, null],
    ]);
  },
});

/*
 * 07 clerk's own formulas — the clerk's 总分 (=SUM), 排名 (=RANK) and typed 等次 columns. One 总分
 * formula leaves out 社会评价 (北苑街道 =SUM(C7:E7) → 70 instead of 82.5) → TOTAL_MISMATCH; the ranks
 * and the 等次 that follow from it are named in that one warning (docs/decisions.md), not warned
 * again. The clerk's columns are never
 * overwritten: the program adds 总分（核）, 排名（核）, 等次（核） beside the table.
 *
 * Hand calculation (重点工作 40, 党的建设 30, 平安建设 15, 社会评价 15):
 *   东关街道 37+27+14+13 = 91      西关街道 35+26+13+14 = 88     南湖街道 36+28+13.5+13.5 = 91
 *   北苑街道 33+25+12+12.5 = 82.5  城南街道 34+24.5+12.5+13 = 84 城北街道 30+23+11+11.5 = 75.5
 *   江滨街道 32+26+12+12 = 82      河西街道 31+24+13+12 = 80
 *   Program ranks (美式): 东关 1, 南湖 1, 西关 3, 城南 4, 北苑 5, 江滨 6, 河西 7, 城北 8.
 *   Clerk's RANK over its totals (北苑 70): 东关 1, 南湖 1, 西关 3, 城南 4, 江滨 5, 河西 6, 城北 7, 北苑 8
 *     → differ from the program's for 北苑 (8 vs 5), 江滨 (5 vs 6), 河西 (6 vs 7), 城北 (7 vs 8), and each
 *     equals the clerk's RANK over the clerk's totals → consequences, named in G6's TOTAL_MISMATCH.
 *   优秀 ≥90 25% of 8 = 2: 东关, 南湖 (tied, but both inside the quota). 良好 ≥80: 西关 城南 北苑 江滨
 *   河西. 一般: 城北. Clerk's 等次 for 北苑: 一般 ≠ 良好, but 70 is 一般 (≥60, <80) → a consequence too.
 */
CASES.push({
  file: '07-自带总分公式-核对.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 10;
    title(ws, 1, 'XX区2026年度街道党工委综合考核得分表', last);
    put(ws, 2, 1, [['序号', '单位名称', '重点工作（40分）', '党的建设（30分）', '平安建设（15分）', '社会评价（15分）', '总分', '排名', '等次', '备注']]);
    ws.getRow(2).height = 36;
    const units = [
      ['东关街道', 37, 27, 14, 13, '优秀'],
      ['西关街道', 35, 26, 13, 14, '良好'],
      ['南湖街道', 36, 28, 13.5, 13.5, '优秀'],
      ['北苑街道', 33, 25, 12, 12.5, '一般'],
      ['城南街道', 34, 24.5, 12.5, 13, '良好'],
      ['城北街道', 30, 23, 11, 11.5, '一般'],
      ['江滨街道', 32, 26, 12, 12, '良好'],
      ['河西街道', 31, 24, 13, 12, '良好'],
    ];
    const totals = units.map((u, k) => (k === 3 ? u[1] + u[2] + u[3] : u[1] + u[2] + u[3] + u[4]));
    units.forEach((u, k) => {
      const r = 3 + k;
      put(ws, r, 1, [[k + 1, u[0], u[1], u[2], u[3], u[4]]]);
      ws.getCell(r, 7).value = { formula: k === 3 ? `SUM(C${r}:E${r})` : `SUM(C${r}:F${r})`, result: totals[k] };
      const rank = 1 + totals.filter((t) => t > totals[k]).length;
      ws.getCell(r, 8).value = { formula: `RANK(G${r},$G$3:$G$10)`, result: rank };
      ws.getCell(r, 9).value = u[5];
    });
    ws.getCell('J6').value = '待核实';
    frame(ws, { from: 2, headTo: 2, to: 10, last, widths: [6, 12, 10, 10, 10, 10, 8, 6, 8, 10] });
    for (let r = 3; r <= 10; r++) ws.getCell(r, 7).numFmt = '0.0';
    scheme(wb, [
      ['【指标】'],
      ['指标名称', '分值'],
      ['重点工作', 40],
      ['党的建设', 30],
      ['平安建设', 15],
      ['社会评价', 15],
      [],
      ...GRADES_4(90, '25%'),
    ]);
  },
});

/*
 * 08 second run — the output of an earlier `kaoping score` (built by this script: the base ledger is
 * scored by the CLI, then the clerk fills the cell the first run flagged and corrects one score).
 * The run reuses the program's columns (总分, 排名, 等次, 异常标记) and rewrites its own 考核结果 in
 * place; the fixed cell's fill and note go back to how they were before the first run.
 *   First run: 振兴社区党支部 制度落实 empty → MISSING_VALUE (E5 red, note); 光明社区 服务群众 20.
 *   Clerk then: E5 = 20, F6 = 22 (was 20).
 *
 * Hand calculation of the second run (4 indicators × 25):
 *   幸福社区党委 23+22+24+23 = 92          和平社区党委 21+22.5+21+22 = 86.5
 *   振兴社区党支部 22+21+20+21.5 = 84.5    光明社区党支部 20+19+21+22 = 82
 *   文化社区党支部 24+23+23.5+24 = 94.5    团结社区党支部 18+19.5+18+19 = 74.5
 *   Ranks: 文化 1, 幸福 2, 和平 3, 振兴 4, 光明 5, 团结 6.
 *   好 ≥90 30% of 6 = 1.8 → 1: 文化; 幸福 (92) → 较好. 较好 ≥80: 幸福 和平 振兴 光明. 一般 ≥60: 团结.
 */
CASES.push({
  file: '08-二次评分-复用列.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('社区党组织');
    const last = 7;
    title(ws, 1, 'XX街道2026年度社区党组织星级评定考核表', last);
    put(ws, 2, 1, [
      ['序号', '党组织名称', '组织体系（25分）', '队伍建设（25分）', '制度落实（25分）', '服务群众（25分）', '备注'],
      [1, '幸福社区党委', 23, 22, 24, 23],
      [2, '和平社区党委', 21, 22.5, 21, 22],
      [3, '振兴社区党支部', 22, 21, null, 21.5, '制度落实材料未报'],
      [4, '光明社区党支部', 20, 19, 21, 20],
      [5, '文化社区党支部', 24, 23, 23.5, 24],
      [6, '团结社区党支部', 18, 19.5, 18, 19],
    ]);
    frame(ws, { from: 2, headTo: 2, to: 8, last, widths: [6, 18, 10, 10, 10, 10, 18] });
    scheme(wb, [
      ['【基本设置】'],
      ['单位列', '党组织名称'],
      [],
      ['【指标】'],
      ['指标名称', '分值'],
      ['组织体系', 25],
      ['队伍建设', 25],
      ['制度落实', 25],
      ['服务群众', 25],
      [],
      ['【等次】'],
      ['等次', '最低分', '比例上限'],
      ['好', 90, '30%'],
      ['较好', 80, null],
      ['一般', 60, null],
      ['差', 0, null],
    ]);
  },
  /** After the first run (the CLI's output): what the clerk changed. */
  edit(wb) {
    const ws = wb.getWorksheet('社区党组织');
    ws.getCell('E5').value = 20;
    ws.getCell('F6').value = 22;
  },
  firstRun: true,
});

/*
 * 09 the clerk's own 考核结果 — last year's list kept in the workbook (a 考核结果 sheet the program did
 * not create). The run leaves it untouched and writes its list to 考核结果（考评助手）, warning
 * RESULT_SHEET_RENAMED. Also: 否决单位排名 不排名 (a vetoed unit gets no rank but a grade), 空白处理
 * 按0分 (an empty cell scores 0 with a MISSING_VALUE warning).
 *
 * Hand calculation (基层组织 40, 党员管理 30, 作用发挥 30):
 *   城关镇党委 38+28+27 = 93        东城街道党工委 36+27+28 = 91
 *   西城街道党工委 37+29+29 = 95, 党风廉政 `是` → 定为末等, no rank
 *   南山镇党委 34+0+26 = 60 (党员管理 empty → 0, MISSING_VALUE warning)
 *   北湖镇党委 33+25+24 = 82        白水乡党委 30+24+23.5 = 77.5     青石乡党委 35+26+25 = 86
 *   Ranks: 城关 1, 东城 2, 青石 3, 北湖 4, 白水 5, 南山 6; 西城 none.
 *   优秀 ≥90 30% of 7 (vetoed counted) = 2.1 → 2: 城关, 东城 (西城 capped). 良好 ≥80: 青石, 北湖.
 *   一般 ≥60: 白水, 南山. 较差: 西城 (定为末等).
 */
CASES.push({
  file: '09-自有考核结果表.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 7;
    title(ws, 1, 'XX县2026年度基层党组织书记述职评议考核', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '基层组织（40分）', '党员管理（30分）', '作用发挥（30分）', '党风廉政', '备注'],
      [1, '城关镇党委', 38, 28, 27, '否'],
      [2, '东城街道党工委', 36, 27, 28, '否'],
      [3, '西城街道党工委', 37, 29, 29, '是', '班子成员违纪'],
      [4, '南山镇党委', 34, null, 26, '否', '党员管理台账缺失'],
      [5, '北湖镇党委', 33, 25, 24, '否'],
      [6, '白水乡党委', 30, 24, 23.5, '否'],
      [7, '青石乡党委', 35, 26, 25, '否'],
    ]);
    frame(ws, { from: 2, headTo: 2, to: 9, last, widths: [6, 18, 10, 10, 10, 10, 18] });
    // Last year's list, typed by the clerk: the program must never touch it.
    const old = wb.addWorksheet('考核结果');
    title(old, 1, '2025年度基层党组织考核结果（已公示）', 5);
    put(old, 2, 1, [
      ['序号', '单位名称', '总分', '排名', '等次'],
      [1, '城关镇党委', 91.5, 1, '优秀'],
      [2, '青石乡党委', 88, 2, '良好'],
      [3, '东城街道党工委', 86, 3, '良好'],
      [4, '北湖镇党委', 83.5, 4, '良好'],
      [5, '西城街道党工委', 80, 5, '良好'],
      [6, '白水乡党委', 76, 6, '一般'],
      [7, '南山镇党委', 72.5, 7, '一般'],
    ]);
    frame(old, { from: 2, headTo: 2, to: 9, last: 5, widths: [6, 18, 8, 6, 8] });
    scheme(wb, [
      ['【基本设置】'],
      ['否决单位排名', '不排名'],
      ['空白处理', '按0分'],
      [],
      ['【指标】'],
      ['指标名称', '分值'],
      ['基层组织', 40],
      ['党员管理', 30],
      ['作用发挥', 30],
      [],
      ['【一票否决】'],
      ['列名', '效果'],
      ['党风廉政', '定为末等'],
      [],
      ...GRADES_4(90, '30%'),
    ]);
  },
});

/*
 * 10 cell errors — what 填报单位 send: an empty cell (MISSING_VALUE), `85%` (NOT_A_NUMBER: a score is
 * points), a VLOOKUP that failed (#N/A, EXCEL_ERROR), 22 in a 20-point column (OUT_OF_RANGE), a row
 * with scores but no name (MISSING_UNIT), and accepted text numbers `１８．５` and `17分` (TEXT_NUMBER).
 *
 * Hand calculation (5 indicators × 20):
 *   县发改委 18+17+18.5+19+17.5 = 90             县财政局 17+18.5+17+18+16 = 86.5 (`１８．５`)
 *   县民宗局 15+16+16.5+17+15.5 = 80 (`17分`)      县人社局 16.5+15+16+15.5+16 = 79
 *   县自然资源局 18+18+17+17.5+18.5 = 89
 *   Errors (no total/rank/grade): 县教育局 (E6 empty), 县科技局 (D7 `85%`), 县工信局 (C8 #N/A),
 *   县司法局 (G10 22 > 20); row 13 has scores and no name (MISSING_UNIT, not a unit).
 *   Ranks: 发改委 1, 自然资源局 2, 财政局 3, 民宗局 4, 人社局 5.
 *   优秀 ≥90 20% of 5 scored = 1: 发改委. 良好 ≥80: 自然资源局 财政局 民宗局. 一般: 人社局.
 *   Summary: 9 units, 5 scored, 5 errors, 2 warnings.
 */
CASES.push({
  file: '10-数据错误.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 8;
    title(ws, 1, 'XX县2026年度县直机关党建工作考核评分汇总（各单位自评汇总）', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '政治建设（20分）', '组织建设（20分）', '作风建设（20分）', '纪律建设（20分）', '制度建设（20分）', '备注'],
      [null, '满分', 20, 20, 20, 20, 20, null],
      [1, '县发改委', 18, 17, 18.5, 19, 17.5],
      [2, '县财政局', 17, '１８．５', 17, 18, 16, '全角数字'],
      [3, '县教育局', 16, 17, null, 18, 17, '作风建设未填'],
      [4, '县科技局', 17.5, '85%', 16, 17, 18, '按得分率填写'],
      [5, '县工信局', null, 16, 17, 16.5, 17, '引用自评表'],
      [6, '县民宗局', 15, 16, 16.5, '17分', 15.5],
      [7, '县司法局', 19, 18, 17, 16, 22],
      [8, '县人社局', 16.5, 15, 16, 15.5, 16],
      [9, '县自然资源局', 18, 18, 17, 17.5, 18.5],
      [10, null, 17, 16, 18, 17, 16, '（单位名称漏填）'],
    ]);
    ws.getCell('C8').value = { formula: 'VLOOKUP(B8,自评表!A:F,2,FALSE)', result: { error: '#N/A' } };
    frame(ws, { from: 2, headTo: 3, to: 13, last, widths: [6, 14, 10, 10, 10, 10, 10, 16] });
    scheme(wb, [
      ['【指标】'],
      ['指标名称', '分值', '备注'],
      ['政治建设', 20, '见考核细则第一条'],
      ['组织建设', 20, null],
      ['作风建设', 20, null],
      ['纪律建设', 20, null],
      ['制度建设', 20, null],
      [],
      ...GRADES_4(90, '20%'),
    ]);
  },
});

/*
 * 11 双述双评 (SPEC §8) — the data sheet holds 日常考核 (直接) and 履职评价 (定性); three 来源表, each
 * listing the units in its own order:
 *   述职评议 — 评委: a title row, 单位名称 merged down over the two header rows, `述职评议` merged over
 *     C2:I2 above 评委1…评委7, a 平均分 column outside the span (not a judge); 河口镇's 评委7 absent;
 *     桃源乡's 评委5 gave 99 (人情分: JUDGE_OUTLIER).
 *   民主测评 — 测评: `民主测评` in E2, NOT merged, centred across E2:H2 (跨列居中), 好/较好/一般/差 below;
 *     应到/实到 columns (测评应到列/测评实到列); 桃源乡's 差票 over 1/3 (veto 取消评优); 北山乡's 实到 below
 *     2/3 of 应到 (VOTE_QUORUM).
 *   实绩 — 重点任务 (完成率, 目标值 = each unit's 任务数) and 信访件数 (逆向, 目标值 2); a row 开发区 that
 *     names no unit (SOURCE_UNIT_EXTRA).
 *
 * Hand calculation (日常考核 30 + 述职评议 20 + 民主测评 20 + 重点任务 15 + 信访件数 5 + 履职评价 10 = 100):
 *   述职评议: 评委满分 100, drop 1 high + 1 low; score = 20 × (SUM−MAX−MIN)/(COUNT−2) / 100:
 *     城关镇 92 90 94 91 93 89 95 → (644−95−89)/5 = 92 → 18.4
 *     河口镇 85 87 86 88 84 86 —  → (516−88−84)/4 = 86 → 17.2
 *     柳林乡 88 90 89 87 91 90 89 → (624−91−87)/5 = 89.2 → 17.84
 *     桃源乡 78 80 76 79 99 77 81 → (570−99−76)/5 = 79 → 15.8; JUDGE_OUTLIER on 99 (G7): the other six's
 *       median (78+79)/2 = 78.5, |99 − 78.5| = 20.5 > 20% × 100. (76: others' median 79.5, 3.5 — no.)
 *     北山乡 84 83 85 82 86 84 83 → (587−86−82)/5 = 83.8 → 16.76
 *     石门镇 80 82 81 79 83 80 81 → (566−83−79)/5 = 80.8 → 16.16
 *   民主测评: 20 × (好 + 0.8 较好 + 0.6 一般) / votes; 差票 veto when 差/votes > 1/3; quorum 实到 ≥ 应到 × 2/3:
 *     城关镇 36 6 2 0 /44 → 20 × 42/44 = 19.0909 → 19.09      河口镇 28 10 3 2 /43 → 20 × 37.8/43 = 17.5814 → 17.58
 *     柳林乡 30 8 4 0 /42 → 20 × 38.8/42 = 18.4762 → 18.48    桃源乡 20 4 2 14 /40 → 20 × 24.4/40 = 12.2; 差 14/40 > 1/3: veto
 *     北山乡 实到 28 < 45 × 2/3 = 30: VOTE_QUORUM on D8       石门镇 25 12 5 3 /45 → 20 × 37.6/45 = 16.7111 → 16.71
 *   重点任务 = 15 × min(完成/任务数, 100%): 城关镇 19/20 → 14.25; 河口镇 16/16 → 15; 柳林乡 15/18 → 12.5;
 *     桃源乡 13/12 → capped 15; 北山乡 12/15 → 12; 石门镇 7/10 → 10.5.
 *   信访件数 = 5 × min(2/件数, 100%), 5 at 0: 城关镇 1 → 5; 河口镇 4 → 2.5; 柳林乡 0 → 5; 桃源乡 3 → 3.33;
 *     北山乡 2 → 5; 石门镇 5 → 2.
 *   履职评价: 好 10, 较好 8, 一般 6.
 *   Totals: 城关镇 28.5 + 18.4 + 19.09 + 14.25 + 5 + 10 = 95.24      河口镇 27 + 17.2 + 17.58 + 15 + 2.5 + 8 = 87.28
 *           柳林乡 26 + 17.84 + 18.48 + 12.5 + 5 + 10 = 89.82       桃源乡 25.5 + 15.8 + 12.2 + 15 + 3.33 + 6 = 77.83 (veto)
 *           石门镇 24 + 16.16 + 16.71 + 10.5 + 2 + 8 = 77.37        北山乡: VOTE_QUORUM, no total.
 *   Ranks (vetoed last): 城关镇 1, 柳林乡 2, 河口镇 3, 石门镇 4, 桃源乡 5 (77.83 > 77.37, but vetoed).
 *   优秀 ≥90 30% of 5 → 1: 城关镇. 良好 ≥80: 柳林乡, 河口镇. 一般 ≥60: 石门镇, 桃源乡.
 *   Issues: JUDGE_OUTLIER 述职评议!G7 (warning), VOTE_QUORUM 民主测评!D8, SOURCE_UNIT_EXTRA 实绩!B7.
 *   Written: 述职评议得分 … 履职评价得分 (no 得分 column for 日常考核, read directly from the data sheet),
 *   fills and notes on 述职评议!G7 (yellow), 民主测评!D8 (red) and 实绩!B7 (yellow).
 */
CASES.push({
  file: '11-双述双评-来源表.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 5;
    title(ws, 1, 'XX县2026年度乡镇领导班子综合考核（双述双评）汇总表', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '日常考核（30分）', '履职评价', '备注'],
      [1, '城关镇', 28.5, '好'],
      [2, '河口镇', 27, '较好'],
      [3, '柳林乡', 26, '好'],
      [4, '桃源乡', 25.5, '一般'],
      [5, '北山乡', 27.5, '好', '民主测评参会人数不足'],
      [6, '石门镇', 24, '较好'],
    ]);
    frame(ws, { from: 2, headTo: 2, to: 8, last, widths: [6, 12, 12, 10, 20] });

    const panel = wb.addWorksheet('述职评议');
    title(panel, 1, '2026年度乡镇党委书记述职评议评分表', 10);
    put(panel, 2, 1, [
      ['序号', '单位名称', '述职评议', null, null, null, null, null, null, '平均分'],
      [null, null, '评委1', '评委2', '评委3', '评委4', '评委5', '评委6', '评委7', null],
      [1, '柳林乡', 88, 90, 89, 87, 91, 90, 89, 89.2],
      [2, '北山乡', 84, 83, 85, 82, 86, 84, 83, 83.8],
      [3, '城关镇', 92, 90, 94, 91, 93, 89, 95, 92],
      [4, '桃源乡', 78, 80, 76, 79, 99, 77, 81, 79],
      [5, '石门镇', 80, 82, 81, 79, 83, 80, 81, 80.8],
      [6, '河口 镇', 85, 87, 86, 88, 84, 86, null, 86],
    ]);
    panel.mergeCells('A2:A3');
    panel.mergeCells('B2:B3');
    panel.mergeCells('C2:I2');
    panel.mergeCells('J2:J3');
    frame(panel, { from: 2, headTo: 3, to: 9, last: 10, widths: [6, 12, 7, 7, 7, 7, 7, 7, 7, 8] });
    panel.getCell('I9').note = '评委7请假，未参加评议';

    const votes = wb.addWorksheet('民主测评');
    title(votes, 1, '2026年度乡镇领导班子民主测评票数统计表', 8);
    put(votes, 2, 1, [
      ['序号', '单位名称', '应到', '实到', '民主测评', null, null, null],
      [null, null, null, null, '好', '较好', '一般', '差'],
      [1, '石门镇', 45, 45, 25, 12, 5, 3],
      [2, '桃源乡', 45, 40, 20, 4, 2, 14],
      [3, '城关镇', 45, 44, 36, 6, 2, 0],
      [4, '柳林乡', 45, 42, 30, 8, 4, 0],
      [5, '北山乡', 45, 28, 20, 5, 3, 0],
      [6, '河口镇', 45, 43, 28, 10, 3, 2],
    ]);
    frame(votes, { from: 2, headTo: 3, to: 9, last: 8, widths: [6, 12, 6, 6, 8, 8, 8, 8] });
    for (const c of ['E2', 'F2', 'G2', 'H2']) votes.getCell(c).alignment = { horizontal: 'centerContinuous', vertical: 'middle' };

    const figures = wb.addWorksheet('实绩');
    title(figures, 1, '2026年度重点任务完成及信访情况（县督查室提供）', 5);
    put(figures, 2, 1, [
      ['序号', '单位名称', '任务数', '重点任务', '信访件数'],
      [1, '北山乡', 15, 12, 2],
      [2, '河口镇', 16, 16, 4],
      [3, '桃源乡', 12, 13, 3],
      [4, '城关镇', 20, 19, 1],
      [5, '开发区', 8, 8, 0],
      [6, '石门镇', 10, 7, 5],
      [7, '柳林乡', 18, 15, 0],
    ]);
    frame(figures, { from: 2, headTo: 2, to: 9, last: 5, widths: [6, 12, 8, 10, 10] });

    scheme(wb, [
      ['【基本设置】'],
      ['数据表', '考核数据'],
      ['测评应到列', '应到'],
      ['测评实到列', '实到'],
      ['差票否决比例', '1/3'],
      ['差票否决效果', '取消评优'],
      ['评委满分', 100],
      [],
      ['【指标】'],
      ['指标名称', '分值', '计分方法', '来源表', '说明'],
      ['日常考核', 30, '直接', null, '平时考核折算'],
      ['述职评议', 20, '评委', '述职评议', '7位评委，去掉一个最高分和一个最低分'],
      ['民主测评', 20, '测评', '民主测评', null],
      ['重点任务', 15, '完成率', '实绩', '按各乡镇任务数'],
      ['信访件数', 5, '逆向', '实绩', '越少越好'],
      ['履职评价', 10, '定性', null, '县委考核组评定'],
      [],
      ['【计分规则】'],
      ['指标名称', '目标值'],
      ['重点任务', '任务数'],
      ['信访件数', 2],
      [],
      ...GRADES_4(90, '30%'),
    ]);
  },
});

/*
 * 12 §8 data errors — what the offices send for a 综合评价, under 空白处理 按0分:
 *   日常考核 40 (直接, data sheet) + 民主测评 30 (测评, 来源表 民主测评, 测评实到列 实到)
 *   + 重点任务 20 (完成率, 来源表 实绩, 目标值 = 任务数) + 履职评价 10 (定性, data sheet).
 *   西城街道 履职评价 `优` — not a level word: UNKNOWN_LEVEL (E4).
 *   南关街道 好 `12票` — VOTE_INVALID (民主测评!D5).
 *   北关街道 30+10+2+0 = 42 votes > 实到 40 — VOTES_EXCEED (民主测评!C6).
 *   新区街道 任务数 0 — BAD_TARGET (实绩!C5).
 *   高新区 — no row on 实绩: SOURCE_UNIT_MISSING (B8, the data sheet's name cell).
 *   港区 — two rows on 民主测评: DUPLICATE_UNIT on both (民主测评!B9, B10) and SOURCE_UNIT_MISSING (B9).
 *   临港镇 重点任务 empty — 按0分: scored 0 with a MISSING_VALUE warning on 实绩!D9 (its figure is not 0:
 *     the score is).
 *
 * Hand calculation (民主测评 = 30 × (好 + 0.8 较好 + 0.6 一般)/votes; 重点任务 = 20 × min(完成/任务数, 1)):
 *   东城街道 36 + 30×37.6/40 = 28.2 + 20×9/10 = 18 + 好 10 = 92.2
 *   和平街道 34 + 30×36.4/40 = 27.3 + 20×12/15 = 16 + 好 10 = 87.3
 *   临港镇   33 + 30×34.4/38 = 27.157… → 27.16 + 0 (empty, 按0分) + 较好 8 = 68.16
 *   With errors (scores: what could be computed, null for the rest):
 *   西城街道 35, 30×37.2/40 = 27.9, 20×10/10 = 20, null    南关街道 34.5, null, 20×8/10 = 16, 8
 *   北关街道 33.5, null, 20×9/12 = 15, 6                  新区街道 32, 30×36/40 = 27, null, 10
 *   高新区 37, 30×38/40 = 28.5, null, 10                  港区 31, null, 20×7/10 = 14, 6
 *   Ranks: 东城 1, 和平 2, 临港 3. 优秀 ≥90 50% of 3 → 1: 东城. 良好 ≥80: 和平. 一般 ≥60: 临港.
 */
CASES.push({
  file: '12-综合评价-数据错误.xlsx',
  build(wb) {
    const ws = wb.addWorksheet('考核数据');
    const last = 5;
    title(ws, 1, 'XX区2026年度街道（园区）综合考核汇总表', last);
    put(ws, 2, 1, [
      ['序号', '单位名称', '日常考核', '备注', '履职评价'],
      [1, '东城街道', 36, null, '好'],
      [2, '西城街道', 35, '评定等次写作“优”', '优'],
      [3, '南关街道', 34.5, null, '较好'],
      [4, '北关街道', 33.5, null, '一般'],
      [5, '新区街道', 32, '任务数待督查室核定', '好'],
      [6, '高新区', 37, '实绩表漏报', '好'],
      [7, '港区', 31, null, '一般'],
      [8, '临港镇', 33, null, '较好'],
      [9, '和平街道', 34, null, '好'],
    ]);
    frame(ws, { from: 2, headTo: 2, to: 11, last, widths: [6, 12, 10, 20, 10] });

    const votes = wb.addWorksheet('民主测评');
    put(votes, 1, 1, [
      ['序号', '单位名称', '实到', '民主测评', null, null, null],
      [null, null, null, '好', '较好', '一般', '差'],
      [1, '东城街道', 40, 30, 8, 2, 0],
      [2, '西城街道', 40, 28, 10, 2, 0],
      [3, '南关街道', 40, '12票', 20, 8, 0],
      [4, '北关街道', 40, 30, 10, 2, 0],
      [5, '新区街道', 40, 25, 10, 5, 0],
      [6, '高新区', 40, 32, 6, 2, 0],
      [7, '港区', 40, 26, 9, 5, 0],
      [8, '港区', 40, 27, 9, 4, 0],
      [9, '临港镇', 38, 24, 10, 4, 0],
      [10, '和平街道', 40, 26, 10, 4, 0],
      [null, '合计', 478, null, null, null, null],
    ]);
    votes.mergeCells('A1:A2');
    votes.mergeCells('B1:B2');
    votes.mergeCells('C1:C2');
    votes.mergeCells('D1:G1');
    frame(votes, { from: 1, headTo: 2, to: 13, last: 7, widths: [6, 12, 6, 8, 8, 8, 8] });

    const figures = wb.addWorksheet('实绩');
    put(figures, 1, 1, [
      ['XX区督查室 2026年度重点任务完成情况'],
      ['序号', '单位名称', '任务数', '重点任务'],
      [1, '和平街道', 15, 12],
      [2, '东城街道', 10, 9],
      [3, '新区街道', 0, 5],
      [4, '西城街道', 10, 10],
      [5, '南关街道', 10, 8],
      [6, '北关街道', 12, 9],
      [7, '临港镇', 10, null],
      [8, '港区', 10, 7],
    ]);
    frame(figures, { from: 2, headTo: 2, to: 10, last: 4, widths: [6, 12, 8, 10] });

    scheme(wb, [
      ['【基本设置】'],
      ['空白处理', '按0分'],
      ['测评实到列', '实到'],
      [],
      ['【指标】'],
      ['指标名称', '分值', '计分方法', '来源表'],
      ['日常考核', 40, null, null],
      ['民主测评', 30, '测评', '民主测评'],
      ['重点任务', 20, '完成率', '实绩'],
      ['履职评价', 10, '定性', null],
      [],
      ['【计分规则】'],
      ['指标名称', '目标值'],
      ['重点任务', '任务数'],
      [],
      ...GRADES_4(90, '50%'),
    ]);
  },
});

// ---------------------------------------------------------------------------------------------

/** Case 08: score the base ledger with the CLI, then apply the clerk's edits to its output. */
async function afterFirstRun(c, base) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-golden-'));
  try {
    const input = path.join(tmp, 'base.xlsx');
    const scored = path.join(tmp, 'scored.xlsx');
    await base.xlsx.writeFile(input);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kaoping.js'), 'score', input, '-o', scored], { encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`kaoping score failed (${r.status}): ${r.stderr}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    c.edit(wb);
    wb.created = DATE;
    wb.modified = DATE;
    return wb;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv[2];
  for (const c of CASES) {
    if (only && !c.file.includes(only)) continue;
    let wb = newBook();
    c.build(wb);
    if (c.firstRun) wb = await afterFirstRun(c, wb);
    await wb.xlsx.writeFile(path.join(DIR, c.file));
    process.stdout.write(`${c.file}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 1;
});
