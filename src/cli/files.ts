/**
 * Which files a run reads and where it writes.
 *
 * Inputs: each argument is a file, or a folder whose `*.xlsx` files (not recursive) are taken in
 * name order, skipping Excel/WPS lock files (`~$…`), hidden files (`.…`) and the program's own
 * outputs (`*.评分.xlsx`, `*.撤销.xlsx`) so that scoring a folder twice does not score the results.
 *
 * Outputs (score): `-o X.xlsx` (one input only) writes X.xlsx; `-o FOLDER` (any path that does not
 * end in `.xlsx`; created if missing) writes `FOLDER/<name>.评分.xlsx`; without -o, `<name>.评分.xlsx`
 * beside the input. undo writes `<name>.撤销.xlsx` the same way. Nothing is ever written over an
 * input unless -o names that very file for a single input.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CliError } from './errors';

export const SCORED_SUFFIX = '.评分';
export const UNDONE_SUFFIX = '.撤销';

export interface Inputs {
  readonly files: readonly string[];
  /** True when several files were given or any argument was a folder: the multi-file report. */
  readonly multi: boolean;
}

function isOwnOutput(name: string): boolean {
  const base = name.replace(/\.xlsx$/i, '').replace(/\(\d+\)$/, '');
  return base.endsWith(SCORED_SUFFIX) || base.endsWith(UNDONE_SUFFIX);
}

/**
 * The note to add when Excel (or WPS) holds a file open: its owner file `~$name` lies beside it
 * (Excel drops the first two characters of a long name). '' when there is none.
 */
export function openInExcelHint(file: string): { zh: string; en: string } | null {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const owners = [`~$${name}`, `~$${name.slice(2)}`];
  if (!owners.some((o) => fs.existsSync(path.join(dir, o)))) return null;
  return { zh: `（“${name}”可能正在 Excel 或 WPS 中打开：请先关闭它再试。）`, en: ` ("${name}" may be open in Excel or WPS: close it and try again.)` };
}

/** Lists a folder's workbooks as described above. Example: ['a.xlsx', 'b.xlsx'] for a folder holding a.xlsx, b.xlsx, ~$a.xlsx, a.评分.xlsx. */
export function workbooksInFolder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$') && !e.name.startsWith('.') && !isOwnOutput(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => path.join(dir, n));
}

/** Expands the arguments into files. A missing path is left in: reading it reports it (exit 2 for that file). */
export function expandInputs(args: readonly string[]): Inputs {
  const files: string[] = [];
  let folder = false;
  for (const arg of args) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(arg);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      folder = true;
      const found = workbooksInFolder(arg);
      if (found.length === 0) {
        throw new CliError(`文件夹“${arg}”中没有 .xlsx 工作簿。`, `The folder "${arg}" holds no .xlsx workbook.`);
      }
      files.push(...found);
    } else files.push(arg);
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const key = path.resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files: unique, multi: folder || unique.length > 1 };
}

/** True when `-o` names a folder rather than a workbook: any path not ending in `.xlsx`, or an existing folder. */
export function isFolderTarget(output: string): boolean {
  try {
    if (fs.statSync(output).isDirectory()) return true;
  } catch {
    // does not exist yet
  }
  return !/\.xlsx$/i.test(output);
}

/** `a/b/县.xlsx` + `.评分` → `县.评分.xlsx`. */
export function derivedName(input: string, suffix: string): string {
  const base = path.basename(input).replace(/\.xlsx$/i, '');
  // An input that is itself an output (a.评分.xlsx, a.评分(2).xlsx) gets the next number, not a
  // second suffix: a.评分(2).xlsx, a.评分(3).xlsx.
  const m = new RegExp(`^(.*)${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\((\\d+)\\))?$`).exec(base);
  if (m) return `${m[1] as string}${suffix}(${Number(m[2] ?? 1) + 1}).xlsx`;
  return `${base}${suffix}.xlsx`;
}

/**
 * Plans the workbook each input is written to. Throws CliError (exit 2) when -o is a workbook
 * name for several inputs, when two inputs would be written to the same file, or when a run would
 * write over an input that -o did not name.
 */
export function planOutputs(inputs: readonly string[], output: string | null, suffix: string): string[] {
  const folderTarget = output !== null && isFolderTarget(output);
  if (output !== null && !folderTarget && inputs.length > 1) {
    throw new CliError(
      `处理多个文件时，-o 必须是一个文件夹，而“${output}”是工作簿文件名。请改为文件夹（如 -o 评分结果），每个文件将写为“<原名>${suffix}.xlsx”。`,
      `With several input files, -o must be a folder, but "${output}" is a workbook name. Give a folder (e.g. -o results); each file is written as "<name>${suffix}.xlsx".`,
    );
  }
  const outs = inputs.map((input) => {
    if (output === null) return path.join(path.dirname(input), derivedName(input, suffix));
    if (folderTarget) return path.join(output, derivedName(input, suffix));
    return output;
  });
  const byTarget = new Map<string, string>();
  outs.forEach((o, i) => {
    const key = path.resolve(o);
    const prior = byTarget.get(key);
    if (prior !== undefined) {
      throw new CliError(
        `“${prior}”和“${inputs[i] ?? ''}”会写到同一个文件“${o}”。请分开处理，或把它们放到不同文件夹后分别指定 -o。`,
        `"${prior}" and "${inputs[i] ?? ''}" would both be written to "${o}". Process them separately or use different -o folders.`,
      );
    }
    byTarget.set(key, inputs[i] ?? '');
  });
  const inputKeys = new Set(inputs.map((f) => path.resolve(f)));
  const explicitSelf = output !== null && !folderTarget && inputs.length === 1;
  outs.forEach((o) => {
    if (inputKeys.has(path.resolve(o)) && !explicitSelf) {
      throw new CliError(
        `输出文件“${o}”也是本次的输入文件，程序不会覆盖输入。请用 -o 指定其他位置。`,
        `The output "${o}" is also one of the inputs; the program does not write over its input. Choose another place with -o.`,
      );
    }
  });
  return outs;
}

/** Refuses a JSON report path that is one of the inputs (it would destroy a workbook). */
export function checkJsonTarget(json: string, inputs: readonly string[]): void {
  const key = path.resolve(json);
  if (inputs.some((f) => path.resolve(f) === key)) {
    throw new CliError(`--json 的文件“${json}”是输入的工作簿，不能覆盖。请换一个文件名（如 report.json）。`, `The --json file "${json}" is an input workbook; choose another name (e.g. report.json).`);
  }
}

/** Creates the folder that will hold `file`, if missing. */
export function ensureParent(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
