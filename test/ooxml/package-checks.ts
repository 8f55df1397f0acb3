/**
 * Package checks for a written .xlsx: what Excel tests before it opens a file and what makes it
 * offer "We found a problem with some content… Do you want us to try to recover?", beyond schema
 * validity. Each check returns the problems it finds, one English line each naming the part; an
 * empty list means the file passes. test/ooxml/conformance.test.ts runs them on every kind of file
 * the program writes, and on deliberately broken copies to show that each one can fail.
 */
import { attr, decode, partsMatching, relationships, sheetsOf, sourceOfRels, tags, type Package } from './package';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
/** The content type each relationship type's target must have (ECMA-376 Part 1 §12, Part 2). */
const CONTENT_TYPE_OF: Readonly<Record<string, string>> = {
  [`${REL}officeDocument`]: `${SML}sheet.main+xml`,
  [`${REL}worksheet`]: `${SML}worksheet+xml`,
  [`${REL}styles`]: `${SML}styles+xml`,
  [`${REL}sharedStrings`]: `${SML}sharedStrings+xml`,
  [`${REL}comments`]: `${SML}comments+xml`,
  [`${REL}calcChain`]: `${SML}calcChain+xml`,
  [`${REL}table`]: `${SML}table+xml`,
  [`${REL}printerSettings`]: `${SML}printerSettings`,
  [`${REL}theme`]: 'application/vnd.openxmlformats-officedocument.theme+xml',
  [`${REL}vmlDrawing`]: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  [`${REL}drawing`]: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  [`${REL}extended-properties`]: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties': 'application/vnd.openxmlformats-package.core-properties+xml',
};

const CONTENT_TYPES = '[Content_Types].xml';

