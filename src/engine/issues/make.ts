import { a1 } from '../address';
import type { Issue, IssueCode, Severity } from '../model/issue';
import { CATALOGUE, type MessageParams } from './catalogue';

/** Where an issue is: a sheet, optionally a 0-based cell, and the unit row it belongs to. */
export interface IssueAt {
  readonly sheet: string;
  readonly row?: number;
  readonly col?: number;
  readonly unit?: string | null;
  /** 0-based sheet row of the unit (for 异常标记). */
  readonly unitRow?: number;
  /** What 异常标记 shows in brackets instead of the cell address, e.g. `总分`. */
  readonly where?: string;
}

/** Builds an issue from the catalogue. The severity is the code's own unless given. */
export function makeIssue(code: IssueCode, at: IssueAt, params: MessageParams = {}, severity?: Severity): Issue {
  const entry = CATALOGUE[code];
  const { row, col } = at;
  const hasCell = row !== undefined && col !== undefined;
  const cell = hasCell ? a1(row, col) : null;
  const p: MessageParams = { cell: cell ?? '', unit: at.unit ?? undefined, ...params };
  const issue: Issue = {
    code,
    severity: severity ?? entry.severity,
    sheet: at.sheet,
    cell,
    unit: at.unit ?? null,
    message: entry.zh(p),
    messageEn: entry.en(p),
    label: entry.label,
    ...(hasCell ? { row, col } : {}),
    ...(at.unitRow !== undefined ? { unitRow: at.unitRow } : {}),
    ...(at.where !== undefined ? { where: at.where } : {}),
  };
  return issue;
}
