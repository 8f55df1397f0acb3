import fc from 'fast-check';
import { fold, tidy, toHalfWidth } from '../../../src/engine/text/fold';

/** The definition, without fold()'s shortcut for text that needs no change. */
const slowFold = (text: string): string => toHalfWidth(text).replace(/\s+/g, '').toLowerCase();

describe('fold', () => {
  it('folds width, whitespace, line breaks and case', () => {
    expect(fold(' 党建\n工作（１０分） ')).toBe('党建工作(10分)');
    expect(fold('ＡＢｃ　Ｄ')).toBe('abcd');
    expect(fold('Ⅰ类指标')).toBe('ⅰ类指标');
  });

  it('equals the plain definition on any text (the shortcut changes nothing)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (t) => fold(t) === slowFold(t)), { numRuns: 2000 });
    for (const t of ['城关镇', '县财政局', 'abc-1', '2026年度', '“党建”、《条例》…', 'Ⅷ', 'Σ', 'É']) expect(fold(t)).toBe(slowFold(t));
  });
});

describe('tidy', () => {
  const slowTidy = (text: string): string => toHalfWidth(text).replace(/\s+/g, ' ').trim();
  it('narrows and trims but keeps one inner space', () => {
    expect(tidy(' 城关镇　党委 ')).toBe('城关镇 党委');
  });
  it('equals the plain definition on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => tidy(t) === slowTidy(t)), { numRuns: 2000 });
  });
});
