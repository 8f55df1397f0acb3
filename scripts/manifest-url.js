'use strict';
/**
 * The add-in built for a real address: `npm run build -- --env url=https://intranet.example/kaoping/`
 * makes webpack.config.js copy manifest.xml into build/addin/ with every URL on that address instead
 * of the development server's https://localhost:3000/ (pages, icons, help, the app domain).
 * docs/部署.md says how to host build/addin/ and hand out its manifest.xml.
 */

/** The development address written in manifest.xml. */
const DEV_BASE = 'https://localhost:3000/';

/**
 * Checks and normalises the address the add-in is hosted at: an absolute https:// URL, no query or
 * fragment, ending in `/` (added when missing). Throws an Error (Chinese, then English) otherwise.
 * Example: addinBase('https://oa.example.gov.cn/kaoping') → 'https://oa.example.gov.cn/kaoping/'.
 */
function addinBase(url) {
  let u;
  try {
    u = new URL(String(url));
  } catch {
    throw new Error(`加载项地址“${url}”不是完整的网址，应形如 https://服务器/kaoping/。\nThe add-in address "${url}" is not a full URL; it should look like https://server/kaoping/.`);
  }
  if (u.protocol !== 'https:') {
    throw new Error(`加载项地址“${url}”必须以 https:// 开头：Office 只加载 HTTPS 上的加载项。\nThe add-in address "${url}" must start with https://: Office loads add-ins over HTTPS only.`);
  }
  if (u.search || u.hash || u.username || u.password) {
    throw new Error(`加载项地址“${url}”不能带查询参数、#片段或用户名密码。\nThe add-in address "${url}" must have no query, fragment or credentials.`);
  }
  const base = u.href.endsWith('/') ? u.href : `${u.href}/`;
  return base;
}

/**
 * manifest.xml with every development URL on `url` instead: `https://localhost:3000/x` →
 * `<base>x`, and the <AppDomain> (an origin, no path) → the base's origin. Throws when `url` is not
 * an https address (addinBase) or when a localhost address would remain.
 * Example: rewriteManifest(xml, 'https://oa.example.gov.cn/kaoping/') turns
 * `https://localhost:3000/taskpane.html` into `https://oa.example.gov.cn/kaoping/taskpane.html`.
 */
function rewriteManifest(xml, url) {
  const base = addinBase(url);
  const origin = new URL(base).origin;
  const out = String(xml)
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE).join(base);
  if (/localhost/i.test(out)) throw new Error('manifest.xml still names localhost after the rewrite / manifest.xml still names localhost after the rewrite');
  return out;
}

module.exports = { DEV_BASE, addinBase, rewriteManifest };
