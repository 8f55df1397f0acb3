/**
 * The entry point: the `考核方案` sheet in, a validated `Scheme` (SPEC §1.1) and every problem out.
 * Reading (sections, headers, keys, cell values) reports what it can not read; the zod schema
 * (`schema.ts`) then checks the assembled scheme's rules. Every problem is an issue at the scheme
 * cell it concerns; nothing here throws on any input.
 */
import type { z } from 'zod';
import type { Issue } from '../model/issue';
import type { CellRef, Scheme } from '../model/scheme';
import type { SheetInput } from '../model/workbook';
import { makeIssue } from '../issues/make';
import { fold } from '../text/fold';
import { A1, SchemeContext } from './context';
import { readSettings, SETTING_KEYS } from './settings';
import { readIndicators } from './indicators';
import { readAdjustments } from './adjustments';
import { readVetoes } from './vetoes';
import { readGrades } from './grades';
import { readStars } from './stars';
import { readAnomalyRules } from './anomaly';
import { readLevels } from './levels';
import { readRules } from './rules';
import { splitSections, type Section, type SectionName, type SectionSplit } from './sections';
import { makeSchemeSchema, MESSAGE_SEPARATOR, type SchemeSchemaOptions } from './schema';

export type SchemeParse =
  | { ok: true; scheme: Scheme; issues: Issue[] }
  | { ok: false; scheme: Scheme | null; issues: Issue[] };

const TEMPLATE_ZH = '考核方案是空的。请从 A1 起分节填写，例如：A1 写“【基本设置】”，下面每行“项目 | 值”（如“满分 | 100”）；'
  + '再写“【指标】”，下一行表头“指标名称 | 分值 | 权重”，下面每行一个指标；需要时再加【加扣分】【一票否决】【等次】【星级】【异常规则】【等级分】【计分规则】';
const TEMPLATE_EN = 'the scheme is empty. Start in A1 with sections: 【基本设置】 followed by key | value rows (e.g. 满分 | 100), then '
  + '【指标】 with the header 指标名称 | 分值 | 权重 and one indicator per row; add 【加扣分】【一票否决】【等次】【星级】【异常规则】【等级分】【计分规则】 as needed';

const SCHEMAS = new Map<string, ReturnType<typeof makeSchemeSchema>>();

/** The zod schema for these options, built once. */
function schemaFor(options: SchemeSchemaOptions): ReturnType<typeof makeSchemeSchema> {
  const key = `${options.indicatorsComplete}/${options.gradesComplete}/${options.starsComplete}/${options.rulesComplete ?? true}`;
  let schema = SCHEMAS.get(key);
  if (!schema) {
    schema = makeSchemeSchema(options);
    SCHEMAS.set(key, schema);
  }
  return schema;
}

/**
 * Parses and validates the scheme sheet. `ok` is false when any issue is an error; `scheme` is then
 * the best-effort scheme (rows that could not be read left out), or null for an empty sheet.
 * Issues come in sheet order (row, then column).
 * Example: a sheet with `【指标】`, `指标名称 | 分值`, `党建 | 100` → ok, one indicator, default settings.
 */
export function parseScheme(sheet: SheetInput): SchemeParse {
  const ctx = new SchemeContext(sheet);
  const split = splitSections(sheet, ctx);
  if (split.empty) {
    ctx.invalid(A1, TEMPLATE_ZH, TEMPLATE_EN);
    return { ok: false, scheme: null, issues: ctx.issues };
  }
  const sections = strayedSettings(ctx, sheet, split.sections);
  const settings = readSettings(ctx, sections.基本设置);
  let indicators: Scheme['indicators'] = [];
  let complete = false;
  if (sections.指标) {
    ctx.place('indicators', sections.指标.at);
    const read = readIndicators(ctx, sections.指标);
    indicators = read.indicators;
    complete = read.complete;
  } else {
    ctx.invalid(A1, '考核方案缺少【指标】分节。请在 A 列写“【指标】”，下一行表头“指标名称 | 分值 | 权重”，下面每行一个指标',
      'the scheme has no 【指标】 section; write 【指标】 in column A, the header 指标名称 | 分值 | 权重 below it, then one indicator per row');
  }
  const grades = readGrades(ctx, sections.等次);
  const stars = readStars(ctx, sections.星级);
  const rules = sections.计分规则 ? readRules(ctx, sections.计分规则) : null;
  const draft: Scheme = {
    sheet: sheet.name,
    settings,
    indicators,
    adjustments: readAdjustments(ctx, sections.加扣分),
    vetoes: readVetoes(ctx, sections.一票否决),
    grades: grades.grades,
    stars: stars.stars,
    anomaly: readAnomalyRules(ctx, sections.异常规则),
    ...(sections.等级分 ? { levels: readLevels(ctx, sections.等级分) } : {}),
    ...(rules ? { rules: rules.rules } : {}),
  };

  const options = { indicatorsComplete: complete, gradesComplete: grades.complete, starsComplete: stars.complete, rulesComplete: rules?.complete ?? true };
  const result = schemaFor(options).safeParse(draft);
  const issues = [...ctx.issues, ...(result.success ? [] : checked(ctx, result.error.issues.map((z) => toIssue(ctx, z))))];
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  const scheme = withCanonicalTieBreakers(draft);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, scheme, issues };
  return { ok: true, scheme, issues };
}

