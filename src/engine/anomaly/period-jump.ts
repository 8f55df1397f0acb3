/**
 * PERIOD_JUMP (突变): a unit whose total or rank moved sharply since the previous period.
 * See docs/anomalies.md.
 */
import type { Issue } from '../model/issue';
import { makeIssue } from '../issues/make';
import { sig15 } from '../math/round';
import { fold } from '../text/fold';
import type { AnomalyInput, PreviousUnit } from './detect';
import { fmt, signed } from './format';
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
  const byName = new Map<string, PreviousUnit | null>();
  for (const p of prev.units) {
    const key = fold(p.name);
    byName.set(key, byName.has(key) ? null : p);
  }
  let ranked = 0;
  for (const u of input.units) if (u.rank !== null) ranked++;
  const { jumpPoints, jumpRankFraction } = input.rules;
  const rankLimit = sig15(jumpRankFraction * ranked);
  const pct = `${fmt(Number((jumpRankFraction * 100).toFixed(2)))}%`;

  const out: Issue[] = [];
  for (const u of input.units) {
    const p = byName.get(fold(u.name));
    if (!p) continue;
    const zh: string[] = [];
    const en: string[] = [];
    const where: string[] = [];
    let jumped = false;
    if (p.total !== null && Number.isFinite(p.total) && Number.isFinite(u.total)) {
      const move = sig15(u.total - p.total);
      const over = Math.abs(move) > jumpPoints;
      jumped ||= over;
      if (over) where.push('总分');
      if (move === 0) {
        zh.push(`总分仍为 ${fmt(u.total)} 分`);
        en.push(`total unchanged at ${fmt(u.total)}`);
      } else {
        zh.push(`总分由 ${fmt(p.total)} 变为 ${fmt(u.total)}（${signed(move)} 分${over ? `，超过 ${fmt(jumpPoints)} 分` : ''}）`);
        en.push(`total went from ${fmt(p.total)} to ${fmt(u.total)} (${signed(move)}${over ? `, more than ${fmt(jumpPoints)}` : ''})`);
      }
    }
    if (p.rank !== null && u.rank !== null && Number.isFinite(p.rank) && Number.isFinite(u.rank)) {
      const move = sig15(u.rank - p.rank);
      const over = Math.abs(move) > rankLimit;
      jumped ||= over;
      if (over) where.push('排名');
      const dir = move < 0 ? `上升 ${fmt(-move)} 名` : `下降 ${fmt(move)} 名`;
      const dirEn = move < 0 ? `up ${fmt(-move)}` : `down ${fmt(move)}`;
      const limit = `超过 ${fmt(rankLimit)} 名，即 ${ranked} 个排名单位的 ${pct}`;
      const limitEn = `more than ${fmt(rankLimit)} places, ${pct} of ${ranked} ranked units`;
      if (move === 0) {
        zh.push(`排名仍为第 ${fmt(u.rank)} 名`);
        en.push(`rank unchanged at ${fmt(u.rank)}`);
      } else {
        zh.push(`排名由第 ${fmt(p.rank)} 名变为第 ${fmt(u.rank)} 名（${dir}${over ? `，${limit}` : ''}）`);
        en.push(`rank went from ${fmt(p.rank)} to ${fmt(u.rank)} (${dirEn}${over ? `, ${limitEn}` : ''})`);
      }
    }
    if (!jumped) continue;
    out.push(
      makeIssue('PERIOD_JUMP', nameCellAt(input, u, where.join('、')), {
        detail: zh.join('，'),
        detailEn: en.join('; '),
      }),
    );
  }
  return out;
}
