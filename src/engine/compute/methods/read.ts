/**
 * The shared cell readers of the scoring methods (SPEC §1.2, §8.1). Each reads one given cell, records
 * its issue in `found`, and returns the number, `EMPTY` for an empty cell, or `BAD` after an error.
 * - `readPoints`: a score (§1.2) within 0..max — 直接 and each judge of 评委.
 * - `readCount`: a whole number ≥ 0 — vote counts, 实到 / 应到, the 扣分制 count.
 * - `readFigure`: a 实绩 figure or per-unit parameter — any number, percent text accepted (`85%` = 0.85).
 * A `TEXT_NUMBER` warning is raised for text that reads as a number, as read-units does for scores;
 * for counts and figures only when the number is then used (a text `-3` vote is one VOTE_INVALID).
 */
import { readNumber, type NumberRead } from '../../cells/number';
import { sig15 } from '../../math/round';
import type { IssueCode } from '../../model/issue';
import type { Settings } from '../../model/scheme';
import { isErrorValue, type CellValue } from '../../model/workbook';
import { toHalfWidth } from '../../text/fold';
import type { GivenCell } from '../types';
import type { Found } from './found';

export const EMPTY = 'empty';
export const BAD = 'bad';
export type Read = number | typeof EMPTY | typeof BAD;

/** A cell's value as a message shows it (at most 60 characters). */
export function shownValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim().slice(0, 60);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isErrorValue(v)) return v.error.slice(0, 60);
  return '';
}

/** What a score cell is for: the name in messages and its range. */
export interface PointsOf {
  /** The indicator as messages name it. */
  readonly name: string;
  /** The judge's label, for a 评委 cell: messages then name `述职评议·评委3`. */
  readonly judge?: string;
  readonly max: number;
}

/** A score (§1.2) within 0..max, as read-units reads a direct score (the same 1e-9 slack above max). */
export function readPoints(found: Found, cell: GivenCell, of: PointsOf): Read {
  const v = cell.value;
  if (typeof v === 'number' && v >= 0 && v <= of.max + 1e-9) return v === 0 ? 0 : v;
  const read = readNumber(v);
  if (read.kind === 'empty') return EMPTY;
  if (read.kind !== 'number') return notNumber(found, cell, read, `0 到 ${of.max} 之间的分数`, `points between 0 and ${of.max}`);
  if (read.fromText) found.add('TEXT_NUMBER', cell.col, { value: read.text ?? '', number: read.value });
  if (read.value < 0 || read.value > of.max + 1e-9) {
    found.add('OUT_OF_RANGE', cell.col, { indicator: of.judge === undefined ? of.name : `${of.name}·${of.judge}`, value: read.value, max: of.max });
    return BAD;
  }
  return read.value;
}

/** What a count cell is: its name in messages (`“好”票数`, `实到人数`) and the code of a bad value. */
export interface CountOf {
  readonly what: string;
  readonly whatEn: string;
  /** VOTE_INVALID for votes and 实到 / 应到; NOT_A_NUMBER for the 扣分制 count. */
  readonly invalid: Extract<IssueCode, 'VOTE_INVALID' | 'NOT_A_NUMBER'>;
}

