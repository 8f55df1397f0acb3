#!/usr/bin/env node
'use strict';
// Launcher for the compiled CLI (npm's `prepare` builds dist/ on install).
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  // Chinese unless --lang en / KAOPING_LANG=en (src/cli/lang.ts reads them the same way).
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const lang = at < 0 ? process.env.KAOPING_LANG || '' : args[at] === '--lang' ? args[at + 1] || '' : args[at].slice(7);
  process.stderr.write(/^en/i.test(lang)
    ? 'kaoping is not built yet: run `npm install` (or `npm run build:cli`) in the project folder.\n'
    : '考评助手尚未编译：请在项目目录运行 npm install（或 npm run build:cli）。\n');
  process.exit(2);
}

// Start node again with the flags of node-flags.json (a bigger young generation: large workbooks
// score ~1.5× faster), unless they are already given; KAOPING_SAME_PROCESS=1 skips this. Starting
// node again costs ~0.1 s, more than it saves on small workbooks (a county's 40 units: ~13 KB), so
// it is skipped when every file named (or in a folder named) exists and they add up to under 2 MB.
const SMALL = 2 * 1024 * 1024;
function inputsAreSmall(args) {
  let total = 0;
  let named = 0;
  const valued = new Set(['-o', '--output', '--out', '--json', '--previous', '--prev', '--limit', '--lang']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (valued.has(a)) { i++; continue; } // its value (an output, a report, last period) is no input
    if (a.startsWith('-') || (!/\.xlsx$/i.test(a) && !(fs.existsSync(a) && fs.statSync(a).isDirectory()))) continue;
    if (!fs.existsSync(a)) return false;
    const st = fs.statSync(a);
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(a)) if (/\.xlsx$/i.test(f)) total += fs.statSync(path.join(a, f)).size;
    } else total += st.size;
    named++;
  }
  return named > 0 && total < SMALL;
}
const { flags } = require('./node-flags.json');
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS || '').split(/\s+/)];
const missing = flags.filter((f) => !given.some((g) => g.split('=')[0] === f.split('=')[0]));
let small = false;
try { small = inputsAreSmall(process.argv.slice(2)); } catch { small = false; }
if (missing.length && !small && process.env.KAOPING_SAME_PROCESS !== '1') {
  const r = spawnSync(process.execPath, [...process.execArgv, ...missing, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, KAOPING_SAME_PROCESS: '1' },
  });
  if (!r.error) process.exit(r.status === null ? 1 : r.status);
  // Could not start node again: run here, with node's defaults.
}
// The CLI as one file (webpack.cli.js, built by `npm run build:cli` right after tsc) loads ~0.3 s
// faster than dist/cli/ and its ~860 modules; it is used only when it is not older than
// dist/cli/main.js (tsc rewrites that on every build), so a build without the bundle never runs stale code.
const bundle = path.join(__dirname, '..', 'dist', 'kaoping.bundle.js');
let entry = compiled;
try {
  if (fs.statSync(bundle).mtimeMs >= fs.statSync(compiled).mtimeMs) entry = bundle;
} catch { entry = compiled; }
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
