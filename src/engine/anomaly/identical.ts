/**
 * IDENTICAL_ROWS (雷同): units whose scores are equal on every indicator, found in O(n) by
 * hashing each score vector. See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import type { AnomalyInput, AnomalyUnit } from './detect';
import { nameCellAt } from './where';

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

  // hash → classes of equal vectors (each class: unit indexes, first one the representative).
  const buckets = new Map<number, number[][]>();
  units.forEach((u, i) => {
    if (!eligible(u, input)) return;
    const h = hashScores(u.scores, m);
    const classes = buckets.get(h);
    if (!classes) {
      buckets.set(h, [[i]]);
      return;
    }
    for (const cls of classes) {
      const rep = units[cls[0] as number];
      if (rep && sameScores(rep.scores, u.scores, m)) {
        cls.push(i);
        return;
      }
    }
    classes.push([i]);
  });

  const out: Issue[] = [];
  for (const classes of buckets.values()) {
    for (const cls of classes) {
      if (cls.length < 2) continue;
      const members = cls.map((i) => units[i] as AnomalyUnit).sort((a, b) => a.row - b.row);
      members.forEach((u, k) => out.push(issueFor(input, u, members, k)));
    }
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

/** A vector is compared when it has a finite score for every indicator and is not all full marks. */
function eligible(u: AnomalyUnit, input: AnomalyInput): boolean {
  const m = input.indicators.length;
  if (u.scores.length < m) return false;
  let allFull = true;
  for (let j = 0; j < m; j++) {
    const x = u.scores[j] as number;
    if (!Number.isFinite(x)) return false;
    if (x !== input.indicators[j]?.max) allFull = false;
  }
  return !allFull;
}

function sameScores(a: readonly number[], b: readonly number[], m: number): boolean {
  for (let j = 0; j < m; j++) if (a[j] !== b[j]) return false;
  return true;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** FNV-1a style 32-bit hash of the first `m` scores' bit patterns (0 and −0 hash alike). */
function hashScores(scores: readonly number[], m: number): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < m; j++) {
    f64[0] = (scores[j] as number) + 0;
    h = Math.imul(h ^ (u32[0] as number), 0x01000193);
    h = Math.imul(h ^ (u32[1] as number), 0x01000193);
  }
  return h >>> 0;
}
