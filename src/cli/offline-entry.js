'use strict';
// Entry of the one-file offline build (webpack.offline.js): the compiled CLI, run in this process.
const { main } = require('../../dist/cli/main.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
