/**
 * IDENTICAL_ROWS (雷同): units whose scores are equal on every indicator, found in O(n) by
 * hashing each score vector. See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import type { AnomalyInput, AnomalyUnits } from './input';
import { nameCellAt } from './where';
import { FNV1A_OFFSET, fnv1aNumber } from '../fast/hash';
import { SlotIndex } from '../fast/slot-index';
import { NONE } from '../model/empty';

/** At most this many other rows are named in 异常标记 (`同第9、12行`), and this many units in the message. */
export const MAX_ROWS_IN_WHERE = 5;
export const MAX_UNITS_IN_MESSAGE = 10;

/**
 * IDENTICAL_ROWS issues, one per unit that shares its whole score vector with another unit (all
 * units compared, across groups), when there are at least `rules.identicalMinIndicators`
 * indicators. Vectors at full marks everywhere are left to ALL_FULL_MARKS (equal full marks are
 * no sign of copying). Example: rows 9 and 12 both 8, 9, 7.5, 10, 6 → row 9's issue says
 * `同第12行`, row 12's `同第9行`.
 */
export function detectIdenticalRows(input: AnomalyInput): Issue[] {
  const m = input.indicators.length;
  if (m === 0 || m < input.rules.identicalMinIndicators) return [];
  const out: Issue[] = [];
  for (const members of equalClasses(input)) {
    members.forEach((_, k) => out.push(issueFor(input, members, k)));
  }
  return out;
}

/**
 * The classes of two or more units with equal vectors, each as unit indexes in row order. Found
 * through the hash index keyed by the vector's hash: O(n·m), no per-unit objects.
 */
function equalClasses(input: AnomalyInput): number[][] {
  const { units } = input;
  const m = input.indicators.length;
  const n = units.count;
  const index = new SlotIndex(n);
  // Each unit's class, named by its first unit (its representative); −1: not compared.
  const classOf = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  let repeated = false;
  for (let i = 0; i < n; i++) {
    const h = units.scored[i] === 1 ? vectorHash(input, i) : -1;
    if (h < 0) continue;
    const scores = units.scores[i] ?? NONE;
    const r = index.addOrFind(i, h, (j) => sameScores(units.scores[j] ?? NONE, scores, m));
    const c = r >= 0 ? r : i;
    classOf[i] = c;
    size[c] = (size[c] ?? 0) + 1;
    repeated ||= r >= 0;
  }
  if (!repeated) return [];
  const classes = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = classOf[i] ?? -1;
    if (r < 0 || (size[r] ?? 0) < 2) continue;
    const list = classes.get(r);
    if (list) list.push(i);
    else classes.set(r, [i]);
  }
  return [...classes.values()].map((list) => list.sort((a, b) => rowOf(units, a) - rowOf(units, b)));
}

function issueFor(input: AnomalyInput, members: readonly number[], self: number): Issue {
  const { units } = input;
  const others = members.filter((_, k) => k !== self);
  const rows = others.slice(0, MAX_ROWS_IN_WHERE).map((o) => String(rowOf(units, o) + 1));
  const where =
    others.length <= MAX_ROWS_IN_WHERE ? `同第${rows.join('、')}行` : `同第${rows.join('、')}行等${others.length}行`;
  const named = others.slice(0, MAX_UNITS_IN_MESSAGE);
  const more = others.length > named.length;
  const zh = named.map((o) => `“${nameOf(units, o)}”（第${rowOf(units, o) + 1}行）`).join('、') + (more ? `等 ${others.length} 个单位` : '');
  const en =
    named.map((o) => `"${nameOf(units, o)}" (row ${rowOf(units, o) + 1})`).join(', ') + (more ? ` and others (${others.length} units)` : '');
  return makeIssue('IDENTICAL_ROWS', nameCellAt(input, members[self] ?? -1, where), {
    count: input.indicators.length,
    others: zh,
    othersEn: en,
  });
}

const rowOf = (units: AnomalyUnits, i: number): number => units.rows[i] ?? -1;
const nameOf = (units: AnomalyUnits, i: number): string => units.names[i] ?? '';

function sameScores(a: ReadonlyArray<number | null>, b: ReadonlyArray<number | null>, m: number): boolean {
  for (let j = 0; j < m; j++) if (a[j] !== b[j]) return false;
  return true;
}

/**
 * FNV-1a style 31-bit hash of unit i's first m = indicators.length scores, or −1 when the vector
 * is not compared: a score missing or not finite, or full marks on every indicator (see
 * `fnv1aNumber`: 0 and −0 hash alike, as they compare equal).
 */
function vectorHash(input: AnomalyInput, i: number): number {
  const { indicators } = input;
  const m = indicators.length;
  const scores = input.units.scores[i] ?? NONE;
  if (scores.length < m) return -1;
  let allFull = true;
  let h = FNV1A_OFFSET;
  for (let j = 0; j < m; j++) {
    const x = scores[j];
    if (typeof x !== 'number' || x - x !== 0) return -1; // missing or not finite
    if (x !== indicators[j]?.max) allFull = false;
    h = fnv1aNumber(h, x);
    h ^= h >>> 13;
  }
  return allFull ? -1 : h >>> 1; // 0 .. 2^31 − 1
}
