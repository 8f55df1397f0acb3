/**
 * One unit's cells for one located indicator, read from its sheet's row and handed to its method
 * (compute/methods/): the only place that knows both where cells are and how each method is called.
 */
import type { Scheme } from '../model/scheme';
import { levelsOf, methodOf } from '../model/scheme';
import type { SheetView } from '../table/sheet-view';
import type { LocatedIndicator, LocatedParam } from './locate';
import type { GivenCell, MethodOutcome, UnitPlace } from './types';
import { scoreDirect, scoreFigure, scoreJudges, scoreLevel, scoreVotes, type FigureParams } from './methods';

function given(view: SheetView, row: number, col: number, label?: string): GivenCell {
  return label === undefined ? { col, value: view.value(row, col) } : { col, value: view.value(row, col), label };
}

function param(view: SheetView, row: number, p: LocatedParam | undefined): number | GivenCell | undefined {
  if (!p) return undefined;
  return p.kind === 'number' ? p.value : given(view, row, p.col);
}

const PARAM_KEYS = ['target', 'satisfied', 'disallowed', 'perCount'] as const;

/** No score, no detail, no issue. */
const NOTHING: MethodOutcome = { score: null, detail: null, issues: [], veto: null };

/** Scores unit `place` on indicator `located` (its row on the indicator's sheet is `place.row`). */
export function runMethod(located: LocatedIndicator, scheme: Scheme, place: UnitPlace): MethodOutcome {
  const { indicator: ind, cells, table } = located;
  const view = table.view;
  const row = place.row;
  const settings = scheme.settings;
  switch (cells.kind) {
    case 'votes':
      return scoreVotes(ind, cells.levels.map((l) => given(view, row, l.col, l.label)), levelsOf(scheme), settings, place, {
        ...(cells.present >= 0 ? { present: given(view, row, cells.present) } : {}),
        ...(cells.expected >= 0 ? { expected: given(view, row, cells.expected) } : {}),
        firstCol: cells.first,
      });
    case 'judges':
      return scoreJudges(ind, cells.judges.map((j) => given(view, row, j.col, j.label)), settings, place, cells.first);
    case 'column': {
      const cell = given(view, row, cells.col);
      const method = methodOf(ind);
      if (method === '直接') return scoreDirect(ind, cell, settings, place);
      if (method === '定性') return scoreLevel(ind, cell, levelsOf(scheme), settings, place);
      // A 实绩 indicator without its 【计分规则】 row is a scheme error already (nothing is scored):
      // its figures are not read as scores, which would only add false OUT_OF_RANGE issues.
      // (测评 and 评委 cells are never a single column: locate.ts gives them their header's columns.)
      if (method === '测评' || method === '评委' || !located.rule) return NOTHING;
      const p = located.params;
      const params: { -readonly [K in keyof FigureParams]: FigureParams[K] } = {};
      for (const key of PARAM_KEYS) {
        const v = param(view, row, p[key]);
        if (v !== undefined) params[key] = v;
      }
      return scoreFigure(ind, method, cell, params, located.rule, settings, place);
    }
  }
}
