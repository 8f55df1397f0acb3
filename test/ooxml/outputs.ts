/**
 * Every kind of .xlsx the program writes, made once for the conformance test: the .xlsx host's
 * output after score and after undo, with both writers (`fast`, the default, and `exceljs`), on the
 * sample workbook and on golden inputs chosen for what trips Excel — notes on several sheets and a
 * clerk's 考核结果 with defined names of every scope (from golden 09), a theme-less input as
 * LibreOffice saves them (from golden 10, whose data errors add notes), an earlier run's output
 * (golden 08), a merged two-level header with formulas and a hidden row (golden 01) — and the CLI's
 * score, undo and template outputs.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { assess } from '../../src/engine';
import { main } from '../../src/cli/main';
import { applyPlan, loadWorkbookFile, saveWorkbookFile, toWorkbookInput, undoLastRun } from '../../src/hosts/xlsx';
import type { SaveWriter } from '../../src/hosts/xlsx/save';
import { capture } from '../fixtures/cli/workbooks';

const ROOT = path.resolve(__dirname, '..', '..');
export const GOLDEN = (name: string): string => path.join(ROOT, 'test', 'golden', name);
export const SAMPLE = path.join(ROOT, 'examples', '县直单位年度考核.xlsx');
/** The run's clock, fixed. */
const NOW = new Date(Date.UTC(2027, 0, 10, 8, 0, 0));

export interface Written {
  /** e.g. `09+批注+名称 · score · exceljs`. */
  readonly label: string;
  readonly input: Uint8Array;
  readonly output: Uint8Array;
  /** After undo the defined names must be the input's exactly; after score they may gain `_xlnm.` ones. */
  readonly stage: 'score' | 'undo' | 'template';
}

/**
 * Golden 09 (sheets 考核数据, 考核结果 — the clerk's —, 考核方案) with a note on each sheet and
 * defined names of every scope: a constant, a workbook-wide range, one scoped to 考核数据 and one to
 * the clerk's 考核结果, and 范围 both workbook-wide and scoped to 考核方案 (Excel allows that pair).
 */
export async function withNotesAndNames(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) ws.getCell('A1').note = `${ws.name}：请核对`;
  (wb.getWorksheet('考核结果') as ExcelJS.Worksheet).getCell('E3').note = '空单元格上的批注';
  const zip = await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const names =
    '<definedNames>' +
    '<definedName name="税率">0.05</definedName>' +
    '<definedName name="数据区">考核数据!$A$1:$C$4</definedName>' +
    '<definedName name="本表标题" localSheetId="0">考核数据!$A$1</definedName>' +
    '<definedName name="去年名单" localSheetId="1">考核结果!$A$2:$C$6</definedName>' +
    '<definedName name="范围">考核数据!$B$2</definedName>' +
    '<definedName name="范围" localSheetId="2">考核方案!$A$1:$B$2</definedName>' +
    '</definedNames>';
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const block = /<definedNames[\s\S]*?<\/definedNames>|<definedNames\/>/;
  zip.file('xl/workbook.xml', block.test(xml) ? xml.replace(block, names) : xml.replace('</sheets>', `</sheets>${names}`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The file as LibreOffice and WPS save them: no theme part, no relationship or content type for one. */
export async function withoutTheme(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/theme/'))) zip.remove(name);
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship\b[^>]*\/theme"?[^>]*\/>/g, ''));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/theme\/[^"]*"[^>]*\/>/g, ''));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Scores `input` with the .xlsx host and saves with `writer`; then undoes that run and saves again. */
export async function scoreAndUndo(dir: string, label: string, input: Uint8Array, writer: SaveWriter): Promise<Written[]> {
  const base = path.join(dir, `${label.replace(/[^\w\u4e00-\u9fff]+/g, '_')}-${writer}`);
  fs.writeFileSync(`${base}.in.xlsx`, input);
  const wb = await loadWorkbookFile(`${base}.in.xlsx`);
  const plan = assess(toWorkbookInput(wb), { mode: 'score' }).plan;
  if (!plan) throw new Error(`${label}: no write plan`);
  applyPlan(wb, plan, { now: NOW });
  await saveWorkbookFile(wb, `${base}.score.xlsx`, { writer });
  const scored = new Uint8Array(fs.readFileSync(`${base}.score.xlsx`));
  const back = await loadWorkbookFile(`${base}.score.xlsx`);
  const undone = undoLastRun(back);
  if (!undone.ok) throw new Error(`${label}: undo failed: ${undone.reasonEn}`);
  await saveWorkbookFile(back, `${base}.undo.xlsx`, { writer });
  return [
    { label: `${label} · score · ${writer}`, input, output: scored, stage: 'score' },
    { label: `${label} · undo · ${writer}`, input, output: new Uint8Array(fs.readFileSync(`${base}.undo.xlsx`)), stage: 'undo' },
  ];
}

/** The command line's own outputs: score and undo of the sample, the template, a draft scheme for a ledger. */
export async function cliOutputs(dir: string): Promise<Written[]> {
  const run = async (args: string[]): Promise<void> => {
    const c = capture();
    const status = await main(args, c.io);
    if (status === 2) throw new Error(`kaoping ${args.join(' ')}: ${c.err()}`);
  };
  const read = (f: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(dir, f)));
  const sample = new Uint8Array(fs.readFileSync(SAMPLE));
  await run(['score', SAMPLE, '-o', path.join(dir, 'cli-score.xlsx'), '-q']);
  await run(['undo', path.join(dir, 'cli-score.xlsx'), '-o', path.join(dir, 'cli-undo.xlsx')]);
  await run(['template', '-o', path.join(dir, 'cli-template.xlsx')]);
  // A ledger without a scheme: golden 01's 台账 alone.
  const ledger = new ExcelJS.Workbook();
  await ledger.xlsx.readFile(GOLDEN('01-乡镇党建-两级表头-分值行.xlsx'));
  ledger.removeWorksheet((ledger.getWorksheet('考核方案') as ExcelJS.Worksheet).id);
  await ledger.xlsx.writeFile(path.join(dir, 'ledger.xlsx'));
  await run(['template', path.join(dir, 'ledger.xlsx'), '-o', path.join(dir, 'cli-draft.xlsx')]);
  return [
    { label: 'CLI score 样例', input: sample, output: read('cli-score.xlsx'), stage: 'score' },
    { label: 'CLI undo 样例', input: sample, output: read('cli-undo.xlsx'), stage: 'undo' },
    { label: 'CLI template', input: read('cli-template.xlsx'), output: read('cli-template.xlsx'), stage: 'template' },
    { label: 'CLI template 台账', input: read('ledger.xlsx'), output: read('cli-draft.xlsx'), stage: 'template' },
  ];
}
