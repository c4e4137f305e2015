#!/usr/bin/env node
// Thin shim: the CLI lives in the built code (dist/, made by `npm run build` on install).
import('../dist/src/cli/main.js').then(
  (cli) => cli.main(),
  (error) => {
    process.stderr.write(`faq-lint: cannot start (${error.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm run build' : error.message})\n`);
    process.exitCode = 2;
  },
);
