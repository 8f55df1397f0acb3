#!/usr/bin/env node
'use strict';
/**
 * The expected results of examples/双述双评综合考核.xlsx worked out independently of the engine:
 * it reads the workbook with exceljs directly (not the project's reader), follows SPEC §8's
 * formulas for this one scheme (its parameters written out below, not parsed), and prints every
 * unit's computed scores, total, ranks and grade, the planted problems, and any tie at a quota edge.
 * The numbers asserted in dual-sample.test.ts come from here and are re-derived in its comments.
 *
 * Run: node test/examples/dual-by-hand.js
 */
const path = require('path');
const ExcelJS = require('exceljs');

const FILE = path.join(__dirname, '..', '..', 'examples', '双述双评综合考核.xlsx');

/** Excel ROUND: 15 significant digits first, then half away from zero, on decimal strings. */
function round(x, d) {
  const s = Number(x.toPrecision(15));
  const [int, frac = ''] = Math.abs(s).toFixed(20).replace(/0+$/, '').split('.');
  const digits = (int + frac.padEnd(d + 1, '0')).slice(0, int.length + d + 1);
  let n = BigInt(digits.slice(0, -1));
  if (Number(digits.slice(-1)) >= 5) n += 1n;
  const str = n.toString().padStart(d + 1, '0');
  const out = Number(`${str.slice(0, str.length - d)}.${str.slice(str.length - d)}`);
  return s < 0 ? -out : out;
}

const fold = (t) => String(t).replace(/\s+/g, '').replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const value = (cell) => {
  const v = cell.value;
  if (v && typeof v === 'object' && 'result' in v) return v.result;
  return v === undefined ? null : v;
};

/** name → { row, cells: col → value } for every row below `firstRow` with a unit name in column B. */
function rowsByName(ws, firstRow) {
  const out = new Map();
  for (let r = firstRow; r <= ws.rowCount; r++) {
    const name = value(ws.getCell(r, 2));
    if (typeof name !== 'string' || name.startsWith('说明')) continue;
    const cells = [];
    for (let c = 1; c <= ws.columnCount; c++) cells[c] = value(ws.getCell(r, c));
    out.set(fold(name), { row: r, cells });
  }
  return out;
}

const LEVEL_RATE = { 好: 1, 较好: 0.8, 一般: 0.6, 差: 0 };
const col = (n) => String.fromCharCode(64 + n);

