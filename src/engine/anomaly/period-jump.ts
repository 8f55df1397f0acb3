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
  const index = new NameIndex(prev.units.map((p) => foldName(p.name)));
  let ranked = 0;
  for (const u of input.units) if (u.rank !== null) ranked++;
  const { jumpPoints, jumpRankFraction } = input.rules;
  const rankLimit = sig15(jumpRankFraction * ranked);
  const pct = `${fmt(Number((jumpRankFraction * 100).toFixed(2)))}%`;

  const out: Issue[] = [];
  for (const u of input.units) {
    const found = index.find(foldName(u.name));
    if (found < 0) continue;
    const p = prev.units[found] as PreviousUnit;
    const hasTotal = p.total !== null && Number.isFinite(p.total) && Number.isFinite(u.total);
    const hasRank = p.rank !== null && u.rank !== null && Number.isFinite(p.rank) && Number.isFinite(u.rank);
    const totalMove = hasTotal ? difference(u.total, p.total as number, jumpPoints) : 0;
    const rankMove = hasRank ? difference(u.rank as number, p.rank as number, rankLimit) : 0;
    const totalOver = hasTotal && Math.abs(totalMove) > jumpPoints;
    const rankOver = hasRank && Math.abs(rankMove) > rankLimit;
    if (!totalOver && !rankOver) continue;
    // For the message: the moves as Excel would show them (no binary noise).
    const shownTotal = sig15(totalMove);
    const shownRank = sig15(rankMove);

    const zh: string[] = [];
    const en: string[] = [];
    if (hasTotal) {
      const last = p.total as number;
      if (shownTotal === 0) {
        zh.push(`总分仍为 ${fmt(u.total)} 分`);
        en.push(`total unchanged at ${fmt(u.total)}`);
      } else {
        const over = totalOver ? `，超过 ${fmt(jumpPoints)} 分` : '';
        const overEn = totalOver ? `, more than ${fmt(jumpPoints)}` : '';
        zh.push(`总分由 ${fmt(last)} 变为 ${fmt(u.total)}（${signed(shownTotal)} 分${over}）`);
        en.push(`total went from ${fmt(last)} to ${fmt(u.total)} (${signed(shownTotal)}${overEn})`);
      }
    }
    if (hasRank) {
      const last = p.rank as number;
      const now = u.rank as number;
      if (shownRank === 0) {
        zh.push(`排名仍为第 ${fmt(now)} 名`);
        en.push(`rank unchanged at ${fmt(now)}`);
      } else {
        const dir = shownRank < 0 ? `上升 ${fmt(-shownRank)} 名` : `下降 ${fmt(shownRank)} 名`;
        const dirEn = shownRank < 0 ? `up ${fmt(-shownRank)}` : `down ${fmt(shownRank)}`;
        const over = rankOver ? `，超过 ${fmt(rankLimit)} 名，即 ${ranked} 个排名单位的 ${pct}` : '';
        const overEn = rankOver ? `, more than ${fmt(rankLimit)} places, ${pct} of ${ranked} ranked units` : '';
        zh.push(`排名由第 ${fmt(last)} 名变为第 ${fmt(now)} 名（${dir}${over}）`);
        en.push(`rank went from ${fmt(last)} to ${fmt(now)} (${dirEn}${overEn})`);
      }
    }
    const where = totalOver && rankOver ? '总分、排名' : totalOver ? '总分' : '排名';
    out.push(makeIssue('PERIOD_JUMP', nameCellAt(input, u, where), { detail: zh.join('，'), detailEn: en.join('; ') }));
  }
  return out;
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
