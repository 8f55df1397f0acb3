/**
 * IDENTICAL_ROWS (雷同): units whose scores are equal on every indicator, found in O(n) by
 * hashing each score vector. See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import type { AnomalyIndicator, AnomalyInput, AnomalyUnit } from './input';
import { nameCellAt } from './where';
import { FNV1A_OFFSET, fnv1aNumber } from '../fast/hash';
import { SlotIndex } from '../fast/slot-index';

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
  const { units, indicators } = input;
  const m = indicators.length;
  if (m === 0 || m < input.rules.identicalMinIndicators) return [];

  // Classes of equal vectors, each named by its first unit (its representative), found through the
  // hash index keyed by the vector's hash: O(n·m), no per-unit objects.
  const n = units.length;
  const index = new SlotIndex(n);
  const classOf = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  let repeated = false;
  for (let i = 0; i < n; i++) {
    const u = units[i] as AnomalyUnit;
    const h = vectorHash(u, input);
    if (h < 0) continue;
    const r = index.addOrFind(i, h, (j) => sameScores((units[j] as AnomalyUnit).scores, u.scores, m));
    if (r >= 0) {
      classOf[i] = r;
      size[r] = (size[r] ?? 0) + 1;
      repeated = true;
    } else {
      classOf[i] = i;
      size[i] = 1;
    }
  }
  if (!repeated) return [];

  const classes = new Map<number, AnomalyUnit[]>();
  for (let i = 0; i < n; i++) {
    const r = classOf[i] as number;
    if (r < 0 || (size[r] as number) < 2) continue;
    const list = classes.get(r);
    if (list) list.push(units[i] as AnomalyUnit);
    else classes.set(r, [units[i] as AnomalyUnit]);
  }
  const out: Issue[] = [];
  for (const list of classes.values()) {
    const members = list.sort((a, b) => a.row - b.row);
    members.forEach((u, k) => out.push(issueFor(input, u, members, k)));
  }
  return out;
}

function issueFor(input: AnomalyInput, u: AnomalyUnit, members: readonly AnomalyUnit[], self: number): Issue {
  const others = members.filter((_, k) => k !== self);
  const rows = others.slice(0, MAX_ROWS_IN_WHERE).map((o) => String(o.row + 1));
  const where =
    others.length <= MAX_ROWS_IN_WHERE ? `同第${rows.join('、')}行` : `同第${rows.join('、')}行等${others.length}行`;
  const named = others.slice(0, MAX_UNITS_IN_MESSAGE);
  const more = others.length > named.length;
  const zh = named.map((o) => `“${o.name}”（第${o.row + 1}行）`).join('、') + (more ? `等 ${others.length} 个单位` : '');
  const en =
    named.map((o) => `"${o.name}" (row ${o.row + 1})`).join(', ') + (more ? ` and others (${others.length} units)` : '');
  return makeIssue('IDENTICAL_ROWS', nameCellAt(input, u, where), {
    count: input.indicators.length,
    others: zh,
    othersEn: en,
  });
}

function sameScores(a: readonly number[], b: readonly number[], m: number): boolean {
  for (let j = 0; j < m; j++) if (a[j] !== b[j]) return false;
  return true;
}

/**
 * FNV-1a style 31-bit hash of the unit's first m = indicators.length scores, or −1 when the vector
 * is not compared: a score missing or not finite, or full marks on every indicator (see
 * `fnv1aNumber`: 0 and −0 hash alike, as they compare equal).
 */
function vectorHash(u: AnomalyUnit, input: AnomalyInput): number {
  const { indicators } = input;
  const m = indicators.length;
  const scores = u.scores;
  if (scores.length < m) return -1;
  let allFull = true;
  let h = FNV1A_OFFSET;
  for (let j = 0; j < m; j++) {
    const x = scores[j] as number;
    if (x - x !== 0) return -1; // not finite
    if (x !== (indicators[j] as AnomalyIndicator).max) allFull = false;
    h = fnv1aNumber(h, x);
    h ^= h >>> 13;
  }
  return allFull ? -1 : h >>> 1; // 0 .. 2^31 − 1
}
