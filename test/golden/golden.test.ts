/**
 * Golden workbooks (issue 11): every `*.xlsx` in this folder is one case. For each, the .xlsx host
 * reads it, `assess` scores it, and
 *   1. the SPEC §7 report equals `<name>.report.json`;
 *   2. applying the write plan changes exactly the cells listed in `<name>.written.json` (plus the
 *      program's hidden `_考评…` sheets, which are not listed), and writes the results sheet listed there;
 *   3. undo puts the workbook back as it was.
 * Adding a case = adding a workbook (test/golden/make-golden.js) and running `npm run golden:update`.
 * `GOLDEN_UPDATE=1` (that script) writes the expected JSON from the current program instead of comparing:
 * review the diff by hand (README.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { assess } from '../../src/engine';
import type { Assessment } from '../../src/engine/model/result';
import { PROGRAM_SHEET_PREFIX } from '../../src/engine/model/scheme';
import { RECORD_SHEET } from '../../src/engine/record';
import { applyPlan, loadWorkbookFile, saveWorkbookFile, toWorkbookInput, undoLastRun } from '../../src/hosts/xlsx';
import { buildReport, ReportSchema, type Report } from '../../src/cli/report';
import { describeWorkbook, type CellDescription, type SheetDescription } from '../fixtures/xlsx-host/describe';

const DIR = __dirname;
/** Where the undone workbooks are saved (gitignored). */
const TMP = path.join(DIR, '..', '.tmp', 'golden');
const UPDATE = process.env.GOLDEN_UPDATE === '1';
/** The undo snapshot's time: fixed, so that nothing in a run depends on the clock. */
const NOW = new Date(Date.UTC(2027, 0, 10, 8, 0, 0));

const CASES = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx') && !f.startsWith('~$')).sort();

// ---------------------------------------------------------------------------------------------
// Readable JSON: objects one key a line; every array element on one line of its own.

function compact(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(compact).join(', ')}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${compact(x)}`).join(', ')}}`;
}

function formatGolden(v: unknown, indent = ''): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + compact(x)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${formatGolden(x, inner)}`).join(',\n')}\n${indent}}`;
}

// ---------------------------------------------------------------------------------------------
// What a run wrote, as a clerk would list it.

interface WrittenCell {
  cell: string;
  value: unknown;
  /** A cell covered by a merged area: its top-left cell (exceljs reports that cell's value here; shown null). */
  mergedInto?: string;
  numFmt?: string;
  /** `#RRGGBB`, or null where the run took a fill away. */
  fill?: string | null;
  /** The note's text, or null where the run took a note away. */
  note?: string | null;
  /** Where the run changed them (issue 14: the look of the clerk's cells): `仿宋 11 bold`. */
  font?: string | null;
  /** `thin` when the four sides agree, else `top/right/bottom/left`, e.g. `thin/none/thin/thin`. */
  border?: string | null;
  /** `center/middle wrap`. */
  alignment?: string | null;
  /** Style properties other than these that the run changed (there should be none). */
  otherStyle?: string[];
}

interface Written {
  sheets: string[];
  cells: Record<string, WrittenCell[]>;
  /** Merged areas the run added, per sheet (program sheets aside). */
  merges?: Record<string, string[]>;
  columnWidths: Record<string, Record<string, number | null>>;
  resultSheet: { name: string; rows: unknown[][] } | null;
}

function a1Order(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  return Number(pa[2]) - Number(pb[2]) || pa[1]!.length - pb[1]!.length || pa[1]!.localeCompare(pb[1]!);
}

type Style = Record<string, unknown> & {
  numFmt?: string;
  fill?: { fgColor?: { argb?: string } };
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: { argb?: string } };
  border?: Record<'top' | 'right' | 'bottom' | 'left', { style?: string } | undefined>;
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
};

function fontText(f: Style['font']): string | null {
  if (!f) return null;
  const parts = [f.name ?? '-', String(f.size ?? '-')];
  if (f.bold) parts.push('bold');
  if (f.italic) parts.push('italic');
  if (f.color?.argb) parts.push(`#${f.color.argb.slice(-6)}`);
  return parts.join(' ');
}

