/** Shared test helpers: lint a fixture docset through the API and flatten the findings. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../rules/index.js';
import { lint, type LintOptions } from '../src/engine/lint.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(REPO_ROOT, 'fixtures');
/** The fixed "today" of every test run, so ms.date findings are reproducible. */
export const TEST_NOW = '2026-11-26';

/** The ids of a rule family's rules (`rules/<family>/`), from the rules themselves. */
export function familyRuleIds(family: string): string[] {
  return allRules.filter((rule) => rule.meta.family === family).map((rule) => rule.meta.id);
}

/** One finding as a compact, assertable row. */
export interface Row {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  /** 1 (warning) or 2 (error); only when `withSeverity` is asked for, so other rows compare without it. */
  severity?: 1 | 2;
}

/**
 * Lint `fixtures/<name>` (or `patterns` inside it) with no config discovery unless asked,
 * "today" fixed, and only `onlyRules` reported when given. Paths in rows are relative to the fixture.
 */
export async function lintFixture(
  name: string,
  options: LintOptions & { onlyRules?: string[]; withSeverity?: boolean } = {},
): Promise<Row[]> {
  const { onlyRules, withSeverity, ...lintOptions } = options;
  const cwd = path.join(FIXTURES, name);
  const result = await lint({ noConfig: true, now: TEST_NOW, ...lintOptions, cwd });
  const rows: Row[] = [];
  for (const file of result.results) {
    for (const f of file.findings) {
      if (onlyRules && !onlyRules.includes(f.ruleId)) continue;
      rows.push({
        file: path.relative(cwd, file.filePath).split(path.sep).join('/'),
        line: f.line,
        column: f.column,
        ruleId: f.ruleId,
        message: f.message,
        ...(withSeverity ? { severity: f.severity } : {}),
      });
    }
  }
  return rows;
}
