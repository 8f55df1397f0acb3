/**
 * Reading .xlsx files: open a file with clear Chinese errors, and turn an exceljs workbook into the
 * engine's `WorkbookInput` (every sheet, in workbook order, 0-based coordinates).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, MergeArea, SheetInput, SheetVisibility, WorkbookInput } from '../../engine/model/workbook';
import { formulaKey } from '../../engine/model/workbook';
import { readCell } from './cells';
import { rememberDefaultFont } from './default-font';
import { rememberDefinedNames } from './defined-names';
import { restoreOrphanNotes } from './orphan-notes';
import { WorkbookFileError } from './file-error';

export { WorkbookFileError } from './file-error';
export type { WorkbookFileErrorReason } from './file-error';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buf = new Uint8Array(8);
    const { bytesRead } = await handle.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function ioError(file: string, err: unknown): WorkbookFileError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const name = path.basename(file);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new WorkbookFileError('not-found', `找不到文件“${file}”。请检查路径和文件名是否正确。`, `File not found: "${file}". Check the path and the file name.`);
  }
  if (code === 'EISDIR') {
    return new WorkbookFileError('unreadable', `“${file}”是文件夹，不是 Excel 文件。请指定 .xlsx 文件。`, `"${file}" is a folder, not an Excel file. Give an .xlsx file.`);
  }
  const why = code ?? (err instanceof Error ? err.message : String(err));
  return new WorkbookFileError('unreadable', `无法读取文件“${name}”（${why}）。请确认有读取权限，且文件没有被其他程序独占打开。`, `Cannot read "${name}" (${why}). Check the read permission and that no other program has it locked.`);
}

/**
 * Opens an .xlsx file with exceljs. Throws `WorkbookFileError` (never a raw exception) when the file
 * is missing ('not-found'), 0 bytes ('empty'), an OLE compound file — password-protected xlsx or an
 * old .xls ('encrypted'), not a zip or a zip without a workbook ('not-xlsx'), or otherwise broken ('unreadable').
 * Remembers the file's default font so that `saveWorkbookFile` keeps it (see `default-font.ts`).
 * Example: `await loadWorkbookFile('考核.xlsx')` → the exceljs Workbook.
 */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  let size: number;
  let head: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = stat.size;
    head = size > 0 ? await readHead(file) : new Uint8Array(0);
  } catch (err) {
    throw ioError(file, err);
  }
  if (size === 0) {
    throw new WorkbookFileError('empty', `文件“${name}”是空文件（0 字节），不是有效的 Excel 工作簿。请重新保存或重新获取该文件。`, `"${name}" is empty (0 bytes), not a valid Excel workbook. Save or obtain the file again.`);
  }
  if (startsWith(head, OLE_MAGIC)) {
    throw new WorkbookFileError('encrypted', `文件“${name}”设有打开密码（已加密），或是旧版 .xls 格式，无法读取。请在 Excel 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）或“另存为” .xlsx 格式后再试。`, `"${name}" is password-protected (encrypted) or an old .xls file. Open it in Excel, remove the password or save it as .xlsx, and try again.`);
  }
  const notXlsx = (): WorkbookFileError => new WorkbookFileError('not-xlsx', `文件“${name}”不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开后“另存为” Excel 工作簿（*.xlsx）再试。`, `"${name}" is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it as an Excel workbook (*.xlsx).`);
  if (!startsWith(head, ZIP_MAGIC)) throw notXlsx();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw ioError(file, err);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new WorkbookFileError('unreadable', `文件“${name}”已损坏或格式无法识别，无法读取（${why.slice(0, 120)}）。请在 Excel 中打开并重新保存为 .xlsx 后再试。`, `"${name}" is damaged or in a format that cannot be read (${why.slice(0, 120)}). Open it in Excel, save it again as .xlsx and retry.`);
  }
  if (wb.worksheets.length === 0) throw notXlsx();
  await rememberDefaultFont(wb, bytes);
  await rememberDefinedNames(wb, bytes);
  await restoreOrphanNotes(wb, bytes);
  return wb;
}

interface MergeLike {
  readonly model: { top: number; left: number; bottom: number; right: number };
}

/** exceljs keeps merges in a private map; reading `worksheet.model` would serialise the whole sheet. */
function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  const map = (ws as unknown as { _merges?: Record<string, MergeLike | undefined> })._merges ?? {};
  const out: MergeArea[] = [];
  for (const m of Object.values(map)) {
    if (!m) continue;
    const { top, left, bottom, right } = m.model;
    out.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/** One worksheet → the engine's SheetInput. */
export function toSheetInput(ws: ExcelJS.Worksheet, date1904: boolean): SheetInput {
  const cells: Array<Array<CellValue | undefined> | undefined> = [];
  const formulas = new Map<string, string>();
  const hiddenRows: number[] = [];
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r - 1);
    let out: Array<CellValue | undefined> | undefined;
    row.eachCell((cell, c) => {
      const { v, f } = readCell(cell, date1904);
      if (f !== undefined) formulas.set(formulaKey(r - 1, c - 1), f);
      if (v === null) return;
      if (!out) out = [];
      out[c - 1] = v;
    });
    if (out) cells[r - 1] = out;
  }
  const visibility: SheetVisibility = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  return { name: ws.name, cells, formulas, merges: mergesOf(ws), hiddenRows, visibility };
}

/**
 * The whole workbook as the engine's input: every sheet in workbook order. Values are cached results
 * for formula cells (formula text in `formulas`, key `"row,col"` 0-based, shared formulas translated),
 * Excel errors as `{ error: '#N/A' }`, dates as serial numbers, rich text and hyperlinks as their text.
 * Example: a sheet whose B2 holds `=1/0` gives `cells[1][1] = { error: '#DIV/0!' }`, `formulas.get('1,1') = '1/0'`.
 */
export function toWorkbookInput(wb: ExcelJS.Workbook): WorkbookInput {
  const date1904 = wb.properties?.date1904 === true;
  return { sheets: wb.worksheets.map((ws) => toSheetInput(ws, date1904)) };
}
