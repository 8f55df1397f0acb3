#!/usr/bin/env node
'use strict';
// Launcher for the compiled CLI (npm's `prepare` builds dist/ on install).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('考评助手尚未编译：请在项目目录运行 npm install（或 npm run build:cli）。\n' +
    'kaoping is not built yet: run `npm install` (or `npm run build:cli`) in the project folder.\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