/**
 * A 基本设置 key written under a table section (`排名方式 | 中国式` below 【等次】): said so on its
 * cell, and the row taken out of that table, instead of a misleading error about the table's columns.
 */
function strayedSettings(ctx: SchemeContext, sheet: SheetInput, sections: SectionSplit['sections']): SectionSplit['sections'] {
  const keys = new Set(SETTING_KEYS.map((k) => fold(k)));
  const out: Partial<Record<SectionName, Section>> = { ...sections };
  for (const name of ['指标', '加扣分', '一票否决', '等次', '星级', '等级分', '计分规则'] as const) {
    const section = sections[name];
    if (!section) continue;
    const kept = section.rows.filter((r) => {
      const v = sheet.cells[r]?.[0];
      if (typeof v !== 'string' || !keys.has(fold(v))) return true;
      ctx.invalid({ row: r, col: 0 }, `“${v.trim()}”是【基本设置】中的设置项，却写在【${name}】下。请把这一行移到【基本设置】分节中`,
        `"${v.trim()}" is a 基本设置 key but stands under 【${name}】; move the row into 【基本设置】`);
      return false;
    });
    if (kept.length !== section.rows.length) out[name] = { ...section, rows: kept };
  }
  return out;
}

/**
 * The schema's problems, less those at a cell that reading already reported (a 测评应到列 value that
 * is not a name is not also "written without 测评实到列"): one problem per cell, the first found.
 */
function checked(ctx: SchemeContext, found: Issue[]): Issue[] {
  const read = new Set(ctx.issues.map((i) => i.cell));
  return found.filter((i) => !read.has(i.cell));
}

type ZodProblem = z.core.$ZodIssue;

/** A zod problem as an issue at the cell of its field (or the nearest enclosing field, else A1). */
function toIssue(ctx: SchemeContext, problem: ZodProblem): Issue {
  const at = cellOf(ctx, problem.path);
  const where = { sheet: ctx.sheet.name, row: at.row, col: at.col };
  const p = problem.code === 'custom' ? problem.params : undefined;
  if (p?.kind === 'WEIGHT_SUM') {
    return makeIssue('WEIGHT_SUM', where, {
      what: String(p.what), whatEn: String(p.whatEn), sum: String(p.sum), full: String(p.full),
    });
  }
  const m = problem.message;
  const [zh, en] = m.includes(MESSAGE_SEPARATOR) ? m.split(MESSAGE_SEPARATOR) : [`考核方案内容不符合要求（${m}）`, m];
  return makeIssue('SCHEME_INVALID', where, { detail: zh ?? '', detailEn: en ?? '' });
}

function cellOf(ctx: SchemeContext, path: ReadonlyArray<PropertyKey>): CellRef {
  const parts = path.map(String);
  for (let n = parts.length; n > 0; n--) {
    const found = ctx.cells.get(parts.slice(0, n).join('.'));
    if (found) return found;
  }
  return A1;
}

/**
 * 同分比较 names as the indicators spell them (matching is by `fold`), written into the draft's own
 * settings (made by this parse, shared with nobody). Not a copy by spreads: from its ninth or so run, V8's
 * optimized spread gave every parsed scheme and settings object a shape of its own, and all code
 * reading them was thrown away run after run ("wrong map"; docs/performance.md, the fourth push).
 */
function withCanonicalTieBreakers(s: Scheme): Scheme {
  const byFold = new Map(s.indicators.map((x) => [fold(x.name), x.name] as const));
  (s.settings as { tieBreakers: readonly string[] }).tieBreakers = s.settings.tieBreakers.map((t) => byFold.get(fold(t)) ?? t);
  return s;
}
