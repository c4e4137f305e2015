/** `json`: ESLint's JSON format, so existing ESLint tooling can read faq-lint's results. */
import type { LintResult } from '../engine/lint.js';
import { printableJson } from '../text/printable.js';
import type { Reporter } from './types.js';

/** The results in ESLint's JSON shape: one object per file. */
export function eslintResults(result: LintResult): unknown[] {
  return result.results.map((file) => ({
    filePath: file.filePath,
    messages: file.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...(f.messageId ? { messageId: f.messageId } : {}),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(f.fix ? { fix: { range: f.fix.range, text: f.fix.text } } : {}),
      ...(f.suggestions ? { suggestions: f.suggestions.map((desc) => ({ desc })) } : {}),
      ...(f.detail ? { detail: f.detail } : {}),
    })),
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    fixableErrorCount: file.findings.filter((f) => f.fix && f.severity === 2).length,
    fixableWarningCount: file.findings.filter((f) => f.fix && f.severity === 1).length,
  }));
}

// printableJson: JSON.stringify leaves C1 controls and bidi controls raw; escaped, the JSON parses the same.
export const json: Reporter = (result) => `${printableJson(JSON.stringify(eslintResults(result)))}\n`;
