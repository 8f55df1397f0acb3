/**
 * PERIOD_JUMP (突变): a unit whose total or rank moved sharply since the previous period.
 * See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import { sig15 } from '../math/round';
import { fold } from '../text/fold';
import type { AnomalyInput } from './input';
import type { PreviousUnit } from '../model/previous';
import { fmt, signed } from './format';
import { NameIndex } from './name-index';
import { nameCellAt } from './where';

/**
 * PERIOD_JUMP issues, at most one per unit, on its name cell. Units are matched to last period's
 * by `fold(name)` (width, spaces, case); a folded name found twice last period matches nothing.
 * Flagged when |total − last total| > jumpPoints, or |rank − last rank| > jumpRankFraction × N,
 * N = the number of units ranked now; both differences are taken to 15 significant digits first
 * (so 92.5 − 77.5 is exactly 15, not flagged at 15). `where` is 总分, 排名 or 总分、排名.
 * Example: total 77.5 → 92.51 with jumpPoints 15: flagged, `总分由 77.5 变为 92.51（+15.01 分，超过 15 分）`.
 */
export function detectPeriodJumps(input: AnomalyInput): Issue[] {
  const prev = input.previous;
  if (!prev) return [];
  const { units } = input;
  const index = new NameIndex(prev.units.map((p) => foldName(p.name)));
  let ranked = 0;
  for (let i = 0; i < units.count; i++) if (units.scored[i] === 1 && (units.ranks[i] ?? 0) > 0) ranked++;
  const limits: Limits = { points: input.rules.jumpPoints, rank: sig15(input.rules.jumpRankFraction * ranked), ranked };

  const out: Issue[] = [];
  for (let i = 0; i < units.count; i++) {
    if (units.scored[i] !== 1) continue;
    const found = index.find(foldName(units.names[i] ?? ''));
    const p = found >= 0 ? prev.units[found] : undefined;
    if (!p) continue;
    const rank = units.ranks[i] ?? 0;
    const move = moveOf(units.totals[i] ?? NaN, rank > 0 ? rank : null, p, limits);
    if (move.totalOver || move.rankOver) out.push(issueFor(input, i, move, limits));
  }
  return out;
}

interface Limits {
  readonly points: number;
  /** 突变名次比例 × the units ranked now. */
  readonly rank: number;
  readonly ranked: number;
}

/** One unit's totals and ranks, now and last period, with whether each moved too far. */
interface Move {
  /** Now and last period, when both are known (finite); else null. */
  readonly total: { readonly now: number; readonly last: number; readonly move: number } | null;
  readonly rank: { readonly now: number; readonly last: number; readonly move: number } | null;
  readonly totalOver: boolean;
  readonly rankOver: boolean;
}

function moveOf(total: number, rank: number | null, p: PreviousUnit, limits: Limits): Move {
  const lastTotal = p.total ?? NaN;
  const lastRank = p.rank ?? NaN;
  const hasTotal = Number.isFinite(lastTotal) && Number.isFinite(total);
  const hasRank = rank !== null && Number.isFinite(lastRank);
  const totalMove = hasTotal ? difference(total, lastTotal, limits.points) : 0;
  const rankMove = hasRank ? difference(rank, lastRank, limits.rank) : 0;
  return {
    total: hasTotal ? { now: total, last: lastTotal, move: totalMove } : null,
    rank: hasRank ? { now: rank, last: lastRank, move: rankMove } : null,
    totalOver: hasTotal && Math.abs(totalMove) > limits.points,
    rankOver: hasRank && Math.abs(rankMove) > limits.rank,
  };
}

function issueFor(input: AnomalyInput, i: number, move: Move, limits: Limits): Issue {
  const zh: string[] = [];
  const en: string[] = [];
  const t = move.total;
  if (t) {
    // For the message: the moves as Excel would show them (no binary noise).
    const shown = sig15(t.move);
    if (shown === 0) {
      zh.push(`总分仍为 ${fmt(t.now)} 分`);
      en.push(`total unchanged at ${fmt(t.now)}`);
    } else {
      const over = move.totalOver ? `，超过 ${fmt(limits.points)} 分` : '';
      const overEn = move.totalOver ? `, more than ${fmt(limits.points)}` : '';
      zh.push(`总分由 ${fmt(t.last)} 变为 ${fmt(t.now)}（${signed(shown)} 分${over}）`);
      en.push(`total went from ${fmt(t.last)} to ${fmt(t.now)} (${signed(shown)}${overEn})`);
    }
  }
  const r = move.rank;
  if (r) rankText(r.now, r.last, sig15(r.move), move.rankOver, limits, input.rules.jumpRankFraction, zh, en);
  const where = move.totalOver && move.rankOver ? '总分、排名' : move.totalOver ? '总分' : '排名';
  return makeIssue('PERIOD_JUMP', nameCellAt(input, i, where), { detail: zh.join('，'), detailEn: en.join('; ') });
}

function rankText(now: number, last: number, shown: number, over: boolean, limits: Limits, fraction: number, zh: string[], en: string[]): void {
  if (shown === 0) {
    zh.push(`排名仍为第 ${fmt(now)} 名`);
    en.push(`rank unchanged at ${fmt(now)}`);
    return;
  }
  const pct = `${fmt(Number((fraction * 100).toFixed(2)))}%`;
  const dir = shown < 0 ? `上升 ${fmt(-shown)} 名` : `下降 ${fmt(shown)} 名`;
  const dirEn = shown < 0 ? `up ${fmt(-shown)}` : `down ${fmt(shown)}`;
  const overZh = over ? `，超过 ${fmt(limits.rank)} 名，即 ${limits.ranked} 个排名单位的 ${pct}` : '';
  const overEn = over ? `, more than ${fmt(limits.rank)} places, ${pct} of ${limits.ranked} ranked units` : '';
  zh.push(`排名由第 ${fmt(last)} 名变为第 ${fmt(now)} 名（${dir}${overZh}）`);
  en.push(`rank went from ${fmt(last)} to ${fmt(now)} (${dirEn}${overEn})`);
}

/**
 * Names that `fold` leaves as they are: printable ASCII without upper-case letters or spaces, CJK
 * punctuation (not the ideographic space) and CJK ideographs — most unit names. Keeping the
 * original string as the key saves allocating and hashing a new one per unit.
 */
const UNCHANGED_BY_FOLD = /^[\x21-\x40\x5B-\x7E\u3001-\u303F\u3400-\u4DBF\u4E00-\u9FFF]*$/;

/** `fold(name)`, without the copy for a name that has nothing to fold. */
function foldName(name: string): string {
  return UNCHANGED_BY_FOLD.test(name) ? name : fold(name);
}

/**
 * a − b taken to 15 significant digits (Excel's comparison), e.g. 75.9 − 60.9 → exactly 15.
 * The digit string is made only near `limit`, where it can change the verdict `|a − b| > limit`;
 * elsewhere the raw difference gives the same answer.
 */
function difference(a: number, b: number, limit: number): number {
  const d = a - b;
  const near = Math.abs(Math.abs(d) - limit) <= 1e-9 * Math.max(1, Math.abs(d));
  return near ? sig15(d) : d;
}
