/**
 * The one way tests run the real CLI (`bin/faq-lint.js`, built code: `npm test` builds first) as
 * a child process, the way users and CI do: a reproducible environment (no colour, no CI
 * variables of whatever runs the tests, "today" fixed at TEST_NOW unless `env` says otherwise).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, TEST_NOW } from './helpers.js';

export const BIN = path.join(REPO_ROOT, 'bin', 'faq-lint.js');

export interface CliRun {
  code: number | null;
  /** The signal that ended the process, if one did (undefined otherwise, so `toEqual` on a run ignores it). */
  signal?: NodeJS.Signals;
  stdout: string;
  stderr: string;
}

/**
 * The environment without the CI variables of whatever runs the tests (GITHUB_*, FAQ_LINT_NOW, CI), with NO_COLOR,
 * NODE_V8_COVERAGE when the suite measures thread coverage, and `extra`.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GITHUB_') && key !== 'FAQ_LINT_NOW' && key !== 'CI') env[key] = value;
  }
  // The thread coverage step of `npm test` (scripts/thread-coverage.mjs): V8 writes each process's
  // and thread's coverage there.
  const threadCoverage = process.env.FAQ_LINT_THREAD_COVERAGE;
  if (threadCoverage) env.NODE_V8_COVERAGE = threadCoverage;
  return { ...env, NO_COLOR: '1', ...extra };
}

/** `faq-lint ...args` in `cwd`; `env` adds to (or overrides) the clean environment; `nodeArgs` go to node (e.g. `--import` a preload). */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}, nodeArgs: string[] = []): CliRun {
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv({ FAQ_LINT_NOW: TEST_NOW, ...env }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, signal: result.signal ?? undefined, stdout: result.stdout, stderr: result.stderr };
}
