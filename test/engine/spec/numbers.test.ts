/**
 * SPEC §1.2 (numbers in cells) and §6 (issues) at the assess() level: each kind of cell in a score
 * column gives the score or the issue the contract names, at that cell, with a message that names it.
 */
import { EXCEL_ERRORS, type CellValue } from '../../../src/engine';
import { data, run, scheme, type Row } from './helpers';

/* 甲 分值 2000, 乙 分值 100, 满分 2100 (no 权重): total = 甲 + 乙. Each case is one unit 城关镇 with 乙 = 0. */
const SECTIONS: Row[] = [['【指标】'], ['指标名称', '分值'], ['甲', 2000], ['乙', 100]];
const one = (cell: CellValue) => run(scheme([['满分', 2100]], SECTIONS), data([['单位名称', '甲', '乙'], ['城关镇', cell, 0]]));

describe('§1.2 text that reads as a number: accepted with TEXT_NUMBER (a warning)', () => {
  it.each<[CellValue, number]>([
    ['９５．５', 95.5], //  full-width digits and point
    ['95分', 95], //        trailing 分
    ['９５分', 95],
    [' 95 ', 95], //        trimmed
    ['\u300095\u3000', 95], // ideographic spaces trimmed
    ['1,234', 1234], //     thousands separator
    ['１，２３４．５', 1234.5], // full-width comma and point
    ['0', 0],
  ])('%j → %d', (cell, value) => {
    const r = one(cell);
    expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['TEXT_NUMBER', 'B2', 'warning']]);
    expect(r.units[0]?.total).toBe(value);
    expect(r.issues[0]?.message).toContain('B2');
  });
});

describe('§1.2 cells that are not scores', () => {
  it.each<[CellValue, string]>([
    ['85%', 'NOT_A_NUMBER'], // a score is points, not a percent
    ['８５％', 'NOT_A_NUMBER'],
    [true, 'NOT_A_NUMBER'],
    [false, 'NOT_A_NUMBER'],
    ['优秀', 'NOT_A_NUMBER'],
    ['1,2', 'NOT_A_NUMBER'], // a comma out of place is not a thousands separator
    ['95。5', 'NOT_A_NUMBER'], // the ideographic full stop is not a decimal point
    ['九十五', 'NOT_A_NUMBER'],
    ['#N/A', 'EXCEL_ERROR'], // text that is exactly an error value
    ['#div/0!', 'EXCEL_ERROR'],
    [-1, 'OUT_OF_RANGE'],
    [2000.5, 'OUT_OF_RANGE'],
    ['-1', 'OUT_OF_RANGE'], // TEXT_NUMBER then OUT_OF_RANGE; checked below
  ])('%j → %s (an error: no total)', (cell, code) => {
    const r = one(cell);
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.cell])).toEqual([[code, 'B2']]);
    expect(r.units[0]?.total).toBeNull();
    expect(errors[0]?.message).toContain('B2');
    expect(errors[0]?.unit).toBe('城关镇');
  });

  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'])('the Excel error value %s → EXCEL_ERROR', (error) => {
    expect(EXCEL_ERRORS).toContain(error);
    const r = one({ error });
    expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['EXCEL_ERROR', 'B2', 'error']]);
    expect(r.issues[0]?.message).toContain(error);
  });

  it('an empty score cell is MISSING_VALUE (空白处理 报错, the default); whitespace-only text is empty too', () => {
    for (const cell of [null, '', '  ', '\u3000']) {
      const r = one(cell);
      expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['MISSING_VALUE', 'B2', 'error']]);
    }
  });
});

describe('§6 every issue: stable code, severity, sheet and A1 cell, Chinese message that names the cell, English beside it', () => {
  it('holds on a sheet with one of each data-cell problem', () => {
    const sections: Row[] = [
      ['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50],
      ['【加扣分】'], ['列名', '类型', '上限'], ['加分', '加分', 2],
      ['【一票否决】'], ['列名', '效果'], ['廉政', '定为末等'],
    ];
    const r = run(scheme([], sections), data([
      ['单位名称', '甲', '乙', '加分', '廉政'],
      ['满分', 50, 40, null, null], //      MARK_ROW_MISMATCH C2
      ['U1', null, 40, null, null], //      MISSING_VALUE B3
      ['U2', '４０', 40, 3, null], //       TEXT_NUMBER B4, CAPPED D4
      ['U3', 40, 40, -1, null], //          NEGATIVE_POINTS D5
      [null, 40, 40, null, null], //        MISSING_UNIT A6
      ['U4', 45, 45, null, '有问题'], //     VETO_TEXT E7 (a veto)
    ]));
    for (const i of r.issues) {
      expect(typeof i.code).toBe('string');
      expect(['error', 'warning']).toContain(i.severity);
      expect(i.sheet).toBe('考核数据');
      expect(i.cell).toMatch(/^[A-Z]+[1-9][0-9]*$/);
      expect(i.message).toMatch(/[\u4e00-\u9fff]/);
      expect(i.message).toContain(i.cell as string);
      expect(i.messageEn).toContain(i.cell as string);
    }
    expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['MARK_ROW_MISMATCH', 'C2', 'warning'],
      ['MISSING_VALUE', 'B3', 'error'],
      ['TEXT_NUMBER', 'B4', 'warning'],
      ['CAPPED', 'D4', 'warning'],
      ['NEGATIVE_POINTS', 'D5', 'error'],
      ['MISSING_UNIT', 'A6', 'error'],
      ['VETO_TEXT', 'E7', 'warning'],
    ]);
  });
});