/** A whole number ≥ 0 (and at most 2^53 − 1, so sums and comparisons stay exact). */
export function readCount(found: Found, cell: GivenCell, of: CountOf): Read {
  const v = cell.value;
  if (typeof v === 'number' && v >= 0 && Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  const read = readNumber(v);
  if (read.kind === 'empty') return EMPTY;
  if (read.kind === 'error') {
    found.add('EXCEL_ERROR', cell.col, { value: read.error });
    return BAD;
  }
  if (read.kind === 'number' && read.value >= 0 && Number.isSafeInteger(read.value)) {
    if (read.fromText) found.add('TEXT_NUMBER', cell.col, { value: read.text ?? '', number: read.value });
    return read.value;
  }
  const value = shownValue(v);
  if (of.invalid === 'VOTE_INVALID') found.add('VOTE_INVALID', cell.col, { what: of.what, whatEn: of.whatEn, value });
  else found.add('NOT_A_NUMBER', cell.col, { value, what: `有效的${of.what}`, whatEn: `a valid ${of.whatEn}`, fix: `${of.what}应为 0 或正整数，请只填数字。`, fixEn: `It must be a whole number ≥ 0; enter digits only.` });
  return BAD;
}

/** A 实绩 figure or per-unit parameter: any finite number, text numbers and percent text (`85%` → 0.85) accepted. */
export function readFigure(found: Found, cell: GivenCell): Read {
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v)) return v === 0 ? 0 : v;
  const read = readNumber(v);
  if (read.kind === 'empty') return EMPTY;
  if (read.kind === 'percent') {
    const value = percentValue(read.text);
    if (value !== null) {
      found.add('TEXT_NUMBER', cell.col, { value: read.text, number: value });
      return value;
    }
  }
  if (read.kind !== 'number') return notNumber(found, cell, read, '实际数值，可带 %', 'a number, % allowed', { what: '数字', whatEn: 'a number' });
  if (read.fromText) found.add('TEXT_NUMBER', cell.col, { value: read.text ?? '', number: read.value });
  return read.value;
}

/** `85%` → 0.85 (to 15 significant digits); null when the text before `%` is not a number. */
function percentValue(text: string): number | null {
  const body = toHalfWidth(text).trim().slice(0, -1);
  const read = readNumber(body);
  return read.kind === 'number' ? sig15(read.value / 100) : null;
}

/** EXCEL_ERROR or NOT_A_NUMBER for a cell that does not read as a number; always BAD. */
function notNumber(found: Found, cell: GivenCell, read: NumberRead, wantZh: string, wantEn: string, what: { what: string; whatEn: string } | null = null): Read {
  if (read.kind === 'error') {
    found.add('EXCEL_ERROR', cell.col, { value: read.error });
  } else if (read.kind === 'percent') {
    found.add('NOT_A_NUMBER', cell.col, { value: read.text.slice(0, 60), fix: `得分应为分数，不是百分比：请把“${read.text.slice(0, 60)}”换算成分数填写（${wantZh}）。`, fixEn: `A score is points, not a percentage: convert it to points (${wantEn}).` });
  } else {
    found.add('NOT_A_NUMBER', cell.col, { value: shownValue(cell.value) || (read.kind === 'text' ? read.text.slice(0, 60) : ''), ...what, fix: `请改为数字（${wantZh}）。`, fixEn: `Enter a number (${wantEn}).` });
  }
  return BAD;
}

/** What to say about an empty cell under 报错: the fix, Chinese and English. */
export interface BlankFix {
  readonly zh: string;
  readonly en: string;
}

/**
 * An empty indicator (SPEC §8.1 "Blank cells") on the cell at `col`: under 按0分 the score is 0 with a
 * MISSING_VALUE warning; under 报错 the error MISSING_VALUE and no score (null).
 * `fix` (报错 only) says what to fill in; without it the message asks for a score 0..max.
 */
export function blankScore(found: Found, col: number, ind: { readonly name: string; readonly max: number }, settings: Settings, fix?: BlankFix): 0 | null {
  if (settings.blank === '按0分') {
    found.add('MISSING_VALUE', col, { indicator: ind.name, max: ind.max, fix: '已按 0 分计算（【基本设置】空白处理 = 按0分）；如有数据请补填。', fixEn: 'It was scored 0 (空白处理 = 按0分); fill it in if that is wrong.' }, 'warning');
    return 0;
  }
  found.add('MISSING_VALUE', col, { indicator: ind.name, max: ind.max, ...(fix ? { fix: fix.zh, fixEn: fix.en } : {}) });
  return null;
}
