/**
 * The JSON report of `kaoping check|score --json` (SPEC §7), defined by a zod schema that the
 * tests validate every produced report with.
 *
 * One input file → a `Report`. Several files or a folder → a `MultiReport`:
 * `{ "files": [ { "file", "output", "status", "report" | null, "error" | null } ] }`,
 * in the order the files were processed.
 */
import { z } from 'zod';
import { ALL_ISSUE_CODES, isSchemeError, type IssueCode } from '../engine/model/issue';
import type { Assessment, UnitResult, VetoOutcome } from '../engine/model/result';
import type { Scheme } from '../engine/model/scheme';

const IssueCodeSchema = z.enum(ALL_ISSUE_CODES as unknown as [IssueCode, ...IssueCode[]]);

export const VetoSchema = z.strictObject({
  column: z.string(),
  effect: z.enum(['定为末等', '取消评优', '总分计零']),
  reason: z.string(),
});

export const ReportUnitSchema = z.strictObject({
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  name: z.string(),
  group: z.string().nullable(),
  total: z.number().nullable(),
  subtotals: z.record(z.string(), z.number()),
  rank: z.number().int().positive().nullable(),
  overallRank: z.number().int().positive().nullable(),
  grade: z.string().nullable(),
  stars: z.number().int().nonnegative().nullable(),
  veto: VetoSchema.nullable(),
  /** Every veto, strongest first (SPEC §8.3); `veto` is the first. */
  vetoes: z.array(VetoSchema),
  /**
   * SPEC §8.6: indicator → score (direct as read, computed after ROUND, 0 where 按0分 applied); for a
   * unit with errors null where it could not be computed. Absent under a scheme error.
   */
  scores: z.record(z.string(), z.number().nullable()).optional(),
  /** SPEC §8.6: 测评 and 评委 indicator → what its score came from. */
  details: z.record(z.string(), z.string()),
  flags: z.array(IssueCodeSchema),
});

export const ReportIssueSchema = z.strictObject({
  code: IssueCodeSchema,
  severity: z.enum(['error', 'warning']),
  sheet: z.string(),
  /** A1 address, or null when the issue concerns no single cell. */
  cell: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/).nullable(),
  unit: z.string().nullable(),
  message: z.string().min(1),
  messageEn: z.string().min(1),
});

export const SummarySchema = z.strictObject({
  units: z.number().int().nonnegative(),
  scored: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});

export const ReportSchema = z.strictObject({
  /** The data sheet's name; null when the scheme names a sheet that does not exist. */
  dataSheet: z.string().nullable(),
  units: z.array(ReportUnitSchema),
  issues: z.array(ReportIssueSchema),
  summary: SummarySchema,
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportUnit = z.infer<typeof ReportUnitSchema>;
export type ReportIssue = z.infer<typeof ReportIssueSchema>;

export const FileEntrySchema = z.strictObject({
  /** The input path as given (or found in a folder). */
  file: z.string(),
  /** The workbook written (score), or null (check, or nothing written). */
  output: z.string().nullable(),
  /** This file's exit status: 0 no errors, 1 errors found, 2 the run could not happen. */
  status: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  report: ReportSchema.nullable(),
  /** Why the run could not happen (status 2). */
  error: z.strictObject({ message: z.string(), messageEn: z.string() }).nullable(),
});

export const MultiReportSchema = z.strictObject({
  files: z.array(FileEntrySchema),
});

export type FileEntry = z.infer<typeof FileEntrySchema>;
export type MultiReport = z.infer<typeof MultiReportSchema>;

/**
 * The SPEC §7 report of one assessment: units in sheet order, issues in the engine's order.
 * Example: a unit vetoed by 党风廉政 gives `veto: { column: '党风廉政', effect: '定为末等', reason: '党风廉政' }`.
 */
export function buildReport(assessment: Assessment): Report {
  const schemeError = assessment.issues.some((i) => isSchemeError(i.code));
  const scheme = assessment.scheme;
  return {
    dataSheet: assessment.dataSheet,
    units: assessment.units.map((u) => ({
      row: u.row + 1, // SPEC §7: 1-based
      name: u.name,
      group: u.group,
      total: u.total,
      subtotals: { ...u.subtotals },
      rank: u.rank,
      overallRank: u.overallRank,
      grade: u.grade,
      stars: u.stars,
      veto: u.veto ? veto(u.veto) : null,
      vetoes: u.vetoes.map(veto),
      ...(scheme && !schemeError ? { scores: scoresOf(scheme, u) } : {}),
      details: detailsOf(u),
      flags: [...u.flags] as IssueCode[],
    })),
    issues: assessment.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      unit: i.unit,
      message: i.message,
      messageEn: i.messageEn,
    })),
    summary: { ...assessment.summary },
  };
}

function veto(v: VetoOutcome): z.infer<typeof VetoSchema> {
  return { column: v.column, effect: v.effect, reason: v.reason };
}

/** Indicator name → score, in scheme order (SPEC §8.6). */
function scoresOf(scheme: Scheme, u: UnitResult): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  scheme.indicators.forEach((ind, k) => {
    out[ind.name] = u.scores[k] ?? null;
  });
  return out;
}

/** 测评 / 评委 indicator name → detail text (SPEC §8.6). */
function detailsOf(u: UnitResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of u.details) if (d && (d.method === '测评' || d.method === '评委')) out[d.indicator] = d.text;
  return out;
}