async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FILE);
  const sheet = (name) => wb.worksheets.find((w) => fold(w.name) === fold(name));
  const data = rowsByName(sheet('考核数据'), 4);
  const daily = rowsByName(sheet('日常考核'), 4);
  const panel = rowsByName(sheet('述职评议'), 5);
  const votesWs = sheet('民主测评');
  const votes = rowsByName(votesWs, 5);
  const figures = rowsByName(sheet('实绩'), 4);
  const problems = [];
  const units = [];
  for (const [key, d] of data) {
    const name = d.cells[2];
    const group = null;
    const u = { name, row: d.row, group, scores: {}, error: null, veto: [] };
    // 日常考核 (直接), out of 25.
    u.scores.日常考核 = daily.get(key).cells[3];
    // 述职评议 (评委): D..L are the judges, M 平均分 is not. Drop one highest, one lowest.
    const p = panel.get(key);
    const judges = [];
    for (let c = 4; c <= 12; c++) if (p.cells[c] !== null && p.cells[c] !== undefined) judges.push({ c, s: p.cells[c] });
    if (judges.length < 7) problems.push(['JUDGES_TOO_FEW', name]);
    const sorted = judges.map((j) => j.s).sort((a, b) => a - b);
    const kept = sorted.slice(1, -1);
    const avg = kept.reduce((a, b) => a + b, 0) / kept.length;
    u.scores.述职评议 = round((20 * avg) / 100, 2);
    u.panel = `${judges.length} judges, drop ${sorted[sorted.length - 1]} & ${sorted[0]}, sum kept ${kept.reduce((a, b) => a + b, 0)} / ${kept.length}`;
    for (const j of judges) {
      const others = judges.filter((o) => o !== j).map((o) => o.s).sort((a, b) => a - b);
      const m = others.length % 2 ? others[(others.length - 1) / 2] : (others[others.length / 2 - 1] + others[others.length / 2]) / 2;
      if (Math.abs(j.s - m) * 100 > 20 * 100) problems.push(['JUDGE_OUTLIER', name, `述职评议!${col(j.c)}${p.row}`, `${j.s} vs median ${m}`]);
    }
    // 民主测评 (测评): C 应到, D 实到, E..H 好 较好 一般 差.
    const v = votes.get(key);
    const [expected, present, ...counts] = [v.cells[3], v.cells[4], v.cells[5], v.cells[6], v.cells[7], v.cells[8]];
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > present) problems.push(['VOTES_EXCEED', name]);
    if (present * 3 < expected * 2) {
      problems.push(['VOTE_QUORUM', name, `${votesWs.name}!D${v.row}`, `${present} < ${expected} × 2/3`]);
      u.error = 'VOTE_QUORUM';
    }
    const rates = [1, 0.8, 0.6, 0];
    u.scores.民主测评 = round((20 * counts.reduce((a, n, i) => a + n * rates[i], 0)) / total, 2);
    u.votes = `${counts.join('/')} of ${total} (实到 ${present}, 应到 ${expected})`;
    if (counts[3] * 3 > total) {
      u.veto.push(`差票 ${counts[3]}/${total} → 取消评优 (${votesWs.name}!H${v.row})`);
      problems.push(['差票', name, `${votesWs.name}!H${v.row}`]);
    }
    // 履职评价 (定性), out of 10.
    u.scores.履职评价 = round(10 * LEVEL_RATE[d.cells[4]], 2);
    // 实绩: C 任务数, D 完成项数 (完成率, 封顶 110%), E 信访件数 (逆向, 目标 3), F 人均学时 (功效系数
    // 满意 40, 不允许 20), G 通报批评 (扣分制, 1 per count; empty = 0).
    const f = figures.get(key).cells;
    u.scores.党建任务 = round(10 * Math.min(Math.max(f[4], 0) / f[3], 1.1), 2);
    u.scores.信访件数 = f[5] <= 0 ? 5 : round(5 * Math.min(3 / f[5], 1), 2);
    u.scores.党员教育 = round(5 * Math.min(Math.max(0.6 + (0.4 * (f[6] - 20)) / (40 - 20), 0), 1), 2);
    u.scores.通报批评 = Math.max(5 - 1 * (f[7] || 0), 0);
    u.figures = `任务 ${f[3]} 完成 ${f[4]}, 信访 ${f[5]}, 学时 ${f[6]}, 通报 ${f[7] || 0}`;
    const bonus = Math.min(d.cells[5] || 0, 2);
    const veto = d.cells[6];
    if (veto === '是') u.veto.unshift('党风廉政 → 定为末等');
    const base = Object.values(u.scores).reduce((a, b) => a + b, 0);
    u.subtotals = {
      平时考核: round(u.scores.日常考核, 2),
      年终评议: round(u.scores.述职评议 + u.scores.民主测评 + u.scores.履职评价, 2),
      工作实绩: round(u.scores.党建任务 + u.scores.信访件数 + u.scores.党员教育 + u.scores.通报批评, 2),
    };
    u.total = u.error ? null : round(Math.min(Math.max(base + bonus, 0), 100), 2);
    u.bonus = bonus;
    units.push(u);
  }
  // Groups from the merged 类别 cells: rows 4–17 乡镇党委, 18–33 县直部门党组织.
  for (const u of units) u.group = u.row <= 17 ? '乡镇党委' : '县直部门党组织';
  // Ranks (美式; vetoed units 末位), grades (好 ≥90 quota floor(N×20%), 较好 ≥80, 一般 ≥60, 差).
  const order = (a, b) => (a.veto.length > 0) - (b.veto.length > 0) || b.total - a.total;
  const rankIn = (list, key) => {
    const sorted = list.filter((u) => u.total !== null).sort(order);
    for (const u of sorted) u[key] = 1 + sorted.filter((o) => order(o, u) < 0).length;
    return sorted;
  };
  rankIn(units, 'overallRank');
  for (const g of ['乡镇党委', '县直部门党组织']) {
    const sorted = rankIn(units.filter((u) => u.group === g), 'rank');
    const quota = Math.floor(sorted.length * 0.2);
    const cap = (u) => (u.veto.some((v) => v.includes('定为末等')) ? 3 : u.veto.length ? 1 : 0);
    const cands = sorted.filter((u) => u.total >= 90 && cap(u) === 0);
    if (cands[quota - 1] && cands[quota] && cands[quota - 1].total === cands[quota].total) problems.push(['QUOTA_TIE', g]);
    cands.slice(0, quota).forEach((u) => (u.grade = '好'));
    for (const u of sorted) {
      if (u.grade) continue;
      if (cap(u) === 3) u.grade = '差';
      else u.grade = u.total >= 80 ? '较好' : u.total >= 60 ? '一般' : '差';
    }
    console.log(`${g}: ${sorted.length} scored, 好 quota ${quota}`);
  }
  for (const u of units) {
    console.log(`${u.row} ${u.name} [${u.group}] ${JSON.stringify(u.scores)} bonus ${u.bonus} sub ${JSON.stringify(u.subtotals)} total ${u.total} rank ${u.rank} overall ${u.overallRank} grade ${u.grade} ${u.veto.join('; ')}`);
    console.log(`    ${u.panel} | ${u.votes} | ${u.figures}`);
  }
  for (const p of problems) console.log('PROBLEM', ...p);
  const totals = new Map();
  for (const u of units.filter((x) => x.total !== null)) {
    const k = `${u.group}|${u.total}`;
    if (totals.has(k)) console.log('TIE', totals.get(k), u.name, u.total);
    totals.set(k, u.name);
  }
}

main();
