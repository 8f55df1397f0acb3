#!/usr/bin/env node
'use strict';
/**
 * Builds examples/双述双评综合考核.xlsx: a fictional county's (云溪县) 2026 “双述双评” assessment of
 * its 30 grass-roots Party organisations (14 乡镇党委, 16 县直部门党组织), whose indicators are
 * computed from other offices' sheets (SPEC §8): the second sample of `npm run demo`.
 *
 * What it holds, on purpose:
 *  - 考核数据 (the data sheet): two merged title rows, the unit list with 类别 (the 分组列, merged
 *    per group), the 定性 column 履职评价 (好/较好/一般/差), a 加分 column and a 一票否决 column;
 *  - 日常考核 (from 组织部): a 直接 score out of 25 per unit, on its own sheet (来源表);
 *  - 述职评议: `述职评议` merged over 评委1…评委9 and a 平均分 formula column (not a judge: ignored);
 *    one judge absent for 双河乡党委 (empty cell) and one 人情分 (县水利局党组 评委6: 99 among
 *    scores around 75 → JUDGE_OUTLIER);
 *  - 民主测评 (the sheet's name has a trailing space: `民主测评 `; the scheme writes `民主测评`):
 *    应到人数/实到人数 and `民主测评` merged over 好/较好/一般/差; 县商务局党组 has 差 14 of 40 votes
 *    (above 差票否决比例 1/3 → veto 取消评优), 青龙乡党委 has 28 present of 45 expected (below 2/3 →
 *    VOTE_QUORUM, not scored);
 *  - 实绩: 任务数 and 党建任务 完成项数 (完成率 against each unit's own 任务数, 封顶 110%), 信访件数
 *    (逆向), 人均学时 (功效系数) and 通报批评 次数 (扣分制);
 *  - the source sheets list the units in other orders than the data sheet;
 *  - 考核方案 with 【基本设置】 (测评实到列, 测评应到列, 差票否决比例 1/3, 评委最少人数 7 …), 【指标】 with
 *    计分方法 and 来源表, 【等级分】, 【计分规则】, 【加扣分】, 【一票否决】 and 【等次】 with a quota.
 * Figures come from a seeded generator, so the file is the same on every run. The hand-worked
 * results are in test/examples/dual-sample.test.ts (worked out by test/examples/dual-by-hand.js).
 *
 * Run: node examples/make-sample-dual.js [OUT.xlsx]
 */
const path = require('path');
const ExcelJS = require('exceljs');

const OUT = process.argv[2] || path.join(__dirname, '双述双评综合考核.xlsx');

const { rng } = require('./prng');

// [name, quality 0..1, 述职人]
const TOWNS = [
  ['云溪镇党委', 0.95, '李明华'], ['白鹭镇党委', 0.9, '王志强'], ['石门镇党委', 0.84, '张建国'],
  ['桂花乡党委', 0.8, '刘晓燕'], ['龙潭镇党委', 0.92, '陈海波'], ['清水镇党委', 0.86, '杨春林'],
  ['双河乡党委', 0.82, '赵文军'], ['马鞍镇党委', 0.78, '黄德胜'], ['青龙乡党委', 0.83, '周丽萍'],
  ['柏林镇党委', 0.88, '吴永红'], ['金竹乡党委', 0.74, '徐光辉'], ['花桥镇党委', 0.87, '孙玉兰'],
  ['高坪乡党委', 0.76, '胡卫东'], ['太平镇党委', 0.9, '朱红梅'],
];
const DEPTS = [
  ['县发展和改革局党组', 0.91, '郭振华'], ['县教育局党组', 0.88, '何秀英'], ['县财政局党组', 0.93, '高建平'],
  ['县公安局党委', 0.9, '林国栋'], ['县卫生健康局党组', 0.85, '罗春燕'], ['县自然资源局党组', 0.87, '郑志刚'],
  ['县住房和城乡建设局党组', 0.81, '梁伟'], ['县交通运输局党组', 0.83, '谢宏伟'], ['县农业农村局党组', 0.89, '宋立新'],
  ['县水利局党组', 0.8, '唐建军'], ['县商务局党组', 0.79, '韩雪梅'], ['县文化和旅游局党组', 0.84, '冯晓东'],
  ['县市场监督管理局党组', 0.86, '邓海燕'], ['县应急管理局党组', 0.92, '曹志勇'], ['县民政局党组', 0.82, '彭丽华'],
  ['县人力资源和社会保障局党组', 0.85, '曾庆丰'],
];

