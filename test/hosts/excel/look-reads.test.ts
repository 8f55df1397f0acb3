/**
 * Which looks the write reads (look-plan.ts): a new column's cells one by one only where they lie in
 * the data sheet's formatted used range; right of it, one cell stands for the column. Undo is exact
 * either way.
 */
import { installOfficeDouble, type DoubleSheetInit, type DoubleWorkbookInit } from '../../office-double';
import { readWorkbook, undoLastWrite, writePlan } from '../../../src/hosts/excel';
import { DATA, plan } from './fixtures';
import { TABLE, styled, styledPlan } from './styled';

/** Applies a write of the styled plan for `units` units and undoes it; the response bytes of the write. */
async function writeAndUndo(init: DoubleWorkbookInit, units: number): Promise<{ response: number; written: ReturnType<ReturnType<typeof installOfficeDouble>['cell']>[]; restored: boolean }> {
  const xl = installOfficeDouble(globalThis, init);
  const before = JSON.stringify(xl.save());
  const { fingerprint } = await readWorkbook();
  xl.resetCounters();
  const out = await writePlan(styledPlan(plan(units)), fingerprint);
  if (!out.ok) throw new Error('changed');
  const response = xl.responseBytes.reduce((a, b) => a + b, 0);
  const written = [xl.cell(DATA, 'I10'), xl.cell(DATA, 'I60'), xl.cell(DATA, 'J10')];
  await undoLastWrite();
  return { response, written, restored: JSON.stringify(xl.save()) === before };
}

/** The styled workbook with the clerk's own format on I2:I51 (italic, red) and on M3 (bold): columns I–M in the formatted used range. */
function preformatted(units: number): DoubleWorkbookInit {
  const init = styled(units);
  const [data, ...rest] = init.sheets;
  const d = data as DoubleSheetInit;
  const formats = { ...(d.formats ?? {}) };
  for (let r = 1; r <= 50; r++) formats[`${r},8`] = { italic: true, fontColor: '#FF0000' };
  return { ...init, sheets: [{ ...d, formats, bold: [...(d.bold ?? []), '2,12'] }, ...rest] };
}

describe('the looks a styled write reads, and undo', () => {
  test('new columns right of the formatted used range: their cells are not read one by one; values in H\'s look; undo exact', async () => {
    const r = await writeAndUndo(styled(1000), 1000);
    // I10 = unit 8 (i = 7): scores (49 + 3k) % 21 = 7, 10, 13, 16, 19 → 65; J10 its rank 8.
    expect(r.written).toEqual([{ v: 65, nf: '0.00', fmt: TABLE }, { v: [0, 1, 2, 3, 4].reduce((s, k) => s + ((57 * 7 + k * 3) % 21), 0), nf: '0.00', fmt: TABLE }, { v: 8, fmt: TABLE }]);
    expect(r.restored).toBe(true);
    // The responses: the data sheet and H's 1,000 looks (≈ 350 B each without fill), not the new
    // columns' 3 × 1,001 cells (≈ 700 B each): under 1 MB (≈ 2 MB more when they were read).
    expect(r.response).toBeLessThan(1_000_000);
  });

  test('a new column inside it (the clerk formatted I2:I51; M3 widens it to M): its cells read one by one, and undo puts the italic red back', async () => {
    const r = await writeAndUndo(preformatted(100), 100);
    // I10 and I60 take H's look whole (italic and red replaced by the table's upright black 仿宋).
    expect(r.written[0]).toEqual({ v: 65, nf: '0.00', fmt: TABLE });
    expect(r.written[1]?.fmt).toEqual(TABLE);
    expect(r.restored).toBe(true);
  });
});
