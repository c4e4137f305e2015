/** Building findings from rule reports, and ordering them. */
import type { Finding, Report, Span } from '../types.js';
import { FILE_START } from '../parse/positions.js';

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

// C0 and C1 controls (tab and newline included) and DEL: a message quotes text from the file,
// and a raw ESC in it would drive the terminal of whoever reads the report.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A message as one printable line: control characters shown as `\u001b` escapes. */
export function printable(message: string): string {
  return message.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Document order, then rule id, then message: the same order on every run. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