const BONUS = { 云溪镇党委: 1.5, 龙潭镇党委: 1, 县财政局党组: 2, 县应急管理局党组: 1 };
const VETO = { 县自然资源局党组: '是' };
const NOTES = {
  云溪镇党委: '加分：承办全市基层党建现场会',
  县财政局党组: '加分：获省级“四强”党组织',
  县自然资源局党组: '党风廉政：班子成员受党纪处分',
};

const half = (x) => Math.round(x * 2) / 2;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

function level(q) {
  if (q >= 0.9) return '好';
  if (q >= 0.8) return '较好';
  return '一般';
}

/** Every unit's figures, before the planted ones are set. */
function buildUnits() {
  const next = rng(20270108);
  const noise = (w) => (next() * 2 - 1) * w;
  const units = [];
  for (const [list, group] of [[TOWNS, '乡镇党委'], [DEPTS, '县直部门党组织']]) {
    for (const [name, q, leader] of list) {
      const judges = Array.from({ length: 9 }, () => clamp(Math.round(100 * (q + noise(0.04)) - 8), 60, 99));
      const expected = 38 + Math.floor(next() * 8);
      const present = expected - Math.floor(next() * 3);
      const weak = Math.round(present * (1 - q) * 0.7);
      const fair = Math.round(present * (1 - q) * 1.6);
      const bad = q < 0.8 ? 1 : 0;
      const tasks = 10 + Math.floor(next() * 11);
      units.push({
        name, group, leader,
        daily: clamp(half(25 * (q + noise(0.05))), 0, 25),
        judges,
        expected, present,
        votes: [present - fair - weak - bad, fair, weak, bad],
        level: level(q + noise(0.03)),
        tasks,
        done: Math.min(tasks, Math.round(tasks * clamp(q + 0.08 + noise(0.06), 0.6, 1))),
        petitions: group === '乡镇党委' ? Math.floor(next() * 7) : Math.floor(next() * 4),
        hours: half(20 + 22 * clamp(q + noise(0.08) - 0.1, 0, 1.2)),
        notices: next() < 0.3 ? 1 + Math.floor(next() * 2) : 0,
        bonus: BONUS[name] || null,
        veto: VETO[name] || '否',
        note: NOTES[name] || null,
      });
    }
  }
  const unit = (name) => units.find((u) => u.name === name);
  // The planted cases (see the header comment).
  unit('县商务局党组').expected = 42;
  unit('县商务局党组').present = 40;
  unit('县商务局党组').votes = [12, 8, 6, 14];
  unit('青龙乡党委').expected = 45;
  unit('青龙乡党委').present = 28;
  unit('青龙乡党委').votes = [18, 7, 3, 0];
  unit('县水利局党组').judges = [74, 76, 73, 77, 75, 99, 72, 76, 74];
  unit('双河乡党委').judges[3] = null;
  unit('云溪镇党委').tasks = 12;
  unit('云溪镇党委').done = 14; // 14 / 12 = 116.7%, capped at 110%
  unit('云溪镇党委').petitions = 0;
  unit('金竹乡党委').level = '差';
  unit('高坪乡党委').petitions = 7;
  return units;
}

