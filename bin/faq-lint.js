#!/usr/bin/env node
// Thin shim: the CLI is the tsc build (dist/, made by `npm run build`; what the npm package
// ships). In a fresh clone of the repository, before any build, it is the committed bundle.
import { existsSync } from 'node:fs';

const built = new URL('../dist/src/cli/main.js', import.meta.url);
const bundled = new URL('../bundle/faq-lint.mjs', import.meta.url);
const useBuilt = existsSync(built) || !existsSync(bundled);
// Changed mode's worker thread starts loading the parser while this thread loads the CLI
// (src/cli/warm-up.ts). Imported first, not beside the CLI: ESM would settle both imports together.
const warmUp = () =>
  import(new URL('../dist/src/cli/warm-up.js', import.meta.url).href).then(
    (module) => module.warmUpForChangedMode(process.argv.slice(2)),
    () => {}, // the CLI's own import reports a missing build
  );
const start = useBuilt
  ? warmUp().then(() => import(built.href).then((cli) => cli.main()))
  : import(bundled.href).then((cli) => cli.cliMain());
start.catch((error) => {
  process.stderr.write(
    `faq-lint: cannot start (${error.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm run build' : error.message})\n`,
  );
  process.exitCode = 2;
});
