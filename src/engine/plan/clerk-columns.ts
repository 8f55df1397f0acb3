/**
 * The clerk's own 总分 / 排名 / 总排名 / 等次 columns (SPEC §5): never overwritten, but compared with
 * the program's values; each difference is a warning (TOTAL_MISMATCH, RANK_MISMATCH, GRADE_MISMATCH)
 * on the clerk's cell. Blank clerk cells are not compared (nothing was claimed).
 * Totals are compared after Excel ROUND to the scheme's 小数位, so 92.5 equals 92.50.
 *
 * Differences that only follow from the clerk's totals are reported once, inside the TOTAL_MISMATCH
 * they follow from (docs/decisions.md, “手工总分不符时的排名、等次”): the program's own ranking and
 * grading are run again over the clerk's totals (the clerk's number where the 总分 cell holds one,
 * else the computed total); a clerk's 排名 / 总排名 / 等次 that differs from the program's but equals
 * what that run gives is a consequence, not a warning of its own. It is named in the TOTAL_MISMATCH
 * of its own row, or — when its own total is right — in the first TOTAL_MISMATCH (by row) that
 * moved the standings in its scope: its group for 排名 and 等次, all units for 总排名.
 */
import type { Issue } from '../model/issue';
import type { Scheme } from '../model/scheme';
import { UnitTable } from '../model/unit-table';
import { makeIssue } from '../issues/make';
import { readNumber } from '../cells/number';
import { excelRound } from '../math/round';
import { fold } from '../text/fold';
import { computeStandings } from '../grade/standing';
import type { PlacedColumn } from './columns';
import { SheetView, cellText, isBlank } from '../table/sheet-view';

/** `score`: a clerk's own `<指标名称>得分` column (SPEC §8.6), compared like a clerk's 总分. */
type Compared = 'total' | 'score' | 'rank' | 'overallRank' | 'grade';

/** One clerk cell that differs from the program's value. */
interface Difference {
  readonly key: Compared;
  readonly unit: number;
  readonly col: number;
  readonly value: string;
  readonly expected: string | number;
  /** The clerk's total as a number (TOTAL_MISMATCH only), null when the cell holds no number. */
  readonly number: number | null;
  /** The column's header, for a `score` difference (e.g. `民主测评得分`). */
  readonly header?: string;
}

/** What ranking and grading give over the clerk's totals, per unit (0 / -1: none). */
interface Implied {
  readonly rank: Int32Array;
  readonly overallRank: Int32Array;
  readonly grade: Int32Array;
}

const WORD: Readonly<Record<Exclude<Compared, 'total' | 'score'>, { zh: string; en: string }>> = {
  rank: { zh: '排名', en: 'rank' },
  overallRank: { zh: '总排名', en: 'overall rank' },
  grade: { zh: '等次', en: 'grade' },
};

/** Reads the scored and ranked unit `table` (before the flags step). */
export function compareClerkColumns(view: SheetView, columns: readonly PlacedColumn[], table: UnitTable, scheme: Scheme): Issue[] {
  const differences = findDifferences(view, columns, table, scheme.settings.decimals);
  const totals = differences.filter((d) => d.key === 'total');
  const implied = totals.some((d) => d.number !== null) ? impliedStandings(table, scheme, totals) : null;
  const follows = new Map<number, Difference[]>(); // TOTAL_MISMATCH unit → the consequences it carries
  for (const d of totals) follows.set(d.unit, []);
  const issues: Issue[] = [];
  for (const d of differences) {
    if (d.key === 'total') continue;
    if (d.key === 'score') {
      issues.push(issueOf(view, table, d, null));
      continue;
    }
    const owner = implied && isConsequence(d, implied, table) ? ownerOf(d, totals, table) : null;
    if (owner !== null) follows.get(owner)?.push(d);
    else issues.push(issueOf(view, table, d, null));
  }
  for (const d of totals) issues.push(issueOf(view, table, d, follows.get(d.unit) ?? []));
  return issues;
}

function findDifferences(view: SheetView, columns: readonly PlacedColumn[], table: UnitTable, decimals: number): Difference[] {
  const out: Difference[] = [];
  for (const c of columns) {
    const key = c.spec.key;
    if (c.clerkCol === null || (key !== 'total' && key !== 'score' && key !== 'rank' && key !== 'overallRank' && key !== 'grade')) continue;
    const col = c.clerkCol;
    for (let i = 0; i < table.count; i++) {
      if (!table.isScored(i)) continue;
      const v = view.value(table.rowOf(i), col);
      if (isBlank(v)) continue;
      const value = cellText(v);
      if (key === 'grade') {
        const grade = table.gradeOf(i);
        if (grade !== null && fold(value) !== fold(grade)) out.push({ key, unit: i, col, value, expected: grade, number: null });
        continue;
      }
      const points = key === 'total' || key === 'score';
      const expected = key === 'total' ? table.totalOf(i) : key === 'score' ? table.scoreOf(i, c.spec.indicator ?? -1) : key === 'rank' ? table.rankOf(i) : table.overallRankOf(i);
      const read = readNumber(v);
      const n = read.kind === 'number' ? (points ? excelRound(read.value, decimals) : read.value) : null;
      if (n !== null && n === expected) continue;
      out.push({ key, unit: i, col, value, expected: expected ?? '（无）', number: key === 'total' ? n : null, ...(key === 'score' ? { header: c.spec.header } : {}) });
    }
  }
  return out;
}

