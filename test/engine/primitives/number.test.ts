import fc from 'fast-check';
import { isBlank, readFraction, readNumber, readPlainNumber, type NumberRead } from '../../../src/engine/cells/number';
import type { CellValue } from '../../../src/engine/model/workbook';

const num = (value: number, text: string | null): NumberRead => ({ kind: 'number', value, fromText: text !== null, text });

describe('readNumber — empty cells', () => {
  it.each<[CellValue | undefined, string]>([
    [null, 'null'],
    [undefined, 'missing'],
    ['', 'empty text'],
    ['   ', 'spaces'],
    ['\u3000\u3000', 'full-width spaces'],
    ['\t\n', 'tab and line break'],
  ])('%p (%s) → empty', (v) => {
    expect(readNumber(v)).toEqual({ kind: 'empty' });
  });
});

describe('readNumber — real numbers', () => {
  it.each([[95], [0], [-3.5], [1e-7], [123456789]])('%p → number, not from text', (v) => {
    expect(readNumber(v)).toEqual(num(v, null));
  });
  it('-0 reads as 0', () => {
    const r = readNumber(-0);
    expect(r.kind === 'number' && Object.is(r.value, 0)).toBe(true);
  });
  it.each([[NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity']])('%p → text %p', (v, text) => {
    expect(readNumber(v)).toEqual({ kind: 'text', text });
  });
});

describe('readNumber — text numbers (TEXT_NUMBER)', () => {
  it.each<[string, number, string]>([
    ['95', 95, 'plain digits'],
    [' 95 ', 95, 'trimmed'],
    ['95.5', 95.5, 'decimal'],
    ['９５．５', 95.5, 'full-width digits and full stop U+FF0E'],
    ['\u3000９５\u3000', 95, 'full-width spaces around'],
    ['95分', 95, 'one trailing 分 dropped'],
    ['95 分', 95, 'space before 分'],
    ['９５分', 95, 'full-width with 分'],
    ['1,234.5', 1234.5, 'thousands separator in place'],
    ['１，２３４', 1234, 'full-width comma U+FF0C'],
    ['12,345,678', 12345678, 'two separators'],
    ['+5', 5, 'plus sign'],
    ['-5', -5, 'minus sign'],
    ['－５', -5, 'full-width minus U+FF0D'],
    ['\u22125', -5, 'U+2212 minus sign'],
    ['.5', 0.5, 'leading decimal point'],
    ['-.5', -0.5, 'signed leading decimal point'],
    ['007', 7, 'leading zeros'],
    ['-0', 0, 'minus zero is 0'],
  ])('%p → %p (%s)', (text, value) => {
    expect(readNumber(text)).toEqual(num(value, text));
  });
});

describe('readNumber — percent, errors, booleans, other text', () => {
  it.each(['85%', '８５％', ' 85 % ', '12.5%', '-5%'])('%p → percent', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'percent', text });
  });
  it.each([
    ['#N/A', '#N/A'],
    ['#n/a', '#N/A'],
    [' #DIV/0! ', '#DIV/0!'],
    ['＃Ｎ／Ａ', '#N/A'],
    ['#VALUE!', '#VALUE!'],
    ['#REF!', '#REF!'],
    ['#NAME?', '#NAME?'],
    ['#NUM!', '#NUM!'],
    ['#NULL!', '#NULL!'],
    ['#SPILL!', '#SPILL!'],
    ['#CALC!', '#CALC!'],
  ])('text %p → error %p', (text, error) => {
    expect(readNumber(text)).toEqual({ kind: 'error', error });
  });
  it('an Excel error value → error', () => {
    expect(readNumber({ error: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
  });
  it('booleans → boolean', () => {
    expect(readNumber(true)).toEqual({ kind: 'boolean', value: true });
    expect(readNumber(false)).toEqual({ kind: 'boolean', value: false });
  });
  it.each([
    ['abc', 'letters'],
    ['优', 'a grade word'],
    ['95。5', 'U+3002 is not a decimal point'],
    ['1,2', 'separator out of place'],
    ['1,23', 'two digits after a separator'],
    ['1234,567', 'four digits before a separator'],
    [',123', 'leading separator'],
    ['1e3', 'scientific notation'],
    ['95分分', 'only one 分 is dropped'],
    ['分', '分 alone'],
    ['95.', 'trailing decimal point'],
    ['9 5', 'inner space'],
    ['--5', 'double sign'],
    ['+', 'sign alone'],
    ['%', 'percent sign alone'],
    ['abc%', 'percent of a word'],
    ['0x1A', 'hex'],
    ['Infinity', 'the word Infinity'],
    ['#N/A!', 'not an error spelling'],
    ['9'.repeat(400), 'too big for a double'],
  ])('%p → text (%s)', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'text', text });
  });
});

