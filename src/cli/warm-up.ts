/**
 * Changed mode (`--staged`, what the pre-commit hook runs; `--changed-since`) summarises the
 * changed files in the guarded worker within its first few hundred milliseconds, and that thread
 * takes about as long to load the parser as the main thread takes to load the CLI. Started from
 * here, before the CLI's modules load (bin/faq-lint.js imports this module first), both load at
 * once on two cores instead of one after the other. This module imports only what starting the
 * thread needs (`guarded-thread.ts`): the rules and their schemas would delay it by about 0.1 s.
 * This is a guess from the raw arguments, made before they are parsed: the CLI still decides, and
 * a wrong guess costs only a thread that is never used (it does not keep the process alive).
 */
import { startEarly } from '../engine/guarded-thread.js';

/** True when the arguments ask for changed mode (before `--`, which ends the options). */
export function asksForChangedMode(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--staged' || arg === '--changed-since' || arg.startsWith('--changed-since=')) return true;
  }
  return false;
}

/** Start the guarded worker now when the arguments ask for changed mode. */
export function warmUpForChangedMode(argv: readonly string[]): void {
  if (asksForChangedMode(argv)) startEarly();
}
