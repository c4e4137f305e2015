/** Helpers for the hostile-input tests: lint a temp tree, run the built CLI as a child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { REPO_ROOT, TEST_NOW, type Row } from '../helpers.js';

/** Lint `patterns` in `root` through the API (no config discovery, fixed "today"). */
export async function lintTree(root: string, patterns: string[] = ['.']): Promise<{ rows: Row[]; errorCount: number; warningCount: number }> {
  const result = await lint({ cwd: root, patterns, noConfig: true, now: TEST_NOW });
  const rows: Row[] = [];
  for (const file of result.results) {
    for (const f of file.findings) rows.push({ file: path.relative(root, file.filePath).split(path.sep).join('/'), line: f.line, column: f.column, ruleId: f.ruleId, message: f.message });
  }
  return { rows, errorCount: result.errorCount, warningCount: result.warningCount };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node bin/faq-lint.js args` in `cwd` (the build must be current: `npm test` builds first). */
export function runCli(cwd: string, args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): CliRun {
  const result = spawnSync(process.execPath, [...nodeArgs, path.join(REPO_ROOT, 'bin/faq-lint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FAQ_LINT_NOW: TEST_NOW, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A finding row for `file-unreadable` at the file start. */
export const unreadable = (file: string, message: string): Row => ({ file, line: 1, column: 1, ruleId: 'file-unreadable', message });

/** A bad inline comment: produces an `inline-config-invalid` finding where it stands. */
export const BAD_COMMENT = '<!-- faq-lint-disable no-such-rule -->';
export const badCommentRow = (file: string, line: number, column: number): Row => ({
  file,
  line,
  column,
  ruleId: 'inline-config-invalid',
  message: "Unknown rule 'no-such-rule' in faq-lint-disable comment",
});
