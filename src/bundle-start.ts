/**
 * The bundle's first module: `src/bundle.ts` imports it before anything else, so esbuild places
 * it (and the few modules it imports) first in `bundle/faq-lint.mjs`, and it runs before the rest
 * of the bundle is evaluated. It points worker threads at the bundle, and in a changed-mode run
 * (the pre-commit hook's `--staged`) starts the guarded worker's thread at once, so that thread
 * loads while the main thread evaluates the CLI, as `bin/faq-lint.js` does for the tsc build.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { warmUpForChangedMode } from './cli/warm-up.js';
import { useWorkerScript } from './engine/worker-protocol.js';

/** The bundle file itself. */
export const BUNDLE_FILE = fileURLToPath(import.meta.url);
useWorkerScript(BUNDLE_FILE);

/** True when node was started on this file (not when the Action's entry imports it). */
export function startedDirectly(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(BUNDLE_FILE);
  } catch {
    return false;
  }
}

if (isMainThread && startedDirectly()) warmUpForChangedMode(process.argv.slice(2));
