/**
 * Keeps a workbook's defined names (名称管理器) through an exceljs round trip. exceljs drops constant
 * names (`税率 = 0.05`), mangles formula names (`SUM(S1!$A$1:$B$1)` → `'SUM(S1'!$A$1:$B$1`) and makes
 * sheet-scoped names workbook-wide. So: on load the original `<definedName>` elements of
 * `xl/workbook.xml` are remembered with the sheet each scoped one belongs to; on save every original
 * name is written back as it was (its `localSheetId` re-pointed to that sheet's new position), and
 * the names exceljs wrote that the original did not have (e.g. the print titles of 考核结果) are kept.
 * Names scoped to a sheet that is gone, or to the program's hidden `_考评…` sheets, are left to exceljs.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PROGRAM_SHEET_PREFIX } from '../../engine/model/scheme';

const WORKBOOK = 'xl/workbook.xml';
const NAME = /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g;
const BLOCK = /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/;
const SHEET = /<sheet\b[^>]*\bname="([^"]*)"/g;

interface Remembered {
  /** Each original name: its XML and the sheet it is scoped to (null = workbook-wide). */
  readonly names: ReadonlyArray<{ readonly xml: string; readonly key: string; readonly sheet: string | null }>;
}

const remembered = new WeakMap<ExcelJS.Workbook, Remembered>();

function attr(xml: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(xml);
  return m ? (m[1] as string) : null;
}

function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(SHEET)].map((m) => m[1] as string);
}

/** A name's identity: its name and the sheet it is scoped to. */
function keyOf(xml: string, sheets: readonly string[]): { key: string; sheet: string | null } {
  const local = attr(xml, 'localSheetId');
  const sheet = local === null ? null : (sheets[Number(local)] ?? null);
  return { key: `${attr(xml, 'name') ?? ''}\u0000${sheet ?? ''}`, sheet };
}

/**
 * The program's hidden `_考评…` sheets: their names are left to exceljs. A results sheet is not
 * among them: a clerk's `考核结果` keeps its names, and the program's own, rewritten under the same
 * name, gets the same print titles back.
 */
const isProgramSheet = (name: string | null): boolean => name !== null && name.startsWith(PROGRAM_SHEET_PREFIX);

/** Remembers the defined names of the file `wb` was loaded from (no-op when there are none). */
export async function rememberDefinedNames(wb: ExcelJS.Workbook, file: Uint8Array): Promise<void> {
  try {
    const zip = await JSZip.loadAsync(file);
    const xml = await zip.file(WORKBOOK)?.async('string');
    if (!xml) return;
    const sheets = sheetNames(xml);
    const names = (xml.match(BLOCK)?.[0].match(NAME) ?? []).map((n) => ({ xml: n, ...keyOf(n, sheets) })).filter((n) => !isProgramSheet(n.sheet));
    if (names.length) remembered.set(wb, { names });
  } catch {
    // The workbook loaded; an unreadable workbook part only means the names are left to exceljs.
  }
}

/**
 * The workbook part `xml` (as exceljs wrote it for `wb`) with the names remembered for `wb` put back;
 * `xml` itself when there is nothing to do. Example: exceljs's `<definedName name="税率">` is gone →
 * the original `<definedName name="税率">0.05</definedName>` is back.
 */
export function withDefinedNames(wb: ExcelJS.Workbook, xml: string): string {
  const kept = remembered.get(wb);
  if (!kept) return xml;
  const sheets = sheetNames(xml);
  const written = xml.match(BLOCK)?.[0].match(NAME) ?? [];
  const originalKeys = new Set(kept.names.map((n) => n.key));
  const names: string[] = [];
  for (const n of kept.names) {
    if (n.sheet === null) names.push(n.xml);
    else {
      const at = sheets.indexOf(n.sheet);
      if (at >= 0) names.push(n.xml.replace(/\blocalSheetId="[^"]*"/, `localSheetId="${at}"`));
    }
  }
  // exceljs rewrites a sheet-scoped name as a workbook-wide one: that copy is a twin of the
  // original (same name, other scope), not a new name — Excel would see the name twice. Built-in
  // `_xlnm.` names are one per sheet (print titles of a new 考核结果): kept when new for their sheet.
  const originalNames = new Set(kept.names.map((n) => attr(n.xml, 'name') ?? ''));
  for (const w of written) {
    if (originalKeys.has(keyOf(w, sheets).key)) continue;
    const name = attr(w, 'name') ?? '';
    if (!name.startsWith('_xlnm.') && originalNames.has(name)) continue;
    names.push(w);
  }
  const block = `<definedNames>${names.join('')}</definedNames>`;
  return BLOCK.test(xml) ? xml.replace(BLOCK, () => block) : xml.replace('</sheets>', () => `</sheets>${block}`);
}
