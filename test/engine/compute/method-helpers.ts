/** Shared fixtures of the scoring-method tests (SPEC §8): settings, indicators, places, cells. */
import { DEFAULT_SETTINGS } from '../../../src/engine/scheme/settings';
import type { Indicator, ScoringMethod, ScoringRule, Settings } from '../../../src/engine/model/scheme';
import type { CellValue } from '../../../src/engine/model/workbook';
import type { GivenCell, MethodOutcome, UnitPlace } from '../../../src/engine/compute/types';

export const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, cells: {}, ...over });

export const indicator = (name: string, max: number, method?: ScoringMethod): Indicator => ({
  name, max, weight: null, category: null, code: null, cell: { row: 8, col: 0 }, ...(method ? { method } : {}),
});

/** A unit on the data sheet: sheet row 7 (0-based 6). */
export const ON_DATA: UnitPlace = { sheet: '考核数据', dataSheet: '考核数据', row: 6, unit: '城关镇党委', unitRow: 6 };
/** The same unit on a 来源表: its row there is sheet row 11 (0-based 10). */
export const ON_SOURCE: UnitPlace = { sheet: '民主测评', dataSheet: '考核数据', row: 10, unit: '城关镇党委', unitRow: 6 };

export const cell = (col: number, value: CellValue, label?: string): GivenCell => (label === undefined ? { col, value } : { col, value, label });

/** Cells from column `first` on, one per value (labels 评委1, 评委2 … when `label` is given). */
export const cells = (first: number, values: readonly CellValue[], label?: string): GivenCell[] =>
  values.map((v, i) => cell(first + i, v, label === undefined ? undefined : `${label}${i + 1}`));

/** Each issue as [code, severity, cell, where] — what the tests assert. */
export const issuesOf = (o: MethodOutcome): Array<[string, string, string | null, string | undefined]> =>
  o.issues.map((i) => [i.code, i.severity, i.cell, i.where]);

export const rule = (over: Partial<ScoringRule> = {}): ScoringRule => ({
  indicator: '实绩', target: null, satisfied: null, disallowed: null, cap: { num: 100, den: 100 }, perCount: null, cell: { row: 20, col: 0 }, ...over,
});
