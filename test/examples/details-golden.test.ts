/**
 * The details of SPEC §8.6 are built when a reader first asks for them (compute/details.ts: the
 * compute step keeps the values each method read and runs the method again on them). Readers must
 * get exactly what the engine gave when it built every detail at once: this compares, for the dual
 * sample and the two 综合评价 goldens, every unit's `details` (every field: the pane's explanation
 * reads them all) and the CLI report (whose `details` are the 测评 / 评委 sentences) with
 * details.golden.json, written by the engine of commit 756017e, the last one that built details
 * eagerly (and whose hand-checked tests, test/examples/dual-sample.test.ts, passed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { assess } from '../../src/engine';
import type { Assessment } from '../../src/engine/model/result';
import { buildReport } from '../../src/cli/report';
import { loadWorkbookFile, toWorkbookInput } from '../../src/hosts/xlsx';

const ROOT = path.join(__dirname, '..', '..');
type Golden = Record<string, { details: Array<{ name: string; details: unknown[] }>; report: unknown }>;
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'details.golden.json'), 'utf8')) as Golden;

async function assessed(file: string): Promise<Assessment> {
  return assess(toWorkbookInput(await loadWorkbookFile(path.join(ROOT, file))), { mode: 'score' });
}

/** Through JSON, as the report and the golden are: undefined fields drop out on both sides alike. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x)) as unknown;

describe.each(Object.keys(golden))('%s', (file) => {
  const want = golden[file];
  if (!want) throw new Error(`no golden for ${file}`);

  test('every unit\'s details equal the eagerly built ones, field for field', async () => {
    const a = await assessed(file);
    expect(plain(a.units.map((u) => ({ name: u.name, details: u.details })))).toEqual(want.details);
  });

  test('the report (built first, before any other reader) equals the eagerly built one', async () => {
    const a = await assessed(file);
    expect(plain(buildReport(a))).toEqual(want.report);
  });

  test('a unit\'s details are built once: the same list on every read, also through JSON of the whole unit', async () => {
    const a = await assessed(file);
    const u = a.units.find((x) => x.details.some((d) => d !== null));
    expect(u).toBeDefined();
    if (!u) return;
    expect(u.details).toBe(u.details);
    const k = want.details.findIndex((d) => d.name === u.name);
    expect((plain(u) as { details: unknown }).details).toEqual(want.details[k]?.details);
  });
});
