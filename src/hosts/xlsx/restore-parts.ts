/**
 * What an exceljs round trip loses and this host puts back, part by part: font 0 in `xl/styles.xml`
 * (default-font.ts) and the defined names in `xl/workbook.xml` (defined-names.ts). Both writers use
 * it: fast-save.ts while it writes each part, save.ts after exceljs's own `writeBuffer`.
 */
import type ExcelJS from 'exceljs';
import { withDefaultFont } from './default-font';
import { withDefinedNames } from './defined-names';

/** The parts `restorePart` may change (besides every sheet's notes drawing, `VML_PART`). */
export const RESTORED_PARTS = ['xl/styles.xml', 'xl/workbook.xml'] as const;

/** A sheet's notes drawing, as exceljs names it: `xl/drawings/vmlDrawing<sheet id>.vml`. */
export const VML_PART = /^xl\/drawings\/vmlDrawing(\d+)\.vml$/;

/**
 * exceljs 4.4 gives every notes drawing `o:idmap data="1"` and shapes `_x0000_s1025…`, so with notes
 * on two sheets the ids collide and Excel offers to repair the file. Excel's own files give drawing n
 * the block n: idmap `data="n"`, shape ids from 1024 × n + 1. Example: in vmlDrawing2.vml,
 * `data="1"` → `data="2"`, `_x0000_s1025` → `_x0000_s2049`.
 */
export function vmlWithOwnIds(xml: string, n: number): string {
  if (n === 1) return xml;
  return xml
    .replace(/(<o:idmap\b[^>]*\bdata=")1(")/, `$1${n}$2`)
    .replace(/_x0000_s(\d+)/g, (_m, id: string) => `_x0000_s${Number(id) - 1024 + 1024 * n}`);
}

/**
 * The part `name` as exceljs wrote it for `wb` (`xml`), with what the loaded file had put back;
 * `xml` itself for any other part or when nothing is to be restored.
 * Example: restorePart(wb, 'xl/styles.xml', xml) → font 0 is 宋体 12 again.
 */
export function restorePart(wb: ExcelJS.Workbook, name: string, xml: string): string {
  if (name === 'xl/styles.xml') return withDefaultFont(wb, xml);
  if (name === 'xl/workbook.xml') return withDefinedNames(wb, xml);
  const vml = VML_PART.exec(name);
  if (vml) return vmlWithOwnIds(xml, Number(vml[1]));
  return xml;
}