const thin = { style: 'thin', color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** Title (row 1) and subtitle (row 2), merged across the table. */
function titles(ws, title, subtitle, lastCol) {
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).font = { name: '方正小标宋简体', size: 16, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.getCell(2, 1).value = subtitle;
  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(2, 1).font = { name: '仿宋', size: 11 };
}

/** Borders, fonts and the header fill over rows `from`..`to`, the header being `from`..`headTo`. */
function dress(ws, from, headTo, to, lastCol, widths) {
  for (let r = from; r <= to; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      cell.font = { name: '仿宋', size: 11, bold: r <= headTo };
      cell.alignment = { horizontal: c === 2 && r > headTo ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (r <= headTo) cell.fill = HEAD_FILL;
    }
  }
  for (let c = 1; c <= lastCol; c++) ws.getColumn(c).width = widths[c - 1] || 10;
}

/** `list` in the order a seeded shuffle gives (another office keeps its own order). */
function shuffled(list, seed) {
  const next = rng(seed);
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function dataSheet(wb, units) {
  const ws = wb.addWorksheet('考核数据', { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  const last = 7;
  titles(ws, '云溪县2026年度基层党组织书记抓党建工作“双述双评”综合考核汇总表',
    '填报单位：中共云溪县委组织部（县考核办）　　日常考核、述职评议、民主测评、实绩见各分表　　单位：分', last);
  ['序号', '单位名称', '类别', '履职评价', '加分（≤2分）', '党风廉政（一票否决）', '备注'].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  units.forEach((u, k) => {
    const r = 4 + k;
    ws.getCell(r, 1).value = k + 1;
    ws.getCell(r, 2).value = u.name;
    ws.getCell(r, 4).value = u.level;
    if (u.bonus !== null) ws.getCell(r, 5).value = u.bonus;
    ws.getCell(r, 6).value = u.veto;
    if (u.note) ws.getCell(r, 7).value = u.note;
  });
  // 类别 merged per group: the 分组列 reads the merged area's value.
  for (const group of ['乡镇党委', '县直部门党组织']) {
    const rows = units.map((u, k) => (u.group === group ? 4 + k : null)).filter((r) => r !== null);
    ws.getCell(rows[0], 3).value = group;
    ws.mergeCells(rows[0], 3, rows[rows.length - 1], 3);
  }
  const lastRow = 3 + units.length;
  dress(ws, 3, 3, lastRow, last, [5, 26, 12, 10, 10, 12, 30]);
  const note = lastRow + 1;
  ws.getCell(note, 1).value = '说明：履职评价由县委书记点评后确定（好、较好、一般、差）；日常考核、述职评议、民主测评、实绩各项得分由考评助手按考核方案从各分表计算。';
  ws.mergeCells(note, 1, note, last);
  ws.getCell(note, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(note).height = 30;
}

function dailySheet(wb, units) {
  const ws = wb.addWorksheet('日常考核');
  const last = 4;
  titles(ws, '2026年度基层党建工作日常考核得分', '县委组织部组织一科　　2026年12月31日', last);
  ['序号', '单位名称', '日常考核（25分）', '主要扣分事项'].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  // 组织部 lists the 县直部门 first.
  const order = [...units.filter((u) => u.group !== '乡镇党委'), ...units.filter((u) => u.group === '乡镇党委')];
  order.forEach((u, k) => {
    ws.getCell(4 + k, 1).value = k + 1;
    ws.getCell(4 + k, 2).value = u.name;
    ws.getCell(4 + k, 3).value = u.daily;
    if (u.daily < 20) ws.getCell(4 + k, 4).value = '三会一课记录不全';
  });
  dress(ws, 3, 3, 3 + order.length, last, [5, 26, 14, 24]);
  for (let r = 4; r <= 3 + order.length; r++) ws.getCell(r, 3).numFmt = '0.0';
}

function panelSheet(wb, units) {
  const ws = wb.addWorksheet('述职评议');
  const last = 13; // A 序号, B 单位名称, C 述职人, D–L 评委1–9, M 平均分
  titles(ws, '2026年度党组织书记抓基层党建工作述职评议评分表',
    '评议时间：2027年1月8日　　评委：县委常委、县人大、县政协有关领导和党代表（9人，百分制）', last);
  const tall = (c, text) => {
    ws.getCell(3, c).value = text;
    ws.mergeCells(3, c, 4, c);
  };
  tall(1, '序号');
  tall(2, '单位名称');
  tall(3, '述职人');
  ws.getCell(3, 4).value = '述职评议';
  ws.mergeCells(3, 4, 3, last);
  for (let j = 0; j < 9; j++) ws.getCell(4, 4 + j).value = `评委${j + 1}`;
  ws.getCell(4, last).value = '平均分';
  const order = shuffled(units, 8);
  order.forEach((u, k) => {
    const r = 5 + k;
    ws.getCell(r, 1).value = k + 1;
    ws.getCell(r, 2).value = u.name;
    ws.getCell(r, 3).value = u.leader;
    u.judges.forEach((s, j) => { if (s !== null) ws.getCell(r, 4 + j).value = s; });
    const present = u.judges.filter((s) => s !== null);
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    // A plain average, as the clerk keeps it: not the scheme's score (which drops the extremes).
    ws.getCell(r, last).value = { formula: `AVERAGE(D${r}:L${r})`, result: Math.round(mean * 100) / 100 };
    ws.getCell(r, last).numFmt = '0.00';
  });
  dress(ws, 3, 4, 4 + order.length, last, [5, 26, 9, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9]);
}

function voteSheet(wb, units) {
  // The trailing space is deliberate: a sheet name as clerks type it; the scheme writes `民主测评`.
  const ws = wb.addWorksheet('民主测评 ');
  const last = 9; // A 序号, B 单位名称, C 应到人数, D 实到人数, E–H 好 较好 一般 差, I 备注
  titles(ws, '2026年度党组织书记抓基层党建工作民主测评票数统计表', '测评范围：本单位党员干部、服务对象代表　　统计：县考核办　　2027年1月8日', last);
  const tall = (c, text) => {
    ws.getCell(3, c).value = text;
    ws.mergeCells(3, c, 4, c);
  };
  tall(1, '序号');
  tall(2, '单位名称');
  tall(3, '应到人数');
  tall(4, '实到人数');
  ws.getCell(3, 5).value = '民主测评';
  ws.mergeCells(3, 5, 3, 8);
  ['好', '较好', '一般', '差'].forEach((h, i) => (ws.getCell(4, 5 + i).value = h));
  tall(last, '备注');
  const order = units.slice().reverse();
  order.forEach((u, k) => {
    const r = 5 + k;
    ws.getCell(r, 1).value = k + 1;
    ws.getCell(r, 2).value = u.name;
    ws.getCell(r, 3).value = u.expected;
    ws.getCell(r, 4).value = u.present;
    u.votes.forEach((v, i) => (ws.getCell(r, 5 + i).value = v));
    if (u.name === '青龙乡党委') ws.getCell(r, last).value = '测评当天部分村干部参加防汛';
  });
  dress(ws, 3, 4, 4 + order.length, last, [5, 26, 9, 9, 7, 7, 7, 7, 24]);
}

function figureSheet(wb, units) {
  const ws = wb.addWorksheet('实绩');
  const last = 8;
  titles(ws, '2026年度基层党建工作实绩统计表', '数据来源：县委组织部（党建任务、党员教育）、县信访局（信访件数）、县纪委监委（通报批评）', last);
  ['序号', '单位名称', '任务数', '党建任务（完成项数）', '信访件数', '党员教育（人均学时）', '通报批评（次）', '备注']
    .forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  const order = shuffled(units, 2026);
  order.forEach((u, k) => {
    const r = 4 + k;
    ws.getCell(r, 1).value = k + 1;
    ws.getCell(r, 2).value = u.name;
    ws.getCell(r, 3).value = u.tasks;
    ws.getCell(r, 4).value = u.done;
    ws.getCell(r, 5).value = u.petitions;
    ws.getCell(r, 6).value = u.hours;
    if (u.notices) ws.getCell(r, 7).value = u.notices; // empty = no 通报批评
  });
  dress(ws, 3, 3, 3 + order.length, last, [5, 26, 8, 12, 9, 12, 10, 16]);
}

/** The scheme rows (exported for the README and the test's comments: one source of truth). */
const SCHEME_ROWS = [
  ['云溪县2026年度基层党组织书记抓党建工作“双述双评”综合考核方案（考评助手读取本表）'],
  [],
  ['【基本设置】'],
  ['数据表', '考核数据'],
  ['单位列', '单位名称'],
  ['分组列', '类别'],
  ['满分', 100],
  ['排名方式', '美式'],
  ['小数位', 2],
  ['空白处理', '报错'],
  ['总分上限', 100],
  ['否决单位排名', '末位'],
  ['比例取整', '向下'],
  ['测评实到列', '实到人数'],
  ['测评应到列', '应到人数'],
  ['测评最低参评率', '2/3'],
  ['差票否决比例', '1/3'],
  ['差票否决效果', '取消评优'],
  ['评委满分', 100],
  ['去掉最高分', 1],
  ['去掉最低分', 1],
  ['评委最少人数', 7],
  ['评委偏离阈值', '20%'],
  [],
  ['【指标】'],
  ['指标名称', '分值', '一级指标', '计分方法', '来源表', '说明'],
  ['日常考核', 25, '平时考核', '直接', '日常考核', '县委组织部全年日常考核得分'],
  ['述职评议', 20, '年终评议', '评委', '述职评议', '9 位评委百分制打分，去掉一个最高分、一个最低分后平均，折算为 20 分'],
  ['民主测评', 20, '年终评议', '测评', '民主测评', '好、较好、一般、差四档票数，按【等级分】折算'],
  ['履职评价', 10, '年终评议', '定性', null, '县委书记点评：好、较好、一般、差'],
  ['党建任务', 10, '工作实绩', '完成率', '实绩', '完成项数 ÷ 本单位任务数，超额完成最多按 110% 计'],
  ['信访件数', 5, '工作实绩', '逆向', '实绩', '越少越好，3 件及以内得满分'],
  ['党员教育', 5, '工作实绩', '功效系数', '实绩', '人均学时 40 为满意值、20 为不允许值'],
  ['通报批评', 5, '工作实绩', '扣分制', '实绩', '每被通报一次扣 1 分，扣完为止'],
  [],
  ['【等级分】'],
  ['等级', '得分率'],
  ['好', '100%'],
  ['较好', '80%'],
  ['一般', '60%'],
  ['差', '0%'],
  [],
  ['【计分规则】'],
  ['指标名称', '目标值', '满意值', '不允许值', '封顶', '每次扣分'],
  ['党建任务', '任务数', null, null, '110%', null],
  ['信访件数', 3, null, null, null, null],
  ['党员教育', null, 40, 20, null, null],
  ['通报批评', null, null, null, null, 1],
  [],
  ['【加扣分】'],
  ['列名', '类型', '上限'],
  ['加分', '加分', 2],
  [],
  ['【一票否决】'],
  ['列名', '效果'],
  ['党风廉政', '定为末等'],
  [],
  ['【等次】'],
  ['等次', '最低分', '比例上限'],
  ['好', 90, '20%'],
  ['较好', 80, null],
  ['一般', 60, null],
  ['差', 0, null],
];

function schemeSheet(wb) {
  const ws = wb.addWorksheet('考核方案');
  SCHEME_ROWS.forEach((cells, k) => {
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(k + 1, c + 1).value = v;
    });
    const a = ws.getCell(k + 1, 1).value;
    if (typeof a === 'string' && a.startsWith('【')) ws.getCell(k + 1, 1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  [16, 12, 12, 10, 10, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = '考评助手示例';
  wb.created = new Date('2027-01-10T08:00:00Z');
  wb.modified = new Date('2027-01-10T08:00:00Z');
  const units = buildUnits();
  dataSheet(wb, units);
  dailySheet(wb, units);
  panelSheet(wb, units);
  voteSheet(wb, units);
  figureSheet(wb, units);
  schemeSheet(wb);
  await wb.xlsx.writeFile(OUT);
  process.stdout.write(`已生成示例工作簿 / sample written: ${OUT}（${units.length} 个单位）\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`生成示例失败 / could not build the sample: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 1;
  });
}

module.exports = { SCHEME_ROWS };