/**
 * The program's ranking and grading over the clerk's totals, on a copy of what the standings read
 * (the table itself is not touched): the same scopes, 排名方法, vetoes, 同分比较 and quotas.
 */
function impliedStandings(table: UnitTable, scheme: Scheme, totals: readonly Difference[]): Implied {
  const n = table.count;
  const copy = UnitTable.withCapacity(n, table.shape);
  copy.rows.set(table.rows);
  copy.scored.set(table.scored);
  copy.total.set(table.total);
  for (let i = 0; i < n; i++) {
    copy.names[i] = table.nameOf(i);
    copy.groups[i] = table.groupOf(i);
    copy.scores[i] = [...table.scoresOf(i)];
    copy.vetoes[i] = table.vetoesOf(i);
  }
  for (const d of totals) if (d.number !== null) copy.total[d.unit] = d.number;
  computeStandings({ scheme, table: copy, sheet: '', unitCol: 0 });
  return { rank: copy.rank, overallRank: copy.overallRank, grade: copy.grade };
}

/** True when the clerk's 排名 / 总排名 / 等次 is what the clerk's own totals give. */
function isConsequence(d: Difference, implied: Implied, table: UnitTable): boolean {
  if (d.key === 'grade') {
    const g = implied.grade[d.unit] ?? -1;
    return g >= 0 && fold(d.value) === fold(table.shape.grades[g] ?? '');
  }
  const rank = (d.key === 'rank' ? implied.rank : implied.overallRank)[d.unit] ?? 0;
  const read = readNumber(d.value);
  return rank > 0 && read.kind === 'number' && read.value === rank;
}

/**
 * The unit whose TOTAL_MISMATCH carries consequence `d`: its own row's, else the first (by row)
 * clerk total that moved the standings — within the unit's group for 排名 and 等次 (the scope they
 * are decided in), over all units for 总排名.
 */
function ownerOf(d: Difference, totals: readonly Difference[], table: UnitTable): number | null {
  if (totals.some((t) => t.unit === d.unit)) return d.unit;
  const moved = totals.filter((t) => t.number !== null).sort((a, b) => table.rowOf(a.unit) - table.rowOf(b.unit));
  const group = table.groupOf(d.unit);
  const inScope = d.key === 'overallRank' ? undefined : moved.find((t) => table.groupOf(t.unit) === group);
  return (inScope ?? moved[0])?.unit ?? null;
}

function issueOf(view: SheetView, table: UnitTable, d: Difference, follows: readonly Difference[] | null): Issue {
  const row = table.rowOf(d.unit);
  const at = { sheet: view.name, row, col: d.col, unit: table.nameOf(d.unit), unitRow: row };
  if (d.key === 'grade') return makeIssue('GRADE_MISMATCH', at, { value: d.value, expected: d.expected });
  if (d.key === 'score') return makeIssue('TOTAL_MISMATCH', at, { value: d.value, expected: d.expected, what: d.header ?? '' });
  if (d.key !== 'total') return makeIssue('RANK_MISMATCH', at, { value: d.value, expected: d.expected });
  return makeIssue('TOTAL_MISMATCH', at, { value: d.value, expected: d.expected, ...followText(d.unit, follows ?? [], table) });
}

/** Most other units named in one TOTAL_MISMATCH; the rest are counted. */
const NAMED = 8;

/**
 * The clause on the consequences, e.g. “，因此本行的排名、等次，以及城北街道（排名）、江滨街道（排名）也与程序结果不同（按表中总分排出，不另列出）”.
 */
function followText(unit: number, follows: readonly Difference[], table: UnitTable): { follows: string; followsEn: string } {
  if (follows.length === 0) return { follows: '', followsEn: '' };
  const own = follows.filter((d) => d.unit === unit).map((d) => WORD[d.key as Exclude<Compared, 'total' | 'score'>]);
  const others = new Map<number, Array<{ zh: string; en: string }>>();
  for (const d of follows) {
    if (d.unit === unit) continue;
    const list = others.get(d.unit);
    const word = WORD[d.key as Exclude<Compared, 'total' | 'score'>];
    if (list) list.push(word);
    else others.set(d.unit, [word]);
  }
  const units = [...others.entries()].sort((a, b) => table.rowOf(a[0]) - table.rowOf(b[0]));
  const shown = units.slice(0, NAMED);
  const more = units.length > NAMED ? `等 ${units.length} 个单位` : '';
  const moreEn = units.length > NAMED ? ` (${units.length} units in all)` : '';
  const zh = [
    ...(own.length ? [`本行的${own.map((w) => w.zh).join('、')}`] : []),
    ...(shown.length ? [`${shown.map(([i, ws]) => `${table.nameOf(i)}（${ws.map((w) => w.zh).join('、')}）`).join('、')}${more}`] : []),
  ];
  const en = [
    ...(own.length ? [`this row's ${own.map((w) => w.en).join(' and ')}`] : []),
    ...(shown.length ? [`${shown.map(([i, ws]) => `the ${ws.map((w) => w.en).join(' and ')} of ${table.nameOf(i)}`).join(', ')}${moreEn}`] : []),
  ];
  return {
    follows: `，因此${zh.join('，以及')}也与程序结果不同（按表中总分排出，不另列出）`,
    followsEn: `; so ${en.join(', and ')} also differ from the computed ones (they follow from the sheet's totals; not listed again)`,
  };
}