/** Every relationship's source and internal target exist; ids are unique; every r:id a part uses is one of its relationships. */
export function checkRelationships(pkg: Package): string[] {
  const problems: string[] = [];
  for (const rels of partsMatching(pkg, /(^|\/)_rels\/[^/]*\.rels$/)) {
    const source = sourceOfRels(rels);
    if (source !== '' && !pkg.has(source)) problems.push(`${rels}: relationships of a part that is not in the package (${source})`);
    const list = relationships(pkg, source);
    const ids = new Set<string>();
    for (const r of list) {
      if (ids.has(r.id)) problems.push(`${rels}: relationship id ${r.id} twice`);
      ids.add(r.id);
      if (!r.external && !pkg.has(r.target)) problems.push(`${rels}: ${r.id} targets ${r.target}, which is not in the package`);
    }
    const used = [...(pkg.get(source) ?? '').matchAll(/\sr:(?:id|embed|link|pict)="([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const id of used) if (!ids.has(id)) problems.push(`${source}: r:id ${id} is not in ${rels}`);
  }
  return problems;
}

/** Part name → content type as [Content_Types].xml gives it (Override, else Default by extension). */
function contentTypes(pkg: Package): { typeOf: (part: string) => string | null; overrides: string[] } {
  const xml = pkg.get(CONTENT_TYPES) ?? '';
  const defaults = new Map(tags(xml, 'Default').map((d) => [(attr(d, 'Extension') ?? '').toLowerCase(), attr(d, 'ContentType') ?? '']));
  const overrides = tags(xml, 'Override').map((o) => [(attr(o, 'PartName') ?? '').replace(/^\//, ''), attr(o, 'ContentType') ?? ''] as const);
  const byPart = new Map(overrides);
  return {
    typeOf: (part) => byPart.get(part) ?? defaults.get(part.replace(/^.*\./, '').toLowerCase()) ?? null,
    overrides: overrides.map(([p]) => p),
  };
}

/**
 * [Content_Types].xml names exactly the parts present: no Override for a missing part, none twice,
 * every part has a content type, and every part a relationship reaches has the type its relationship
 * requires (so a worksheet left to `Default Extension="xml"` = application/xml fails). Every part
 * but the content types and the relationships is reached by some relationship.
 */
export function checkContentTypes(pkg: Package): string[] {
  if (!pkg.has(CONTENT_TYPES)) return [`${CONTENT_TYPES} is missing`];
  const problems: string[] = [];
  const { typeOf, overrides } = contentTypes(pkg);
  const seen = new Set<string>();
  for (const part of overrides) {
    if (seen.has(part)) problems.push(`${CONTENT_TYPES}: Override for /${part} twice`);
    seen.add(part);
    if (!pkg.has(part)) problems.push(`${CONTENT_TYPES}: Override for /${part}, which is not in the package`);
  }
  const reached = new Set<string>();
  for (const rels of partsMatching(pkg, /(^|\/)_rels\/[^/]*\.rels$/)) {
    for (const r of relationships(pkg, sourceOfRels(rels))) {
      if (r.external) continue;
      reached.add(r.target);
      const want = CONTENT_TYPE_OF[r.type];
      const got = typeOf(r.target);
      if (want !== undefined && pkg.has(r.target) && got !== want) problems.push(`${CONTENT_TYPES}: /${r.target} has content type ${got ?? '(none)'}, its relationship needs ${want}`);
    }
  }
  for (const part of pkg.keys()) {
    if (part === CONTENT_TYPES || /(^|\/)_rels\/[^/]*\.rels$/.test(part)) continue;
    if (typeOf(part) === null) problems.push(`${CONTENT_TYPES}: no content type for /${part}`);
    if (!reached.has(part)) problems.push(`${part}: no relationship reaches this part`);
  }
  return problems;
}

export interface DefinedName {
  readonly name: string;
  /** The sheet it is scoped to (by name), or null for workbook-wide. */
  readonly scope: string | null;
  readonly formula: string;
}

const NAME_ELEMENT = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;

/** The workbook's defined names; a localSheetId past the last sheet gives the scope `#<id>`. */
export function definedNames(pkg: Package): DefinedName[] {
  const sheets = sheetsOf(pkg).map((s) => s.name);
  return [...(pkg.get('xl/workbook.xml') ?? '').matchAll(NAME_ELEMENT)].map((m) => {
    const head = `<x ${m[1] ?? ''}>`;
    const local = attr(head, 'localSheetId');
    return { name: attr(head, 'name') ?? '', scope: local === null ? null : (sheets[Number(local)] ?? `#${local}`), formula: decode(m[2] ?? '') };
  });
}

/**
 * Each defined name's localSheetId is a sheet of the workbook, and no name (case-insensitive, as
 * Excel compares them) is defined twice in one scope.
 */
export function checkDefinedNames(pkg: Package): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const n of definedNames(pkg)) {
    if (n.scope?.startsWith('#')) problems.push(`xl/workbook.xml: defined name ${n.name} has localSheetId ${n.scope.slice(1)}, past the last sheet`);
    const key = `${n.name.toLowerCase()}\u0000${n.scope ?? ''}`;
    if (seen.has(key)) problems.push(`xl/workbook.xml: defined name ${n.name} twice in scope ${n.scope ?? '(workbook)'}`);
    seen.add(key);
  }
  return problems;
}

/**
 * The names of `input` are in `output` each in its own scope: for every name the input has, the
 * output has it in exactly the input's scopes with the same formula (a workbook-wide twin of a
 * sheet-scoped name fails). Names the output adds must be built-in `_xlnm.` ones, which are one per
 * sheet (the print titles of a new results sheet); with `exact`, the output may add none (after undo).
 */
export function checkNamesKept(input: Package, output: Package, exact: boolean): string[] {
  const problems: string[] = [];
  const show = (n: DefinedName): string => `${n.name} [${n.scope ?? 'workbook'}] = ${n.formula}`;
  const before = definedNames(input);
  const after = definedNames(output);
  const inputNames = new Set(before.map((n) => n.name));
  for (const n of before) {
    if (!after.some((o) => show(o) === show(n))) problems.push(`xl/workbook.xml: defined name ${show(n)} lost or changed`);
  }
  for (const o of after) {
    if (before.some((n) => show(n) === show(o))) continue;
    // Built-in names (print titles, print area) are one per sheet: a new sheet's own is no twin.
    if (o.name.startsWith('_xlnm.') && !exact) continue;
    if (inputNames.has(o.name) && !o.name.startsWith('_xlnm.')) problems.push(`xl/workbook.xml: defined name ${show(o)} is a twin of the input's ${o.name} in another scope`);
    else problems.push(`xl/workbook.xml: defined name ${show(o)} is new`);
  }
  return problems;
}

const count = (xml: string, list: string, item: string): number | null => {
  const block = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml);
  return block ? tags(block[1] ?? '', item).length : null;
};

/** styles.xml's own references: each list's count attribute, and each xf's font, fill, border, numFmt and xfId. */
function checkStylesPart(styles: string): string[] {
  const problems: string[] = [];
  const lists = { fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf', dxfs: 'dxf', numFmts: 'numFmt' } as const;
  const sizes = new Map<string, number>();
  for (const [list, item] of Object.entries(lists)) {
    const n = count(styles, list, item);
    if (n === null) continue;
    sizes.set(list, n);
    const declared = attr(tags(styles, list)[0] ?? '', 'count');
    if (declared !== null && Number(declared) !== n) problems.push(`xl/styles.xml: <${list} count="${declared}"> holds ${n}`);
  }
  const numFmts = new Set(tags(styles, 'numFmt').map((t) => Number(attr(t, 'numFmtId'))));
  const xfBlock = (list: string): string => new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)?.[1] ?? '';
  for (const list of ['cellStyleXfs', 'cellXfs']) {
    tags(xfBlock(list), 'xf').forEach((xf, i) => {
      for (const [a, target] of [['fontId', 'fonts'], ['fillId', 'fills'], ['borderId', 'borders']] as const) {
        const v = attr(xf, a);
        if (v !== null && Number(v) >= (sizes.get(target) ?? 0)) problems.push(`xl/styles.xml: ${list} xf ${i} has ${a}="${v}", past ${target} (${sizes.get(target) ?? 0})`);
      }
      const fmt = Number(attr(xf, 'numFmtId') ?? '0');
      if (fmt >= 164 && !numFmts.has(fmt)) problems.push(`xl/styles.xml: ${list} xf ${i} has numFmtId="${fmt}", which numFmts does not define`);
      const xfId = attr(xf, 'xfId');
      if (list === 'cellXfs' && xfId !== null && Number(xfId) >= (sizes.get('cellStyleXfs') ?? 0)) problems.push(`xl/styles.xml: cellXfs xf ${i} has xfId="${xfId}", past cellStyleXfs`);
    });
  }
  return problems;
}

/**
 * Style indexes are in range: every cell's `s`, row's `s` and column's `style` below the cellXfs
 * count, every conditional format's dxfId below the dxfs count, and styles.xml's own references.
 */
export function checkStyleIndexes(pkg: Package): string[] {
  const styles = pkg.get('xl/styles.xml');
  if (styles === undefined) return ['xl/styles.xml is missing'];
  const problems = checkStylesPart(styles);
  const xfs = count(styles, 'cellXfs', 'xf') ?? 0;
  const dxfs = count(styles, 'dxfs', 'dxf') ?? 0;
  for (const sheet of partsMatching(pkg, /^xl\/worksheets\/[^/]+\.xml$/)) {
    const xml = pkg.get(sheet) ?? '';
    const refs: Array<[string, string, string, number]> = [
      ...tags(xml, 'c').map((t) => ['c', 's', t, xfs] as [string, string, string, number]),
      ...tags(xml, 'row').map((t) => ['row', 's', t, xfs] as [string, string, string, number]),
      ...tags(xml, 'col').map((t) => ['col', 'style', t, xfs] as [string, string, string, number]),
      ...tags(xml, 'cfRule').map((t) => ['cfRule', 'dxfId', t, dxfs] as [string, string, string, number]),
    ];
    for (const [el, a, tag, limit] of refs) {
      const v = attr(tag, a);
      if (v !== null && !(Number(v) >= 0 && Number(v) < limit)) problems.push(`${sheet}: <${el}${el === 'c' ? ` r="${attr(tag, 'r') ?? ''}"` : ''}> ${a}="${v}" is past the ${a === 'dxfId' ? 'dxfs' : 'cellXfs'} count ${limit}`);
    }
  }
  return problems;
}

/**
 * The workbook's sheets as Excel accepts them: names of 1–31 characters without `[ ] : * ? / \`,
 * not beginning or ending with `'`, no two alike (case-insensitive); sheetIds and r:ids unique.
 */
export function checkSheets(pkg: Package): string[] {
  const problems: string[] = [];
  const sheets = tags(pkg.get('xl/workbook.xml') ?? '', 'sheet');
  const seen = { name: new Set<string>(), sheetId: new Set<string>(), 'r:id': new Set<string>() };
  for (const s of sheets) {
    const name = attr(s, 'name') ?? '';
    if ([...name].length < 1 || [...name].length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) problems.push(`xl/workbook.xml: sheet name "${name}" is not one Excel allows`);
    for (const [key, value] of [['name', name.toLowerCase()], ['sheetId', attr(s, 'sheetId') ?? ''], ['r:id', attr(s, 'r:id') ?? '']] as const) {
      if (seen[key].has(value)) problems.push(`xl/workbook.xml: two sheets with ${key} "${value}"`);
      seen[key].add(value);
    }
  }
  return problems;
}

/** `AB12` → [28, 12]; null for anything else. */
function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [col, Number(m[2])];
}

/** Rows ascending, each cell in its row and left of the next; `<col>` ranges ascending without overlap. */
function checkSheetOrder(sheet: string, xml: string): string[] {
  const problems: string[] = [];
  let row = 0;
  let col = 0;
  for (const m of (/<sheetData\b[^>]*>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? '').matchAll(/<(row|c)(?=[\s/>])[^>]*>/g)) {
    const tag = m[0];
    if (m[1] === 'row') {
      const r = Number(attr(tag, 'r') ?? row + 1);
      if (r <= row) problems.push(`${sheet}: row ${r} after row ${row}`);
      row = r;
      col = 0;
      continue;
    }
    const ref = attr(tag, 'r');
    const at: [number, number] | null = ref === null ? [col + 1, row] : cellRef(ref);
    if (!at || at[1] !== row || at[0] <= col) problems.push(`${sheet}: cell ${ref ?? '(no r)'} out of place in row ${row}`);
    col = at?.[0] ?? col + 1;
  }
  let last = 0;
  for (const c of tags(xml, 'col')) {
    const min = Number(attr(c, 'min'));
    const max = Number(attr(c, 'max'));
    if (!(min >= 1 && max >= min && min > last)) problems.push(`${sheet}: <col min="${min}" max="${max}"> overlaps or precedes the column range before it (to ${last})`);
    last = Math.max(last, max);
  }
  return problems;
}

/** No two merged ranges of a sheet share a cell. */
function checkMerges(sheet: string, xml: string): string[] {
  const ranges = tags(xml, 'mergeCell').map((t) => {
    const [a, b] = (attr(t, 'ref') ?? '').split(':');
    return { ref: attr(t, 'ref') ?? '', from: cellRef(a ?? ''), to: cellRef(b ?? a ?? '') };
  });
  const problems: string[] = [];
  ranges.forEach((x, i) => {
    if (!x.from || !x.to) {
      problems.push(`${sheet}: merged range "${x.ref}" is not a range`);
      return;
    }
    for (const y of ranges.slice(i + 1)) {
      if (!y.from || !y.to) continue;
      if (x.from[0] <= y.to[0] && y.from[0] <= x.to[0] && x.from[1] <= y.to[1] && y.from[1] <= x.to[1]) problems.push(`${sheet}: merged ranges ${x.ref} and ${y.ref} overlap`);
    }
  });
  return problems;
}

/** Every worksheet's rows, cells and columns in order, and merged ranges that do not overlap. */
export function checkWorksheetLayout(pkg: Package): string[] {
  return partsMatching(pkg, /^xl\/worksheets\/[^/]+\.xml$/).flatMap((sheet) => {
    const xml = pkg.get(sheet) ?? '';
    return [...checkSheetOrder(sheet, xml), ...checkMerges(sheet, xml)];
  });
}

/** Every shared-string cell (`t="s"`) names an item of sharedStrings.xml. */
export function checkSharedStrings(pkg: Package): string[] {
  const items = tags(pkg.get('xl/sharedStrings.xml') ?? '', 'si').length;
  const problems: string[] = [];
  for (const sheet of partsMatching(pkg, /^xl\/worksheets\/[^/]+\.xml$/)) {
    for (const m of (pkg.get(sheet) ?? '').matchAll(/<c\b([^>]*?\bt="s"[^>]*)>\s*<v>([^<]*)<\/v>/g)) {
      const i = Number(m[2]);
      if (!(i >= 0 && i < items)) problems.push(`${sheet}: <c r="${attr(`<c ${m[1] ?? ''}>`, 'r') ?? ''}"> names shared string ${m[2] ?? ''} of ${items}`);
    }
  }
  return problems;
}

/**
 * Notes drawings (VML): each drawing's `o:idmap` blocks are its own (no block in two drawings), no
 * shape id is used twice in the package, each shape id lies in one of its drawing's blocks of 1,024
 * (`_x0000_s2049` → block 2), each sheet's drawing has one note shape per comment, and each
 * comment's author is in its part's list.
 */
export function checkVmlDrawings(pkg: Package): string[] {
  const problems: string[] = [];
  const blockOwner = new Map<number, string>();
  const shapeOwner = new Map<string, string>();
  for (const vml of partsMatching(pkg, /\.vml$/)) {
    const xml = pkg.get(vml) ?? '';
    const blocks = tags(xml, 'o:idmap').flatMap((t) => (attr(t, 'data') ?? '').split(',').filter((s) => s.trim() !== '').map(Number));
    for (const b of blocks) {
      const other = blockOwner.get(b);
      if (other !== undefined) problems.push(`${vml}: o:idmap block ${b} is also ${other}'s`);
      else blockOwner.set(b, vml);
    }
    for (const m of xml.matchAll(/<v:shape\b[^>]*\bid="_x0000_s(\d+)"/g)) {
      const id = m[1] ?? '';
      const other = shapeOwner.get(id);
      if (other !== undefined) problems.push(`${vml}: shape id _x0000_s${id} is also in ${other}`);
      shapeOwner.set(id, vml);
      if (!blocks.includes(Math.floor(Number(id) / 1024))) problems.push(`${vml}: shape id _x0000_s${id} is outside its o:idmap blocks (${blocks.join(',')})`);
    }
  }
  for (const sheet of sheetsOf(pkg)) {
    if (sheet.part === null) continue;
    const rels = relationships(pkg, sheet.part);
    const comments = rels.find((r) => r.type === `${REL}comments`);
    const vml = rels.find((r) => r.type === `${REL}vmlDrawing`);
    if (!comments) continue;
    const commentsXml = pkg.get(comments.target) ?? '';
    const notes = tags(commentsXml, 'comment').length;
    const authors = tags(commentsXml, 'author').length;
    for (const c of tags(commentsXml, 'comment')) {
      if (Number(attr(c, 'authorId') ?? '0') >= authors) problems.push(`${comments.target}: comment ${attr(c, 'ref') ?? ''} has authorId ${attr(c, 'authorId') ?? ''} of ${authors} authors`);
    }
    const shapes = vml ? [...(pkg.get(vml.target) ?? '').matchAll(/<x:ClientData\b[^>]*ObjectType="Note"/g)].length : 0;
    if (notes !== shapes) problems.push(`${sheet.part}: ${notes} comments but ${shapes} note shapes in its drawing${vml ? ` ${vml.target}` : ' (none)'}`);
    if (!vml || !/<legacyDrawing\b/.test(pkg.get(sheet.part) ?? '')) problems.push(`${sheet.part}: comments without a legacyDrawing of their notes`);
  }
  return problems;
}

/** All package checks of one file (the names check needs the input too: see checkNamesKept). */
export function checkPackage(pkg: Package): string[] {
  return [
    ...checkRelationships(pkg),
    ...checkContentTypes(pkg),
    ...checkSheets(pkg),
    ...checkDefinedNames(pkg),
    ...checkWorksheetLayout(pkg),
    ...checkStyleIndexes(pkg),
    ...checkSharedStrings(pkg),
    ...checkVmlDrawings(pkg),
  ];
}
