/** Helpers for the hostile-input tests: lint a temp tree with only the core rules on (the CLI: tests/cli.ts). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.js';
import type { RuleSetting } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import { fullMessage } from '../../src/reporters/message.js';
import { TEST_NOW, type Row } from '../helpers.js';

/** Every rule but the engine's own (file-unreadable, inline-config-invalid, internal-error) off. */
export const CORE_ONLY: Record<string, RuleSetting> = Object.fromEntries(
  allRules.filter((r) => r.meta.family !== 'core').map((r) => [r.meta.id, 'off']),
);

/** Write a config with only the core rules on into `root`; returns its name for `--config`. */
export function writeCoreOnlyConfig(root: string): string {
  writeFileSync(path.join(root, 'core-only.json'), JSON.stringify({ rules: CORE_ONLY }));
  return 'core-only.json';
}

/**
 * Lint `patterns` in `root` through the API (no config discovery, fixed "today", core rules only
 * unless `rules` say). With `withDetail`, each row's message is followed by the finding's detail
 * (` - detail`, as the one-line formats show it).
 */
export async function lintTree(
  root: string,
  patterns: string[] = ['.'],
  rules: Record<string, RuleSetting> = CORE_ONLY,
  withDetail = false,
): Promise<{ rows: Row[]; errorCount: number; warningCount: number }> {
  const result = await lint({ cwd: root, patterns, noConfig: true, now: TEST_NOW, commandLineRules: rules });
  const rows: Row[] = [];
  for (const file of result.results) {
    for (const f of file.findings)
      rows.push({
        file: path.relative(root, file.filePath).split(path.sep).join('/'),
        line: f.line,
        column: f.column,
        ruleId: f.ruleId,
        message: withDetail ? fullMessage(f) : f.message,
      });
  }
  return { rows, errorCount: result.errorCount, warningCount: result.warningCount };
}

/** A finding row for `file-unreadable` at the file start. */
export const unreadable = (file: string, message: string): Row => ({
  file,
  line: 1,
  column: 1,
  ruleId: 'file-unreadable',
  message,
});

/** A finding row for `file-too-complex` at the file start. */
export const tooComplex = (file: string, message: string): Row => ({
  file,
  line: 1,
  column: 1,
  ruleId: 'file-too-complex',
  message,
});

/** A bad inline comment: produces an `inline-config-invalid` finding where it stands. */
export const BAD_COMMENT = '<!-- faq-lint-disable no-such-rule -->';
export const badCommentRow = (file: string, line: number, column: number): Row => ({
  file,
  line,
  column,
  ruleId: 'inline-config-invalid',
  message: "Unknown rule 'no-such-rule' in faq-lint-disable",
});