function borderText(b: Style['border']): string | null {
  if (!b) return null;
  const sides = (['top', 'right', 'bottom', 'left'] as const).map((k) => b[k]?.style ?? 'none');
  return sides.every((x) => x === sides[0]) ? (sides[0] as string) : sides.join('/');
}

function alignmentText(a: Style['alignment']): string | null {
  if (!a) return null;
  return `${a.horizontal ?? '-'}/${a.vertical ?? '-'}${a.wrapText ? ' wrap' : ''}`;
}

const LOOK: ReadonlyArray<readonly ['font' | 'border' | 'alignment', (s: Style) => string | null]> = [
  ['font', (s) => fontText(s.font)],
  ['border', (s) => borderText(s.border)],
  ['alignment', (s) => alignmentText(s.alignment)],
];

function fillOf(style: Style | undefined): string | null {
  const argb = style?.fill?.fgColor?.argb;
  return typeof argb === 'string' ? `#${argb.slice(-6)}` : null;
}

function noteText(note: unknown): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  return texts ? texts.map((t) => t.text ?? '').join('') : JSON.stringify(note);
}

function valueOf(d: CellDescription | undefined): unknown {
  if (!d) return null;
  if (d.formula !== undefined) return { formula: d.formula, result: (d.value as { result?: unknown } | null)?.result ?? null };
  return d.value ?? null;
}

function cellChange(address: string, before: CellDescription | undefined, after: CellDescription | undefined): WrittenCell {
  const sb = (before?.style ?? {}) as Style;
  const sa = (after?.style ?? {}) as Style;
  const out: WrittenCell = { cell: address, value: valueOf(after) };
  if (sa.numFmt !== undefined) out.numFmt = sa.numFmt;
  const fa = fillOf(sa);
  if (fa !== null) out.fill = fa;
  else if (fillOf(sb) !== null) out.fill = null;
  const na = noteText(after?.note);
  if (na !== null) out.note = na;
  else if (noteText(before?.note) !== null) out.note = null;
  for (const [k, text] of LOOK) if (JSON.stringify(sb[k]) !== JSON.stringify(sa[k])) out[k] = text(sa);
  const keys = new Set([...Object.keys(sb), ...Object.keys(sa)]);
  const other = [...keys].filter((k) => !['numFmt', 'fill', 'font', 'border', 'alignment'].includes(k) && JSON.stringify(sb[k]) !== JSON.stringify(sa[k])).sort();
  if (other.length) out.otherStyle = other;
  return out;
}

function sheetLabel(s: SheetDescription): string {
  return s.state === 'visible' ? s.name : `${s.name} (${s.state})`;
}

/** Column widths that the run changed, by column letter (null: width taken away). */
function widthChanges(before: SheetDescription | undefined, after: SheetDescription): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const n = Math.max(before?.columns.length ?? 0, after.columns.length);
  for (let i = 0; i < n; i++) {
    const wb = before?.columns[i]?.width;
    const wa = after.columns[i]?.width;
    if (wb !== wa) out[letter(i)] = wa ?? null;
  }
  return out;
}

function letter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function resultRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
      // A merged area's value once, in its top-left cell (exceljs repeats it in every cell).
      row[c - 1] = cell.isMerged && cell.master !== cell ? null : cell.value ?? null;
    });
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    while (row.length && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  return rows;
}

