/** Running the built CLI (`bin/faq-lint.js`) as a child process, the way users and CI do. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers.js';

export const BIN = path.join(REPO_ROOT, 'bin', 'faq-lint.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment without the CI variables of whatever runs the tests, so runs are reproducible. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GITHUB_') && key !== 'FAQ_LINT_NOW') env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Run `faq-lint args` in `cwd` (needs `npm run build`, which `npm test` does first). */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
