/**
 * Files Excel opens without a repair prompt (issue 14): every kind of .xlsx the program writes
 * (outputs.ts) is unzipped and
 *   - its workbook, worksheet, styles, sharedStrings and comments parts are validated against the
 *     OOXML Transitional schemas (ISO/IEC 29500-4:2016, vendored in test/ooxml/xsd/), and its
 *     [Content_Types].xml and relationship parts against the OPC schemas, with xmllint-wasm;
 *   - the package checks pass (package-checks.ts): relationship targets exist, the content types name
 *     exactly the parts present, defined names keep their scope with no workbook-wide twin, style and
 *     shared-string indexes are in range, notes drawings have their own o:idmap blocks and shape ids.
 * The last part breaks a good file in each of those ways and shows that the checks catch it.
 */
import * as fs from 'fs';
import { checkContentTypes, checkDefinedNames, checkNamesKept, checkPackage, checkRelationships, checkSharedStrings, checkSheets, checkStyleIndexes, checkVmlDrawings, checkWorksheetLayout, definedNames } from './package-checks';
import { partsMatching, sheetsOf, unzip, type Package } from './package';
import { cliOutputs, GOLDEN, SAMPLE, scoreAndUndo, withNotesAndNames, withoutTheme, type Written } from './outputs';
import { forSchema, schemaFor, validateParts, type PartToValidate } from './schema';
import { removeTmpDirs, tmpDir } from '../fixtures/xlsx-host/build';

afterAll(removeTmpDirs);

const read = (f: string): Uint8Array => new Uint8Array(fs.readFileSync(f));
const INPUTS: ReadonlyArray<{ label: string; bytes: () => Promise<Uint8Array> }> = [
  { label: '样例', bytes: async () => read(SAMPLE) },
  { label: '01 两级表头', bytes: async () => read(GOLDEN('01-乡镇党建-两级表头-分值行.xlsx')) },
  { label: '08 二次评分', bytes: async () => read(GOLDEN('08-二次评分-复用列.xlsx')) },
  { label: '09 批注+名称', bytes: () => withNotesAndNames(read(GOLDEN('09-自有考核结果表.xlsx'))) },
  { label: '10 无主题', bytes: () => withoutTheme(read(GOLDEN('10-数据错误.xlsx'))) },
];
const WRITERS = ['fast', 'exceljs'] as const;
const CLI_LABELS = ['CLI score 样例', 'CLI undo 样例', 'CLI template', 'CLI template 台账'];
const LABELS = [...WRITERS.flatMap((w) => INPUTS.flatMap((i) => [`${i.label} · score · ${w}`, `${i.label} · undo · ${w}`])), ...CLI_LABELS];

interface Unzipped extends Written {
  readonly inPkg: Package;
  readonly outPkg: Package;
}
const files = new Map<string, Unzipped>();
const get = (label: string): Unzipped => {
  const f = files.get(label);
  if (!f) throw new Error(`no output ${label}`);
  return f;
};

beforeAll(async () => {
  const dir = await tmpDir('ooxml');
  const written: Written[] = [];
  for (const input of INPUTS) {
    const bytes = await input.bytes();
    for (const writer of WRITERS) written.push(...(await scoreAndUndo(dir, input.label, bytes, writer)));
  }
  written.push(...(await cliOutputs(dir)));
  for (const w of written) files.set(w.label, { ...w, inPkg: await unzip(w.input), outPkg: await unzip(w.output) });
}, 120_000);

describe('the outputs cover what trips Excel', () => {
  test('every expected output was written', () => {
    expect([...files.keys()].sort()).toEqual([...LABELS].sort());
  });

  test('notes on several sheets, names of every scope, a clerk\'s 考核结果, a theme-less input, merged headers', () => {
    const notes = get('09 批注+名称 · score · fast');
    expect(sheetsOf(notes.inPkg).map((s) => s.name)).toEqual(['考核数据', '考核结果', '考核方案']);
    expect(partsMatching(notes.inPkg, /\.vml$/)).toHaveLength(3);
    expect(partsMatching(notes.outPkg, /\.vml$/).length).toBeGreaterThanOrEqual(3);
    expect(definedNames(notes.inPkg).map((n) => `${n.name}@${n.scope ?? ''}`)).toEqual(['税率@', '数据区@', '本表标题@考核数据', '去年名单@考核结果', '范围@', '范围@考核方案']);
    expect(sheetsOf(notes.outPkg).map((s) => s.name)).toContain('考核结果（考评助手）');
    const lo = get('10 无主题 · score · exceljs');
    expect(partsMatching(lo.inPkg, /theme/)).toEqual([]);
    expect(partsMatching(lo.outPkg, /\.vml$/).length).toBeGreaterThanOrEqual(1); // the run's flags are notes
    const merged = get('01 两级表头 · score · fast').outPkg.get('xl/worksheets/sheet1.xml') ?? '';
    expect((merged.match(/<mergeCell /g) ?? []).length).toBeGreaterThanOrEqual(5); // title rows and the two-level header
  });
});

