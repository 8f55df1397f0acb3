/**
 * Shared checks for the property tests: issue shape (SPEC §6) and summary tallies. They return the
 * problems found (empty when all is well) so that a property asserts once, cheaply.
 */
import { ALL_ISSUE_CODES, parseA1, type Assessment, type Issue } from '../../../src/engine';

const A1_PATTERN = /^[A-Z]{1,3}[1-9][0-9]*$/;

/** Every issue has a known code, a severity, a sheet, both messages, and a cell that is null or A1. */
export function malformed(issues: readonly Issue[], sheets: readonly string[]): string[] {
  const out: string[] = [];
  for (const i of issues) {
    const bad: string[] = [];
    if (!ALL_ISSUE_CODES.includes(i.code)) bad.push('code');
    if (i.severity !== 'error' && i.severity !== 'warning') bad.push('severity');
    if (typeof i.sheet !== 'string' || !sheets.includes(i.sheet)) bad.push('sheet');
    if (typeof i.message !== 'string' || i.message.length === 0) bad.push('message');
    if (typeof i.messageEn !== 'string' || i.messageEn.length === 0) bad.push('messageEn');
    if (i.cell !== null) {
      const at = parseA1(i.cell);
      if (typeof i.cell !== 'string' || !A1_PATTERN.test(i.cell) || !at || at.row !== i.row || at.col !== i.col) bad.push('cell');
    }
    if (bad.length) out.push(`${i.code}@${String(i.sheet)}!${String(i.cell)}: ${bad.join(',')}`);
  }
  return out;
}

/** Summary tallies that disagree with the units and issues. */
export function badSummary(r: Assessment): string[] {
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  const want = { units: r.units.length, scored: r.units.filter((u) => u.total !== null).length, errors, warnings: r.issues.length - errors };
  return JSON.stringify(r.summary) === JSON.stringify(want) ? [] : [`summary ${JSON.stringify(r.summary)} ≠ ${JSON.stringify(want)}`];
}
