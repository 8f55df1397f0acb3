/**
 * Notes (批注) on cells that hold nothing else. exceljs 4.4 attaches a sheet's notes while it reads
 * the cells of `sheetData` (lib/xlsx/xform/sheet/cell-xform.js, `commentsMap`): a note whose cell is
 * not there — an empty, unstyled cell, which Excel does not write into sheetData — is dropped, and
 * the clerk's note would be gone from every workbook the command line writes. This reads the notes
 * parts itself and puts back the ones exceljs dropped (their text; formatting inside a note is not
 * kept for these).
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

const entity = (s: string): string => s
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
  .replace(/&amp;/g, '&');

function attr(xml: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(xml);
  return m ? entity(m[1] as string) : null;
}

/** `xl/worksheets/sheet1.xml` + `../comments1.xml` → `xl/comments1.xml`. */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** The notes of each sheet, by sheet name: cell reference → text. */
async function notesOf(bytes: Uint8Array): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const r of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (id && target) targets.set(id, resolve('xl/workbook.xml', target));
  }
  for (const s of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(s, 'name');
    const sheetPart = targets.get(attr(s, 'r:id') ?? '');
    if (!name || !sheetPart) continue;
    const relsPart = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
    const sheetRels = await zip.file(relsPart)?.async('string');
    const commentRel = (sheetRels?.match(/<Relationship\b[^>]*>/g) ?? []).find((r) => /\/comments$/.test(attr(r, 'Type') ?? ''));
    const commentsTarget = commentRel ? attr(commentRel, 'Target') : null;
    if (!commentsTarget) continue;
    const comments = await zip.file(resolve(sheetPart, commentsTarget))?.async('string');
    if (!comments) continue;
    const notes = new Map<string, string>();
    for (const c of comments.match(/<comment\b[\s\S]*?<\/comment>/g) ?? []) {
      const ref = attr(c, 'ref');
      if (!ref) continue;
      const text = [...c.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => entity(m[1] as string)).join('');
      notes.set(ref, text);
    }
    out.set(name, notes);
  }
  return out;
}

/** Puts back the notes exceljs dropped from `wb` (read from `bytes`). A file it can not read is left as exceljs read it. */
export async function restoreOrphanNotes(wb: ExcelJS.Workbook, bytes: Uint8Array): Promise<void> {
  let all: Map<string, Map<string, string>>;
  try {
    all = await notesOf(bytes);
  } catch {
    return;
  }
  for (const [sheet, notes] of all) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    for (const [ref, text] of notes) {
      // A cell exceljs kept has its note already; a dropped note's cell is made (empty) to hold it.
      const cell = ws.getCell(ref);
      if (cell.note === undefined) cell.note = text;
    }
  }
}
