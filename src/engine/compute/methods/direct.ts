/**
 * `直接` (SPEC §1.2, §8.1) for an indicator whose cells are on a 来源表: the cell is the score, read
 * exactly as table/read-units.ts reads a data-sheet score (0..分值, blank policy, TEXT_NUMBER,
 * NOT_A_NUMBER for percent text, EXCEL_ERROR). The score is used as read (no ROUND); no detail.
 */
import type { Indicator, Settings } from '../../model/scheme';
import type { GivenCell, MethodOutcome, UnitPlace } from '../types';
import { Found } from './found';
import { BAD, EMPTY, blankScore, readPoints } from './read';

export function scoreDirect(ind: Indicator, cell: GivenCell, settings: Settings, place: UnitPlace): MethodOutcome {
  const found = new Found(place);
  const read = readPoints(found, cell, { name: ind.name, max: ind.max });
  if (read === BAD) return found.failed();
  if (read === EMPTY) {
    const score = blankScore(found, cell.col, ind, settings);
    return score === null ? found.failed() : found.scored(score, null);
  }
  return found.scored(read, null);
}