describe('readNumber — robustness', () => {
  it('reads 32,767-character cells quickly', () => {
    const cases = [
      '1'.repeat(32767), // digits, but far beyond the double range → text, not Infinity
      '1,' + '234,'.repeat(8190) + '2', // separators, the last group out of place
      ' '.repeat(32766) + 'x',
      '9'.repeat(32766) + '分',
      '#'.repeat(32767),
      ','.repeat(32767),
    ];
    const start = Date.now();
    for (const c of cases) expect(readNumber(c).kind).toBe('text');
    expect(Date.now() - start).toBeLessThan(2000); // linear: a few ms; generous for a shared machine
  });
  it('never throws on arbitrary strings, including full Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = readNumber(s);
        expect(['empty', 'number', 'percent', 'error', 'text']).toContain(r.kind);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (v) => {
        expect(() => readNumber(v as CellValue)).not.toThrow();
        expect(() => readPlainNumber(v as CellValue)).not.toThrow();
        expect(() => readFraction(v as CellValue)).not.toThrow();
      }),
      { numRuns: 1000, seed: 5 },
    );
  });
  it('reads every number written as text back to the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (m, s) => {
        const text = (m / 10 ** s).toFixed(s);
        expect(readNumber(text)).toEqual(num(Number(text), text));
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});

describe('readPlainNumber and isBlank', () => {
  it.each<[CellValue | undefined, number | null]>([
    [10, 10],
    ['１０', 10],
    ['10分', 10],
    ['1,000', 1000],
    [' 0.5 ', 0.5],
    ['20%', null],
    [null, null],
    ['', null],
    ['abc', null],
    [true, null],
    [{ error: '#N/A' }, null],
    [NaN, null],
  ])('readPlainNumber(%p) → %p', (v, expected) => {
    expect(readPlainNumber(v)).toBe(expected);
  });
  it('isBlank tells a blank cell from a bad one', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(' \u3000')).toBe(true);
    expect(isBlank('abc')).toBe(false);
    expect(isBlank(0)).toBe(false);
  });
});

describe('readFraction (比例上限)', () => {
  it.each<[CellValue | undefined, number | null, string]>([
    ['20%', 0.2, '20 / 100'],
    ['２０％', 0.2, 'full-width'],
    [' 12.5 % ', 0.125, '12.5 / 100'],
    ['33.3%', 0.333, '33.3 / 100 = 0.33299999999999996 → 15 digits 0.333'],
    [0.2, 0.2, 'a fraction'],
    [20, 0.2, 'a number above 1 is a percent'],
    [1, 1, '1 is 100%, not 1%'],
    [0, 0, 'zero quota'],
    ['20', 0.2, 'numeric text above 1 is a percent'],
    ['0.2', 0.2, 'numeric text fraction'],
    ['100%', 1, 'all'],
    [100, 1, '100 → 100%'],
    [null, null, 'blank: no quota'],
    [undefined, null, 'missing: no quota'],
    ['  ', null, 'spaces: no quota'],
  ])('readFraction(%p) → %p (%s)', (v, value) => {
    expect(readFraction(v)).toEqual({ ok: true, value });
  });
  it.each<[CellValue | undefined, string]>([
    ['abc', 'text'],
    ['150%', 'above 100%'],
    [150, '150 read as 150%'],
    [-0.1, 'negative'],
    ['-20%', 'negative percent'],
    [true, 'boolean'],
    [{ error: '#N/A' }, 'error value'],
    [NaN, 'NaN'],
    ['20%%', 'two percent signs'],
  ])('readFraction(%p) → not ok (%s)', (v) => {
    expect(readFraction(v)).toEqual({ ok: false });
  });
});
