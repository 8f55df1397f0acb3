/**
 * Small builders for the spec-audit tests: a scheme from its sections, a workbook from a scheme and
 * data rows, and lookups by unit name. The anomaly flags (issue 5) are switched off unless asked for.
 */
import { assess, type AssessOptions, type Assessment, type CellValue, type SheetInput, type UnitResult } from '../../../src/engine';

export type Row = ReadonlyArray<CellValue | undefined>;

/** 【异常规则】 with every flag off. */
export const QUIET: Row[] = [['【异常规则】'], ['离群', '否'], ['雷同', '否'], ['全满分', '否'], ['无区分度', '否'], ['突变', '否']];

/** Two indicators without 权重: 甲 (分值 50) and 乙 (分值 50); total = 甲 + 乙. */
export const TWO: Row[] = [['【指标】'], ['指标名称', '分值'], ['甲', 50], ['乙', 50]];

/** A scheme: 【基本设置】 rows (if any), then the given sections, then QUIET unless `anomalies`. */
export function scheme(settings: Row[], sections: Row[] = TWO, anomalies = false): Row[] {
  return [...(settings.length ? [['【基本设置】'] as Row, ...settings] : []), ...sections, ...(anomalies ? [] : QUIET)];
}

export function data(rows: Row[], extra: Partial<Omit<SheetInput, 'name' | 'cells'>> = {}, name = '考核数据'): SheetInput {
  return { name, cells: rows, ...extra };
}

/** assess() of a workbook holding the scheme and the data sheet(s). */
export function run(schemeRows: Row[], sheets: SheetInput | SheetInput[], options: AssessOptions = {}): Assessment {
  return assess({ sheets: [{ name: '考核方案', cells: schemeRows }, ...(Array.isArray(sheets) ? sheets : [sheets])] }, options);
}

export function unit(r: Assessment, name: string): UnitResult {
  const u = r.units.find((x) => x.name === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
}

/** [code, cell, severity] of every issue, in the engine's order. */
export function codes(r: Assessment): Array<[string, string | null, string]> {
  return r.issues.map((i) => [i.code, i.cell, i.severity]);
}

/** name → field, for every unit. */
export function pick<K extends keyof UnitResult>(r: Assessment, key: K): Record<string, UnitResult[K]> {
  return Object.fromEntries(r.units.map((u) => [u.name, u[key]]));
}
