/**
 * What every scheme reader shares: the sheet, the problems found so far (as `SCHEME_INVALID`
 * issues), and where each field of the scheme came from (`cells`), so that the zod validation of
 * the assembled scheme can name the cell of every problem it finds.
 */
import type { Issue } from '../model/issue';
import type { CellRef } from '../model/scheme';
import type { CellValue, SheetInput } from '../model/workbook';
import { cellAt } from '../model/workbook';
import { makeIssue } from '../issues/make';

export class SchemeContext {
  readonly issues: Issue[] = [];
  /**
   * Field path (as zod reports it, joined with '.') → scheme cell. E.g. `indicators.2.max` → the
   * 分值 cell of the third indicator; `settings.fullMark` → the 满分 value cell; `indicators` →
   * the 【指标】 section cell.
   */
  readonly cells = new Map<string, CellRef>();

  constructor(readonly sheet: SheetInput) {}

  value(at: CellRef): CellValue {
    return cellAt(this.sheet, at.row, at.col);
  }

  /** Adds a `SCHEME_INVALID` error at `at`; `zh` / `en` say what is wrong and how to fix it. */
  invalid(at: CellRef, zh: string, en: string): void {
    this.issues.push(makeIssue('SCHEME_INVALID', { sheet: this.sheet.name, row: at.row, col: at.col }, { detail: zh, detailEn: en }));
  }

  /** Records where a field came from (see `cells`). */
  place(path: string, at: CellRef): void {
    this.cells.set(path, at);
  }
}

/** `{ row, col }`, for brevity. */
export function ref(row: number, col: number): CellRef {
  return { row, col };
}

export const A1: CellRef = { row: 0, col: 0 };
