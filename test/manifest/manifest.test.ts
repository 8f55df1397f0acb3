/**
 * manifest.xml validated offline against Microsoft's Office add-in manifest schemas (vendored in
 * test/manifest/xsd/, the patched set; source and licence in SOURCE.md there) with xmllint compiled to
 * WebAssembly — no system package and no network. Plus the facts the add-in relies on.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validate } from './validate';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  test('is valid against the Office add-in manifest schemas', async () => {
    const r = await validate(MANIFEST);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  test('a broken manifest fails validation (the check has teeth)', async () => {
    // Permissions has a closed list of values; "WriteEverything" is not one of them.
    const broken = MANIFEST.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>WriteEverything</Permissions>');
    const r = await validate(broken);
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toMatch(/Permissions/);
    // An element out of order (DefaultLocale must come before DisplayName) fails too.
    const reordered = MANIFEST.replace('<DefaultLocale>zh-CN</DefaultLocale>\n', '').replace('<Hosts>\n    <Host Name="Workbook"/>', '<DefaultLocale>zh-CN</DefaultLocale>\n  <Hosts>\n    <Host Name="Workbook"/>');
    expect((await validate(reordered)).valid).toBe(false);
  });

  test('is a read-write task pane for Excel workbooks, needing ExcelApi 1.7', () => {
    expect(MANIFEST).toMatch(/xsi:type="TaskPaneApp"/);
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(MANIFEST).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  test('zh-CN by default, en-US overrides for the name and description', () => {
    expect(MANIFEST).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(MANIFEST).toMatch(/<DisplayName DefaultValue="考评助手">\s*<Override Locale="en-US" Value="Kaoping Assessment Helper"\/>/);
    expect(MANIFEST).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
  });

  test('a 考评助手 group on the Home tab with 打开考评助手 (ShowTaskpane) and 快速校验 (quickCheck)', () => {
    const tab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(MANIFEST)?.[1] ?? '';
    const controls = [...tab.matchAll(/<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<Label resid="([^"]+)"\/>[\s\S]*?<Action xsi:type="(\w+)">([\s\S]*?)<\/Action>/g)]
      .map((m) => ({ id: m[1], label: m[2], action: m[3], body: (m[4] ?? '').replace(/\s+/g, '') }));
    expect(controls).toEqual([
      { id: 'Kaoping.OpenPane', label: 'OpenPane.Label', action: 'ShowTaskpane', body: '<TaskpaneId>Kaoping.Taskpane</TaskpaneId><SourceLocationresid="Taskpane.Url"/>' },
      { id: 'Kaoping.QuickCheck', label: 'QuickCheck.Label', action: 'ExecuteFunction', body: '<FunctionName>quickCheck</FunctionName>' },
    ]);
    const str = (id: string): string | undefined => new RegExp(`<bt:String id="${id.replace('.', '\\.')}" DefaultValue="([^"]+)">`).exec(MANIFEST)?.[1];
    expect(str('Group.Label')).toBe('考评助手');
    expect(str('OpenPane.Label')).toBe('打开考评助手');
    expect(str('QuickCheck.Label')).toBe('快速校验');
    expect(MANIFEST).toMatch(/<bt:Url id="Commands.Url" DefaultValue="https:\/\/localhost:3000\/commands.html"\/>/);
    expect(MANIFEST).toMatch(/<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
    // Every short and long string has an en-US override.
    const strings = [...MANIFEST.matchAll(/<bt:String id="[^"]+" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g)].length;
    expect(strings).toBe([...MANIFEST.matchAll(/<bt:String id=/g)].length);
  });

  test('every icon the manifest names exists in assets/ as a PNG of its size', () => {
    for (const m of MANIFEST.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)) {
      const buf = fs.readFileSync(path.join(ROOT, 'assets', `icon-${m[1]}.png`));
      expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(buf.readUInt32BE(16)).toBe(Number(m[1])); // IHDR width
      expect(buf.readUInt32BE(20)).toBe(Number(m[1])); // IHDR height
    }
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(ROOT, 'assets', `icon-${size}.png`))).toBe(true);
  });
});
