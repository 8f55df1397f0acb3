/**
 * `测评`'s fast path for the common clean vote: the score `scoreVotes` (compute/methods/votes.ts) gives
 * when it has nothing to say, without its `Found`, outcome or detail. Clean = every count a whole
 * number ≥ 0 or empty, 实到 / 应到 (when the sheet has them) whole numbers ≥ 0, some votes, no more
 * votes than 实到, the quorum met and no 差票否决. Anything else is NaN: the caller then runs the
 * plain method. The score is the plain one's formula (`weightedScore`, ROUND); test/engine/compute/fused-methods.test.ts.
 */
import { excelRound } from '../../math/round';
import type { Indicator, LevelRule, Settings } from '../../model/scheme';
import { EMPTY } from '../packed';
import { compareProducts, exceedsShare } from '../methods/exact';
import { weightedScore } from '../methods/vote-score';

/** One 测评 indicator's columns (−1: the sheet has none) and settings, and the counts buffer one unit reuses. */
export interface VoteLine {
  readonly ind: Indicator;
  readonly counts: readonly number[];
  readonly present: number;
  readonly expected: number;
  readonly levels: readonly LevelRule[];
  readonly settings: Settings;
  /** Typed: made once per indicator, and a read of a plain list's double through `??` boxes it (fast/README.md, "reads"). */
  readonly values: Float64Array;
  /** The levels' common denominator (vote-score.ts `commonDenominator`), worked out once. */
  readonly den: number | null;
}

/** A count cell as `readCount` takes it without an issue: the count, 0 for empty when `emptyIs0`, else NaN. */
function count(v: number, emptyIs0: boolean): number {
  if (v === EMPTY) return emptyIs0 ? 0 : NaN;
  return v >= 0 && Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : NaN;
}

/** The clean vote's score on the unit's packed row (compute/packed.ts) at `base`, else NaN (see the file's comment). */
export function votesClean(vals: Float64Array, base: number, at: VoteLine): number {
  const { levels, values, settings } = at;
  let votes = 0;
  for (let i = 0; i < levels.length; i++) {
    const c = at.counts[i];
    const n = c === undefined ? 0 : count(vals[base + c] ?? NaN, true);
    if (Number.isNaN(n)) return NaN;
    values[i] = n;
    votes += n;
  }
  const present = at.present >= 0 ? count(vals[base + at.present] ?? NaN, false) : null;
  const expected = at.expected >= 0 ? count(vals[base + at.expected] ?? NaN, false) : null;
  if (Number.isNaN(present) || Number.isNaN(expected) || votes === 0) return NaN;
  if (present !== null && votes > present) return NaN;
  if (present !== null && expected !== null && compareProducts(present, settings.voteQuorum.den, expected, settings.voteQuorum.num) < 0) return NaN;
  const line = settings.badVoteVeto;
  const last = values.length - 1;
  if (line !== null && last >= 0 && exceedsShare(values[last] ?? 0, votes, line)) return NaN;
  return excelRound(weightedScore(at.ind.max, values, levels, votes, at.den), settings.decimals);
}
