/** Office.js value conversions (src/hosts/excel/cells.ts). */
import { fillOf, formulaOf, fromOffice, needsQuotePrefix, toOfficeInput } from '../../../src/hosts/excel/cells';

describe('text that Excel would not keep as typed gets the quote prefix', () => {
  test.each([
    ['=SUM(A1)', true], ['+1', true], ['-3', true], ['@x', true], ["'x", true],
    ['0123', true], ['1,234', true], ['1e5', true], ['85%', true], ['2026-01-05', true], ['1/2', true], ['9:30', true],
    ['TRUE', true], ['false', true], ['#N/A', true], ['$5', true], ['¥12', true], ['(5)', true],
    ['优秀', false], ['缺失值(D7)；离群(总分)', false], ['★★★', false], ['第1名', false], ['', false], ['A-1', false],
  ])('%s → %s', (text, quoted) => {
    expect(needsQuotePrefix(text)).toBe(quoted);
    expect(toOfficeInput(text)).toBe(quoted ? `'${text}` : text);
  });

  test('numbers, booleans, empties and errors pass as themselves', () => {
    expect([toOfficeInput(85.5), toOfficeInput(true), toOfficeInput(null), toOfficeInput(undefined), toOfficeInput({ error: '#DIV/0!' })])
      .toEqual([85.5, true, '', '', '#DIV/0!']);
  });
});

describe('reading Office.js values', () => {
  test('valueTypes tell an error value from text that reads like one', () => {
    expect(fromOffice('#N/A', 'Error')).toEqual({ error: '#N/A' });
    expect(fromOffice('#N/A', 'String')).toBe('#N/A');
    expect(fromOffice('', 'Empty')).toBeUndefined();
    expect(fromOffice(3, 'Double')).toBe(3);
    expect(fromOffice(true, 'Boolean')).toBe(true);
  });

  test('a formula is a formula unless it is text equal to its own value', () => {
    expect(formulaOf('=SUM(C3:G3)', 30, 'Double')).toBe('SUM(C3:G3)');
    expect(formulaOf('=A1', '=A1', 'String')).toBeNull();
    expect(formulaOf('="=x"', '=x', 'String')).toBe('"=x"');
    expect(formulaOf(5, 5, 'Double')).toBeNull();
  });

  test('Office.js reports no fill as white', () => {
    expect([fillOf('#FFFFFF'), fillOf('#ffc7ce'), fillOf(null)]).toEqual([undefined, '#FFC7CE', undefined]);
  });
});
