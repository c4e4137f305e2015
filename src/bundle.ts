/**
 * The bundled build's entry: esbuild (`npm run bundle`, scripts/bundle.mjs) turns it into
 * `bundle/faq-lint.mjs`, one file with every runtime dependency inside, committed so that the
 * Action and the pre-commit hook run with nothing to install or compile. The one file is three
 * things: run with node, it is the CLI (the pre-commit hook runs it so); in a worker thread, the
 * pool's worker (the pool is pointed at this file); imported, it gives the Action its entry
 * (`bundle/action.mjs`, the file action.yml runs) and bin/faq-lint.js the CLI in an unbuilt clone.
 */
// First: it points workers at this file and starts changed mode's worker before the rest evaluates.
import { startedDirectly } from './bundle-start.js';
import { isMainThread } from 'node:worker_threads';
import { main } from './cli/main.js';
// In a worker thread this module answers the pool's batches; in the main thread it does nothing.
import './engine/worker.js';

export { actionMain } from './action/main.js';
/** The CLI, for bin/faq-lint.js in a clone that has not been built. */
export { main as cliMain };

if (isMainThread && startedDirectly()) void main();
