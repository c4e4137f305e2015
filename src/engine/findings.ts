/** Building findings from rule reports, and ordering them. */
import type { Finding, Report, Span } from '../types.js';
import { FILE_START } from '../text/line-index.js';
import { printable } from '../text/printable.js';

export { printable };

/** A finding for `ruleId` at `report.span` (the file start when none). */
export function toFinding(ruleId: string, severity: 'warn' | 'error', report: Report): Finding {
  const span: Span = report.span ?? FILE_START;
  const finding: Finding = {
    ruleId,
    severity: severity === 'error' && report.severity !== 'warn' ? 2 : 1,
    message: printable(report.message),
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
  if (report.fix) finding.fix = report.fix;
  if (report.suggestions && report.suggestions.length > 0) finding.suggestions = report.suggestions;
  if (report.detail) finding.detail = printable(report.detail);
  return finding;
}

/** Document order, then rule id, then message: the same order on every run. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
