/** Helpers for the metadata tests: findings with their fixes, and fixes applied. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { decodeSource } from '../../src/source/text.js';
import type { Finding } from '../../src/types.js';
import { familyRuleIds, FIXTURES, TEST_NOW } from '../helpers.js';

/** The metadata family's rule ids. */
export const METADATA_RULES = familyRuleIds('metadata');

/** Findings of one fixture file, with fixes. */
export async function findingsOf(fixture: string, file: string, options: LintOptions = {}): Promise<Finding[]> {
  const cwd = path.join(FIXTURES, fixture);
  const result = await lint({ noConfig: true, now: TEST_NOW, ...options, cwd, patterns: [file] });
  return result.results.flatMap((r) => r.findings);
}

/** The file's text (BOM removed) with one fix applied. */
export function applyFix(fixture: string, file: string, finding: Finding): string {
  const source = decodeSource(readFileSync(path.join(FIXTURES, fixture, file)));
  if (!source.ok || !finding.fix) throw new Error('no text or no fix');
  const [start, end] = finding.fix.range;
  return source.text.slice(0, start) + finding.fix.text + source.text.slice(end);
}

/** Lint `patterns` of a fixture: the files linted and every finding (to show a right case is clean and was linted). */
export async function lintedAndFindings(
  fixture: string,
  patterns: string[],
): Promise<{ files: string[]; findings: string[] }> {
  const cwd = path.join(FIXTURES, fixture);
  const result = await lint({ noConfig: true, now: TEST_NOW, cwd, patterns });
  return {
    files: result.results.map((r) => r.path).sort(),
    findings: result.results.flatMap((r) =>
      r.findings
        .filter((f) => METADATA_RULES.includes(f.ruleId))
        .map((f) => `${r.path}:${f.line}:${f.column} ${f.ruleId}`),
    ),
  };
}
