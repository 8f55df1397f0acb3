/**
 * The add-in built for a real address (`npm run build -- --env url=https://…/kaoping/`, docs/部署.md):
 * scripts/manifest-url.js puts every URL of manifest.xml on that address, and the result is still a
 * valid manifest; webpack.config.js applies it to the manifest it copies into build/addin/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validate } from './validate';

interface ManifestUrl {
  readonly DEV_BASE: string;
  addinBase(url: string): string;
  rewriteManifest(xml: string, url: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE, addinBase, rewriteManifest } = require('../../scripts/manifest-url.js') as ManifestUrl;

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://oa.example.gov.cn:8443/apps/kaoping/';

/** Every URL the manifest names: attribute values and element texts that start with https://. */
function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https:\/\/[^"<]+)/g)].map((m) => m[1] ?? '');
}

describe('manifest.xml for a real address', () => {
  const built = rewriteManifest(MANIFEST, BASE);

  it('names the given address in every SourceLocation, icon, help and command URL; the app domain is its origin', () => {
    const before = urls(MANIFEST);
    // The development manifest: 11 URLs, all on https://localhost:3000.
    expect(before).toHaveLength(11);
    expect(before.every((u) => u.startsWith('https://localhost:3000'))).toBe(true);
    expect(urls(built)).toEqual([
      `${BASE}assets/icon-32.png`,
      `${BASE}assets/icon-64.png`,
      `${BASE}help.html`,
      'https://oa.example.gov.cn:8443',
      `${BASE}taskpane.html`,
      `${BASE}assets/icon-16.png`,
      `${BASE}assets/icon-32.png`,
      `${BASE}assets/icon-80.png`,
      `${BASE}help.html`,
      `${BASE}commands.html`,
      `${BASE}taskpane.html`,
    ]);
    expect(built).toMatch(new RegExp(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`));
    expect(built).not.toMatch(/localhost/);
    // Nothing else changes: the same text once the addresses are put back.
    expect(built.split(BASE).join(DEV_BASE).replace('<AppDomain>https://oa.example.gov.cn:8443</AppDomain>', '<AppDomain>https://localhost:3000</AppDomain>')).toBe(MANIFEST);
  });

  it('is still valid against the Office add-in manifest schemas', async () => {
    const r = await validate(built);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('takes the address with or without its last slash; refuses what Office would not load', () => {
    expect(addinBase('https://oa.example.gov.cn/kaoping')).toBe('https://oa.example.gov.cn/kaoping/');
    expect(addinBase('https://oa.example.gov.cn')).toBe('https://oa.example.gov.cn/');
    expect(rewriteManifest(MANIFEST, 'https://oa.example.gov.cn/kaoping')).toContain('<SourceLocation DefaultValue="https://oa.example.gov.cn/kaoping/taskpane.html"/>');
    expect(() => addinBase('http://oa.example.gov.cn/kaoping/')).toThrow('加载项地址“http://oa.example.gov.cn/kaoping/”必须以 https:// 开头');
    expect(() => addinBase('oa.example.gov.cn/kaoping')).toThrow('不是完整的网址');
    expect(() => addinBase('https://oa.example.gov.cn/kaoping/?v=1')).toThrow('不能带查询参数');
  });

  it('webpack.config.js rewrites the manifest it copies only when --env url is given', () => {
    type Pattern = { from: string; transform?: (content: Buffer) => Buffer | string };
    type Config = { plugins: Array<{ patterns?: Pattern[] }> };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js') as (env: Record<string, string>, argv: Record<string, string>) => Config;
    const transformOf = (env: Record<string, string>): Pattern['transform'] =>
      config(env, { mode: 'production' }).plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml')?.transform;
    const withUrl = transformOf({ url: BASE });
    expect(String(withUrl?.(Buffer.from(MANIFEST)))).toBe(built);
    const dev = transformOf({});
    expect(String(dev?.(Buffer.from(MANIFEST)))).toBe(MANIFEST);
    expect(() => config({ url: 'http://x/' }, { mode: 'production' })).toThrow('必须以 https:// 开头');
  });
});
