import type { CellValue, MergeArea, SheetInput, WorkbookInput } from '../../../src/engine';

export type Row = ReadonlyArray<CellValue | undefined>;

export function sheet(name: string, rows: Row[], extra: Partial<Omit<SheetInput, 'name' | 'cells'>> = {}): SheetInput {
  return { name, cells: rows, ...extra };
}

export function workbook(...sheets: SheetInput[]): WorkbookInput {
  return { sheets };
}

export function merge(top: number, left: number, bottom: number, right: number): MergeArea {
  return { top, left, bottom, right };
}

/** Scheme A used by several tests: two weighted indicators, bonus (cap 3), deduction, one veto, four grades. */
export const SCHEME_A: Row[] = [
  ['【基本设置】'],
  ['数据表', '考核数据'],
  [],
  ['【指标】'],
  ['指标名称', '分值', '权重', '一级指标'],
  ['党建工作', 20, 30, '组织建设'],
  ['业务工作', 50, 70, '业务'],
  ['【加扣分】'],
  ['列名', '类型', '上限'],
  ['加分', '加分', 3],
  ['扣分', '扣分', null],
  ['【一票否决】'],
  ['列名', '效果'],
  ['党风廉政', '定为末等'],
  ['【等次】'],
  ['等次', '最低分', '比例上限'],
  ['优秀', 90, '20%'],
  ['良好', 80, null],
  ['一般', 60, null],
  ['较差', 0, null],
];

export function schemeWith(settings: Row[]): Row[] {
  return [SCHEME_A[0] as Row, ...settings, ...SCHEME_A.slice(1)];
}

export const HEADER_A: Row = ['单位名称', '党建工作', '业务工作', '加分', '扣分', '党风廉政'];

/** Ten units; totals worked out by hand in assess.test.ts. */
export const UNITS_A: Row[] = [
  ['U1', 20, 50, null, null, '否'],
  ['U2', 18, 45, 2, null, null],
  ['U3', 18, 45, 5, null, null],
  ['U4', 16, 40, null, 1, null],
  ['U5', 20, 45, null, null, null],
  ['U6', 10, 25, null, null, null],
  ['U7', 20, 50, null, null, '是'],
  ['U8', 14, 40, null, null, null],
  ['U9', 17, 42, null, null, null],
  ['U10', 19, 48, null, null, null],
];
