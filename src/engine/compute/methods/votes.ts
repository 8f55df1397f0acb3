/**
 * `测评` (SPEC §8.3): 民主测评 vote counts, one cell per level of 【等级分】.
 * score = ROUND(分值 × Σ(count × 得分率) / votes, 小数位). Checks, in this order: every count (and
 * 实到 / 应到) reads (VOTE_INVALID, EXCEL_ERROR, MISSING_VALUE for an empty 实到 / 应到); votes = 0 is a
 * blank (§8.1) on `firstCol`; votes > 实到 is VOTES_EXCEED and 实到 < 应到 × 测评最低参评率 is
 * VOTE_QUORUM, both on the 实到 cell. A 差票否决 is given only for a valid vote (no error).
 */
import { excelRound } from '../../math/round';
import type { Indicator, LevelRule, Settings } from '../../model/scheme';
import type { IndicatorDetail, VetoOutcome } from '../../model/result';
import { DETAIL_LATER, type GivenCell, type MethodOutcome, type UnitPlace } from '../types';
import { compareProducts, exceedsShare, shownRatio } from './exact';
import { Found, cellName, cellsName } from './found';
import { BAD, EMPTY, blankScore, readCount } from './read';
import { weightedScore } from './vote-score';

/** The 实到 / 应到 cells of the unit's row (when 测评实到列 / 测评应到列 are set), and the first cell under X. */
export interface VoteExtra {
  readonly present?: GivenCell | undefined;
  readonly expected?: GivenCell | undefined;
  /** The row's first cell under the indicator's header: where a blank (votes = 0) is reported. */
  readonly firstCol: number;
}

export function scoreVotes(ind: Indicator, counts: readonly GivenCell[], levels: readonly LevelRule[], settings: Settings, place: UnitPlace, extra: VoteExtra): MethodOutcome {
  const found = new Found(place);
  const values = new Array<number>(levels.length);
  let votes = 0;
  for (let i = 0; i < levels.length; i++) {
    const cell = counts[i];
    const word = levels[i]?.word ?? '';
    // A plain count is what readCount returns at once; only other cells need its messages' words.
    const v = cell?.value;
    const read = cell === undefined ? EMPTY : typeof v === 'number' && v >= 0 && Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : readCount(found, cell, { what: `“${word}”票数`, whatEn: `the count of "${word}"`, invalid: 'VOTE_INVALID' });
    const n = typeof read === 'number' ? read : 0;
    values[i] = n;
    votes += n;
  }
  const present = extra.present ? headcount(found, extra.present, settings.votePresentColumn ?? '实到人数', '实到') : null;
  const expected = extra.expected ? headcount(found, extra.expected, settings.voteExpectedColumn ?? '应到人数', '应到') : null;
  if (found.error) return found.failed();
  // The detail (its sentence too) only when asked: see UnitPlace.deferDetail.
  const detail = (blank: boolean): IndicatorDetail => {
    if (place.deferDetail === true) return DETAIL_LATER;
    const text = `${levels.map((l, i) => `${l.word} ${values[i] ?? 0}`).join('，')}，共 ${votes} 票${blank ? '，按 0 分计' : ''}`;
    return { indicator: ind.name, method: '测评' as const, text, cell: cellsName(place, counts), votes: levels.map((l, i) => ({ level: l.word, count: values[i] ?? 0 })) };
  };
  if (votes === 0) {
    const score = blankScore(found, extra.firstCol, ind, settings, { zh: '各档票数都为空或为 0。请填写民主测评各档票数。', en: 'No votes were entered. Enter the count of each level.' });
    return score === null ? found.failed() : found.scored(score, detail(true));
  }
  if (present !== null && extra.present && votes > present) {
    found.add('VOTES_EXCEED', extra.present.col, { indicator: ind.name, votes, present });
  }
  if (present !== null && expected !== null && extra.present && compareProducts(present, settings.voteQuorum.den, expected, settings.voteQuorum.num) < 0) {
    found.add('VOTE_QUORUM', extra.present.col, { present, expected, rate: shownRatio(settings.voteQuorum) });
  }
  if (found.error) return found.failed();
  const score = excelRound(weightedScore(ind.max, values, levels, votes), settings.decimals);
  return found.scored(score, detail(false), badVoteVeto(ind, counts, values, votes, settings, place));
}

/** 实到 / 应到: a count; empty is MISSING_VALUE. Null after an issue. */
function headcount(found: Found, cell: GivenCell, header: string, short: string): number | null {
  const read = readCount(found, cell, { what: `${short}人数`, whatEn: `the number ${short === '实到' ? 'present' : 'expected'}`, invalid: 'VOTE_INVALID' });
  if (read === BAD) return null;
  if (read === EMPTY) {
    found.add('MISSING_VALUE', cell.col, { indicator: header, fix: `请填写${short}人数（0 或正整数）。`, fixEn: `Enter the number of voters ${short === '实到' ? 'present' : 'expected'}.` });
    return null;
  }
  return read;
}

/** 差票否决 (SPEC §8.3): the lowest level's votes above 差票否决比例 of all votes, compared exactly. */
function badVoteVeto(ind: Indicator, counts: readonly GivenCell[], values: readonly number[], votes: number, settings: Settings, place: UnitPlace): VetoOutcome | null {
  const line = settings.badVoteVeto;
  const last = values.length - 1;
  const low = values[last] ?? 0;
  if (line === null || last < 0 || !exceedsShare(low, votes, line)) return null;
  const cell = counts[last];
  return {
    column: ind.name,
    effect: settings.badVoteEffect,
    reason: `差票 ${low}/${votes}`,
    cell: cell === undefined ? '' : cellName(place, cell.col),
    source: '差票',
  };
}
