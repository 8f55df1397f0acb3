/**
 * What an exceljs round trip loses and this host puts back, part by part: font 0 in `xl/styles.xml`
 * (default-font.ts) and the defined names in `xl/workbook.xml` (defined-names.ts). Both writers use
 * it: fast-save.ts while it writes each part, save.ts after exceljs's own `writeBuffer`.
 */
import type ExcelJS from 'exceljs';
import { withDefaultFont } from './default-font';
import { withDefinedNames } from './defined-names';

/** The parts `restorePart` may change. */
export const RESTORED_PARTS = ['xl/styles.xml', 'xl/workbook.xml'] as const;

/**
 * The part `name` as exceljs wrote it for `wb` (`xml`), with what the loaded file had put back;
 * `xml` itself for any other part or when nothing is to be restored.
 * Example: restorePart(wb, 'xl/styles.xml', xml) → font 0 is 宋体 12 again.
 */
export function restorePart(wb: ExcelJS.Workbook, name: string, xml: string): string {
  if (name === 'xl/styles.xml') return withDefaultFont(wb, xml);
  if (name === 'xl/workbook.xml') return withDefinedNames(wb, xml);
  return xml;
}
