#!/usr/bin/env node
'use strict';
/**
 * Builds examples/县直单位年度考核.xlsx: a realistic 考核 workbook of 40 units of a county
 * (20 乡镇街道, 20 县直部门) for a newcomer's first run (`npm run demo`).
 *
 * What it holds, on purpose:
 *  - 考核数据: two merged title rows, merged two-level headers (一级指标 over indicators with
 *    `（10分）` marks, line breaks inside headers), a 分值 row, merged 类别 cells (the 分组列),
 *    8 indicators in 3 一级指标 (15+10+10+10+15+10+20+10 = 100), 加分 and 扣分 columns,
 *    two 一票否决 columns (党风廉政 → 定为末等, 安全生产 → 取消评优), a 合计 row with SUM formulas,
 *    序号 and 备注 columns, and a 说明 line under the table;
 *  - deliberate errors: an empty cell (柳林镇 党员队伍), `#N/A` (县水利局 制度执行),
 *    `85%` (马坊乡 群众满意度), an out-of-range 18 in a 15-point column (县商务局 班子建设);
 *  - text numbers: `１７．５` (东关街道 重点任务) and `13分` (县教育局 制度执行);
 *  - a 加分 of 4 above its 上限 3 (城关镇), a veto `是` (县自然资源局 党风廉政) and a veto written
 *    as text (白马镇 安全生产: `发生较大安全生产事故`);
 *  - 考核方案 with 【基本设置】【指标】【加扣分】【一票否决】【等次】【星级】.
 * Scores come from a seeded generator, so the file is the same on every run.
 *
 * Run: node examples/make-sample.js [OUT.xlsx]
 */
const path = require('path');
const ExcelJS = require('exceljs');

const OUT = process.argv[2] || path.join(__dirname, '县直单位年度考核.xlsx');

const { rng } = require('./prng');

const INDICATORS = [
  { name: '班子建设', max: 15, cat: '组织建设', code: 'A1', header: '班子建设\n（15分）' },
  { name: '党员队伍', max: 10, cat: '组织建设', code: 'A2', header: '党员队伍\n（10分）' },
  { name: '基层阵地', max: 10, cat: '组织建设', code: 'A3', header: '基层阵地（10分）' },
  { name: '学习教育', max: 10, cat: '党建业务', code: 'B1', header: '学习\n教育（10分）' },
  { name: '制度执行', max: 15, cat: '党建业务', code: 'B2', header: '制度执行（15分）' },
  { name: '党建引领', max: 10, cat: '党建业务', code: 'B3', header: '党建引领（10分）' },
  { name: '重点任务', max: 20, cat: '工作成效', code: 'C1', header: '重点任务\n（20分）' },
  { name: '群众满意度', max: 10, cat: '工作成效', code: 'C2', header: '群众满意度（10分）' },
];

// [name, quality 0..1]: how well the unit does overall; the generator adds noise per indicator.
const TOWNS = [
  ['城关镇', 0.95], ['东关街道', 0.92], ['西关街道', 0.86], ['南湖街道', 0.9], ['北苑街道', 0.84],
  ['新华镇', 0.88], ['柳林镇', 0.83], ['石桥镇', 0.8], ['杨庄乡', 0.78], ['马坊乡', 0.81],
  ['桃园镇', 0.87], ['清河镇', 0.91], ['龙泉镇', 0.85], ['双塔乡', 0.76], ['白马镇', 0.93],
  ['高庄镇', 0.82], ['李家寨乡', 0.72], ['红星乡', 0.79], ['大营镇', 0.86], ['青山乡', 0.66],
];
const DEPTS = [
  ['县财政局', 0.92], ['县教育局', 0.89], ['县卫生健康局', 0.87], ['县公安局', 0.91], ['县自然资源局', 0.84],
  ['县住房和城乡建设局', 0.83], ['县交通运输局', 0.85], ['县农业农村局', 0.9], ['县水利局', 0.82], ['县商务局', 0.8],
  ['县文化和旅游局', 0.86], ['县市场监督管理局', 0.88], ['县应急管理局', 0.94], ['县民政局', 0.81], ['县人力资源和社会保障局', 0.87],
  ['县生态环境局', 0.77], ['县审计局', 0.9], ['县统计局', 0.74], ['县医疗保障局', 0.85], ['县退役军人事务局', 0.79],
];

