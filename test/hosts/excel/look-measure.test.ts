/**
 * Measures (not asserts) syncs and bytes of a styled write and its undo at 100, 10,000 and 100,000
 * units on the Excel double, for docs/addin.md. Runs only with KAOPING_MEASURE=1 (slow: the
 * 100,000-unit cycle takes minutes): `KAOPING_MEASURE=1 npx jest test/hosts/excel/look-measure`.
 */
import * as fs from 'fs';
import { installOfficeDouble, type OfficeDouble } from '../../office-double';
import { readWorkbook, undoLastWrite, writePlan } from '../../../src/hosts/excel';
import { forgetSizes } from '../../../src/hosts/excel/read-sheets';
import { plan } from './fixtures';
import { styled, styledPlan } from './styled';

const on = process.env['KAOPING_MEASURE'] === '1';
const sizes = (process.env['KAOPING_MEASURE_UNITS'] ?? '100,10000,100000').split(',').map(Number);

function bytes(xl: OfficeDouble): { syncs: number; request: number; response: number } {
  return { syncs: xl.syncs, request: xl.requestBytes.reduce((a, b) => a + b, 0), response: xl.responseBytes.reduce((a, b) => a + b, 0) };
}

(on ? describe : describe.skip)('measure: styled write and undo', () => {
  test.each(sizes)('%d units', async (units) => {
    forgetSizes();
    const xl = installOfficeDouble(globalThis, styled(units));
    const before = JSON.stringify(xl.save());
    const { fingerprint } = await readWorkbook();
    xl.resetCounters();
    const out = await writePlan(styledPlan(plan(units, { marks: [[2, 2], [3, 3]] })), fingerprint);
    if (!out.ok) throw new Error('write refused');
    const write = bytes(xl);
    xl.resetCounters();
    await undoLastWrite();
    const undo = bytes(xl);
    const line = JSON.stringify({ units, write, undo, restored: JSON.stringify(xl.save()) === before });
    fs.appendFileSync(process.env['KAOPING_MEASURE_OUT'] ?? '/tmp/kaoping-measure.jsonl', `${line}\n`);
  }, 1_800_000);
});
