/** Run the real CLI (`bin/faq-lint.js`, built code) as a child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './helpers.js';

export const BIN = path.join(REPO_ROOT, 'bin', 'faq-lint.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `faq-lint ...args` in `cwd`, without colour and with a fixed "today". */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FAQ_LINT_NOW: '2026-11-26', CI: 'true', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
