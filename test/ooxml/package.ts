/**
 * An .xlsx file as the conformance checks see it: its parts by name (no leading slash) and the
 * relationships between them (ECMA-376 Part 2, Open Packaging Conventions).
 */
import JSZip from 'jszip';

/** Part name → text; parts that are not XML (printer settings, images) are kept with empty text. */
export type Package = ReadonlyMap<string, string>;

const TEXT_PART = /(\.xml|\.rels|\.vml)$/i;

export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    parts.set(name, TEXT_PART.test(name) ? await entry.async('string') : '');
  }
  return parts;
}

export async function zipOf(pkg: Package): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of pkg) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** XML text or attribute value → its characters (the five predefined entities). */
export const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The value of attribute `name` in the start tag `tag` (entities decoded), or null. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decode(m[1] ?? m[2] ?? '') : null;
}

/** Every start tag (or empty-element tag) of element `name` (with its prefix, e.g. `o:idmap`). */
export function tags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name.replace(/[.:]/g, '\\$&')}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** The part a relationship target names, from the part `source` ('' = the package root). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → '' (the package). */
export function sourceOfRels(relsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1] ?? ''}${m[2] ?? ''}` : '';
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsOf(part: string): string {
  return part.replace(/([^/]*)$/, '_rels/$1.rels');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The resolved part name, or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

export function relationships(pkg: Package, source: string): Relationship[] {
  const xml = pkg.get(source === '' ? '_rels/.rels' : relsOf(source)) ?? '';
  return tags(xml, 'Relationship').map((r) => {
    const external = attr(r, 'TargetMode') === 'External';
    const target = attr(r, 'Target') ?? '';
    return { id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target: external ? target : resolveTarget(source, target), external };
  });
}

/** The workbook's sheets in order: name, localSheetId position, and worksheet part. */
export function sheetsOf(pkg: Package): Array<{ name: string; part: string | null }> {
  const workbook = pkg.get('xl/workbook.xml') ?? '';
  const rels = relationships(pkg, 'xl/workbook.xml');
  return tags(workbook, 'sheet').map((s) => ({
    name: attr(s, 'name') ?? '',
    part: rels.find((r) => r.id === attr(s, 'r:id'))?.target ?? null,
  }));
}

/** The parts whose name matches `re`, sorted. */
export function partsMatching(pkg: Package, re: RegExp): string[] {
  return [...pkg.keys()].filter((n) => re.test(n)).sort();
}
