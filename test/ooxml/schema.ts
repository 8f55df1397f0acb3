/**
 * Schema validation of .xlsx parts against the OOXML Transitional schemas vendored in
 * test/ooxml/xsd/ (ISO/IEC 29500-4:2016 SpreadsheetML and what it imports, ECMA-376 Part 2 OPC;
 * SOURCE.md there), with xmllint compiled to WebAssembly (xmllint-wasm): no system package, no network.
 *
 * xmllint-wasm starts a fresh xmllint for each call and keeps no compiled schema between calls, so
 * the documents are validated in batches: one call per schema for all the parts of all the files
 * (the SpreadsheetML schema, 550 KB, is compiled once per run).
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateXML, memoryPages } from 'xmllint-wasm';

const XSD_DIR = path.join(__dirname, 'xsd');

/** Which parts are validated, and against which schema. */
const SCHEMA_OF: ReadonlyArray<{ part: RegExp; schema: string }> = [
  { part: /^xl\/(workbook|styles|sharedStrings|comments\d*|worksheets\/sheet\d+)\.xml$/, schema: 'sml.xsd' },
  { part: /^\[Content_Types\]\.xml$/, schema: 'opc-contentTypes.xsd' },
  { part: /(^|\/)_rels\/[^/]*\.rels$/, schema: 'opc-relationships.xsd' },
];

export function schemaFor(part: string): string | null {
  return SCHEMA_OF.find((s) => s.part.test(part))?.schema ?? null;
}

/**
 * What Markup Compatibility (ECMA-376 Part 3) lets a consumer drop, dropped, so that the strict
 * schema types can be applied: the attributes and elements of the namespaces the root's
 * `mc:Ignorable` lists (`x14ac:dyDescent`, `xr:uid`, …), `mc:AlternateContent` (replaced by its
 * `mc:Fallback`, or nothing), and `xml:space` on `<t>` (Excel and exceljs write it; the
 * SpreadsheetML type of `<t>` is a plain string). Everything else is validated as written.
 */
export function forSchema(xml: string): string {
  const root = /<(?!\?|!)[^>]*>/.exec(xml)?.[0] ?? '';
  const prefixes = (/\smc:Ignorable="([^"]*)"/.exec(root)?.[1] ?? '').split(/\s+/).filter(Boolean);
  let out = xml
    .replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (block) => /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/.exec(block)?.[1] ?? '')
    .replace(/\smc:Ignorable="[^"]*"/, '')
    .replace(/\sxml:space="[^"]*"/g, '');
  for (const p of prefixes) {
    out = out
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*?/>`, 'g'), '')
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, 'g'), '')
      .replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
  }
  return out;
}

export interface PartToValidate {
  /** Where it comes from, for the messages: e.g. `样例 score (fast writer)`. */
  readonly file: string;
  readonly part: string;
  readonly xml: string;
}

let xsdCache: Array<{ fileName: string; contents: string }> | null = null;
function xsds(): Array<{ fileName: string; contents: string }> {
  xsdCache ??= fs.readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd')).sort().map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), 'utf8') }));
  return xsdCache;
}

/** Validates `docs` against one schema in one xmllint run; each error as `file › part:line: message`. */
async function validateBatch(schema: string, docs: readonly PartToValidate[]): Promise<string[]> {
  const all = xsds();
  const main = all.filter((x) => x.fileName === schema);
  const names = docs.map((_d, i) => `doc${i}.xml`);
  const result = await validateXML({
    xml: docs.map((d, i) => ({ fileName: names[i] ?? '', contents: forSchema(d.xml) })),
    schema: main,
    preload: all.filter((x) => x.fileName !== schema),
    maxMemoryPages: 1024 * memoryPages.MiB,
  });
  if (result.valid) return [];
  return result.errors
    .filter((e) => e.loc !== null || !/ fails to validate$/.test(e.rawMessage))
    .map((e) => {
      const d = docs[names.indexOf(e.loc?.fileName ?? '')];
      return d ? `${d.file} › ${d.part}:${e.loc?.lineNumber ?? 0}: ${e.message}` : e.rawMessage;
    });
}

/** Validates every document against the schema of its part (parts without one are skipped). */
export async function validateParts(docs: readonly PartToValidate[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { schema } of SCHEMA_OF) {
    const batch = docs.filter((d) => schemaFor(d.part) === schema);
    if (batch.length) problems.push(...(await validateBatch(schema, batch)));
  }
  return problems;
}
