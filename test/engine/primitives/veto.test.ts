import fc from 'fast-check';
import { readVeto } from '../../../src/engine/cells/veto';
import type { CellValue } from '../../../src/engine/model/workbook';

const NO = { veto: false, warn: false, reason: null, mark: null };
const YES = { veto: true, warn: false, reason: null, mark: null };

describe('readVeto — standard answers (SPEC §1.1)', () => {
  it.each<[CellValue | undefined]>([
    [null], [undefined], [''], ['  '], ['\u3000'],
    ['否'], ['无'], ['0'], ['×'], ['✗'], ['N'], ['n'], ['No'], ['NO'], ['no'], ['FALSE'], ['false'], ['False'],
    ['-'], ['—'], ['/'],
    ['－'], ['／'], ['Ｎｏ'], ['ＦＡＬＳＥ'], ['０'], // full-width forms fold to the same words
    [' 否 '], ['\u3000无\u3000'], // surrounding spaces
    [0], [-0], [false],
  ])('%p → no veto', (v) => {
    expect(readVeto(v)).toEqual(NO);
  });

  it.each<[CellValue]>([
    ['是'], ['√'], ['✓'], ['Y'], ['y'], ['Yes'], ['YES'], ['yes'], ['1'], ['TRUE'], ['true'], ['否决'],
    ['Ｙ'], ['ｙｅｓ'], ['１'], ['ＴＲＵＥ'], [' 是 '], ['否 决'], // width, case and spaces folded
    [1], [true],
  ])('%p → veto', (v) => {
    expect(readVeto(v)).toEqual(YES);
  });
});

describe('readVeto — look-alikes of the marks: read as the mark they resemble, with VETO_TEXT (SPEC §1.1)', () => {
  it.each([
    ['X', '×'], ['x', '×'], ['Ｘ', '×'], ['ｘ', '×'], [' X ', '×'], // case and width folded
    ['✘', '✗'],
    ['--', '-'], ['－－', '-'], ['- -', '-'],
    ['——', '—'], ['―', '—'], ['─', '—'], ['\u3000——\u3000', '—'],
  ])('%p → no veto, warning, read as %p', (v, mark) => {
    expect(readVeto(v)).toEqual({ veto: false, warn: true, reason: null, mark });
  });
  it('✔ → veto, warning, read as ✓ (its reason is the column name, as for a standard yes)', () => {
    expect(readVeto('✔')).toEqual({ veto: true, warn: true, reason: null, mark: '✓' });
    expect(readVeto(' ✔ ')).toEqual({ veto: true, warn: true, reason: null, mark: '✓' });
  });
  it.each([['XX'], ['✘✘'], ['---'], ['✔✔']])('%p is no look-alike: other text, a veto with its reason', (v) => {
    expect(readVeto(v)).toEqual({ veto: true, warn: true, reason: v, mark: null });
  });
});

describe('readVeto — non-standard content (VETO_TEXT)', () => {
  it.each([
    ['否。'], ['否（已整改）'], ['无此情况'], ['无违规'], ['无 '.repeat(3) + '事故'],
  ])('%p begins with 否 or 无 → no veto, warning', (v) => {
    expect(readVeto(v)).toEqual({ veto: false, warn: true, reason: null, mark: null });
  });

  it.each([
    ['发生安全事故', '发生安全事故'],
    ['  发生安全事故  ', '发生安全事故'],
    ['有', '有'],
    ['是的', '是的'],
    ['1.0', '1.0'],
    ['否决：发生安全事故', '否决：发生安全事故'], // begins with 否决: a veto, not a 否
    ['否决（酒驾）', '否决（酒驾）'],
    ['  否 决:发生安全事故 ', '否 决:发生安全事故'], // spaces folded before comparing; the reason is the trimmed text
    ['否决否', '否决否'],
  ])('%p → veto, warning, reason %p', (v, reason) => {
    expect(readVeto(v)).toEqual({ veto: true, warn: true, reason, mark: null });
  });

  it('a number other than 0 or 1 counts as its text', () => {
    expect(readVeto(2)).toEqual({ veto: true, warn: true, reason: '2', mark: null });
    expect(readVeto(0.5)).toEqual({ veto: true, warn: true, reason: '0.5', mark: null });
    expect(readVeto(-1)).toEqual({ veto: true, warn: true, reason: '-1', mark: null });
  });

  it('an Excel error value counts as its text: a failed formula never clears a veto silently', () => {
    expect(readVeto({ error: '#N/A' })).toEqual({ veto: true, warn: true, reason: '#N/A', mark: null });
    expect(readVeto({ error: '#REF!' })).toEqual({ veto: true, warn: true, reason: '#REF!', mark: null });
  });
});

describe('readVeto — robustness', () => {
  it('never throws, and a warning-free non-veto is only ever a standard answer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => {
        const r = readVeto(s);
        if (r.veto && r.warn && r.mark === null) expect(r.reason).toBe(s.trim());
        if (r.mark !== null) expect(r.warn).toBe(true);
        if (!r.veto) expect(r.reason).toBeNull();
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (v) => {
        expect(() => readVeto(v as CellValue)).not.toThrow();
      }),
      { numRuns: 1000, seed: 17 },
    );
  });
  it('reads 32,767-character cells', () => {
    expect(readVeto('否'.repeat(32767))).toEqual({ veto: false, warn: true, reason: null, mark: null });
    const long = 'a'.repeat(32767);
    expect(readVeto(long)).toEqual({ veto: true, warn: true, reason: long, mark: null });
  });
});
