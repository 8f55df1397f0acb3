/**
 * The host fixtures (fixtures.ts) in a clerk's look: the table's cells (A2:H) in 仿宋, thin borders,
 * centred; the header cell H2 bold with a blue-grey fill; and the plan with the look fields the
 * engine gives new columns (header like H2, values like H on their row).
 */
import type { WritePlan } from '../../../src/engine/model/plan';
import type { DoubleSheetInit, DoubleWorkbookInit } from '../../office-double';
import { workbook } from './fixtures';

const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' };
export const TABLE = { fontName: '仿宋', borders: { top: thin, bottom: thin, left: thin, right: thin }, horizontalAlignment: 'Center', verticalAlignment: 'Center' };

/** The workbook with column H's cells (rows 2 … units + 2) in the table's look; H2 bold and filled. */
export function styled(units: number): DoubleWorkbookInit {
  const init = workbook(units);
  const [data, ...rest] = init.sheets;
  const formats: Record<string, typeof TABLE> = {};
  for (let r = 1; r < units + 2; r++) formats[`${r},7`] = TABLE;
  return { ...init, sheets: [{ ...(data as DoubleSheetInit), formats, bold: ['1,7'], fills: { '1,7': '#D9E1F2' } }, ...rest] };
}

/** The plan with the look fields the engine gives new columns: header like H2, values like H on their row. */
export function styledPlan(p: WritePlan): WritePlan {
  return { ...p, columns: p.columns.map((c) => ({ ...c, styleFrom: { header: { row: 1, col: 7 }, data: { col: 7 } } })) };
}
