/**
 * `定性` (SPEC §8.2): the cell holds a level word of 【等级分】; score = ROUND(分值 × 得分率, 小数位).
 * Words are folded (spaces, line breaks, width, case) before comparing. Another word, a number or a
 * boolean is UNKNOWN_LEVEL listing the allowed words; an Excel error (or its text) is EXCEL_ERROR;
 * an empty cell follows the blank policy (§8.1).
 */
import { readNumber } from '../../cells/number';
import { excelRound } from '../../math/round';
import type { Indicator, LevelRule, Settings } from '../../model/scheme';
import { isBlank, isErrorValue } from '../../model/workbook';
import { fold } from '../../text/fold';
import { DETAIL_LATER, type GivenCell, type MethodOutcome, type UnitPlace } from '../types';
import { shownRatio } from './exact';
import { Found, cellName } from './found';
import { blankScore, shownValue } from './read';

/** Longer text is no level word: it is not folded at all. */
const WORD_MAX = 200;

export function scoreLevel(ind: Indicator, cell: GivenCell, levels: readonly LevelRule[], settings: Settings, place: UnitPlace): MethodOutcome {
  const found = new Found(place);
  const v = cell.value;
  if (isBlank(v)) {
    const words = wordsOf(levels);
    const score = blankScore(found, cell.col, ind, settings, { zh: `请填写等级（${words}）。`, en: `Enter a level (${words}).` });
    return score === null ? found.failed() : found.scored(score, place.deferDetail === true ? DETAIL_LATER : { indicator: ind.name, method: '定性', text: '空白，按 0 分计', cell: cellName(place, cell.col) });
  }
  const error = isErrorValue(v) ? v.error : typeof v === 'string' ? excelErrorOf(v) : null;
  if (error !== null) {
    found.add('EXCEL_ERROR', cell.col, { value: error });
    return found.failed();
  }
  const level = levelOf(typeof v === 'string' ? v : shownValue(v), levels);
  if (level === undefined) {
    found.add('UNKNOWN_LEVEL', cell.col, { indicator: ind.name, value: shownValue(v), words: wordsOf(levels) });
    return found.failed();
  }
  // 分值 × num / den: one rounding when 分值 × num is exact, so the double nearest the exact product.
  const score = excelRound((ind.max * level.rate.num) / level.rate.den, settings.decimals);
  if (place.deferDetail === true) return found.scored(score, DETAIL_LATER);
  return found.scored(score, {
    indicator: ind.name,
    method: '定性',
    text: `定性“${level.word}”（${shownRatio(level.rate)}）`,
    cell: cellName(place, cell.col),
    word: level.word,
  });
}

/** The allowed words, as messages list them: `好、较好、一般、差`. */
function wordsOf(levels: readonly LevelRule[]): string {
  return levels.map((l) => l.word).join('、');
}

/** The level whose folded word is the folded text, or undefined. */
function levelOf(text: string, levels: readonly LevelRule[]): LevelRule | undefined {
  if (text.length > WORD_MAX) return undefined;
  const f = fold(text);
  for (const l of levels) if (fold(l.word) === f) return l;
  return undefined;
}

/** Excel's spelling when the text is exactly an Excel error (`#N/A`, any case), else null. */
function excelErrorOf(text: string): string | null {
  if (!text.trim().startsWith('#')) return null;
  const read = readNumber(text);
  return read.kind === 'error' ? read.error : null;
}
