/**
 * Keeps a workbook's default font (font 0 of `xl/styles.xml`, the font of every cell without a style
 * of its own — 宋体 or 等线 in most Chinese workbooks) through an exceljs round trip (applied on save
 * by restore-parts.ts). exceljs always writes Calibri 11 as font 0, so without this every unstyled
 * cell changes font.
 *
 * On load the original font 0 is remembered for the workbook object; on save the first `<font>` of
 * the written styles is replaced by it. Fonts that cells name explicitly are unaffected (exceljs
 * writes them as fonts of their own). Uses jszip, the zip library exceljs itself is built on.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

const STYLES = 'xl/styles.xml';
const FIRST_FONT = /(<fonts\b[^>]*>\s*)(<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>)/;

const remembered = new WeakMap<ExcelJS.Workbook, string>();

/** The first `<font>` element of a styles part, or null. */
export function firstFont(stylesXml: string): string | null {
  const m = FIRST_FONT.exec(stylesXml);
  return m ? (m[2] as string) : null;
}

/** Remembers the default font of the file `wb` was loaded from (no-op when it can not be found). */
export async function rememberDefaultFont(wb: ExcelJS.Workbook, file: Uint8Array): Promise<void> {
  try {
    const zip = await JSZip.loadAsync(file);
    const xml = await zip.file(STYLES)?.async('string');
    const font = xml ? firstFont(xml) : null;
    if (font) remembered.set(wb, font);
  } catch {
    // The workbook loaded; an unreadable styles part only means the default font is not kept.
  }
}

/**
 * The styles part `stylesXml` (as exceljs wrote it for `wb`) with its font 0 put back to the one
 * remembered for `wb`; `stylesXml` itself when nothing is remembered or the fonts already agree.
 * Example: Calibri 11 as the first `<font>` → `<font><sz val="12"/><name val="宋体"/>…</font>`.
 */
export function withDefaultFont(wb: ExcelJS.Workbook, stylesXml: string): string {
  const font = remembered.get(wb);
  if (!font) return stylesXml;
  const current = firstFont(stylesXml);
  if (current === null || current === font) return stylesXml;
  return stylesXml.replace(FIRST_FONT, (_m, open: string) => `${open}${font}`);
}
