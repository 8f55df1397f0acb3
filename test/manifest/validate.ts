/**
 * Validates a manifest against Microsoft's Office add-in manifest schemas (vendored in
 * test/manifest/xsd/, source and licence in SOURCE.md there) with xmllint compiled to WebAssembly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';

const XSD_DIR = path.join(__dirname, 'xsd');

export async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const files = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd'));
  const preload = files.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), 'utf8') }));
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: 'OfficeAppManifestV1_1.xsd', contents: fs.readFileSync(path.join(XSD_DIR, 'OfficeAppManifestV1_1.xsd'), 'utf8') }],
    preload,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
