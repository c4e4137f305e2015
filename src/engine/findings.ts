/** Building findings from rule reports (messages from the rule's `meta.messages`), and ordering them. */
import type { Finding, MessageData, Report, RuleMeta, Span } from '../types.js';
import { FILE_START } from '../text/line-index.js';
import { printable } from '../text/printable.js';

/** `{{name}}` in a message template; names are word characters and hyphens. */
const PLACEHOLDER = /\{\{\s*([\w-]+)\s*\}\}/g;

/**
 * A message template with its placeholders filled. Throws for a placeholder without data: a bug
 * in the rule, which the runner reports as `internal-error`.
 */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined) throw new Error(`message '${template}' needs data.${name}`);
    return String(value);
  });
}

/**
 * A finding of the rule with `meta` at `report.span` (the file start when none). Throws for a
 * message id the rule does not declare.
 */
export function toFinding(
  meta: Pick<RuleMeta, 'id' | 'messages'>,
  severity: 'warn' | 'error',
  report: Report,
): Finding {
  const template = Object.hasOwn(meta.messages, report.messageId) ? meta.messages[report.messageId] : undefined;
  if (template === undefined) throw new Error(`rule '${meta.id}' has no message '${report.messageId}'`);
  const span: Span = report.span ?? FILE_START;
  const finding: Finding = {
    ruleId: meta.id,
    severity: severity === 'error' && report.severity !== 'warn' ? 2 : 1,
    message: printable(formatMessage(template, report.data)),
    messageId: report.messageId,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
  if (report.data)
    finding.data = Object.fromEntries(
      Object.entries(report.data).map(([key, value]) => [key, typeof value === 'string' ? printable(value) : value]),
    );
  if (report.fix) finding.fix = report.fix;
  if (report.suggestions && report.suggestions.length > 0) finding.suggestions = report.suggestions;
  if (report.detail) finding.detail = printable(report.detail);
  return finding;
}

/** Document order, then rule id, then message: the same order on every run. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
