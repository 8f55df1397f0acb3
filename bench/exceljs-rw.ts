/**
 * The baseline of the 40-unit CLI bench (bench/cli-small.ts): a node process that reads a workbook
 * with exceljs and writes it back, nothing else — what any Node tool must pay to touch the file.
 * Usage: `node exceljs-rw.js IN.xlsx OUT.xlsx`.
 */
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: exceljs-rw.js IN.xlsx OUT.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
