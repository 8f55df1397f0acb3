/**
 * Pure view models: what the tabs show, computed from an `Assessment`. No React, no Office.
 */
import { ALL_ISSUE_CODES, ANOMALY_CODES, isSchemeError, type Assessment, type Issue, type IssueCode, type Severity, type UnitResult } from '../engine';
import type { MessageKey } from './i18n';

export interface IssueKind {
  readonly code: IssueCode;
  /** Short Chinese label from the engine's catalogue, e.g. 缺失值. */
  readonly label: string;
  readonly issues: readonly Issue[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  /** `anomaly`: the statistical flags of issue 5 (OUTLIER … PERIOD_JUMP), listed apart from the other warnings. */
  readonly section: 'error' | 'warning' | 'anomaly';
  readonly count: number;
  readonly kinds: readonly IssueKind[];
}

function isAnomaly(code: IssueCode): boolean {
  return (ANOMALY_CODES as readonly string[]).includes(code);
}

/**
 * Issues grouped into errors, warnings, then 异常提示 (the anomaly codes, always warnings), each
 * by code in the catalogue's order (scheme errors first), issues in the order the engine found
 * them. Empty groups are left out.
 * Example: two MISSING_VALUE errors, one TEXT_NUMBER and one OUTLIER warning →
 * [{error, 2, [MISSING_VALUE×2]}, {warning, 1, [TEXT_NUMBER×1]}, {anomaly, 1, [OUTLIER×1]}].
 */
export function groupIssues(issues: readonly Issue[]): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  const order = (c: IssueCode): number => {
    const i = ALL_ISSUE_CODES.indexOf(c);
    return i < 0 ? ALL_ISSUE_CODES.length : i;
  };
  for (const section of ['error', 'warning', 'anomaly'] as const) {
    const severity: Severity = section === 'error' ? 'error' : 'warning';
    const byCode = new Map<IssueCode, Issue[]>();
    for (const issue of issues) {
      if (issue.severity !== severity) continue;
      if (severity === 'warning' && isAnomaly(issue.code) !== (section === 'anomaly')) continue;
      const list = byCode.get(issue.code);
      if (list) list.push(issue);
      else byCode.set(issue.code, [issue]);
    }
    if (byCode.size === 0) continue;
    const kinds = [...byCode.entries()]
      .sort((a, b) => order(a[0]) - order(b[0]))
      .map(([code, list]) => ({ code, label: list[0]?.label ?? code, issues: list }));
    out.push({ severity, section, count: kinds.reduce((n, k) => n + k.issues.length, 0), kinds });
  }
  return out;
}

export interface Counts {
  readonly units: number;
  readonly scored: number;
  /** Units an error kept from being scored. */
  readonly blocked: number;
  readonly errors: number;
  readonly warnings: number;
}

export function counts(a: Assessment): Counts {
  return {
    units: a.summary.units,
    scored: a.summary.scored,
    blocked: a.units.filter((u) => u.blocked).length,
    errors: a.summary.errors,
    warnings: a.summary.warnings,
  };
}

export interface GradeBar {
  /** The grade's name, or null for scored units left without a grade. */
  readonly grade: string | null;
  readonly count: number;
}

/**
 * Scored units per grade, best grade first, then (if any) those without one. Empty when the
 * scheme has no 【等次】. Example: grades 优秀/良好 and totals graded 优秀, 良好, 良好 →
 * [{优秀, 1}, {良好, 2}].
 */
export function gradeDistribution(a: Assessment): GradeBar[] {
  const grades = a.scheme?.grades ?? [];
  if (grades.length === 0) return [];
  const scored = a.units.filter((u) => u.total !== null);
  const bars: GradeBar[] = grades.map((g) => ({ grade: g.name, count: scored.filter((u) => u.grade === g.name).length }));
  const none = scored.filter((u) => u.grade === null).length;
  if (none > 0) bars.push({ grade: null, count: none });
  return bars;
}

/** The rank to show: over all units when grouped, else the only rank. */
export function shownRank(u: UnitResult): number | null {
  return u.overallRank ?? u.rank;
}

/**
 * Scored units in rank order: by overall rank (units without a rank last), then total
 * descending, then sheet row. The engine's ranks already place vetoed units per 否决单位排名.
 */
export function rankOrder(units: readonly UnitResult[]): UnitResult[] {
  const rankKey = (u: UnitResult): number => shownRank(u) ?? Number.POSITIVE_INFINITY;
  return units
    .filter((u) => u.total !== null)
    .sort((x, y) => rankKey(x) - rankKey(y) || (y.total ?? 0) - (x.total ?? 0) || x.row - y.row);
}

/**
 * The first five and the last five scored units in rank order, never overlapping: with 7
 * scored units, top = ranks 1–5 and bottom = ranks 6–7.
 */
export function topAndBottom(units: readonly UnitResult[], n = 5): { top: UnitResult[]; bottom: UnitResult[] } {
  const ordered = rankOrder(units);
  return { top: ordered.slice(0, n), bottom: ordered.slice(Math.max(n, ordered.length - n)) };
}

/** Vetoed units, in sheet order. */
export function vetoedUnits(units: readonly UnitResult[]): UnitResult[] {
  return units.filter((u) => u.veto !== null).sort((x, y) => x.row - y.row);
}

/** Issues about the scheme itself: scheme-level codes, or anything on the 考核方案 sheet. */
export function schemeIssues(a: Assessment, schemeSheet: string): Issue[] {
  return a.issues.filter((i) => isSchemeError(i.code) || i.sheet === schemeSheet);
}

/** 0.2 → "20%"; null → null. At most two decimals, trailing zeros dropped (0.125 → "12.5%"). */
export function percent(fraction: number | null): string | null {
  if (fraction === null) return null;
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** A number for display: at most `decimals` places, trailing zeros dropped (92.50 → "92.5"). */
export function num(value: number | null, decimals = 2): string {
  return value === null ? '—' : String(Number(value.toFixed(decimals)));
}

/** The pane's catalogue key for an anomaly code's name, e.g. OUTLIER → `anomaly.OUTLIER` (离群 / Outlier); any other code → the generic `check.severity.warning`. */
export function anomalyKey(code: IssueCode): MessageKey {
  return (isAnomaly(code) ? `anomaly.${code}` : 'check.severity.warning') as MessageKey;
}