const BONUS = { 城关镇: 4, 南湖街道: 1.5, 清河镇: 2, 县财政局: 1, 县应急管理局: 2.5, 县公安局: 1 };
const MINUS = { 杨庄乡: 1, 青山乡: 2, 县统计局: 1.5, 县生态环境局: 0.5, 李家寨乡: 1 };
const NOTES = {
  城关镇: '加分：获省级先进基层党组织表彰',
  县自然资源局: '党风廉政：班子成员受党纪处分',
  白马镇: '安全生产：发生较大安全生产事故',
  县应急管理局: '加分：承办全市应急演练',
  青山乡: '扣分：整改任务逾期',
};

const half = (x) => Math.round(x * 2) / 2;

function buildUnits() {
  const next = rng(20260101);
  const units = [];
  for (const [list, group] of [[TOWNS, '乡镇街道'], [DEPTS, '县直部门']]) {
    for (const [name, q] of list) {
      const scores = INDICATORS.map((ind) => {
        const noise = (next() * 2 - 1) * 0.06;
        return Math.min(ind.max, Math.max(0, half(ind.max * (q + noise))));
      });
      units.push({ name, group, scores, bonus: BONUS[name] || 0, minus: MINUS[name] || 0 });
    }
  }
  // The two cells written as text numbers below hold these values.
  const set = (unit, indicator, value) => {
    units.find((u) => u.name === unit).scores[INDICATORS.findIndex((i) => i.name === indicator)] = value;
  };
  set('东关街道', '重点任务', 17.5);
  set('县教育局', '制度执行', 13);
  // No two units of a group on the same total: a tie at a quota edge would need the 考核办's decision.
  const total = (u) => u.scores.reduce((a, b) => a + b, 0) + Math.min(u.bonus, 3) - Math.min(u.minus, 5);
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    for (const u of units) {
      const clash = units.some((v) => v !== u && v.group === u.group && total(v) === total(u));
      if (!clash) continue;
      const k = INDICATORS.length - 1;
      u.scores[k] = u.scores[k] >= INDICATORS[k].max ? u.scores[k] - 0.5 : u.scores[k] + 0.5;
      changed = true;
    }
    if (!changed) break;
  }
  return units;
}