function describeWritten(before: SheetDescription[], wb: ExcelJS.Workbook, resultName: string | null): Written {
  const after = describeWorkbook(wb).sheets;
  const cells: Record<string, WrittenCell[]> = {};
  const merges: Record<string, string[]> = {};
  const columnWidths: Record<string, Record<string, number | null>> = {};
  for (const s of after) {
    if (s.name.startsWith(PROGRAM_SHEET_PREFIX) || s.name === resultName) continue;
    const b = before.find((x) => x.name === s.name);
    const addresses = [...new Set([...Object.keys(b?.cells ?? {}), ...Object.keys(s.cells)])].sort(a1Order);
    const ws = wb.getWorksheet(s.name);
    const changed = addresses
      .filter((a) => JSON.stringify(b?.cells[a]) !== JSON.stringify(s.cells[a]))
      .map((a) => {
        const out = cellChange(a, b?.cells[a], s.cells[a]);
        const cell = ws?.getCell(a);
        if (cell?.isMerged && cell.master !== cell) return { cell: a, value: null, mergedInto: cell.master.address, ...Object.fromEntries(Object.entries(out).slice(2)) };
        return out;
      });
    if (changed.length) cells[s.name] = changed;
    const areas = (ws as unknown as { _merges?: Record<string, { range: string }> } | undefined)?._merges ?? {};
    const added = s.merges.filter((m) => !(b?.merges ?? []).includes(m));
    if (added.length) merges[s.name] = added.sort(a1Order).map((m) => areas[m]?.range ?? m);
    const widths = widthChanges(b, s);
    if (Object.keys(widths).length) columnWidths[s.name] = widths;
  }
  const list = resultName ? wb.getWorksheet(resultName) : undefined;
  return {
    sheets: after.map(sheetLabel),
    cells,
    ...(Object.keys(merges).length ? { merges } : {}),
    columnWidths,
    resultSheet: list ? { name: list.name, rows: resultRows(list) } : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Undo: the workbook back as it was, compared as files (saved and read again, as `kaoping undo`
// leaves it): in memory, undo writes "no fill" where exceljs read the file's `pattern: none`, which
// is the same fill in the file. exceljs keeps (empty) column objects up to the last column
// written, so trailing columns without width are left out; the record sheet is compared by its
// presence only (after undoing a second run it holds the first run's record, without undo data).

function restorable(wb: ExcelJS.Workbook): unknown {
  const d = describeWorkbook(wb);
  return {
    definedNames: d.definedNames,
    sheets: d.sheets.map((s) => {
      if (s.name === RECORD_SHEET) return { name: s.name, state: s.state };
      const columns = [...s.columns];
      while (columns.length && columns[columns.length - 1]!.width === undefined && !columns[columns.length - 1]!.hidden) columns.pop();
      return { ...s, columns };
    }),
  };
}

// ---------------------------------------------------------------------------------------------

function readExpected(file: string): unknown {
  const p = path.join(DIR, file);
  if (!fs.existsSync(p)) throw new Error(`${file} is missing: run \`npm run golden:update\` and review it (test/golden/README.md).`);
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

function check(file: string, actual: unknown): void {
  const plain = JSON.parse(JSON.stringify(actual)) as unknown;
  if (UPDATE) {
    fs.writeFileSync(path.join(DIR, file), `${formatGolden(plain)}\n`);
    return;
  }
  expect(plain).toEqual(readExpected(file));
}

test('the golden folder holds cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(8);
});

describe.each(CASES)('%s', (file) => {
  const base = file.replace(/\.xlsx$/, '');
  let wb: ExcelJS.Workbook;
  let before: ReturnType<typeof describeWorkbook>;
  let beforeRestorable: unknown;
  let assessment: Assessment;
  let report: Report;

  beforeAll(async () => {
    wb = await loadWorkbookFile(path.join(DIR, file));
    before = describeWorkbook(wb);
    beforeRestorable = restorable(wb);
    assessment = assess(toWorkbookInput(wb), { mode: 'score', previous: null });
    report = buildReport(assessment);
  });

  test('report (SPEC §7) equals .report.json', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    check(`${base}.report.json`, report);
  });

  test('the cells written equal .written.json; undo restores the workbook', async () => {
    const plan = assessment.plan;
    expect(plan).not.toBeNull();
    if (!plan) return;
    applyPlan(wb, plan, { now: NOW });
    // What the run wrote, read back from the file it saves (as Excel would open it).
    fs.mkdirSync(TMP, { recursive: true });
    const written = path.join(TMP, `written-${file}`);
    await saveWorkbookFile(wb, written);
    const back = await loadWorkbookFile(written);
    check(`${base}.written.json`, describeWritten(before.sheets, back, plan.resultSheet?.name ?? null));
    expect(undoLastRun(back)).toEqual({ ok: true });
    const undone = path.join(TMP, file);
    await saveWorkbookFile(back, undone);
    expect(restorable(await loadWorkbookFile(undone))).toEqual(beforeRestorable);
  });
});
