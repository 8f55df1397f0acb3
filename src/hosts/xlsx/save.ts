/** Writing .xlsx files: to a temporary file beside the target, then renamed over it. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { RESTORED_PARTS, restorePart, VML_PART } from './restore-parts';
import { WorkbookFileError } from './file-error';

/** fast-save.ts, loaded on first use (a load failure is a save error like any other: see below). */
function loadFastSave(): typeof import('./fast-save') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./fast-save') as typeof import('./fast-save');
}

/** exceljs's own writer, then the parts it changed put back (restore-parts.ts), in one jszip re-zip. */
async function writeWithExceljs(wb: ExcelJS.Workbook, tmp: string): Promise<void> {
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(written);
  let changed = false;
  const vml = Object.keys(zip.files).filter((n) => VML_PART.test(n));
  for (const name of [...RESTORED_PARTS, ...vml]) {
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined) continue;
    const next = restorePart(wb, name, xml);
    if (next !== xml) {
      zip.file(name, next);
      changed = true;
    }
  }
  await fs.writeFile(tmp, changed ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : written);
}

/** `fast` (default): `fast-save.ts`; `exceljs`: exceljs's own `writeBuffer` plus the jszip fix-ups (kept for comparison). */
export type SaveWriter = 'fast' | 'exceljs';

/**
 * Saves `wb` to `file`. Writes `file`'s folder/.name.<pid>.tmp first and renames it into place, so a
 * failed write never leaves a half-written workbook (nor damages the input when `-o` names it).
 * A workbook opened with `loadWorkbookFile` keeps its default font (exceljs alone writes Calibri 11).
 * The parts are exceljs's own (same XML as `wb.xlsx.writeFile`), written by `fast-save.ts`;
 * `options.writer: 'exceljs'` uses exceljs's `writeBuffer` and re-zips for the font and names instead.
 * Throws `WorkbookFileError('unreadable', …)` with a Chinese message when it can not write.
 * Example: `await saveWorkbookFile(wb, 'out/考核-已评分.xlsx')`.
 */
/**
 * A workbook read from a file without a theme part (LibreOffice and WPS save none) has an empty
 * theme list; exceljs 4.4 then writes no theme but still names `theme/theme1.xml` in the workbook's
 * relationships (lib/xlsx/xlsx.js: `addThemes` writes `model.themes || {theme1}`, the relationship is
 * always added), and Excel offers to repair the file. With no themes, exceljs writes its default
 * theme: the relationship then points at a part that exists.
 */
export function ensureTheme(wb: ExcelJS.Workbook): void {
  const w = wb as unknown as { _themes?: Record<string, string> | undefined };
  if (w._themes && Object.keys(w._themes).length === 0) w._themes = undefined;
}

export async function saveWorkbookFile(wb: ExcelJS.Workbook, file: string, options?: { writer?: SaveWriter }): Promise<void> {
  ensureTheme(wb);
  const dir = path.dirname(path.resolve(file));
  const name = path.basename(file);
  const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
  try {
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (options?.writer === 'exceljs') await writeWithExceljs(wb, tmp);
    else {
      // Loaded here, not imported at the top: fast-save.ts reaches into exceljs's lib/ files, and
      // if another exceljs version lacks one, loading fails and the save falls back like any other error.
      await Promise.resolve().then(() => loadFastSave().writeWorkbookFast(wb, tmp)).catch(async (err: unknown) => {
        // An I/O error (it has a code) is the user's to fix. Anything else means exceljs's internals are
        // not what fast-save.ts expects (another exceljs version?): save with exceljs's own writer.
        if ((err as NodeJS.ErrnoException | undefined)?.code !== undefined) throw err;
        await writeWithExceljs(wb, tmp);
      });
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const why = code ?? (err instanceof Error ? err.message : String(err));
    const hint =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `文件夹“${dir}”不存在，请先建立它或换一个输出路径。`
        : code === 'EISDIR'
          ? `“${file}”是文件夹，请给出 .xlsx 文件名。`
          : '请确认有写入权限、磁盘未满，且该文件没有在 Excel 或 WPS 中打开。';
    const hintEn =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `The folder "${dir}" does not exist; create it or choose another output path.`
        : code === 'EISDIR'
          ? `"${file}" is a folder; give an .xlsx file name.`
          : 'Check the write permission and free disk space, and that the file is not open in Excel or WPS.';
    throw new WorkbookFileError('unreadable', `无法写入文件“${file}”（${why}）。${hint}`, `Cannot write "${file}" (${why}). ${hintEn}`);
  }
}