const COLS = { seq: 1, name: 2, group: 3, first: 4, bonus: 12, minus: 13, veto1: 14, veto2: 15, note: 16 };
const LAST_COL = COLS.note;
const thin = { style: 'thin', color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function dataSheet(wb, units) {
  const ws = wb.addWorksheet('考核数据', {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 5 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:5' },
  });
  ws.getCell(1, 1).value = 'XX县2026年度基层党组织考核评价台账';
  ws.mergeCells(1, 1, 1, LAST_COL);
  ws.getCell(1, 1).font = { name: '方正小标宋简体', size: 18, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 34;
  ws.getCell(2, 1).value = '填报单位：中共XX县委组织部（县考核办）　　　　　　填报日期：2027年1月10日　　　　　　单位：分';
  ws.mergeCells(2, 1, 2, LAST_COL);
  ws.getCell(2, 1).font = { name: '仿宋', size: 11 };
  ws.getCell(2, 1).alignment = { horizontal: 'left', vertical: 'middle' };

  const top = (col, text, toCol) => {
    ws.getCell(3, col).value = text;
    if (toCol) ws.mergeCells(3, col, 3, toCol);
  };
  const tall = (col, text) => {
    ws.getCell(3, col).value = text;
    ws.mergeCells(3, col, 4, col);
  };
  tall(COLS.seq, '序号');
  tall(COLS.name, '单位名称');
  tall(COLS.group, '类别');
  top(4, '组织建设（35分）', 6);
  top(7, '党建业务（35分）', 9);
  top(10, '工作成效（30分）', 11);
  top(COLS.bonus, '加减分', COLS.minus);
  top(COLS.veto1, '一票否决', COLS.veto2);
  tall(COLS.note, '备注');
  INDICATORS.forEach((ind, i) => (ws.getCell(4, COLS.first + i).value = ind.header));
  ws.getCell(4, COLS.bonus).value = '加分\n（≤3分）';
  ws.getCell(4, COLS.minus).value = '扣分\n（≤5分）';
  ws.getCell(4, COLS.veto1).value = '党风廉政';
  ws.getCell(4, COLS.veto2).value = '安全生产';
  ws.getRow(3).height = 24;
  ws.getRow(4).height = 36;

  ws.getCell(5, COLS.name).value = '分值';
  INDICATORS.forEach((ind, i) => (ws.getCell(5, COLS.first + i).value = ind.max));

  const firstRow = 6;
  units.forEach((u, k) => {
    const r = firstRow + k;
    ws.getCell(r, COLS.seq).value = k + 1;
    ws.getCell(r, COLS.name).value = u.name;
    u.scores.forEach((s, i) => (ws.getCell(r, COLS.first + i).value = s));
    if (u.bonus) ws.getCell(r, COLS.bonus).value = u.bonus;
    if (u.minus) ws.getCell(r, COLS.minus).value = u.minus;
    ws.getCell(r, COLS.veto1).value = '否';
    ws.getCell(r, COLS.veto2).value = k % 7 === 3 ? '无' : '否';
    if (NOTES[u.name]) ws.getCell(r, COLS.note).value = NOTES[u.name];
  });
  const rowOf = (name) => firstRow + units.findIndex((u) => u.name === name);
  const colOf = (name) => COLS.first + INDICATORS.findIndex((i) => i.name === name);
  // Deliberate problems, as they arrive from real 填报单位.
  ws.getCell(rowOf('柳林镇'), colOf('党员队伍')).value = null;
  ws.getCell(rowOf('县水利局'), colOf('制度执行')).value = { error: '#N/A' };
  ws.getCell(rowOf('马坊乡'), colOf('群众满意度')).value = '85%';
  ws.getCell(rowOf('县商务局'), colOf('班子建设')).value = 18;
  ws.getCell(rowOf('东关街道'), colOf('重点任务')).value = '１７．５';
  ws.getCell(rowOf('县教育局'), colOf('制度执行')).value = '13分';
  ws.getCell(rowOf('县自然资源局'), COLS.veto1).value = '是';
  ws.getCell(rowOf('白马镇'), COLS.veto2).value = '发生较大安全生产事故';

  // 类别 as merged cells, one per group (the 分组列 reads a merged area's value).
  const lastRow = firstRow + units.length - 1;
  const groupStart = {};
  units.forEach((u, k) => {
    if (groupStart[u.group] === undefined) groupStart[u.group] = { from: firstRow + k, to: firstRow + k };
    groupStart[u.group].to = firstRow + k;
  });
  for (const [group, { from, to }] of Object.entries(groupStart)) {
    ws.getCell(from, COLS.group).value = group;
    ws.mergeCells(from, COLS.group, to, COLS.group);
  }

  // 合计 row: SUM formulas with cached results as Excel would compute them (text is skipped,
  // an error value makes the sum that error).
  const sumRow = lastRow + 1;
  ws.getCell(sumRow, COLS.name).value = '合计';
  for (let c = COLS.first; c <= COLS.minus; c++) {
    let sum = 0;
    let error = null;
    for (let r = firstRow; r <= lastRow; r++) {
      const v = ws.getCell(r, c).value;
      if (typeof v === 'number') sum += v;
      else if (v && typeof v === 'object' && v.error) error = v.error;
    }
    const letter = ws.getColumn(c).letter;
    ws.getCell(sumRow, c).value = {
      formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`,
      result: error ? { error } : Math.round(sum * 100) / 100,
    };
  }
  const noteRow = sumRow + 1;
  ws.getCell(noteRow, 1).value =
    '说明：1. 各项得分由考核组实地核查后填写；2. 加分、扣分依据见附件；3. 一票否决填“是/否”；4. 总分、排名、等次由考评助手计算。';
  ws.mergeCells(noteRow, 1, noteRow, LAST_COL);
  ws.getCell(noteRow, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(noteRow).height = 30;

  // Look: borders, fonts, alignment, widths.
  for (let r = 3; r <= sumRow; r++) {
    for (let c = 1; c <= LAST_COL; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      cell.font = { name: '仿宋', size: 11, bold: r <= 5 || r === sumRow };
      cell.alignment = { horizontal: c === COLS.name || c === COLS.note ? 'left' : 'center', vertical: 'middle', wrapText: true };
    }
  }
  for (let r = 3; r <= 5; r++) {
    for (let c = 1; c <= LAST_COL; c++) {
      ws.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      ws.getCell(r, c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  const widths = { 1: 5, 2: 22, 3: 10, 12: 8, 13: 8, 14: 9, 15: 12, 16: 30 };
  for (let c = 1; c <= LAST_COL; c++) ws.getColumn(c).width = widths[c] || 10;
  for (let c = COLS.first; c <= COLS.minus; c++) {
    for (let r = firstRow; r <= sumRow; r++) ws.getCell(r, c).numFmt = '0.0';
  }
  return ws;
}

function schemeSheet(wb) {
  const ws = wb.addWorksheet('考核方案');
  const rows = [
    ['XX县2026年度基层党组织考核方案（考评助手读取本表）'],
    [],
    ['【基本设置】'],
    ['数据表', '考核数据'],
    ['单位列', '单位名称'],
    ['分组列', '类别'],
    ['满分', 100],
    ['排名方式', '中国式'],
    ['同分比较', '重点任务，班子建设'],
    ['小数位', 2],
    ['空白处理', '报错'],
    ['否决单位排名', '末位'],
    ['比例取整', '向下'],
    [],
    ['【指标】'],
    ['指标名称', '分值', '一级指标', '编号'],
    ...INDICATORS.map((i) => [i.name, i.max, i.cat, i.code]),
    [],
    ['【加扣分】'],
    ['列名', '类型', '上限'],
    ['加分', '加分', 3],
    ['扣分', '扣分', 5],
    [],
    ['【一票否决】'],
    ['列名', '效果'],
    ['党风廉政', '定为末等'],
    ['安全生产', '取消评优'],
    [],
    ['【等次】'],
    ['等次', '最低分', '比例上限'],
    ['优秀', 90, '20%'],
    ['良好', 80, null],
    ['一般', 60, null],
    ['较差', 0, null],
    [],
    ['【星级】'],
    ['星级', '最低分'],
    [5, 95],
    [4, 90],
    [3, 85],
    [2, 80],
    [1, 70],
  ];
  rows.forEach((cells, k) => {
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(k + 1, c + 1).value = v;
    });
    const a = ws.getCell(k + 1, 1).value;
    if (typeof a === 'string' && a.startsWith('【')) ws.getCell(k + 1, 1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 14;
  ws.getColumn(3).width = 12;
  ws.getColumn(4).width = 8;
  return ws;
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = '考评助手示例';
  // Fixed dates keep the file byte-stable apart from the zip's own timestamps.
  wb.created = new Date('2027-01-10T08:00:00Z');
  wb.modified = new Date('2027-01-10T08:00:00Z');
  const units = buildUnits();
  dataSheet(wb, units);
  schemeSheet(wb);
  await wb.xlsx.writeFile(OUT);
  process.stdout.write(`已生成示例工作簿 / sample written: ${OUT}（${units.length} 个单位）\n`);
}

main().catch((err) => {
  process.stderr.write(`生成示例失败 / could not build the sample: ${err && err.message ? err.message : err}\n`);
  process.exitCode = 1;
});
