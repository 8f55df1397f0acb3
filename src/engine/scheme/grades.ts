/**
 * 【等次】 (SPEC §1.1): header `等次 | 最低分 | 比例上限`, best grade first. 最低分 blank reads as 0;
 * 比例上限 is `20%`, `0.2`, or a number above 1 read as a percent (`20`). The order rules
 * (最低分 non-increasing, the last one 0) and the ranges are checked by the zod schema.
 *
 * Decision: 最低分 may be blank on any grade (= 0), so a scheme graded by quotas only
 * (`优秀 | | 20%`, `良好 | | 50%`, `一般 | |`) is valid.
 */
import type { GradeRule } from '../model/scheme';
import type { SchemeContext } from './context';
import type { Section } from './sections';
import { readTable, type ColumnSpec } from './table';
import { readName, readNumber, readProportion, shown } from './values';

type Key = 'name' | 'min' | 'quota';

const SPECS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'name', header: '等次', required: true },
  { key: 'min', header: '最低分', required: true },
  { key: 'quota', header: '比例上限', required: false },
];

export interface GradesRead {
  readonly grades: GradeRule[];
  /** False when a row was left out: the order checks would then compare the wrong grades. */
  readonly complete: boolean;
}

/** Reads 【等次】. Example: `优秀 | 90 | 20%` → { name: '优秀', min: 90, quota: 0.2 }. */
export function readGrades(ctx: SchemeContext, section: Section | undefined): GradesRead {
  const out: GradeRule[] = [];
  if (!section) return { grades: out, complete: true };
  const table = readTable(ctx, section, SPECS);
  if (!table.complete) return { grades: out, complete: false };
  let complete = true;
  for (const row of table.rows) {
    if (row.empty) continue;
    const name = readName(row.value('name'));
    const min = readNumber(row.value('min'));
    const quota = readProportion(row.value('quota'));
    let ok = true;
    if (typeof name !== 'string') {
      ok = false;
      ctx.invalid(row.at('name'), '等次名称为空或不是有效的名称（应为不超过 255 个字的文字）。请填写等次名称，如“优秀”', '等次 is empty or not a valid name (text of at most 255 characters); enter the grade name, e.g. 优秀');
    }
    if (min !== null && Number.isNaN(min)) {
      ok = false;
      ctx.invalid(row.at('min'), `最低分“${shown(row.value('min'))}”不是数字。请填写数字（最后一个等次填 0 或留空）`,
        `最低分 "${shown(row.value('min'))}" is not a number (the last grade takes 0 or blank)`);
    }
    if (quota !== null && Number.isNaN(quota)) {
      ok = false;
      ctx.invalid(row.at('quota'), `比例上限“${shown(row.value('quota'))}”不是 0 到 100% 之间的比例。请填写如 20%、0.2 或 20，不限比例请留空`,
        `比例上限 "${shown(row.value('quota'))}" is not a proportion between 0 and 100%; enter e.g. 20%, 0.2 or 20, or leave it blank for no quota`);
    }
    if (!ok || typeof name !== 'string') {
      complete = false;
      continue;
    }
    const i = out.length;
    ctx.place(`grades.${i}`, row.at('name'));
    ctx.place(`grades.${i}.name`, row.at('name'));
    ctx.place(`grades.${i}.min`, row.at('min'));
    ctx.place(`grades.${i}.quota`, row.at('quota'));
    out.push({ name, min: min ?? 0, quota, cell: row.at('name') });
  }
  return { grades: out, complete };
}