describe('package checks', () => {
  test.each(LABELS)('%s', (label) => {
    const f = get(label);
    expect(checkPackage(f.outPkg)).toEqual([]);
    expect(checkNamesKept(f.inPkg, f.outPkg, f.stage !== 'score')).toEqual([]);
  });
});

/**
 * One xmllint run per schema for everything: the parts of every output, and the parts of one output
 * broken on purpose (labelled `broken`; its errors are the schema check's teeth, tested below).
 */
let schemaRun: Promise<string[]> | null = null;
function schemaProblems(): Promise<string[]> {
  schemaRun ??= validateParts([...outputDocs(), ...brokenDocs()]);
  return schemaRun;
}
function outputDocs(): PartToValidate[] {
  return LABELS.flatMap((label) => [...get(label).outPkg].filter(([part]) => schemaFor(part) !== null).map(([part, xml]) => ({ file: label, part, xml })));
}

describe('schema validation (OOXML Transitional, OPC)', () => {
  test('every workbook, worksheet, styles, sharedStrings, comments, [Content_Types].xml and .rels part is valid', async () => {
    const docs = outputDocs();
    // All five SpreadsheetML kinds are there (so the test can not pass by validating nothing).
    for (const kind of [/workbook\.xml$/, /worksheets\/sheet\d+\.xml$/, /styles\.xml$/, /sharedStrings\.xml$/, /comments\d+\.xml$/, /Content_Types/, /\.rels$/]) {
      expect([kind.source, docs.some((d) => kind.test(d.part))]).toEqual([kind.source, true]);
    }
    expect((await schemaProblems()).filter((p) => !p.startsWith('broken ›'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The checks have teeth: a good output, broken in one way each time, fails the check for it.

const broken = (label: string, edit: (parts: Map<string, string>) => void): Package => {
  const parts = new Map(get(label).outPkg);
  edit(parts);
  return parts;
};
const editPart = (parts: Map<string, string>, name: string, f: (xml: string) => string): void => {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  const next = f(xml);
  if (next === xml) throw new Error(`the edit did not change ${name}`);
  parts.set(name, next);
};
const GOOD = '09 批注+名称 · score · fast';

/** GOOD with a stray element in a worksheet, a count that is no number, an attribute OPC does not have. */
function brokenDocs(): PartToValidate[] {
  const pkg = broken(GOOD, (p) => {
    editPart(p, 'xl/worksheets/sheet1.xml', (x) => x.replace('<sheetData>', '<sheetData><bogus/>'));
    editPart(p, 'xl/styles.xml', (x) => x.replace(/<fonts count="(\d+)"/, '<fonts count="many"'));
    editPart(p, '[Content_Types].xml', (x) => x.replace('<Default ', '<Default Bogus="1" '));
  });
  return [...pkg].filter(([part]) => schemaFor(part) !== null).map(([part, xml]) => ({ file: 'broken', part, xml }));
}

/** `check(pkg)`, after making sure that checkPackage (what the per-file tests run) reports the same. */
const caught = (check: (pkg: Package) => string[], pkg: Package): string[] => {
  const found = check(pkg);
  expect(found.length).toBeGreaterThan(0);
  expect(checkPackage(pkg)).toEqual(expect.arrayContaining(found));
  return found;
};

describe('the checker catches a broken file', () => {
  test('a missing part: its relationship and its Override name a part that is not there', () => {
    const pkg = broken(GOOD, (p) => p.delete('xl/theme/theme1.xml'));
    expect(caught(checkRelationships, pkg)).toEqual(['xl/_rels/workbook.xml.rels: rId2 targets xl/theme/theme1.xml, which is not in the package']);
    expect(caught(checkContentTypes, pkg)).toEqual(['[Content_Types].xml: Override for /xl/theme/theme1.xml, which is not in the package']);
  });

  test('a worksheet without its Override; a part nothing reaches; an r:id with no relationship', () => {
    const pkg = broken(GOOD, (p) => {
      editPart(p, '[Content_Types].xml', (x) => x.replace(/<Override PartName="\/xl\/worksheets\/sheet2\.xml"[^>]*\/>/, ''));
      p.set('xl/stray.xml', '<x/>');
      editPart(p, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<legacyDrawing r:id="[^"]*"/, '<legacyDrawing r:id="rId99"'));
    });
    expect(caught(checkContentTypes, pkg)).toEqual([
      '[Content_Types].xml: /xl/worksheets/sheet2.xml has content type application/xml, its relationship needs application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      'xl/stray.xml: no relationship reaches this part',
    ]);
    expect(caught(checkRelationships, pkg)).toEqual(['xl/worksheets/sheet1.xml: r:id rId99 is not in xl/worksheets/_rels/sheet1.xml.rels']);
  });

  test('a style index past cellXfs, a cellXfs count that lies, a font that is not there', () => {
    const xfs = (get(GOOD).outPkg.get('xl/styles.xml')?.match(/<cellXfs count="(\d+)"/)?.[1]) ?? '';
    const pkg = broken(GOOD, (p) => {
      editPart(p, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<c r="A1"( s="\d+")?/, '<c r="A1" s="9999"'));
      editPart(p, 'xl/styles.xml', (x) => x.replace(/<cellXfs count="\d+"/, `<cellXfs count="${Number(xfs) + 1}"`).replace(/(<cellXfs\b[^>]*>\s*<xf\b[^>]*?)fontId="\d+"/, '$1fontId="500"'));
    });
    expect(caught(checkStyleIndexes, pkg)).toEqual([
      `xl/styles.xml: <cellXfs count="${Number(xfs) + 1}"> holds ${xfs}`,
      `xl/styles.xml: cellXfs xf 0 has fontId="500", past fonts (${get(GOOD).outPkg.get('xl/styles.xml')?.match(/<fonts count="(\d+)"/)?.[1] ?? ''})`,
      `xl/worksheets/sheet1.xml: <c r="A1"> s="9999" is past the cellXfs count ${xfs}`,
    ]);
  });

  test('a sheet name Excel refuses, two sheets of one name, one sheetId twice', () => {
    const pkg = broken(GOOD, (p) => editPart(p, 'xl/workbook.xml', (x) => x.replace('name="考核数据"', 'name="考核[数据]"').replace('name="考核方案"', 'name="考核结果"').replace(/sheetId="2"/, 'sheetId="1"')));
    expect(caught(checkSheets, pkg)).toEqual([
      'xl/workbook.xml: sheet name "考核[数据]" is not one Excel allows',
      'xl/workbook.xml: two sheets with sheetId "1"',
      'xl/workbook.xml: two sheets with name "考核结果"',
    ]);
  });

  test('rows and cells out of order, overlapping column ranges and merged ranges', () => {
    const pkg = broken(GOOD, (p) => editPart(p, 'xl/worksheets/sheet1.xml', (x) => x
      .replace('<row r="4"', '<row r="3"')
      .replace('<c r="D2"', '<c r="B2"')
      .replace(/<col min="2" max="2"/, '<col min="1" max="2"')
      .replace('<mergeCell ref="A1:G1"/>', '<mergeCell ref="A1:G1"/><mergeCell ref="C1:C2"/>')));
    const problems = caught(checkWorksheetLayout, pkg);
    // Row 4's cells, now under a second row 3, are each out of place too.
    const row4 = problems.filter((l) => /^xl\/worksheets\/sheet1\.xml: cell [A-Z]+4 out of place in row 3$/.test(l));
    expect(row4.length).toBeGreaterThanOrEqual(7);
    expect(problems.filter((l) => !row4.includes(l))).toEqual([
      'xl/worksheets/sheet1.xml: cell B2 out of place in row 2',
      'xl/worksheets/sheet1.xml: row 3 after row 3',
      'xl/worksheets/sheet1.xml: <col min="1" max="2"> overlaps or precedes the column range before it (to 1)',
      'xl/worksheets/sheet1.xml: merged ranges A1:G1 and C1:C2 overlap',
    ]);
  });

  test('a shared-string index past the table', () => {
    const pkg = broken(GOOD, (p) => editPart(p, 'xl/worksheets/sheet1.xml', (x) => x.replace(/(<c r="A1"[^>]*t="s"[^>]*>\s*<v>)\d+/, '$199999')));
    expect(caught(checkSharedStrings, pkg)).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: <c r="A1"> names shared string 99999 of \d+$/)]);
  });

  test('notes drawings sharing one o:idmap block and shape ids (exceljs 4.4 alone), a note without its shape, a note by no author', () => {
    const drawings = partsMatching(get(GOOD).outPkg, /\.vml$/);
    const pkg = broken(GOOD, (p) => {
      for (const d of drawings) {
        editPart(p, d, (x) => {
          const n = Number(/<o:idmap\b[^>]*data="(\d+)"/.exec(x)?.[1]);
          return n === 1 ? `${x} ` : x.replace(/(<o:idmap\b[^>]*data=")\d+/, '$11').replace(/_x0000_s(\d+)/g, (_m, id: string) => `_x0000_s${Number(id) - 1024 * (n - 1)}`);
        });
      }
    });
    const problems = caught(checkVmlDrawings, pkg);
    expect(problems.filter((s) => /o:idmap block 1 is also/.test(s))).toHaveLength(drawings.length - 1);
    expect(problems.some((s) => /shape id _x0000_s1025 is also in/.test(s))).toBe(true);
    const lost = broken(GOOD, (p) => editPart(p, drawings[0] ?? '', (x) => x.replace(/<v:shape\b(?:(?!<\/v:shape>)[\s\S])*<\/v:shape>/, '')));
    expect(caught(checkVmlDrawings, lost)).toEqual([expect.stringMatching(/: (\d+) comments but (?!\1)\d+ note shapes in its drawing xl\/drawings\/vmlDrawing\d+\.vml$/)]);
    const comments = partsMatching(get(GOOD).outPkg, /^xl\/comments\d+\.xml$/)[0] ?? '';
    const noAuthor = broken(GOOD, (p) => editPart(p, comments, (x) => x.replace(/(<comment\b[^>]*?)\s*(?:authorId="\d+")?(\s*\/?>)/, '$1 authorId="7"$2')));
    expect(caught(checkVmlDrawings, noAuthor)).toEqual([expect.stringMatching(new RegExp(`^${comments.replace(/[.]/g, '\\.')}: comment [A-Z]+\\d+ has authorId 7 of \\d+ authors$`))]);
  });

  test('a workbook-wide twin of a sheet-scoped name; a name twice in one scope; a localSheetId past the last sheet', () => {
    const f = get(GOOD);
    const twin = broken(GOOD, (p) => editPart(p, 'xl/workbook.xml', (x) => x.replace('</definedNames>', '<definedName name="本表标题">考核数据!$A$1</definedName></definedNames>')));
    expect(checkNamesKept(f.inPkg, twin, false)).toEqual(['xl/workbook.xml: defined name 本表标题 [workbook] = 考核数据!$A$1 is a twin of the input\'s 本表标题 in another scope']);
    const twice = broken(GOOD, (p) => editPart(p, 'xl/workbook.xml', (x) => x.replace('</definedNames>', '<definedName name="税率">0.06</definedName><definedName name="X" localSheetId="9">1</definedName></definedNames>')));
    expect(caught(checkDefinedNames, twice)).toEqual([
      'xl/workbook.xml: defined name 税率 twice in scope (workbook)',
      'xl/workbook.xml: defined name X has localSheetId 9, past the last sheet',
    ]);
    const lost = broken(GOOD, (p) => editPart(p, 'xl/workbook.xml', (x) => x.replace(/ localSheetId="\d+">考核结果!\$A\$2:\$C\$6/, '>考核结果!$A$2:$C$6')));
    expect(checkNamesKept(f.inPkg, lost, false)).toEqual([
      'xl/workbook.xml: defined name 去年名单 [考核结果] = 考核结果!$A$2:$C$6 lost or changed',
      'xl/workbook.xml: defined name 去年名单 [workbook] = 考核结果!$A$2:$C$6 is a twin of the input\'s 去年名单 in another scope',
    ]);
  });

  test('schema: an element out of place, an attribute value outside its type, in the parts they are in', async () => {
    expect((await schemaProblems()).filter((p) => p.startsWith('broken ›'))).toEqual([
      expect.stringMatching(/^broken › xl\/worksheets\/sheet1\.xml:\d+: .*bogus.*not expected/),
      expect.stringMatching(/^broken › xl\/styles\.xml:\d+: .*'count'.*'many'/),
      expect.stringMatching(/^broken › \[Content_Types\]\.xml:\d+: .*Bogus.*not allowed/),
    ]);
  });

  test('forSchema drops only what Markup Compatibility lets a consumer ignore', () => {
    const xml = '<worksheet xmlns="s" xmlns:mc="m" mc:Ignorable="x14ac xr" xmlns:x14ac="a" xmlns:xr="r"><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><x14ac:thing a="1"><b/></x14ac:thing><mc:AlternateContent><mc:Choice Requires="x15"><y/></mc:Choice><mc:Fallback><z/></mc:Fallback></mc:AlternateContent><row r="1" xr:uid="{1}" x14:other="2"><c><is><t xml:space="preserve"> a</t></is></c></row></worksheet>';
    expect(forSchema(xml)).toBe('<worksheet xmlns="s" xmlns:mc="m" xmlns:x14ac="a" xmlns:xr="r"><sheetFormatPr defaultRowHeight="15"/><z/><row r="1" x14:other="2"><c><is><t> a</t></is></c></row></worksheet>');
  });
});
